// Svelte's checker (svelte-check, the editor) reads element props from svelte/elements'
// SvelteHTMLElements; these lines check the shipped declarations the same way.
import type {} from 'backprop-elements/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const graph: SvelteHTMLElements['graph-backprop'] = {
  expr: 'x*x + x',
  values: 'x=3',
  class: 'wide',
  'onbackward-step': (event) => console.log(event.detail.step),
  'onforward-step': (event) => console.log(event.detail.tangent),
};
// The README's component: chain-rule-gears' change and a dashed camelCase setting.
export const gears: SvelteHTMLElements['chain-rule-gears'] = {
  ratios: [2, 3],
  onchange: (e) => console.log(e.detail.product),
};
export const neuron: SvelteHTMLElements['neuron-backprop'] = { 'learning-rate': 0.1 };
export const layer: SvelteHTMLElements['layer-delta'] = {
  sizes: '2 2 1',
  weights: [[[1, 2]], [[3]]],
  'onlayer-select': (event) => console.log(event.detail.layer),
};

// @ts-expect-error: opCounts is read-only
export const readOnlyProp: SvelteHTMLElements['layer-delta'] = { opCounts: {} };
// @ts-expect-error: a misspelt attribute
export const misspelt: SvelteHTMLElements['graph-backprop'] = { expresion: 'x' };
