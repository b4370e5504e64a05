/**
 * Every element of the single-file page, read in from the element folders when the page is
 * built (only Vite builds it, into one file with nothing to fetch later): each define.ts, which
 * registers its tag, and what each element counts as done from its embedding.ts.
 */
import type { Embedding } from './embedding.js';

import.meta.glob('../elements/*/define.ts', { eager: true });

const MAIN_ACTIONS = import.meta.glob<Embedding['mainAction']>('../elements/*/embedding.ts', {
  eager: true,
  import: 'mainAction',
});

/** The main action of the element with this tag, if it is one of ours. */
export function mainActionOf(tag: string): Embedding['mainAction'] | undefined {
  return MAIN_ACTIONS[`../elements/${tag}/embedding.ts`];
}
