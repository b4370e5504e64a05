/**
 * The reader's side of an exercise, fetched with the runtime (exercise-runtime.ts) the first time
 * an element asks something: the answers so far, what each field last said, the text typed in
 * each field, checking, showing an answer, "Try new numbers", the progress a course keeps and
 * where focus goes next. ExerciseElement keeps only what a page that asks nothing needs.
 */
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { seededRandom } from '../../core/random.js';
import type { Localizer } from '../localizer.js';
import type { AskedNumber, ExerciseQuestion } from './exercise-element.js';
import { ExerciseSession, type AnswerDetail, type Verdict } from './exercise-session.js';
import { ABSOLUTE_FLOOR } from './exercise-settings.js';
import { check, questionView, reveal, scoreView } from './exercise-turn.js';

/** What the driver needs of its element (ExerciseElement, whose hooks are protected there). */
export interface ExerciseHost {
  readonly tolerance: number;
  readonly attempts: number;
  readonly l10n: Localizer;
  readonly renderRoot: HTMLElement | DocumentFragment;
  askedNumbers(): readonly AskedNumber[];
  exerciseQuestions(): readonly ExerciseQuestion[] | undefined;
  drawNewNumbers(random: () => number): void;
  focusWhenMissing(): HTMLElement | null;
  announce(text: string): void;
  emit<T>(type: string, detail: T): void;
  requestUpdate(): void;
}

/** Where focus goes after an answer: a question's field, or the "Try new numbers" button. */
const TRY_NEW = 'exercise-try-new';
const fieldId = (question: string): string => `answer-${question}`;

export class ExerciseDriver {
  /** Undefined while the element's words are still on their way: every question stays open. */
  #session?: ExerciseSession;
  #verdicts: ReadonlyMap<string, Verdict> = new Map();
  /** How many times "Try new numbers" was pressed: the seed of the next draw. */
  #round = 0;
  /** The text in each field, by the field's id (the field itself holds it between renders). */
  readonly #drafts = new Map<string, string>();
  #focusNext?: string;

  readonly #host: ExerciseHost;

  constructor(host: ExerciseHost) {
    this.#host = host;
  }

  get score(): { correct: number; firstTry: number; answered: number } | undefined {
    return this.#session?.score;
  }

  isOpen(id: string): boolean {
    return this.#session?.isOpen(id) ?? true;
  }

  /** Every question asked again from the start, with the same numbers. */
  reset(): void {
    this.#drafts.clear();
    this.#session = this.#freshSession();
    this.#verdicts = new Map();
    this.#host.requestUpdate();
  }

  /** Before each render: a new `ask` starts over, new rules keep the answers given. */
  /** Applies `resume` (text from `progress`) once the session can hold it; true when it did. */
  update(changed: PropertyValues, resume: string | undefined): boolean {
    const session = this.#session;
    if (changed.has('ask')) this.reset();
    else if (!session) this.#session = this.#freshSession();
    else if (changed.has('tolerance') || changed.has('attempts'))
      this.#session = this.#freshSession()?.resume(session.toResumeText());
    if (resume === undefined || !this.#session) return false;
    this.#resume(resume);
    return true;
  }

  /** ExerciseElement's `exerciseProgress`. */
  progress(limit: number): string {
    const session = this.#session;
    const round = this.#round;
    const withTexts = `${round}|${session?.toResumeText() ?? ''}`;
    if (withTexts === '0|') return '';
    if (withTexts.length <= limit) return withTexts;
    const bare = `${round}|${session?.toResumeText(false) ?? ''}`;
    return bare.length <= limit ? bare : '';
  }

  #resume(progress: string): void {
    const split = progress.indexOf('|');
    const round = Number(progress.slice(0, split));
    if (round > 0) this.#host.drawNewNumbers(seededRandom(round));
    this.#drafts.clear();
    this.#session = this.#freshSession()?.resume(progress.slice(split + 1));
    this.#verdicts = new Map();
    this.#round = round;
  }

