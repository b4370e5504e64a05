/** How the embed pages and the builder use <graph-backprop> (see src/embed/embedding.ts). */
import { reachedTheEnd, type Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = {
  expr: 'relu(w*x + b)',
  values: 'x=1.5, w=2, b=-1',
};

/** Done once the backward pass was stepped to its end. */
export const mainAction: Embedding['mainAction'] = { event: 'backward-step', done: reachedTheEnd };
