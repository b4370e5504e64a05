import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './zh-CN/shared.js';
import { messages as chainRuleGears } from './zh-CN/chain-rule-gears.js';
import { messages as neuronBackprop } from './zh-CN/neuron-backprop.js';
import { messages as graphBackprop } from './zh-CN/graph-backprop.js';
import { messages as layerDelta } from './zh-CN/layer-delta.js';
import { messages as trainNetwork } from './zh-CN/train-network.js';

/** Simplified Chinese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
