import { css, html, type TemplateResult } from 'lit';
import type { Localizer } from '../localizer.js';
import './messages.js';

/**
 * Stands where a hidden number would be: a question mark, named "hidden until you answer". Pure,
 * so a view can put it in place of any number; part of the element's first load (the field
 * itself arrives with exercise-runtime.ts).
 */
export function pendingMark(l10n: Localizer): TemplateResult {
  return html`<span class="answer-pending" role="img" aria-label=${l10n.t('exercise.notYet')}
    >?</span
  >`;
}

export const pendingStyles = css`
  .answer-pending {
    font-family: var(--bp-mono);
    font-weight: 600;
    color: var(--bp-accent);
  }
`;
