import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The gradient panel's English: its heading, the connection pickers and the sentences between
 * its formulas. Loaded with the view, which is fetched on first use. δ, a, w and L are
 * mathematical symbols: keep them as they are.
 */
export const gradientPanelMessages: Messages = {
  'train-network.panel.title': 'The gradient of the weight from {from} to {to}',
  'train-network.panel.pick': 'Connection',
  'train-network.panel.layer': 'Layer',
  // Layers are counted from the inputs (layer 0) to the output.
  'train-network.panel.layerOption': 'layer {from} to layer {to}',
  'train-network.panel.from': 'From',
  'train-network.panel.to': 'To',
  'train-network.panel.mean': {
    one: 'For the next mini-batch ({count} example), ∂L/∂w is the mean over its examples of δ of the unit fed times a of the unit feeding:',
    other:
      'For the next mini-batch ({count} examples), ∂L/∂w is the mean over its examples of δ of the unit fed times a of the unit feeding:',
  },
  'train-network.panel.example': 'The first example of the batch:',
  'train-network.panel.update': 'Step then moves the weight against its gradient:',
};

addEnglish(gradientPanelMessages);
