/** Types and small helpers for the distribution tests; importing this registers nothing. */
export type { ChainRuleGears } from '../../src/elements/chain-rule-gears/chain-rule-gears.js';
export type { GraphBackprop } from '../../src/elements/graph-backprop/graph-backprop.js';
export type { LayerDelta } from '../../src/elements/layer-delta/layer-delta.js';
export type { NeuronBackprop } from '../../src/elements/neuron-backprop/neuron-backprop.js';

/** The gradients of relu(w*x + b) at x=1.5, w=2, b=-1: z = 2 > 0, so relu passes 1. */
export const RELU_EXAMPLE = {
  expr: 'relu(w*x + b)',
  values: 'x=1.5, w=2, b=-1',
  value: 2 * 1.5 - 1,
  gradients: { w: 1.5, x: 2, b: 1 },
};

/** Text of a shadow root with runs of whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** The first element matching `selector` inside `host`'s shadow root, or a clear failure. */
export function inShadow<T extends Element>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} in its shadow root`);
  return found;
}
