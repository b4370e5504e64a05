/** How the embed pages and the builder use <layer-delta> (see src/embed/embedding.ts). */
import { reachedTheEnd, type Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = { sizes: '2 3 2 1', x: '0.5 -1', y: '1' };

/** Done once the deltas reached the input layer. */
export const mainAction: Embedding['mainAction'] = { event: 'backward-step', done: reachedTheEnd };
