/**
 * Loads each element's code the first time its tag appears, so a page pays for the elements it
 * shows and not for the other three. The script-tag entry (autoload.ts) starts it on the
 * document; a shadow root the document cannot see into is handed to `discover()` by its owner.
 */
import { ELEMENT_TAGS, isElementTag, type ElementTag } from './element-tags.js';
import { loadTex } from './internal/tex.js';

/** One dynamic import per element: each becomes its own chunk, fetched on demand. */
const IMPORTERS: Record<ElementTag, () => Promise<unknown>> = {
  'chain-rule-gears': () => import('./elements/chain-rule-gears/define.js'),
  'neuron-backprop': () => import('./elements/neuron-backprop/define.js'),
  'graph-backprop': () => import('./elements/graph-backprop/define.js'),
  'layer-delta': () => import('./elements/layer-delta/define.js'),
};

const loading = new Map<ElementTag, Promise<void>>();

/**
 * Loads and registers one element; resolves once the tag is defined. A failed fetch is logged
 * with the tag's name and forgotten, so a later call (or the tag appearing again) retries.
 */
export function loadElement(tag: ElementTag): Promise<void> {
  // Called from a page's own script, `tag` may be anything: say which names exist.
  if (!isElementTag(tag)) {
    return Promise.reject(
      new TypeError(
        `backprop-elements: there is no element "${String(tag)}" (the elements are ${ELEMENT_TAGS.join(', ')})`,
      ),
    );
  }
  const pending = loading.get(tag);
  if (pending) return pending;
  if (customElements.get(tag)) return Promise.resolve();
  // Every element typesets formulas: start KaTeX's download beside the element's chunk rather
  // than after it (on a slow network that is one round trip and ~80 kB sooner).
  void loadTex();
  const load = IMPORTERS[tag]().then(
    () => undefined,
    (error: unknown) => {
      loading.delete(tag);
      console.error(`backprop-elements: could not load <${tag}>`, error);
      throw error;
    },
  );
  loading.set(tag, load);
  return load;
}

/** Loads every element, for pages that create elements where no observer can see them. */
export function loadAll(): Promise<void> {
  return Promise.all(ELEMENT_TAGS.map(loadElement)).then(() => undefined);
}

function undefinedTags(): ElementTag[] {
  return ELEMENT_TAGS.filter((tag) => !customElements.get(tag));
}

/** The tags still undefined that occur in `root` (itself included, when it is an element). */
function tagsIn(root: ParentNode, candidates: readonly ElementTag[]): ElementTag[] {
  return candidates.filter(
    (tag) => (root instanceof Element && root.localName === tag) || root.querySelector(tag),
  );
}

/**
 * Loads the elements used inside `root` (a document, an element or a shadow root). Resolves when
 * they are defined; a tag that failed to load is logged and the others still resolve.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const wanted = tagsIn(root, undefinedTags());
  return Promise.allSettled(wanted.map(loadElement)).then(() => undefined);
}

/**
 * Loads what `root` holds now, then watches it for added elements until all four tags are
 * defined (after that the observer has nothing left to do and stops).
 */
export function autoload(root: Element = document.documentElement): void {
  void discover(root);
  const observer = new MutationObserver((records) => {
    const candidates = undefinedTags();
    if (candidates.length === 0) {
      observer.disconnect();
      return;
    }
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (isElementTag(node.localName) || node.childElementCount > 0) {
          for (const tag of tagsIn(node, candidates)) void loadElement(tag).catch(() => {});
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}
