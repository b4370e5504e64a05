/**
 * The package root: element classes and the core, with no side effects.
 * Importing this module registers nothing; import `backprop-elements/all` (or one element's
 * entry) to define the tags.
 */
export * from './core/index.js';
export { ChainRuleGears } from './elements/chain-rule-gears/chain-rule-gears.js';
export { NeuronBackprop } from './elements/neuron-backprop/neuron-backprop.js';
export { GraphBackprop } from './elements/graph-backprop/graph-backprop.js';
export { LayerDelta } from './elements/layer-delta/layer-delta.js';
export { BackpropElement, type ErrorDetail } from './internal/base-element.js';
export { setFontBase } from './internal/tex-fonts.js';
