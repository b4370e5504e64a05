/**
 * Loads each element's code the first time its tag appears, so a page pays for the elements it
 * shows and not for the other three. The script-tag entry (autoload.ts) starts it on the
 * document; a shadow root the document cannot see into is handed to `discover()` by its owner.
 */
import { preloadElementDependencies } from './element-preload.js';
import { ELEMENT_TAGS, isElementTag, type ElementTag } from './element-tags.js';
import {
  catalogueLanguage,
  isLoaded,
  languageOf,
  loadCatalogue,
  translate,
} from './internal/i18n.js';
import './internal/loader-messages.js';

/**
 * One dynamic import per element: each becomes its own chunk, fetched on demand. Imported for
 * its effect (the tag registered): what the import resolves to is never read, and the
 * script-tag build leaves out the namespace object it would otherwise make for it
 * (scripts/element-namespaces-plugin.ts).
 */
const IMPORTERS: Record<ElementTag, () => Promise<unknown>> = {
  'chain-rule-gears': () => import('./elements/chain-rule-gears/define.js'),
  'neuron-backprop': () => import('./elements/neuron-backprop/define.js'),
  'graph-backprop': () => import('./elements/graph-backprop/define.js'),
  'layer-delta': () => import('./elements/layer-delta/define.js'),
  'train-network': () => import('./elements/train-network/define.js'),
};

const loading = new Map<ElementTag, Promise<void>>();

/**
 * Elements whose first paint shows no formula: theirs are in a panel a reader opens, which
 * fetches KaTeX then (`tex` starts it), so it is not started beside their chunk.
 */
const FORMULAS_ON_REQUEST: ReadonlySet<ElementTag> = new Set(['train-network']);

/**
 * For an element that typesets formulas as it first paints: KaTeX, its CSS and the code that
 * typesets with it (~80 kB), started beside the element's own chunk rather than found in it (on
 * a slow network, a round trip sooner). The same modules the element imports later, so nothing is
 * fetched twice; a KaTeX failure is the element's to handle (its formulas stay plain text). The
 * shared chunk (Lit, the base class, the theme) is one of the element chunk's own imports, which
 * `preloadElementDependencies` asks for: importing it here too would cost the shared chunk a
 * module namespace object for the base class, and an import of the bundler's helper that makes it.
 */
function startFormulaDownloads(tag: ElementTag): void {
  if (!FORMULAS_ON_REQUEST.has(tag))
    void Promise.all([
      import('katex'),
      import('./internal/tex-typeset.js'),
      import('katex/dist/katex.min.css?inline'),
    ]).catch(() => {});
}

/** Marks the note the loader puts inside an element whose code could not be fetched. */
const NOTE_ATTRIBUTE = 'data-backprop-load-note';

/**
 * Writes the note in the element's language (its nearest `lang`) once that catalogue is here;
 * until then, and for good if the catalogue cannot be fetched either (the same missing
 * chunks/), in English. The note's own `lang` says which it is.
 */
function writeNote(note: HTMLElement, element: Element, tag: ElementTag): void {
  const wanted = catalogueLanguage(languageOf(element));
  const shown = isLoaded(wanted) ? wanted : 'en';
  note.lang = shown;
  note.textContent = translate(shown, 'loader.missing', { tag });
  if (shown !== wanted) {
    void loadCatalogue(wanted).then(() => {
      if (note.isConnected && isLoaded(wanted)) writeNote(note, element, tag);
    });
  }
}

/**
 * A chunk that fails to load (a self-host that copied backprop-elements.js without chunks/ and
 * fonts/, or a network error) would leave an empty box: an undefined element shows only its
 * children. So each such element gets a short note as a child, in plain text (no styles, which a
 * strict CSP could block), in the reader's language. It goes away if a later attempt loads the
 * element.
 */
function showLoadNotes(root: ParentNode, tag: ElementTag): void {
  for (const element of root.querySelectorAll(tag)) {
    if (customElements.get(tag) || element.querySelector(`:scope > [${NOTE_ATTRIBUTE}]`)) continue;
    const note = document.createElement('span');
    note.setAttribute(NOTE_ATTRIBUTE, '');
    note.setAttribute('role', 'note');
    writeNote(note, element, tag);
    element.append(note);
  }
}

function clearLoadNotes(root: ParentNode, tag: ElementTag): void {
  for (const note of root.querySelectorAll(`${tag} > [${NOTE_ATTRIBUTE}]`)) note.remove();
}

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
  const imported = IMPORTERS[tag]();
  // And the chunks the element's chunk imports, in the same round trip as the chunk itself;
  // the shared chunk and KaTeX after it: a browser opens a few connections per host at a time,
  // and the element paints without KaTeX.
  preloadElementDependencies(tag);
  startFormulaDownloads(tag);
  const load = imported.then(
    () => {
      if (typeof document !== 'undefined') clearLoadNotes(document, tag);
    },
    (error: unknown) => {
      loading.delete(tag);
      console.error(`backprop-elements: could not load <${tag}>`, error);
      if (typeof document !== 'undefined') showLoadNotes(document, tag);
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
  // A shadow root is not reached from the document: its elements get their notes here.
  const loads = wanted.map((tag) =>
    loadElement(tag).then(
      () => clearLoadNotes(root, tag),
      () => showLoadNotes(root, tag),
    ),
  );
  return Promise.all(loads).then(() => undefined);
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
