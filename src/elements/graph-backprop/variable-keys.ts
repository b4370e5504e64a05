/**
 * The value a key asks a focused variable for, DOM-free. Part of the reader's chunk with the
 * actions (graph-handlers.ts): no key is read before the reader's first action.
 */
import type { GradNode } from '../../core/index.js';
import { sliderKey } from '../../internal/interaction.js';
import { VALUE_LIMIT } from './graph-backprop-model.js';
import { COARSE_STEP, FINE_STEP } from './variable-input.js';

/** Up and Down move between nodes, so a variable's value takes the other slider keys only. */
const VALUE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

/** The part of a key press the keyboard rules read; a KeyboardEvent is one. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
}

/**
 * The value a key asks a variable for, or null. Left/Right step (Shift for coarse), Page keys
 * step coarsely, Home and End go to the ends. The caller prevents the key's default (scrolling
 * the page) when there is a value.
 */
export function keyedValue(node: GradNode, press: KeyPress): number | null {
  if (node.op !== 'var' || !VALUE_KEYS.has(press.key)) return null;
  const range = { min: -VALUE_LIMIT, max: VALUE_LIMIT, fine: FINE_STEP, coarse: COARSE_STEP };
  // sliderKey reads the key and Shift only.
  return sliderKey(press, node.value, range);
}
