import { addEnglish, addTranslations } from '../../internal/i18n.js';
import { translations } from '../../i18n/train-network.js';

// Its words in the other shipped languages, fetched when the element first shows one.
addTranslations('train-network', translations);

/**
 * Every word `<train-network>` shows or speaks, in English. Numbers arrive formatted for the
 * reader's language. δ (delta), a, w, η (the learning rate), L (the loss), x₁ and x₂ are
 * mathematical symbols: keep them as they are. relu, tanh, sigmoid, L1 and L2 are names.
 */
addEnglish({
  // The buttons and the readouts beside them.
  'train-network.play': 'Play',
  'train-network.pause': 'Pause',
  'train-network.step': 'Step',
  'train-network.stepHint': 'one mini-batch',
  'train-network.reset': 'Reset',
  'train-network.epoch': 'Epoch {epoch}',
  'train-network.trainLoss': 'Training loss {value}',
  'train-network.testLoss': 'Test loss {value}',
  'train-network.accuracy': 'Test accuracy {percent}%',

  // The settings panel's words load with it: views/settings.messages.ts.

  // The plane with the data and the decision boundary (its description for screen readers, the
  // keys and the accuracy per class, loads after the first paint: views/plane-description.messages.ts).
  'train-network.plane.name': 'Data points and the decision boundary',
  // What it says when the reader moves the cursor or adds or removes a point loads with the
  // code of those actions: reader.messages.ts.
  'train-network.class': 'class {number}',
  // The heatmap in words: the button that shows a table of the predictions (its own words load
  // with it: views/prediction-table.messages.ts).
  'train-network.grid.toggle': 'Read the predictions as a table',
  'train-network.legend.train': 'filled: training points',
  'train-network.legend.test': 'outlined: test points',
  'train-network.legend.shade': 'background: the predicted class, paler where the model is unsure',

  // The loss curves' words load with them: views/curves.messages.ts.

  // The network drawing (units' names load with the views that say them:
  // views/unit-names.messages.ts).
  'train-network.network.name': 'The network: {sizes}. Select a connection to see its gradient.',
  'train-network.legend.positive': 'positive weight',
  'train-network.legend.negative': 'negative weight (dashed)',

  // The gradient panel's switch (the panel's own words load with it: views/gradient-panel.messages.ts).
  'train-network.panel.toggle': 'Explain a gradient',
  'train-network.panel.empty':
    'Select a connection in the drawing to see how its gradient is made.',

  // What a screen reader hears on Play (the rest loads when first said: spoken.messages.ts).
  'train-network.playing': 'Training.',

  // Refused attribute values load with their notes: refusals.messages.ts.
});
