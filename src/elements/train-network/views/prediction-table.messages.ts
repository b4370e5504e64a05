import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The table of predictions' English: its caption and its headers. Loaded with the view, which is
 * fetched on first use. x₁ and x₂ are the plane's coordinates: keep them as they are.
 */
export const predictionTableMessages: Messages = {
  'train-network.grid.caption':
    'The predicted class at {count} × {count} points of the plane: rows from the top (x₂ = {top}) down, columns from the left (x₁ = {left}).',
  'train-network.grid.captionRegression':
    'The predicted value at {count} × {count} points of the plane: rows from the top (x₂ = {top}) down, columns from the left (x₁ = {left}).',
  'train-network.grid.x1': 'x₁ = {value}',
  'train-network.grid.x2': 'x₂ = {value}',
};

addEnglish(predictionTableMessages);
