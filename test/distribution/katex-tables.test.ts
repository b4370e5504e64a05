import { expect } from '@open-wc/testing';
import katex from 'katex';

/**
 * The script-tag build writes two of KaTeX's tables compactly (scripts/katex-tables-plugin.ts):
 * its font metrics and its accented letters. KaTeX as built must typeset exactly as KaTeX as
 * published: every height, depth, width and kern it writes comes from those metrics, and an
 * accented letter in the input from the second table. Needs `npm run build:dist`.
 */

type Katex = typeof katex;

/** The KaTeX chunk the script-tag entry's shared chunk imports. */
async function builtKatex(): Promise<Katex> {
  const entry = await (await fetch('/dist/backprop-elements.js')).text();
  const shared = /chunks\/shared-[\w-]+\.js/.exec(entry)?.[0];
  expect(shared, 'the entry names the shared chunk').to.be.a('string');
  const sharedText = await (await fetch(`/dist/${shared}`)).text();
  const file = /katex-(?!css)[\w-]+\.js/.exec(sharedText)?.[0];
  expect(file, 'the shared chunk imports KaTeX').to.be.a('string');
  const module = (await import(/* @vite-ignore */ `/dist/chunks/${file}`)) as { default: Katex };
  return module.default;
}

/** Formulas that reach every face's metrics and the accented letters. */
const FORMULAS = [
  String.raw`\frac{\partial L}{\partial w} = \frac{\partial L}{\partial y}\cdot\frac{\partial y}{\partial w}`,
  String.raw`\delta^{(l)} = \left(W^{(l+1)\top}\delta^{(l+1)}\right)\odot\sigma'\!\left(z^{(l)}\right)`,
  String.raw`\sum_{i=1}^{n} x_i^2 \int_0^\infty e^{-t}\,dt \prod_k \sqrt[3]{\tfrac{a}{b}}`,
  String.raw`\mathbf{W}\boldsymbol{\alpha}\mathcal{L}\mathfrak{g}\mathscr{F}\mathbb{R}\mathsf{relu}\mathtt{tanh}\textit{é}\textbf{ö}`,
  String.raw`\Bigg( \bigg[ \Big\{ \big| x \big| \Big\} \bigg] \Bigg) \lVert v \rVert \leqq \gtrsim \nsubseteq`,
  String.raw`\text{á à ä ǟ ã ā ă ắ ǎ â ȧ å ǻ ç ḉ é ṕ ǘ ώ ᾶ} \acute{x} \hat{\theta} \widehat{xyz} \overrightarrow{AB}`,
  'ö + á - ǖ = ň',
  String.raw`\operatorname{out} = \mathrm{relu}\left(w \cdot x + b\right) = 1`,
];

describe('KaTeX in the script-tag build', () => {
  it('typesets every formula exactly as the published KaTeX', async () => {
    const built = await builtKatex();
    expect(built.version).to.equal(katex.version);
    for (const formula of FORMULAS) {
      for (const displayMode of [false, true]) {
        const options = { displayMode, throwOnError: false, strict: false } as const;
        expect(built.renderToString(formula, options), formula).to.equal(
          katex.renderToString(formula, options),
        );
      }
    }
  });
});
