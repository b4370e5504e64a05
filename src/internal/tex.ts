import { noChange, nothing } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { adoptSheet } from './restyle.js';
import type { TexState } from './tex-typeset.js';

/**
 * TeX in shadow roots, with KaTeX.
 * - KaTeX is loaded when a formula is first drawn, keeping the first load small; until then a
 *   formula shows as readable text. The typesetting code (tex-typeset.ts) comes with KaTeX.
 * - One constructed stylesheet, shared by every shadow root that shows a formula.
 */

type Typesetter = typeof import('./tex-typeset.js');

let typesetter: Typesetter | undefined;
let loading: Promise<void> | undefined;
let sheet: CSSStyleSheet | undefined;
const waiting = new Set<() => void>();

/** Loads KaTeX and its CSS once; calls `onReady` when formulas can render. */
export function loadTex(onReady?: () => void): Promise<void> {
  if (typesetter) {
    onReady?.();
    return Promise.resolve();
  }
  if (onReady) waiting.add(onReady);
  loading ??= Promise.all([
    import('katex'),
    import('./tex-typeset.js'),
    import('katex/dist/katex.min.css?inline'),
  ])
    .then(([katexModule, typesetModule, cssModule]) => {
      typesetModule.useKatex(katexModule.default);
      const css = cssModule.default;
      typesetModule.registerFontFaces(css);
      sheet = new CSSStyleSheet();
      sheet.replaceSync(typesetModule.withoutFontFaces(css));
      typesetter = typesetModule;
      for (const callback of waiting) callback();
      waiting.clear();
    })
    .catch(() => {
      // Formulas stay as plain text; let a later call try again.
      loading = undefined;
    });
  return loading;
}

/**
 * Calls `onReady` once KaTeX is here (now, if it is), without starting its download: the first
 * formula drawn starts it (the `tex` directive), so a figure whose formulas wait for a reader to
 * open a panel fetches none before then.
 */
export function whenTexReady(onReady: () => void): void {
  if (typesetter) onReady();
  else waiting.add(onReady);
}

/** Stop waiting for KaTeX on behalf of a detached element. */
export function cancelTexWait(onReady: () => void): void {
  waiting.delete(onReady);
}

export function isTexReady(): boolean {
  return typesetter !== undefined;
}

/** While KaTeX is being fetched, what settles (arrived or failed) when it is done; else undefined. */
export function texInFlight(): Promise<void> | undefined {
  return typesetter ? undefined : loading;
}

/** Adds the shared KaTeX stylesheet to a shadow root (once). */
export function adoptTexStyles(root: ShadowRoot): void {
  if (sheet) adoptSheet(root, sheet);
}

/** Cache hits and misses since the page loaded (none before KaTeX), for the benches. */
export function texCacheStats(): { hits: number; misses: number; inPlace: number; size: number } {
  return typesetter?.texCacheStats() ?? { hits: 0, misses: 0, inPlace: 0, size: 0 };
}

/** Readable stand-in while KaTeX loads: the TeX with its commands softened. */
function plainText(tex: string): string {
  return tex
    .replace(/\\(cdot|times)/g, '·')
    .replace(/\\frac\{([^}]*)\}\{([^}]*)\}/g, '($1)/($2)')
    .replace(/\\[a-zA-Z]+/g, '')
    .replace(/[{}]/g, '');
}

class TexDirective extends Directive {
  /** What this place shows; tex-typeset.ts keeps it once KaTeX is here. */
  readonly #state: TexState = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
  }

  render(tex: string, display = false, spoken = true): unknown {
    const state = this.#state;
    if (!tex) {
      state.lastKey = undefined;
      state.shown = undefined;
      return nothing;
    }
    if (!typesetter) {
      const key = `${display ? 'D' : 'I'}P${tex}`;
      if (key === state.lastKey && state.shown) return noChange;
      void loadTex();
      const span = document.createElement('span');
      span.className = 'tex tex-pending';
      span.textContent = plainText(tex);
      state.lastKey = key;
      state.shown = { node: span, slots: null };
      return span;
    }
    return typesetter.showTex(state, tex, display, spoken) ?? noChange;
  }
}

/**
 * Lit directive: `${tex('\\frac{a}{b}')}` renders a formula; the same string on the next render
 * keeps the same DOM, and so does one that differs only in its numbers (they are rewritten in
 * place). The first one drawn starts KaTeX's download. Elements using it must extend
 * BackpropElement, which re-renders when KaTeX arrives and adopts its stylesheet.
 * `tex(source, display, false)` is for a formula inside a box that names it for assistive
 * technology (`role="img"` with its `aria-label`, or `aria-hidden`): typeset without the MathML
 * copy a screen reader would read, which nobody reads there and which the browser lays out all
 * the same (a quarter of a formula's layout objects).
 */
export const tex = directive(TexDirective);
