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
  // {unit} is a unit's name, e.g. "layer 1 unit 2" or "output 1".
  'train-network.panel.deltaToggle': 'Where δ of {unit} comes from',
  'train-network.panel.deltaTitle': 'δ of {unit}',
  'train-network.panel.deltaOutput':
    'At the output, δ is the prediction minus the target: how fast the loss changes with the unit’s z.',
  'train-network.panel.deltaHidden':
    'A hidden unit’s δ is the chain rule one layer back: the slope of its activation times the next layer’s δs, each weighted by the connection it comes back along.',
  'train-network.panel.deltaMean': {
    one: 'Averaged over the mini-batch ({count} example):',
    other: 'Averaged over the mini-batch ({count} examples):',
  },
  'train-network.panel.update': 'Step then moves the weight against its gradient:',
};

addEnglish(gradientPanelMessages);