  /** After each render: focus where the last answer sent it. */
  focus(): void {
    const target = this.#focusNext;
    this.#focusNext = undefined;
    if (!target) return;
    const next = this.#host.renderRoot.querySelector<HTMLElement>(`#${target}`);
    (next ?? this.#host.focusWhenMissing())?.focus();
  }

  /** A session with no answers yet; undefined while the element asks nothing or its words load. */
  #freshSession(): ExerciseSession | undefined {
    const host = this.#host;
    const possible = host.askedNumbers().length;
    if (possible === 0 || !host.exerciseQuestions()) return undefined;
    return ExerciseSession.start({
      possible,
      tolerance: { relative: host.tolerance, absolute: ABSOLUTE_FLOOR },
      attempts: host.attempts,
    });
  }

  #question(id: string): ExerciseQuestion | undefined {
    return this.#host.exerciseQuestions()?.find((question) => question.id === id);
  }

  /** The question the reader answers now: the first one still open. */
  #current(): AskedNumber | undefined {
    return this.#host.askedNumbers().find((asked) => this.isOpen(asked.id));
  }

  #nextFocus(): string {
    const next = this.#current();
    return next ? fieldId(next.id) : TRY_NEW;
  }

  // ---- the reader's actions -------------------------------------------------------------

  readonly #onDraft = (event: Event): void => {
    // The native event would reach the page as if it were the element's own `input`.
    event.stopPropagation();
    const input = event.currentTarget as HTMLInputElement;
    this.#drafts.set(input.id, input.value);
  };

  /** A checked or shown answer: the new turns, focus, the live region and the `answer` event. */
  #settle(
    id: string,
    result: { turns: { session: ExerciseSession; verdicts: ReadonlyMap<string, Verdict> } },
    closed: boolean,
    line: string,
    detail: AnswerDetail | undefined,
  ): void {
    ({ session: this.#session, verdicts: this.#verdicts } = result.turns);
    if (closed) this.#drafts.delete(fieldId(id));
    // On a wrong answer Lit keeps the field, and focus with it; this only makes sure of it.
    this.#focusNext = closed ? this.#nextFocus() : fieldId(id);
    this.#host.requestUpdate();
    this.#host.announce(line);
    if (detail) this.#host.emit<AnswerDetail>('answer', detail);
  }

  #onCheck(id: string, typed: string): void {
    const question = this.#question(id);
    const session = this.#session;
    const verdicts = this.#verdicts;
    if (!question || !session) return;
    const result = check({ session, verdicts }, question, typed, this.#host.l10n);
    this.#settle(id, result, result.closed, result.line, result.detail);
  }

  #onReveal(id: string): void {
    const question = this.#question(id);
    const session = this.#session;
    const verdicts = this.#verdicts;
    if (!question || !session) return;
    const result = reveal({ session, verdicts }, question, this.#host.l10n);
    this.#settle(id, result, true, result.line, result.detail);
  }

  readonly #onTryNew = (): void => {
    const round = this.#round + 1;
    this.#host.drawNewNumbers(seededRandom(round));
    this.#drafts.clear();
    this.#session = this.#freshSession();
    this.#verdicts = new Map();
    this.#round = round;
    const first = this.#host.askedNumbers()[0];
    this.#focusNext = first ? fieldId(first.id) : TRY_NEW;
    this.#host.requestUpdate();
  };

  // ---- rendering --------------------------------------------------------------------------

  /** ExerciseElement's `renderQuestion`. */
  questionView(id: string): TemplateResult | typeof nothing {
    const question = this.#question(id);
    const session = this.#session;
    const verdicts = this.#verdicts;
    if (!question || !session) return nothing;
    return questionView({
      turns: { session, verdicts },
      question,
      current: this.#current()?.id === id,
      fieldId: fieldId(id),
      draft: this.#drafts.get(fieldId(id)) ?? '',
      l10n: this.#host.l10n,
      onInput: this.#onDraft,
      onCheck: (typed) => this.#onCheck(id, typed),
      onReveal: () => this.#onReveal(id),
    });
  }

  /** The score line and "Try new numbers". */
  scoreView(): TemplateResult | typeof nothing {
    const session = this.#session;
    const verdicts = this.#verdicts;
    if (!session) return nothing;
    const possible = this.#host.askedNumbers().length;
    return scoreView({ session, verdicts }, possible, TRY_NEW, this.#host.l10n, this.#onTryNew);
  }
}
