/** How the embed pages and the builder use <chain-rule-gears> (see src/embed/embedding.ts). */
import type { Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = { ratios: '2 3', input: '1', units: 'cm, °, °' };

/** Done once the lever moved. */
export const mainAction: Embedding['mainAction'] = { event: 'change', done: () => true };
