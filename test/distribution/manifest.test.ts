import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';

/**
 * custom-elements.json (generated from the JSDoc, `npm run manifest`) must describe what the
 * registered classes really do: the same attributes the browser observes, the documented events,
 * parts and custom properties. `npm test` separately checks that the file is fresh.
 */

interface Described {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  customElement?: boolean;
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

async function declarations(): Promise<Map<string, Declaration>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const byTag = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName)
        byTag.set(declaration.tagName, declaration);
    }
  }
  return byTag;
}

const names = (items: Described[] | undefined) => (items ?? []).map((item) => item.name).sort();

describe('custom-elements.json', () => {
  for (const tag of ELEMENT_TAGS) {
    describe(`<${tag}>`, () => {
      it('is declared with a summary', async () => {
        const declaration = (await declarations()).get(tag);
        expect(declaration, `${tag} is in the manifest`).to.exist;
        expect(declaration!.summary, 'a @summary').to.be.a('string').and.not.be.empty;
      });

      it('lists exactly the attributes the element observes, each described', async () => {
        const declaration = (await declarations()).get(tag)!;
        const observed = [
          ...((customElements.get(tag) as unknown as { observedAttributes: string[] })
            .observedAttributes ?? []),
        ].sort();
        expect(names(declaration.attributes)).to.deep.equal(observed);
        for (const attribute of declaration.attributes ?? []) {
          expect(attribute.description, `${attribute.name} has a description`).to.be.a('string').and
            .not.be.empty;
        }
      });

      it('documents its events, parts and custom properties', async () => {
        const declaration = (await declarations()).get(tag)!;
        expect(names(declaration.events)).to.include.members(['error']);
        expect(names(declaration.cssParts)).to.include.members(['error']);
        expect(names(declaration.cssProperties).length).to.be.greaterThan(0);
        for (const item of [
          ...(declaration.events ?? []),
          ...(declaration.cssParts ?? []),
          ...(declaration.cssProperties ?? []),
        ]) {
          expect(item.description, `${item.name} has a description`).to.be.a('string').and.not.be
            .empty;
        }
      });
    });
  }
});
