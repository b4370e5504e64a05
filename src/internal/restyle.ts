/**
 * Stylesheets for a shadow root in any document. A constructed stylesheet can be adopted only
 * by the document that made it, so an element moved into an iframe's document (`adoptNode`)
 * gets copies made there, one per sheet and window. Where a window cannot construct one, the
 * same rules go in as `<style>` elements: the element stays styled either way.
 */
import type { CSSResult } from 'lit';

const copies = new WeakMap<object, WeakMap<CSSStyleSheet, CSSStyleSheet>>();

/** The rules of a sheet as text. */
function textOf(sheet: CSSStyleSheet): string {
  try {
    return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  } catch {
    return '';
  }
}

/** `sheet` as a stylesheet the root's document may adopt (itself, or a copy made there). */
function forDocument(root: ShadowRoot, sheet: CSSStyleSheet): CSSStyleSheet {
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || sheet instanceof view.CSSStyleSheet) return sheet;
  let made = copies.get(view);
  if (!made) copies.set(view, (made = new WeakMap()));
  let copy = made.get(sheet);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync(textOf(sheet));
    made.set(sheet, copy);
  }
  return copy;
}

/** Sets the root's stylesheets, made for its own document; never throws. */
export function adoptSheets(root: ShadowRoot, sheets: readonly CSSStyleSheet[]): void {
  try {
    root.adoptedStyleSheets = sheets.map((sheet) => forDocument(root, sheet));
  } catch {
    for (const sheet of sheets) {
      const style = root.ownerDocument.createElement('style');
      style.textContent = textOf(sheet);
      root.prepend(style);
    }
  }
}

/** Adds one stylesheet to a root (once), made for its document. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const own = forDocument(root, sheet);
  if (root.adoptedStyleSheets.includes(own)) return;
  adoptSheets(root, [...root.adoptedStyleSheets, sheet]);
}

/** The constructed stylesheets of a class's styles (Lit's `elementStyles`). */
export function sheetsOf(styles: readonly (CSSResult | CSSStyleSheet)[]): CSSStyleSheet[] {
  return styles
    .map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet))
    .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
}
