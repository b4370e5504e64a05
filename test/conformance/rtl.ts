/**
 * A negative number in right-to-left prose must be drawn with its minus sign left of its digits
 * (a bare "−1" in Arabic text is reordered to "1−"): the left edges of the first minus sign and of
 * the character after it, as drawn, in HTML text or SVG text.
 */
export function minusAndNextLeft(node: Element): [number, number] {
  if (node instanceof SVGTextContentElement) {
    const at = node.textContent!.indexOf('\u2212');
    return [node.getStartPositionOfChar(at).x, node.getStartPositionOfChar(at + 1).x];
  }
  const text = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE)!;
  const at = text.textContent!.indexOf('\u2212');
  const left = (offset: number): number => {
    const range = document.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    return range.getBoundingClientRect().left;
  };
  return [left(at), left(at + 1)];
}
