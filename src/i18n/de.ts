import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './de/shared.js';
import { messages as chainRuleGears } from './de/chain-rule-gears.js';
import { messages as neuronBackprop } from './de/neuron-backprop.js';
import { messages as graphBackprop } from './de/graph-backprop.js';
import { messages as layerDelta } from './de/layer-delta.js';
import { messages as trainNetwork } from './de/train-network.js';

/**
 * German. Terms follow GLOSSARY.md; keys and placeholders match English exactly. Instructions
 * use the infinitive (“Einen Wert ändern”), as German interfaces do, so no form of address is
 * needed. Op nodes are named with their article (“der Multiplikationsknoten”) and only ever
 * stand where German needs the nominative.
 */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
