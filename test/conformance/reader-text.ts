/**
 * What a reader sees or hears from an element, piece by piece, for the translation tests: its
 * text nodes, accessible names, values and descriptions, and the text of described-by hints.
 * Typeset formulas are passed over (`outside`): their letters are maths symbols, not words.
 * (screen.ts joins the same kind of text into one string, to look for NaN and Infinity.)
 */
export function readerTexts(element: Element, outside = '.katex'): string[] {
  const root = element.shadowRoot!;
  const skipped = `style, ${outside}`;
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(skipped)) continue;
    if (node.textContent!.trim()) out.push(node.textContent!.trim());
  }
  for (const node of root.querySelectorAll('*')) {
    if (node.closest(skipped)) continue;
    for (const name of ['aria-label', 'aria-valuetext', 'aria-description', 'title']) {
      const value = node.getAttribute(name);
      if (value) out.push(value);
    }
    for (const id of (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
      out.push(root.getElementById(id)?.textContent?.trim() ?? `missing #${id}`);
  }
  return out;
}
