import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './pt-BR/shared.js';
import { messages as chainRuleGears } from './pt-BR/chain-rule-gears.js';
import { messages as neuronBackprop } from './pt-BR/neuron-backprop.js';
import { messages as graphBackprop } from './pt-BR/graph-backprop.js';
import { messages as layerDelta } from './pt-BR/layer-delta.js';
import { messages as trainNetwork } from './pt-BR/train-network.js';

/** Brazilian Portuguese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
