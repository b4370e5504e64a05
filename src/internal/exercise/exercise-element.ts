import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { seededRandom } from '../../core/random.js';
import { BackpropElement, type BackpropEventMap } from '../base-element.js';
import { readOnly, setting, state } from '../settings.js';
import { answerField, verdictText } from './answer-field.js';
import {
  ExerciseSession,
  type AnswerDetail,
  type ExerciseScore,
  type Question,
  type Verdict,
} from './exercise-session.js';
import { ABSOLUTE_FLOOR, ATTEMPTS, TOLERANCE } from './exercise-settings.js';
import './messages.js';

export type { AnswerDetail, ExerciseScore } from './exercise-session.js';

/**
 * One question as an element asks it now: the hidden number (the core's value, for the current
 * numbers on screen) and the words around it, already in the reader's language.
 */
export interface ExerciseQuestion<Hint extends string = string> extends Question<Hint> {
  /** The question, the field's accessible name: "What is d gear 2 / d lever?" */
  readonly label: string;
  /** The working shown once it is answered or revealed: "2 × 3 = 6". */
  readonly working: string;
  /** The rule with numbers, the hint from the second wrong try on (never the result). */
  readonly rule: string;
  /** The sentence for a named mistake, the first hint ("the effects multiply along the chain"). */
  hintFor?(hint: Hint): string;
}

/** What the page reads from `answers`: each question asked and its expected value. */
export interface ExerciseAnswer {
  readonly question: string;
  readonly expected: number;
}

/** The events every element that asks fires, besides its own. */
export interface ExerciseEventMap extends BackpropEventMap {
  answer: CustomEvent<AnswerDetail>;
}

/** The reader's side of the exercise: the answers so far and what each field last said. */
interface ExerciseState {
  readonly session: ExerciseSession;
  readonly verdicts: ReadonlyMap<string, Verdict>;
  /** How many times "Try new numbers" was pressed: the seed of the next draw. */
  readonly round: number;
}

/** Where focus goes after an answer: a question's field, or the "Try new numbers" button. */
const TRY_NEW = 'exercise-try-new';
const fieldId = (question: string): string => `answer-${question}`;

/**
 * "Predict, then check", the same for every element: an element that extends this class declares
 * `@setting(askSetting([...])) ask` with its own question kinds, lists its questions for the
 * current numbers in `exerciseQuestions()`, shows `pendingMark()` (answer-field.ts) in place of
 * every number `isHidden()` names, puts `renderQuestion(id)` where the reader answers and `renderExercise()`
 * (the score and "Try new numbers") once, and draws fresh numbers in `drawNewNumbers`.
 *
 * The hidden numbers exist only in `exerciseQuestions()` and the `answers` property, documented
 * for authors: the element keeps them out of its text, names, live region and other properties
 * until each is answered or revealed. Questions are asked in turn: the first open one has the
 * field; a right answer moves focus to the next one, a wrong one keeps it in the field.
 */
export class ExerciseElement<
  Events extends ExerciseEventMap = ExerciseEventMap,
