import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * dist/embed-standalone.html inlines only the KaTeX faces its formulas use
 * (scripts/katex-inline-fonts-plugin.ts): every glyph each element typesets, on its first paint
 * and after a reader has pressed every button and node (panels, steps, the gradient story), is
 * drawn in a face the page carries, never in one the browser would have to fake or replace. Needs
 * `npm run build:dist`.
 */

/** graph-backprop with a node of every kind the parser knows. */
const GRAPH =
  'el=graph-backprop&values=' +
  encodeURIComponent('x=1.5, w=0.5, b=-1') +
  '&expr=' +
  encodeURIComponent(
    'relu(w*x + b) + sqrt(x)/log(x*x) + abs(tanh(sigmoid(x))) - sin(cos(exp(x)))^2 + bce(sigmoid(w), 1) + mse(w, 2)',
  );

/** Pages that between them typeset every kind of formula the elements write. */
const PAGES = [
  'el=chain-rule-gears&ratios=2%203%20-1',
  'el=neuron-backprop',
  // Every kind of node, backward and forward: the panel writes each node's rule (relu's cases,
  // roots, fractions, logarithms) as a reader selects it.
  GRAPH,
  `${GRAPH}&mode=forward`,
  'el=layer-delta&sizes=2%203%202%201',
  'el=layer-delta&sizes=2%203%203&loss=ce&activation=relu',
  'el=train-network',
];

/**
 * Inside the frame: presses every button of the figure a few times, then lists each face a
 * formula's text asks for that the page has not registered (`KaTeX_Main 700 normal: x`).
 */
const UNREGISTERED_FACES = `(async () => {
  const host = document.querySelector('main > *');
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let round = 0; round < 3; round++) {
    const controls = host.shadowRoot.querySelectorAll('button, summary, [role="button"], [tabindex="0"]');
    for (const control of controls) {
      if (control.disabled) continue;
      control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await pause(20);
    }
    await pause(300);
  }
  const registered = new Set([...document.fonts].map((f) => f.family + ' ' + f.weight + ' ' + f.style));
  const unregistered = new Set();
  let glyphs = 0;
  for (const span of host.shadowRoot.querySelectorAll('.katex *')) {
    const text = [...span.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
    if (!text) continue;
    const style = getComputedStyle(span);
    const family = style.fontFamily.split(',')[0].trim().replace(/"/g, '');
    if (!family.startsWith('KaTeX_')) continue;
    glyphs++;
    const face = family + ' ' + (Number(style.fontWeight) >= 600 ? '700' : '400') + ' ' + style.fontStyle;
    if (!registered.has(face)) unregistered.add(face + ': ' + text);
  }
  return { glyphs, unregistered: [...unregistered] };
})()`;

describe('dist/embed-standalone.html carries every KaTeX face its formulas use', () => {
  let origin = '';
  let frame: HTMLIFrameElement | undefined;

  before(async () => {
    ({ origin } = (await executeServerCommand('second-origin')) as { origin: string });
  });
  afterEach(() => frame?.remove());

  for (const query of PAGES) {
    it(query, async () => {
      const src = `${origin}/dist/embed-standalone.html?${query}`;
      frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.width = '900';
      frame.height = '700';
      frame.src = src;
      document.body.append(frame);
      const deadline = Date.now() + 15000;
      for (;;) {
        const ready = await executeServerCommand('frame-eval', {
          url: src,
          expression: `!!document.querySelector('main > *')?.shadowRoot?.querySelector('button')`,
        }).catch(() => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`${query}: the figure never rendered`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { glyphs, unregistered } = (await executeServerCommand('frame-eval', {
        url: src,
        expression: UNREGISTERED_FACES,
      })) as { glyphs: number; unregistered: string[] };
      expect(glyphs, 'typeset text found').to.be.greaterThan(0);
      expect(unregistered).to.deep.equal([]);
    });
  }
});
