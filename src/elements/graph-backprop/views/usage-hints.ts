/**
 * How to use a node, the descriptions its `aria-describedby` points to: said when a node has
 * focus, so they come with the reader's code (graph-handlers.ts), which a focus asks for.
 */
import type { Localizer } from '../../../internal/localizer.js';
import { COARSE_STEP, FINE_STEP } from '../variable-input.js';
import './usage-hints.messages.js';

/** The two descriptions: a variable's (a slider) and any other node's. */
export interface UsageHints {
  readonly variable: string;
  readonly node: string;
}

export function usageHints(l10n: Localizer): UsageHints {
  return {
    variable: l10n.t('graph-backprop.hint.variable', {
      fine: l10n.number(FINE_STEP),
      coarse: l10n.number(COARSE_STEP),
    }),
    node: l10n.t('graph-backprop.hint.node'),
  };
}
