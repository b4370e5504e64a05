/**
 * The reader's turn at a question, fetched with the field (exercise-runtime.ts): checking an
 * answer, showing one, the sentence for each verdict, and the templates where the reader answers
 * and sees the score. Pure: the element (ExerciseElement) keeps the state and does the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../localizer.js';
import { answerField, verdictText } from './answer-field.js';
import type { ExerciseQuestion } from './exercise-element.js';
import type { AnswerDetail, ExerciseSession, Verdict } from './exercise-session.js';

/** The answers so far and what each field last said. */
export interface Turns {
  readonly session: ExerciseSession;
  readonly verdicts: ReadonlyMap<string, Verdict>;
}

/**
 * "Check the sign" whenever only the sign is off (the verdict says it when this is empty);
 * otherwise the named mistake on the first try, and the rule with numbers from the second.
 */
function hintText(question: ExerciseQuestion, verdict: Verdict): string {
  if (verdict.kind !== 'wrong' || verdict.hint === 'sign') return '';
  if (verdict.hintLevel >= 2) return question.rule;
  return verdict.hint ? (question.hintFor?.(verdict.hint) ?? '') : '';
}

/** The sentence for a verdict: in the field's description and, once, in the live region. */
function verdictLine(question: ExerciseQuestion, verdict: Verdict, l10n: Localizer): string {
  if (verdict.kind === 'right') return l10n.t('exercise.right', { working: question.working });
  if (verdict.kind === 'wrong' && verdict.outOfAttempts)
    return l10n.t('exercise.outOfAttempts', { working: question.working });
  return verdictText(verdict, l10n, hintText(question, verdict));
}

/** Checks what the reader typed (in their language's style); `closed` when the question is done. */
export function check(
  turns: Turns,
  question: ExerciseQuestion,
  typed: string,
  l10n: Localizer,
): { turns: Turns; line: string; closed: boolean; detail?: AnswerDetail } {
  const { session, verdict, detail } = turns.session.submit(question, l10n.read(typed));
  const verdicts = new Map(turns.verdicts).set(question.id, verdict);
  return {
    turns: { session, verdicts },
    line: verdictLine(question, verdict, l10n),
    closed: !session.isOpen(question.id),
    detail: detail && { ...detail, given: typed },
  };
}

/** "Show answer": the question closes for no credit. */
export function reveal(
  turns: Turns,
  question: ExerciseQuestion,
  l10n: Localizer,
): { turns: Turns; line: string; detail?: AnswerDetail } {
  const { session, detail } = turns.session.reveal(question);
  const verdicts = new Map(turns.verdicts);
  verdicts.delete(question.id);
  return {
    turns: { session, verdicts },
    line: l10n.t('exercise.revealed', { working: question.working }),
    detail,
  };
}

export interface QuestionViewOptions {
  readonly turns: Turns;
  readonly question: ExerciseQuestion;
  /** Whether this is the question the reader answers now (the first one open). */
  readonly current: boolean;
  readonly fieldId: string;
  readonly draft: string;
  readonly l10n: Localizer;
  readonly onInput: (event: Event) => void;
  readonly onCheck: (typed: string) => void;
  readonly onReveal: () => void;
}

/** The field while the question is current, its working once closed, else nothing. */
export function questionView(options: QuestionViewOptions): TemplateResult | typeof nothing {
  const { turns, question, l10n } = options;
  const state = turns.session.state(question.id);
  const verdict = turns.verdicts.get(question.id);
  if (!turns.session.isOpen(question.id)) {
    const line = state.correct
      ? l10n.t('exercise.right', { working: question.working })
      : verdict
        ? verdictLine(question, verdict, l10n)
        : l10n.t('exercise.revealed', { working: question.working });
    return html`<p class="answer-done ${state.correct ? 'right' : 'revealed'}">${line}</p>`;
  }
  if (!options.current) return nothing;
  return answerField({
    id: options.fieldId,
    question: question.label,
    draft: options.draft,
    verdict,
    hintText: verdict ? hintText(question, verdict) : '',
    l10n,
    onInput: options.onInput,
    onCheck: options.onCheck,
    onReveal: options.onReveal,
  });
}

/** The score line and "Try new numbers". */
export function scoreView(
  turns: Turns,
  count: number,
  tryNewId: string,
  l10n: Localizer,
  onTryNew: () => void,
): TemplateResult {
  const { correct, firstTry } = turns.session.score;
  return html`<div class="exercise" part="exercise">
    <p class="exercise-score">${l10n.t('exercise.score', { correct, firstTry, count })}</p>
    <button type="button" id=${tryNewId} @click=${onTryNew}>${l10n.t('exercise.tryNew')}</button>
  </div>`;
}
