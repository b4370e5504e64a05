import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** The loss curves' English, loaded with the view (fetched after the figure's first paint). */
export const curvesMessages: Messages = {
  'train-network.curves.name': 'Loss per epoch: training {train}, test {test}',
  'train-network.curves.train': 'training',
  'train-network.curves.test': 'test (dashed)',
};

addEnglish(curvesMessages);
