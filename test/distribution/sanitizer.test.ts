import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import manifest from '../../custom-elements.json' with { type: 'json' };
import { ELEMENT_TAGS } from '../../src/element-tags.js';

/**
 * The README's DOMPurify recipe, run as printed: the js block that configures
 * CUSTOM_ELEMENT_HANDLING is read from README.md and evaluated as a module around this page's
 * DOMPurify, then fed HTML an author might write, and some a hostile one would.
 */

type Sanitize = (dirty: string) => string;

async function readmeRecipe(): Promise<Sanitize> {
  const readme = await (await fetch('/README.md')).text();
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes('CUSTOM_ELEMENT_HANDLING'));
  if (!block) throw new Error('README.md has no js block with CUSTOM_ELEMENT_HANDLING');
  expect(block).to.contain("import DOMPurify from 'dompurify';");
  // The block as a module: its import replaced by this page's copy, `dirty` and `clean` as the
  // function's argument and result.
  const body = block.replace("import DOMPurify from 'dompurify';", '');
  const source = `export default (DOMPurify, dirty) => {\n${body}\nreturn clean;\n};`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    const module = (await import(/* @vite-ignore */ url)) as {
      default: (purify: typeof DOMPurify, dirty: string) => string;
    };
    return (dirty) => module.default(DOMPurify, dirty);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Each tag's attributes as custom-elements.json lists them. */
function documentedAttributes(): Map<string, string[]> {
  const declarations = (
    manifest as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    }
  ).modules.flatMap((module) => module.declarations ?? []);
  return new Map(
    declarations
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [
        declaration.tagName!,
        (declaration.attributes ?? []).map((attribute) => attribute.name),
      ]),
  );
}

function parse(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  // A template's content is inert: nothing runs, no element upgrades.
  template.innerHTML = html;
  return template;
}

describe("the README's DOMPurify recipe", () => {
  let sanitize: Sanitize;
  before(async () => {
    sanitize = await readmeRecipe();
  });

  it('lets each of the four tags through with every attribute it reads', () => {
    const attributes = documentedAttributes();
    for (const tag of ELEMENT_TAGS) {
      const names = attributes.get(tag)!;
      expect(names.length, tag).to.be.greaterThan(0);
      const dirty = `<${tag} ${names.map((name, i) => `${name}="v${i}"`).join(' ')} class="wide" id="fig-1" aria-label="figure"></${tag}>`;
      const kept = parse(sanitize(dirty)).content.querySelector(tag);
      expect(kept, `${tag} was dropped`).to.exist;
      for (const [i, name] of names.entries()) {
        expect(kept!.getAttribute(name), `${tag} ${name}`).to.equal(`v${i}`);
      }
      expect(kept!.getAttribute('class')).to.equal('wide');
      expect(kept!.getAttribute('aria-label')).to.equal('figure');
    }
  });

  it('keeps values as text: an expression with < and & survives', () => {
    const clean = sanitize('<graph-backprop expr="x < 2 &amp; y" values="x=1"></graph-backprop>');
    expect(parse(clean).content.querySelector('graph-backprop')!.getAttribute('expr')).to.equal(
      'x < 2 & y',
    );
  });

  it('lets nothing else new through', () => {
    const clean = sanitize(
      [
        '<graph-backprop expr="x*x" onclick="alert(1)" ratios="2 3" style="position:fixed"></graph-backprop>',
        '<chain-rule-gears ratios="2 3" expr="x" onmouseover="alert(2)"></chain-rule-gears>',
        '<evil-widget expr="x">kept text</evil-widget>',
        '<script>alert(3)</script>',
        '<script type="module" src="https://example.org/backprop-elements.js"></script>',
        '<iframe src="https://example.org/embed.html"></iframe>',
      ].join(''),
    );
    const content = parse(clean).content;
    const graph = content.querySelector('graph-backprop')!;
    // `style` is one of DOMPurify's default attributes, kept on any element (a <div> too).
    expect(graph.getAttributeNames().sort()).to.deep.equal(['expr', 'style']);
    const gears = content.querySelector('chain-rule-gears')!;
    expect(gears.getAttributeNames(), 'another tag’s attribute is not allowed here').to.deep.equal([
      'ratios',
    ]);
    expect(content.querySelector('evil-widget')).to.be.null;
    expect(content.querySelector('script')).to.be.null;
    expect(content.querySelector('iframe')).to.be.null;
  });
});
