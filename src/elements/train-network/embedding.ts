/** How the embed pages and the builder use <train-network> (see src/embed/embedding.ts). */
import type { Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = { dataset: 'xor', sizes: '4', activation: 'tanh' };

/** Done once training reached the author's `goal-accuracy` (0.9 unless set) on the test points. */
export const mainAction: Embedding['mainAction'] = {
  event: 'epoch',
  done: (detail) => (detail as { goalReached?: unknown } | null)?.goalReached === true,
};
