/**
 * The package root: element classes and the core, with no side effects.
 * Importing this module registers nothing; import `backprop-elements/all` (or one element's
 * entry) to define the tags.
 */
export * from './core/index.js';
export { ChainRuleGears } from './elements/chain-rule-gears/chain-rule-gears.js';
export type {
  ChainRuleGearsDetail,
  ChainRuleGearsEventMap,
} from './elements/chain-rule-gears/chain-rule-gears.js';
export { NeuronBackprop } from './elements/neuron-backprop/neuron-backprop.js';
export type {
  NeuronChangeDetail,
  NeuronBackpropEventMap,
} from './elements/neuron-backprop/neuron-backprop.js';
export { GraphBackprop } from './elements/graph-backprop/graph-backprop.js';
export type {
  NodeSelectDetail,
  BackwardStepDetail as GraphBackwardStepDetail,
  GraphEditDetail,
  GraphBackpropEventMap,
} from './elements/graph-backprop/graph-backprop-events.js';
export { LayerDelta } from './elements/layer-delta/layer-delta.js';
export { TrainNetwork } from './elements/train-network/train-network.js';
export type {
  EpochDetail,
  TrainChangeDetail,
  DivergedDetail,
  TrainNetworkEventMap,
} from './elements/train-network/train-network.js';
export type {
  LayerSelectDetail,
  BackwardStepDetail as LayerBackwardStepDetail,
  EditDetail as LayerEditDetail,
  LayerDeltaEventMap,
} from './elements/layer-delta/layer-delta.js';
export {
  BackpropElement,
  type BackpropEventMap,
  type ErrorDetail,
} from './internal/base-element.js';
export { addMessages, SHIPPED_LANGUAGES, type Messages } from './internal/i18n.js';
export { setFontBase } from './internal/tex-fonts.js';
