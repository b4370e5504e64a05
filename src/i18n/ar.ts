import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './ar/shared.js';
import { messages as chainRuleGears } from './ar/chain-rule-gears.js';
import { messages as neuronBackprop } from './ar/neuron-backprop.js';
import { messages as graphBackprop } from './ar/graph-backprop.js';
import { messages as layerDelta } from './ar/layer-delta.js';
import { messages as trainNetwork } from './ar/train-network.js';

/** Arabic (Modern Standard). Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
