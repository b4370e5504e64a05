import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** The plane's description for screen readers, in English: loaded with it (plane-description.ts). */
export const planeDescriptionMessages: Messages = {
  'train-network.plane.hint':
    'Arrow keys move a cursor over the plane; Enter adds a point of the chosen class there, or removes the point under it.',
  'train-network.classAccuracy': 'Class {number}: {right} of {total} test points predicted right.',
};

addEnglish(planeDescriptionMessages);
