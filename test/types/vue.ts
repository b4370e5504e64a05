// Vue's template checker (vue-tsc, Volar) reads props and `on<Event>` handlers from
// GlobalComponents; these lines check the shipped declarations from plain TypeScript. The
// templates themselves are checked with vue-tsc in vue-tsc/ (scripts/check-vue-types.mjs).
import type {} from 'backprop-elements/vue';
import type { GlobalComponents } from 'vue';

// Each tag is a function of its props; Parameters<> gives the props it accepts.
type Tags = 'chain-rule-gears' | 'graph-backprop' | 'layer-delta' | 'neuron-backprop';
type PropsOf<Tag extends Tags> = Parameters<GlobalComponents[Tag]>[0];

export const graph: PropsOf<'graph-backprop'> = {
  expr: 'x*x + x',
  values: 'x=3',
  step: 1,
  onBackwardStep: (event) => console.log(event.detail.step),
  onNodeSelect: (event) => console.log(event.detail.id),
};
export const gears: PropsOf<'chain-rule-gears'> = {
  ratios: [2, 3],
  onChange: (event) => console.log(event.detail.product),
};
export const neuron: PropsOf<'neuron-backprop'> = {
  'learning-rate': 0.5,
  learningRate: 0.5,
  onChange: (e) => console.log(e.detail),
};
// The README's component keeps chain-rule-gears' value in step with its input event.
export const lever: PropsOf<'chain-rule-gears'> = {
  value: 1,
  onInput: (event) => console.log(event.detail.value),
};

// @ts-expect-error: value is read-only on graph-backprop
export const readOnlyProp: PropsOf<'graph-backprop'> = { value: 3 };
// @ts-expect-error: backward-step's detail has no `node`
export const wrongHandler: PropsOf<'graph-backprop'> = { onBackwardStep: (e) => e.detail.node };
