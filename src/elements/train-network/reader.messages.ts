import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * What `<train-network>` says when the reader moves the plane's cursor or adds or removes a
 * point, in English: loaded with the code of those actions (reader-actions.ts), after the first
 * paint. x₁ and x₂ are mathematical symbols: keep them as they are.
 */
export const readerMessages: Messages = {
  'train-network.plane.cursor': 'Cursor at x₁ = {x}, x₂ = {y}',
  'train-network.pointAdded': 'Added a point of {label} at x₁ = {x}, x₂ = {y}.',
  'train-network.pointRemoved': 'Removed the point at x₁ = {x}, x₂ = {y}.',
};

addEnglish(readerMessages);
