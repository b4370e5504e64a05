import type { Feature } from '../../../core/index.js';

/** Feature names as plain text, for labels and the drawing (x₁², sin x₁). */
export const FEATURE_TEXT: Record<Feature, string> = {
  x1: 'x₁',
  x2: 'x₂',
  'x1^2': 'x₁²',
  'x2^2': 'x₂²',
  'x1*x2': 'x₁x₂',
  'sin(x1)': 'sin x₁',
  'sin(x2)': 'sin x₂',
};
