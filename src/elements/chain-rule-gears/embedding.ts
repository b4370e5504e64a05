/** How the embed pages and the builder use <chain-rule-gears> (see src/embed/embedding.ts). */
import type { Embedding } from '../../embed/embedding.js';

export const example: Embedding['example'] = { ratios: '2 3', input: '1', units: 'cm, °, °' };

/**
 * How far the lever must travel in all, back and forth, before the figure counts as done: a tenth
 * of its −10 to 10 range (twenty small key steps, two large ones, or a short drag), enough to
 * watch every gear follow it by its ratio. A touch of the lever is not reading the figure.
 */
export const LEVER_TRAVEL_TO_COMPLETE = 2;

/** Done once the lever travelled LEVER_TRAVEL_TO_COMPLETE in all (`input` events, summed). */
export const mainAction: Embedding['mainAction'] = {
  event: 'input',
  done(detail, element, memory) {
    const value = (detail as { value?: unknown } | null)?.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    // Before the first move the lever stands at its start, which the `input` property reads back.
    const start = (element as HTMLElement & { input?: unknown }).input;
    const lever = (memory.lever ??= {
      at: typeof start === 'number' && Number.isFinite(start) ? start : value,
      travelled: 0,
    }) as { at: number; travelled: number };
    lever.travelled += Math.abs(value - lever.at);
    lever.at = value;
    // A hair under the mark: ten steps of 0.1 add up to 0.9999999999999999.
    return lever.travelled >= LEVER_TRAVEL_TO_COMPLETE - 1e-9;
  },
};
