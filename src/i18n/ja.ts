import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './ja/shared.js';
import { messages as chainRuleGears } from './ja/chain-rule-gears.js';
import { messages as neuronBackprop } from './ja/neuron-backprop.js';
import { messages as graphBackprop } from './ja/graph-backprop.js';
import { messages as layerDelta } from './ja/layer-delta.js';
import { messages as trainNetwork } from './ja/train-network.js';

/** Japanese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
