import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** The plane's text alternative, in English: loaded with it (views/plane-summary.ts). */
export const planeSummaryMessages: Messages = {
  'train-network.classAccuracy': 'Class {number}: {right} of {total} test points predicted right.',
};

addEnglish(planeSummaryMessages);
