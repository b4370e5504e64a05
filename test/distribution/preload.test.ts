import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/element-tags.js';

/**
 * The built script tag asks for an element's chunk and every chunk that chunk imports at once
 * (`<link rel="modulepreload">` beside the chunk's import), so a reader on a slow network waits
 * one round trip for a figure's code instead of one per import level. Needs `npm run build:dist`.
 */

const ENTRY = '/dist/backprop-elements.js';

/** Relative static imports of a built file (`from"./x.js"`, `import"./x.js"`), as full URLs. */
async function staticImports(url: string): Promise<string[]> {
  const source = await (await fetch(url)).text();
  const specifiers = [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)];
  return specifiers.map((match) => new URL(match[1], url).href);
}

/** Every file `url` reaches through static imports, `url` itself left out. */
async function importClosure(url: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = await staticImports(url);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(await staticImports(next)));
  }
  return seen;
}

async function pageWith(tag: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module" src="${ENTRY}"></script><${tag}></${tag}>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get(tag), `${tag} never loaded`, {
    timeout: 15000,
  });
  return frame;
}

describe('the script tag preloads what an element chunk imports', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: every chunk its chunk imports is asked for with it, each fetched once`, async () => {
      frame = await pageWith(tag);
      const entry = new URL(ENTRY, location.href).href;
      const scripts = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((item) => item.name)
        .filter((name) => name.endsWith('.js'));
      const chunk = scripts.find((name) => new RegExp(`/chunks/${tag}-[\\w-]+\\.js$`).test(name));
      expect(chunk, `the ${tag} chunk was fetched`).to.be.a('string');
      const loadedWithEntry = await importClosure(entry);
      const needed = [...(await importClosure(chunk!))].filter(
        (url) => url !== entry && !loadedWithEntry.has(url),
      );
      expect(needed.length, `${tag}'s chunk imports other chunks`).to.be.greaterThan(0);
      const preloaded = [
        ...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
      ].map((link) => link.href);
      expect([...preloaded].sort()).to.include.members(needed.sort());
      const twice = scripts.filter((name, i) => scripts.indexOf(name) !== i);
      expect(twice, 'files fetched twice').to.deep.equal([]);
    });
  }
});

describe('what a page fetches before its figure paints', () => {
  /**
   * The chunks an element's chunk may import, each a request before the figure paints: the code
   * the elements share (Lit, the base class; layer-delta's and train-network's math), never a
   * file of the bundler's own helpers.
   */
  const SHARED = /\/chunks\/(shared|network-math)-[\w-]+\.js$/;

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: its chunk imports the shared code and no file of the bundler's own`, async () => {
      const entry = new URL(ENTRY, location.href).href;
      const source = await (await fetch(entry)).text();
      const file = new RegExp(`\\./chunks/${tag}-[\\w-]+\\.js`).exec(source)?.[0];
      expect(file, `the entry imports ${tag}'s chunk`).to.be.a('string');
      const chunk = new URL(file!, entry).href;
      const loadedWithEntry = await importClosure(entry);
      const imported = [...(await importClosure(chunk))].filter(
        (url) => url !== entry && !loadedWithEntry.has(url),
      );
      expect(
        imported.filter((url) => !SHARED.test(url)),
        'files fetched before the figure paints besides the shared code',
      ).to.deep.equal([]);
    });
  }
});
