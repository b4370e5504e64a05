import { noChange, nothing } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { adoptSheet } from './restyle.js';
import { registerFontFaces, withoutFontFaces } from './tex-fonts.js';
import { fillSlots, findSlots, splitTex, type Slots, type TexParts } from './tex-slots.js';

/**
 * TeX rendering with KaTeX inside shadow roots.
 * - KaTeX is loaded when a formula is first drawn, keeping the first load small.
 * - One constructed stylesheet, shared by every shadow root that shows a formula.
 * - Rendered with `katex.render` into DOM nodes (a strict CSP blocks the string output's inline
 *   styles), `trust: false`, finite size limits, and never throwing: bad TeX shows as plain text.
 * - A cache by shape (the TeX without its digits), and numbers written in place: when a slider
 *   changes only the numbers of a formula, the formula on screen keeps its DOM and its number
 *   text is rewritten (tex-slots.ts), so nothing is typeset, cloned or laid out from scratch.
 */

type Katex = typeof import('katex').default;

let katex: Katex | undefined;
let loading: Promise<void> | undefined;
let sheet: CSSStyleSheet | undefined;
const waiting = new Set<() => void>();

const CACHE_LIMIT = 600;
const cache = new Map<string, Typeset>();
/** Cache hits and misses, and formulas whose numbers were written into the DOM on screen. */
const stats = { hits: 0, misses: 0, inPlace: 0 };

/** Loads KaTeX and its CSS once; calls `onReady` when formulas can render. */
export function loadTex(onReady?: () => void): Promise<void> {
  if (katex) {
    onReady?.();
    return Promise.resolve();
  }
  if (onReady) waiting.add(onReady);
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css?inline')])
    .then(([katexModule, cssModule]) => {
      const css = cssModule.default;
      registerFontFaces(css);
      sheet = new CSSStyleSheet();
      sheet.replaceSync(withoutFontFaces(css));
      katex = katexModule.default;
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
  if (katex) onReady();
  else waiting.add(onReady);
}

/** Stop waiting for KaTeX on behalf of a detached element. */
export function cancelTexWait(onReady: () => void): void {
  waiting.delete(onReady);
}

export function isTexReady(): boolean {
  return katex !== undefined;
}

/** Adds the shared KaTeX stylesheet to a shadow root (once). */
export function adoptTexStyles(root: ShadowRoot): void {
  if (sheet) adoptSheet(root, sheet);
}

/** Cache hits and misses since the page loaded, for the benches. */
export function texCacheStats(): { hits: number; misses: number; inPlace: number; size: number } {
  return { ...stats, size: cache.size };
}

function renderUncached(tex: string, display: boolean): HTMLElement {
  const host = document.createElement('span');
  host.className = 'tex';
  try {
    katex!.render(tex, host, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      maxSize: 20,
      maxExpand: 200,
      output: 'htmlAndMathml',
    });
  } catch {
    // KaTeX's own error output sets inline styles, which a strict CSP blocks: show plain text.
    host.replaceChildren();
    host.className = 'tex tex-error';
    host.textContent = tex;
  }
  return host;
}

/** A typeset shape (see tex-slots.ts), or the formula itself when its shape cannot be reused. */
interface Typeset {
  readonly node: HTMLElement;
  reusable: boolean;
}

function cached(key: string, make: () => HTMLElement): Typeset {
  let entry = cache.get(key);
  if (entry) {
    stats.hits += 1;
    cache.delete(key); // re-insert: least recently used entries leave first
  } else {
    stats.misses += 1;
    const node = make();
    entry = { node, reusable: !node.classList.contains('tex-error') };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, entry);
  return entry;
}

/** A formula on screen: its DOM, and its number slots when numbers can be written in place. */
interface Shown {
  readonly node: HTMLElement;
  readonly slots: Slots | null;
}

function typeset(tex: string, parts: TexParts | null, display: boolean): Shown {
  const mode = display ? 'D' : 'I';
  if (parts) {
    const shape = cached(`${mode}S${parts.shape}`, () => renderUncached(parts.shape, display));
    if (shape.reusable) {
      const node = shape.node.cloneNode(true) as HTMLElement;
      const slots = findSlots(node, parts.runs.length);
      if (slots) {
        fillSlots(slots, parts.runs, tex);
        return { node, slots };
      }
      shape.reusable = false;
    }
  }
  const exact = cached(`${mode}T${tex}`, () => renderUncached(tex, display));
  return { node: exact.node.cloneNode(true) as HTMLElement, slots: null };
}

/** A fresh DOM node showing `tex`, from the cache when possible. Needs KaTeX loaded. */
export function renderTexNode(tex: string, display = false): HTMLElement {
  return typeset(tex, splitTex(tex), display).node;
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
  private lastKey?: string;
  private lastTex?: string;
  private shown?: Shown;

  constructor(partInfo: PartInfo) {
    super(partInfo);
  }

  render(tex: string, display = false): unknown {
    const mode = display ? 'D' : 'I';
    if (!tex) {
      this.lastKey = undefined;
      this.shown = undefined;
      return nothing;
    }
    if (!isTexReady()) {
      const key = `${mode}P${tex}`;
      if (key === this.lastKey && this.shown) return noChange;
      void loadTex();
      const span = document.createElement('span');
      span.className = 'tex tex-pending';
      span.textContent = plainText(tex);
      this.lastKey = key;
      this.shown = { node: span, slots: null };
      return span;
    }
    if (tex === this.lastTex && this.lastKey?.startsWith(`${mode}K`) && this.shown) return noChange;
    const parts = splitTex(tex);
    const key = `${mode}K${parts?.shape ?? tex}`;
    this.lastTex = tex;
    if (parts && key === this.lastKey && this.shown?.slots) {
      fillSlots(this.shown.slots, parts.runs, tex);
      stats.inPlace += 1;
      return noChange;
    }
    this.lastKey = key;
    this.shown = typeset(tex, parts, display);
    return this.shown.node;
  }
}

/**
 * Lit directive: `${tex('\\frac{a}{b}')}` renders a formula; the same string on the next render
 * keeps the same DOM, and so does one that differs only in its numbers (they are rewritten in
 * place). The first one drawn starts KaTeX's download. Elements using it must extend
 * BackpropElement, which re-renders when KaTeX arrives and adopts its stylesheet.
 */
export const tex = directive(TexDirective);
