/**
 * Asks for everything an element's chunk imports at the moment the loader asks for the chunk,
 * so a page on a slow network waits one round trip for an element's code, not one per import
 * level (the element chunk, then the shared chunks it names, ...).
 *
 * The script-tag build (scripts/chunk-dependencies-plugin.ts) replaces the text below with each
 * element chunk's static imports, `tag=file file;tag=file`, the files relative to this module.
 * Unbuilt (the dev server, the tests of the sources, the npm build) it stays as it is, names no
 * file, and nothing is preloaded: there a bundler or the dev server does the fetching.
 */
const DEPENDENCY_LIST = '__BACKPROP_ELEMENT_CHUNK_DEPENDENCIES__';

let dependencies: Map<string, string[]> | undefined;

function dependencyList(): Map<string, string[]> {
  dependencies ??= new Map(
    DEPENDENCY_LIST.split(';')
      .map((entry) => entry.split('='))
      .filter((pair) => pair.length === 2)
      .map(([tag, files]) => [tag, files.split(' ')]),
  );
  return dependencies;
}

const preloaded = new Set<string>();

/**
 * Adds a `<link rel="modulepreload">` to the document's head for each chunk `tag`'s code
 * imports and no earlier call asked for. The browser fetches them beside the element's chunk
 * and hands them to its imports when they run.
 */
export function preloadElementDependencies(tag: string): void {
  if (typeof document === 'undefined') return;
  for (const file of dependencyList().get(tag) ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
