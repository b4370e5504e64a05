import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The settings panel's English: its controls' labels and options. Loaded with the view, which
 * is fetched after the figure's first paint. relu, tanh, sigmoid, L1 and L2 are names.
 */
export const settingsMessages: Messages = {
  'train-network.settings': 'Settings',
  'train-network.dataset': 'Data',
  'train-network.dataset.circle': 'Circle',
  'train-network.dataset.xor': 'XOR',
  'train-network.dataset.gauss': 'Gaussian clusters',
  'train-network.dataset.spiral': 'Spiral',
  'train-network.dataset.plane': 'Plane (regression)',
  'train-network.dataset.wave': 'Wave (regression)',
  'train-network.dataset.own': 'Own points',
  'train-network.classes': 'Classes',
  'train-network.activation': 'Activation',
  'train-network.learningRate': 'Learning rate',
  'train-network.batchSize': 'Batch size',
  'train-network.layers': 'Hidden layers',
  'train-network.units': 'Units per layer',
  'train-network.regularization': 'Regularisation',
  'train-network.regularization.none': 'None',
  'train-network.regularizationRate': 'Regularisation rate',
  'train-network.noise': 'Noise',
  'train-network.trainRatio': 'Training share',
  'train-network.percent': '{value}%',
  'train-network.features': 'Input features',
  'train-network.newPoint': 'New points',
  // A new point's value, for the regression sets.
  'train-network.value': 'value {value}',
};

addEnglish(settingsMessages);
