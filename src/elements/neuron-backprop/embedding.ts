/** How the embed pages and the builder use <neuron-backprop> (see src/embed/embedding.ts). */
import type { Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = { x: '1.5', w: '0.8', b: '-0.4', y: '1' };

/** Done once a gradient step was taken: moving a slider is not yet the point of the figure. */
export const mainAction: Embedding['mainAction'] = {
  event: 'change',
  done: (detail) => (detail as { source?: unknown } | null)?.source === 'step',
};