> extends BackpropElement<Events> {
  /** Which hidden numbers the reader predicts; declared by each element with its own kinds. */
  declare ask: readonly string[];

  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1.
   * @attr tolerance
   */
  @setting(TOLERANCE)
  tolerance!: number;

  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored.
   * @attr attempts
   */
  @setting(ATTEMPTS)
  attempts!: number;

  /** The exercise as the reader has answered it; replaced, never changed in place. */
  @state() private exercise: ExerciseState = {
    session: ExerciseSession.start({ possible: 0 }),
    verdicts: new Map(),
    round: 0,
  };

  /** The text in each field, by the field's id (not reactive: the field itself holds it between renders). */
  private readonly drafts = new Map<string, string>();
  private focusNext?: string;

  /** The questions asked for the current numbers, in the order they are answered. */
  protected exerciseQuestions(): readonly ExerciseQuestion[] {
    return [];
  }

  /** Replaces the element's numbers with fresh ones drawn from `random` (seeded per round). */
  protected drawNewNumbers(random: () => number): void {
    void random;
  }

  /**
   * The score: questions right (`correct`, of which `firstTry` on the first try), closed
   * (`answered`: right, revealed or out of attempts) and asked (`possible`). Read-only.
   */
  @readOnly
  get score(): ExerciseScore {
    return { ...this.exercise.session.score, possible: this.exerciseQuestions().length };
  }

  /**
   * For the author only: every question asked and its expected value, the hidden numbers
   * included. An element never shows these before they are answered; a page that reads them
   * (to check a course's setup, or to grade elsewhere) can. Read-only.
   */
  @readOnly
  get answers(): ExerciseAnswer[] {
    return this.exerciseQuestions().map(({ id, expected }) => ({ question: id, expected }));
  }

  /** Asks every question again from the start, with the same numbers; the score goes to 0. */
  resetExercise(): void {
    this.drafts.clear();
    this.exercise = { ...this.exercise, session: this.freshSession(), verdicts: new Map() };
  }

  /** True while `id` is asked and not yet answered or revealed: its number must not show. */
  protected isHidden(id: string): boolean {
    return this.asked(id) && this.exercise.session.isOpen(id);
  }

  private asked(id: string): boolean {
    return this.exerciseQuestions().some((question) => question.id === id);
  }

  /** The question the reader answers now: the first one still open. */
  private current(): ExerciseQuestion | undefined {
    return this.exerciseQuestions().find((question) => this.exercise.session.isOpen(question.id));
  }

  private freshSession(): ExerciseSession {
    return ExerciseSession.start({
      possible: this.exerciseQuestions().length,
      tolerance: { relative: this.tolerance, absolute: ABSOLUTE_FLOOR },
      attempts: this.attempts,
    });
  }

  protected override update(changed: PropertyValues): void {
    if (changed.has('ask')) this.resetExercise();
    else if (changed.has('tolerance') || changed.has('attempts')) {
      // New rules for the answers still to come; the answers given stand.
      const session = this.freshSession().resume(this.exercise.session.toResumeText());
      this.exercise = { ...this.exercise, session };
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusNext;
    this.focusNext = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  // ---- the reader's actions -------------------------------------------------------------

  private readonly onDraft = (event: Event): void => {
    // The native event would reach the page as if it were the element's own `input`.
    event.stopPropagation();
    const input = event.currentTarget as HTMLInputElement;
    this.drafts.set(input.id, input.value);
  };

  private readonly onCheck = (id: string, typed: string): void => {
    const question = this.exerciseQuestions().find((candidate) => candidate.id === id);
    if (!question) return;
    const { session, verdict, detail } = this.exercise.session.submit(
      question,
      this.l10n.read(typed),
    );
    const verdicts = new Map(this.exercise.verdicts).set(id, verdict);
    this.exercise = { ...this.exercise, session, verdicts };
    if (verdict.kind === 'right' || (verdict.kind === 'wrong' && verdict.outOfAttempts)) {
      this.drafts.delete(fieldId(id));
      this.focusNext = this.nextFocus();
    } else {
      // Lit keeps the field, and focus with it; this only makes sure of it.
      this.focusNext = fieldId(id);
    }
    this.announce(this.verdictLine(question, verdict));
    if (detail) this.emit<AnswerDetail>('answer', { ...detail, given: typed });
  };

  private readonly onReveal = (id: string): void => {
    const question = this.exerciseQuestions().find((candidate) => candidate.id === id);
    if (!question) return;
    const { session, detail } = this.exercise.session.reveal(question);
    const verdicts = new Map(this.exercise.verdicts);
    verdicts.delete(id);
    this.exercise = { ...this.exercise, session, verdicts };
    this.drafts.delete(fieldId(id));
    this.focusNext = this.nextFocus();
    this.announce(this.l10n.t('exercise.revealed', { working: question.working }));
    if (detail) this.emit<AnswerDetail>('answer', detail);
  };

  private readonly onTryNew = (): void => {
    const round = this.exercise.round + 1;
    this.drawNewNumbers(seededRandom(round));
    this.drafts.clear();
    this.exercise = { session: this.freshSession(), verdicts: new Map(), round };
    const first = this.exerciseQuestions()[0];
    this.focusNext = first ? fieldId(first.id) : TRY_NEW;
  };

  private nextFocus(): string {
    const next = this.current();
    return next ? fieldId(next.id) : TRY_NEW;
  }

  /** The sentence for a verdict: in the field's description and, once, in the live region. */
  private verdictLine(question: ExerciseQuestion, verdict: Verdict): string {
    const { l10n } = this;
    if (verdict.kind === 'right') return l10n.t('exercise.right', { working: question.working });
    if (verdict.kind === 'wrong' && verdict.outOfAttempts)
      return l10n.t('exercise.outOfAttempts', { working: question.working });
    return verdictText(verdict, l10n, this.hintText(question, verdict));
  }

  /**
   * "Check the sign" whenever only the sign is off (the verdict says it when this is empty);
   * otherwise the named mistake on the first try, and the rule with numbers from the second.
   */
  private hintText(question: ExerciseQuestion, verdict: Verdict): string {
    if (verdict.kind !== 'wrong' || verdict.hint === 'sign') return '';
    if (verdict.hintLevel >= 2) return question.rule;
    return verdict.hint ? (question.hintFor?.(verdict.hint) ?? '') : '';
  }

  // ---- rendering --------------------------------------------------------------------------

  /**
   * Where the reader answers `id`: the field while it is the current question, the working once
   * it is answered or revealed; nothing for a question not asked or not reached yet.
   */
  protected renderQuestion(id: string): TemplateResult | typeof nothing {
    const question = this.exerciseQuestions().find((candidate) => candidate.id === id);
    if (!question) return nothing;
    const { session, verdicts } = this.exercise;
    const state = session.state(id);
    if (!session.isOpen(id)) {
      const verdict = verdicts.get(id);
      const line = state.correct
        ? this.l10n.t('exercise.right', { working: question.working })
        : verdict
          ? this.verdictLine(question, verdict)
          : this.l10n.t('exercise.revealed', { working: question.working });
      return html`<p class="answer-done ${state.correct ? 'right' : 'revealed'}">${line}</p>`;
    }
    if (this.current()?.id !== id) return nothing;
    const verdict = verdicts.get(id);
    return answerField({
      id: fieldId(id),
      question: question.label,
      draft: this.drafts.get(fieldId(id)) ?? '',
      verdict,
      hintText: verdict ? this.hintText(question, verdict) : '',
      l10n: this.l10n,
      onInput: this.onDraft,
      onCheck: (typed) => this.onCheck(id, typed),
      onReveal: () => this.onReveal(id),
    });
  }

  /** The score line and "Try new numbers", once per element, while it asks anything. */
  protected renderExercise(): TemplateResult | typeof nothing {
    const questions = this.exerciseQuestions();
    if (questions.length === 0) return nothing;
    const { correct, firstTry } = this.exercise.session.score;
    return html`<div class="exercise" part="exercise">
      <p class="exercise-score">
        ${this.l10n.t('exercise.score', { correct, firstTry, count: questions.length })}
      </p>
      <button type="button" id=${TRY_NEW} @click=${this.onTryNew}>
        ${this.l10n.t('exercise.tryNew')}
      </button>
    </div>`;
  }
}
