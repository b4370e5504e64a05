/** What a reader sees or hears from an element: its shadow text and its accessible labels. */

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.textContent ?? '');
    return;
  }
  if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof ShadowRoot))
    return;
  if (node instanceof Element) {
    const tag = node.localName;
    if (tag === 'style' || tag === 'script') return;
    for (const name of [
      'aria-label',
      'aria-valuetext',
      'aria-valuenow',
      'title',
      'value',
      'aria-description',
    ]) {
      const value = node.getAttribute(name);
      if (value) out.push(value);
    }
    if (node instanceof HTMLInputElement && node.value) out.push(node.value);
    if (node.shadowRoot) collect(node.shadowRoot, out);
  }
  for (const child of Array.from(node.childNodes)) collect(child, out);
}

/** All text and labels inside an element's shadow root (and nested shadow roots). */
export function screenText(element: Element): string {
  const out: string[] = [];
  if (element.shadowRoot) collect(element.shadowRoot, out);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** Text only, as the eye reads it (no labels), for "what changed on screen" comparisons. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first NaN or Infinity a reader could see or hear, or null. */
export function findNonFinite(element: Element): string | null {
  const text = screenText(element);
  const match = /NaN|Infinity|undefined|\[object /.exec(text);
  if (!match) return null;
  return text.slice(Math.max(0, match.index - 40), match.index + 40);
}
