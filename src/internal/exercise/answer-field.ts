import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../localizer.js';
import type { AnswerReading } from '../../core/answer.js';
import type { Verdict } from './exercise-session.js';
import './runtime.messages.js';

/**
 * The field that stands where a hidden number would be: the question as its label, a text box
 * (numbers in the reader's style, or arithmetic), Check, the verdict, and "Show answer" from the
 * second wrong try. Pure: the element keeps the draft text and the last verdict.
 */
export interface AnswerFieldOptions {
  /** Unique in the shadow root; labels and descriptions hang off it. */
  readonly id: string;
  /** The question in words, the field's accessible name. */
  readonly question: string;
  readonly draft: string;
  readonly verdict?: Verdict<string>;
  /** The element's own sentence for its named mistake (level 1) or the rule with numbers (level 2+). */
  readonly hintText?: string;
  readonly l10n: Localizer;
  readonly onInput: (event: Event) => void;
  /** Called on Check or Enter with the text as typed (the element reads it in the reader's style). */
  readonly onCheck: (typed: string) => void;
  readonly onReveal: () => void;
}

const UNREADABLE_KEYS: Record<Exclude<AnswerReading, { ok: true }>['reason'], string> = {
  empty: 'exercise.unreadable.empty',
  syntax: 'exercise.unreadable.syntax',
  name: 'exercise.unreadable.name',
  'not-finite': 'exercise.unreadable.notFinite',
};

/** What the verdict line says; the element adds the working for a right or revealed answer. */
export function verdictText(verdict: Verdict<string>, l10n: Localizer, hintText = ''): string {
  switch (verdict.kind) {
    case 'unreadable':
      return l10n.t(UNREADABLE_KEYS[verdict.reading.reason], { name: verdict.reading.name ?? '' });
    case 'wrong': {
      const opening =
        verdict.hint === 'sign' && !hintText
          ? l10n.t('exercise.wrong.sign')
          : l10n.t('exercise.wrong');
      return hintText ? `${opening} ${hintText}` : opening;
    }
    default:
      return '';
  }
}

/** The text box's native `change` would reach the page as if it were the element's own. */
const stopChange = (event: Event): void => event.stopPropagation();

export function answerField(options: AnswerFieldOptions): TemplateResult {
  const { id, l10n, verdict } = options;
  const text = verdict ? verdictText(verdict, l10n, options.hintText) : '';
  const canReveal = verdict?.kind === 'wrong' && verdict.canReveal;
  // Check and Enter call onCheck themselves rather than submitting the form: a frame sandboxed
  // without `allow-forms` (what Canvas keeps, and the single-file embed's iframe) blocks a
  // form's submission before its submit event, which would leave the reader unable to answer.
  const check = (event: Event): void => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    options.onCheck(form?.querySelector('input')?.value ?? '');
  };
  const enter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    check(event);
  };
  const noSubmit = (event: Event): void => event.preventDefault();
  return html`<form class="answer" part="answer" @submit=${noSubmit} novalidate>
    <label for=${id}>${options.question}</label>
    <span class="answer-row">
      <input
        id=${id}
        class="ltr"
        type="text"
        inputmode="text"
        autocomplete="off"
        spellcheck="false"
        .value=${options.draft}
        aria-describedby="${id}-hint ${id}-verdict"
        aria-invalid=${verdict?.kind === 'wrong' || verdict?.kind === 'unreadable' ? 'true' : 'false'}
        @input=${options.onInput}
        @keydown=${enter}
        @change=${stopChange}
      />
      <button type="button" @click=${check}>${l10n.t('exercise.check')}</button>
      ${
        canReveal
          ? html`<button type="button" @click=${options.onReveal}>
              ${l10n.t('exercise.showAnswer')}
            </button>`
          : nothing
      }
    </span>
    <span id="${id}-hint" class="answer-hint">${l10n.t('exercise.fieldHint')}</span>
    <span id="${id}-verdict" class="answer-verdict">${text}</span>
  </form>`;
}
