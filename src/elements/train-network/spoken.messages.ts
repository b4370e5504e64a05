import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * What `<train-network>` says of where training stands, in English: loaded with spoken.ts, after
 * the first paint. δ (delta), η (the learning rate) and L (the loss) are mathematical symbols.
 */
export const spokenMessages: Messages = {
  // What a screen reader hears on Pause, Step and Reset, and now and then while playing.
  'train-network.summary':
    'Epoch {epoch}: training loss {train}, test loss {test}, test accuracy {percent}%.',
  'train-network.summaryRegression': 'Epoch {epoch}: training loss {train}, test loss {test}.',
  // When training diverges (the loss became too large to be a number): said, and shown under
  // the buttons.
  'train-network.diverged':
    'The loss exploded, so training stopped and went back to the weights of epoch {epoch}: try a smaller learning rate than {rate}.',
};

addEnglish(spokenMessages);
