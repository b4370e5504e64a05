import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './fr/shared.js';
import { messages as chainRuleGears } from './fr/chain-rule-gears.js';
import { messages as neuronBackprop } from './fr/neuron-backprop.js';
import { messages as graphBackprop } from './fr/graph-backprop.js';
import { messages as layerDelta } from './fr/layer-delta.js';
import { messages as trainNetwork } from './fr/train-network.js';

/**
 * French. Terms follow GLOSSARY.md; keys and placeholders match English exactly. A no-break
 * space (U+00A0) stands before “:” and “;”, as French typography wants, so a line never starts
 * with one. Stage, unit and layer names are labels (“engrenage 2”, “couche cachée 1”), so the
 * sentences around them avoid contractions such as du or au.
 */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
