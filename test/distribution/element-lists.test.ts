import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS, type ElementTag } from '../../src/element-tags.js';
import { loadElement } from '../../src/element-loader.js';

// Fails to compile when a tag has no HTMLElementTagNameMap entry (declared in its define.ts).
type Typed = { [Tag in ElementTag]: HTMLElementTagNameMap[Tag] };
export type { Typed };

/**
 * Adding an element means extending a handful of lists (README: "Adding an element"); this
 * fails when one of them misses a tag in element-tags.ts.
 */

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
}

describe('every tag in element-tags.ts is wired everywhere', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`${tag}: package.json exports and sideEffects, the manifest, all.ts, the loader`, async () => {
      const pkg = JSON.parse(await text('/package.json')) as {
        exports: Record<string, { default?: string } | string>;
        sideEffects: string[];
      };
      const entry = pkg.exports[`./${tag}`];
      expect(entry, `package.json exports "./${tag}"`).to.be.an('object');
      const file = (entry as { default: string }).default;
      expect(file).to.equal(`./dist/npm/${tag}.js`);
      expect(pkg.sideEffects, 'sideEffects lists the built entry').to.include(file);

      const manifest = JSON.parse(await text('/custom-elements.json')) as {
        modules: Array<{ declarations?: Array<{ tagName?: string }> }>;
      };
      const tags = manifest.modules.flatMap((module) =>
        (module.declarations ?? []).map((declaration) => declaration.tagName),
      );
      expect(tags, 'custom-elements.json declares the tag').to.include(tag);

      // The test server hands out all.ts compiled, its imports renamed to .ts.
      expect(await text('/src/all.ts'), 'all.ts registers it').to.match(
        new RegExp(`["']\\./elements/${tag}/define\\.(js|ts)["']`),
      );
      await loadElement(tag);
      expect(customElements.get(tag), 'the loader defines it').to.be.a('function');
    });
  }
});
