import { expect } from '@open-wc/testing';
import { catalogue, embeddingOf } from '../../demo/builder/catalogue.js';
import { ELEMENT_TAGS, type ElementTag } from '../../src/element-tags.js';
import { loadElement } from '../../src/element-loader.js';
import * as packageRoot from '../../src/index.js';

// Fails to compile when a tag has no HTMLElementTagNameMap entry (declared in its define.ts).
type Typed = { [Tag in ElementTag]: HTMLElementTagNameMap[Tag] };
export type { Typed };

/**
 * src/element-tags.ts is the one list of elements; everything else finds an element by its tag
 * and its folder (README: "Adding an element"). This fails when a tag is missing from what
 * cannot import that list (package.json, the manifest, all.ts, the lesson, the README), when an
 * element folder lacks a file the pages find by path, or when a folder has no tag in the list.
 */

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
}

interface PackageJson {
  exports: Record<string, { types?: string; default?: string } | string>;
  sideEffects: string[];
}

/** Node's resolution of a subpath: an exact key, else the pattern with the longest prefix. */
function resolveExport(exports: PackageJson['exports'], subpath: string) {
  const exact = exports[subpath];
  if (exact !== undefined) return exact;
  const patterns = Object.keys(exports)
    .filter((key) => key.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*'));
  for (const key of patterns) {
    const [prefix, suffix] = key.split('*');
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    const match = subpath.slice(prefix.length, subpath.length - suffix.length);
    const target = exports[key];
    if (typeof target === 'string') return target.replaceAll('*', match);
    return Object.fromEntries(
      Object.entries(target).map(([condition, path]) => [condition, path.replaceAll('*', match)]),
    );
  }
  return undefined;
}

/** Whether a package.json `sideEffects` glob names `file` (`*` stops at a slash, as bundlers read it). */
function namedBy(globs: string[], file: string): boolean {
  return globs.some((glob) => {
    const pattern = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
    return new RegExp(`^${pattern}$`).test(file);
  });
}

async function manifestModules(): Promise<
  Array<{ path: string; declarations?: Array<{ tagName?: string }> }>
> {
  return (JSON.parse(await text('/custom-elements.json')) as { modules: [] }).modules;
}

describe('the one list of elements (src/element-tags.ts)', () => {
  it('names every element folder and every tag the manifest declares, and no others', async () => {
    const modules = await manifestModules();
    const folders = new Set(
      modules
        .map((module) => /^src\/elements\/([^/]+)\//.exec(module.path)?.[1])
        .filter((folder) => folder !== undefined),
    );
    const declared = modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
    );
    expect([...folders].sort(), 'folders in src/elements/').to.deep.equal([...ELEMENT_TAGS].sort());
    expect(declared.sort(), 'tags in custom-elements.json').to.deep.equal([...ELEMENT_TAGS].sort());
  });

  it('keeps the npm entries of the package besides the elements out of the element pattern', async () => {
    const pkg = JSON.parse(await text('/package.json')) as PackageJson;
    for (const entry of ['index', 'core']) {
      expect(namedBy(pkg.sideEffects, `./dist/npm/${entry}.js`), `${entry}.js has no side effects`)
        .to.be.false;
    }
    expect(resolveExport(pkg.exports, '.')).to.deep.include({ default: './dist/npm/index.js' });
  });
});

describe('every tag in element-tags.ts is wired everywhere', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`${tag}: package.json, all.ts, the loader, the package root, the lesson, the README`, async () => {
      const pkg = JSON.parse(await text('/package.json')) as PackageJson;
      const entry = resolveExport(pkg.exports, `./${tag}`);
      expect(entry, `package.json exports "./${tag}"`).to.deep.equal({
        types: `./dist/types/elements/${tag}/define.d.ts`,
        default: `./dist/npm/${tag}.js`,
      });
      expect(namedBy(pkg.sideEffects, `./dist/npm/${tag}.js`), 'sideEffects names the entry').to.be
        .true;

      // The test server hands out all.ts compiled, its imports renamed to .ts.
      expect(await text('/src/all.ts'), 'all.ts registers it').to.match(
        new RegExp(`["']\\./elements/${tag}/define\\.(js|ts)["']`),
      );
      await loadElement(tag);
      const defined = customElements.get(tag);
      expect(defined, 'the loader defines it').to.be.a('function');
      expect(Object.values(packageRoot), 'src/index.ts exports its class').to.include(defined);

      expect(await text('/demo/index.html'), 'the lesson shows it').to.contain(`<${tag}`);
      expect(await text('/README.md'), 'the README documents it').to.contain(`### \`<${tag}>\``);
    });

    it(`${tag}: its folder has what the embed pages and the builder find by path`, async () => {
      const { example, mainAction } = await embeddingOf(tag);
      expect(Object.keys(example), 'embedding.ts: an example').to.not.be.empty;
      expect(mainAction.event, 'embedding.ts: a main action').to.be.a('string').and.not.be.empty;
      const offered = (await catalogue()).find((info) => info.tag === tag);
      expect(offered?.example, 'the builder offers it with its example').to.deep.equal(example);
    });

    it(`${tag}: the framework apps render it and the framework tests check it`, async () => {
      const app = (await import(`../apps/elements/${tag}.ts`)) as { tag?: string };
      expect(app.tag, `test/apps/elements/${tag}.ts`).to.equal(tag);
      const checks = (await import(`./frameworks/${tag}.ts`)) as { tag?: string };
      expect(checks.tag, `test/distribution/frameworks/${tag}.ts`).to.equal(tag);
    });
  }
});
