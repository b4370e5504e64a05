import { fillSlots, findSlots, splitTex, type Slots, type TexParts } from './tex-slots.js';

export { registerFontFaces, withoutFontFaces } from './tex-font-faces.js';

/**
 * Typesetting with KaTeX, for the `tex` directive (tex.ts): what runs only once KaTeX is here,
 * so it is fetched with KaTeX, beside an element's first paint, and not part of it.
 * - Rendered with `katex.render` into DOM nodes (a strict CSP blocks the string output's inline
 *   styles), `trust: false`, finite size limits, and never throwing: bad TeX shows as plain text.
 * - A cache by shape (the TeX without its digits), and numbers written in place: when a slider
 *   changes only the numbers of a formula, the formula on screen keeps its DOM and its number
 *   text is rewritten (tex-slots.ts), so nothing is typeset, cloned or laid out from scratch.
 */

type Katex = typeof import('katex').default;

/** KaTeX itself, loaded beside this module (tex.ts's `loadTex` hands it over). */
let katex: Katex | undefined;

export function useKatex(module: Katex): void {
  katex = module;
}

const CACHE_LIMIT = 600;
const cache = new Map<string, Typeset>();
/** Cache hits and misses, and formulas whose numbers were written into the DOM on screen. */
const stats = { hits: 0, misses: 0, inPlace: 0 };

/** Cache hits and misses since the page loaded, for the benches. */
export function texCacheStats(): { hits: number; misses: number; inPlace: number; size: number } {
  return { ...stats, size: cache.size };
}

function renderUncached(tex: string, display: boolean, spoken: boolean): HTMLElement {
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
      output: spoken ? 'htmlAndMathml' : 'html',
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
export interface Shown {
  readonly node: HTMLElement;
  readonly slots: Slots | null;
}

/** The cache keys' prefix: display or inline, and H for a formula typeset without its MathML. */
const modeOf = (display: boolean, spoken: boolean): string =>
  `${display ? 'D' : 'I'}${spoken ? '' : 'H'}`;

function typeset(tex: string, parts: TexParts | null, display: boolean, spoken: boolean): Shown {
  const mode = modeOf(display, spoken);
  if (parts) {
    const shape = cached(`${mode}S${parts.shape}`, () =>
      renderUncached(parts.shape, display, spoken),
    );
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
  const exact = cached(`${mode}T${tex}`, () => renderUncached(tex, display, spoken));
  return { node: exact.node.cloneNode(true) as HTMLElement, slots: null };
}

/** A fresh DOM node showing `tex`, from the cache when possible. */
export function renderTexNode(tex: string, display = false): HTMLElement {
  return typeset(tex, splitTex(tex), display, true).node;
}

/** What one `tex` directive shows: the key of its last formula and that formula on screen. */
export interface TexState {
  lastKey?: string;
  lastTex?: string;
  shown?: Shown;
}

/**
 * The node showing `tex` in the place `state` describes, or undefined when the formula on
 * screen already shows it (its numbers rewritten in place when only they changed). `spoken`
 * false leaves out the MathML a screen reader would read (see the `tex` directive).
 */
export function showTex(
  state: TexState,
  tex: string,
  display: boolean,
  spoken = true,
): HTMLElement | undefined {
  const mode = modeOf(display, spoken);
  if (tex === state.lastTex && state.lastKey?.startsWith(`${mode}K`) && state.shown)
    return undefined;
  const parts = splitTex(tex);
  const key = `${mode}K${parts?.shape ?? tex}`;
  state.lastTex = tex;
  if (parts && key === state.lastKey && state.shown?.slots) {
    fillSlots(state.shown.slots, parts.runs, tex);
    stats.inPlace += 1;
    return undefined;
  }
  state.lastKey = key;
  state.shown = typeset(tex, parts, display, spoken);
  return state.shown.node;
}
