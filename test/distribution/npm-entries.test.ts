import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/element-tags.js';

/**
 * The npm build (dist/npm/), imported as a bundler would: lit and katex stay bare imports (the
 * test server resolves them from node_modules), the root registers nothing, each element's entry
 * registers its own tag, and ./all registers the rest. Runs in a page of its own, so nothing else
 * has registered the tags. Needs `npm run build:dist`.
 */

async function load(file: string): Promise<Record<string, unknown>> {
  const url = `/dist/npm/${file}`;
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

const registered = (): string[] => ELEMENT_TAGS.filter((tag) => customElements.get(tag));

describe('npm entries', () => {
  it('the root exports the classes and the core and registers nothing', async () => {
    const root = await load('index.js');
    for (const name of ['ChainRuleGears', 'NeuronBackprop', 'GraphBackprop', 'LayerDelta']) {
      expect(root[name], `${name} is exported`).to.be.a('function');
    }
    expect(root.gradients).to.be.a('function');
    expect(registered()).to.deep.equal([]);
  });

  it('./core is the autodiff alone', async () => {
    const core = await load('core.js');
    const gradients = core.gradients as (
      expr: string,
      values: Record<string, number>,
    ) => { grads: Record<string, number> };
    expect(gradients('x*y', { x: 3, y: -2 }).grads).to.deep.equal({ x: -2, y: 3 });
    expect(core.GraphBackprop).to.be.undefined;
  });

  it('one element entry registers that tag only; ./all registers the rest', async () => {
    await load('graph-backprop.js');
    expect(registered()).to.deep.equal(['graph-backprop']);
    await load('all.js');
    expect(registered()).to.deep.equal([...ELEMENT_TAGS]);
  });

  it('every element shows its English words, not message keys (the build kept the catalogues)', async () => {
    await load('all.js');
    const keys = /\b(chain-rule-gears|neuron-backprop|graph-backprop|layer-delta)\.[a-z]/;
    for (const tag of ELEMENT_TAGS) {
      const element = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      if (tag === 'graph-backprop') {
        element.setAttribute('expr', 'relu(w*x + b)');
        element.setAttribute('values', 'x=1.5, w=2, b=-1');
      }
      document.body.append(element);
      await element.updateComplete;
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      const labels = [...element.shadowRoot!.querySelectorAll('[aria-label]')].map((node) =>
        node.getAttribute('aria-label')!,
      );
      expect(text, tag).to.not.match(keys);
      for (const label of labels) expect(label, `${tag} aria-label`).to.not.match(keys);
      element.remove();
    }
  });

  it('leaves lit and katex as imports instead of bundling them', async () => {
    const files = ['index.js', 'all.js', ...ELEMENT_TAGS.map((tag) => `${tag}.js`)];
    const texts = await Promise.all(
      files.map((file) => fetch(`/dist/npm/${file}`).then((r) => r.text())),
    );
    const all = texts.join('\n');
    expect(all).not.to.contain('Lit is in dev mode');
    const chunkNames = [...all.matchAll(/["'](\.\/chunks\/[^"']+)["']/g)].map((m) => m[1]);
    const chunks = await Promise.all(
      [...new Set(chunkNames)].map((path) =>
        fetch(`/dist/npm/${path.slice(2)}`).then((r) => r.text()),
      ),
    );
    const everything = [all, ...chunks].join('\n');
    // The test server rewrites bare imports to /node_modules/... paths; either form is an import.
    const importsLit = /from\s*["'](?:lit|[^"']*\/node_modules\/lit\/)[^"']*["']/.test(everything);
    const importsKatex =
      /import\(\s*["'](?:katex|[^"']*\/node_modules\/katex\/)[^"']*["']\s*\)/.test(everything);
    expect(importsLit, 'the npm files import lit').to.be.true;
    expect(importsKatex, 'the npm files import katex lazily').to.be.true;
    // Lit's own source defines ReactiveElement; it must not be inside the package's files.
    expect(everything.includes('class ReactiveElement'), 'lit is not bundled').to.be.false;
  });
});
