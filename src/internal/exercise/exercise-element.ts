import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackpropElement, type BackpropEventMap } from '../base-element.js';
import { LazyView, unavailableText } from '../lazy-view.js';
import { acting, readOnly, setting } from '../settings.js';
import type { ExerciseDriver, ExerciseHost } from './exercise-driver.js';
import type { AnswerDetail, ExerciseScore, Question } from './exercise-session.js';
import { ATTEMPTS, TOLERANCE } from './exercise-settings.js';
import './messages.js';

/**
 * The session, the field and their words: fetched the first time an element asks something, so
 * a page whose figures ask nothing never loads them (nor the expression parser they read with).
 */
const runtime = new LazyView(() => import('./exercise-runtime.js'));
type Runtime = typeof import('./exercise-runtime.js');

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

/** One hidden number the element asks for: the question's id and the core's value. */
export interface AskedNumber {
  readonly id: string;
  readonly expected: number;
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

/**
 * "Predict, then check", the same for every element: an element that extends this class declares
 * `@setting(askSetting([...])) ask` with its own question kinds, lists the numbers it asks for in
 * `askedNumbers()` and the same questions with their words in `exerciseQuestions()` (a module
 * of its own, loaded on demand), shows `pendingMark()` (pending-mark.ts) in place of every number
 * `isHidden()` names, puts `renderQuestion(id)` where the reader answers and `renderExercise()`
 * (the score and "Try new numbers") once, and draws fresh numbers in `drawNewNumbers`.
 *
 * The field, the session and the element's words are fetched the first time `ask` names a
 * question (exercise-runtime.ts); meanwhile every asked number stays hidden, and a page whose
 * figures ask nothing never loads them.
 *
 * The hidden numbers exist only in those two lists and the `answers` property, documented for
 * authors: the element keeps them out of its text, names, live region and other properties
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

  /** The reader's answers and the rest of the exercise, made once the runtime is here. */
  #driver?: ExerciseDriver;
  /** Progress given to `resumeExercise`, applied once the session can hold it. */
  #pendingResume?: string;

  /**
   * The numbers asked for now, in the order they are answered: ids and values only, what hiding
   * them and scoring need. Part of the element's first load.
   */
  protected askedNumbers(): readonly AskedNumber[] {
    return [];
  }

  /**
   * The same questions with their words (label, working, rule, hints), from a module the element
   * loads on demand (a LazyView, which this call starts); undefined until it is here.
   */
  protected exerciseQuestions(): readonly ExerciseQuestion[] | undefined {
    return undefined;
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
    const possible = this.askedNumbers().length;
    const score = this.#driver?.score ?? { correct: 0, firstTry: 0, answered: 0 };
    return { ...score, possible };
  }

  /**
   * For the author only: every question asked and its expected value, the hidden numbers
   * included. An element never shows these before they are answered; a page that reads them
   * (to check a course's setup, or to grade elsewhere) can. Read-only.
   */
  @readOnly
  get answers(): ExerciseAnswer[] {
    return this.askedNumbers().map(({ id, expected }) => ({ question: id, expected }));
  }

  /** Asks every question again from the start, with the same numbers; the score goes to 0. */
  @acting
  resetExercise(): void {
    this.#driver?.reset();
  }

  /**
   * The reader's answers as text a course platform keeps for the next visit (SCORM's
   * cmi.suspend_data): the round of numbers ("Try new numbers" pressed so often) and, per
   * question, the attempts and the last answer typed; never an expected value. Empty while
   * nothing is answered on the first numbers. Longer than `limit` (characters), the answers'
   * texts are left out; still longer, it is empty.
   */
  @acting
  exerciseProgress(limit = Infinity): string {
    return this.#driver?.progress(limit) ?? '';
  }

  /**
   * Picks the exercise up where `exerciseProgress()` left it (a relaunch): the same numbers, the
   * answers given and the score. Applied once the exercise has loaded; text it cannot read is
   * ignored, so the reader starts afresh.
   */
  resumeExercise(progress: string): void {
    if (typeof progress !== 'string' || !/^\d{1,4}\|/.test(progress)) return;
    this.#pendingResume = progress;
    this.requestUpdate();
  }

  /** True while `id` is asked and not yet answered or revealed: its number must not show. */
  protected isHidden(id: string): boolean {
    return this.#asked(id) && (this.#driver?.isOpen(id) ?? true);
  }

  #asked(id: string): boolean {
    return this.askedNumbers().some((asked) => asked.id === id);
  }

  /**
   * The runtime when it is here and the element asks anything; asking for it starts the fetch of
   * the runtime and of the element's words (a render follows each arrival).
   */
  #runtime(): Runtime | undefined {
    if (this.askedNumbers().length === 0) return undefined;
    const words = this.exerciseQuestions();
    const shared = runtime.use(this);
    return words ? shared : undefined;
  }

  protected override update(changed: PropertyValues): void {
    const rt = this.#runtime();
    // Made once, the first time the element asks and its words are here; it keeps the answers.
    const driver = (this.#driver ??= rt && new rt.ExerciseDriver(this as unknown as ExerciseHost));
    if (driver?.update(changed, this.#pendingResume)) this.#pendingResume = undefined;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#driver?.focus();
  }

  /**
   * Where focus goes when the next question is not drawn yet (it waits for the reader to move
   * the figure on, as a graph's next step does); nowhere by default.
   */
  protected focusWhenMissing(): HTMLElement | null {
    return null;
  }

  // ---- rendering --------------------------------------------------------------------------

  /**
   * Where the reader answers `id`: the field while it is the current question, the working once
   * it is answered or revealed; nothing for a question not asked or not reached yet.
   */
  protected renderQuestion(id: string): TemplateResult | typeof nothing {
    this.#runtime();
    return this.#driver?.questionView(id) ?? nothing;
  }

  /** The score line and "Try new numbers", once per element, while it asks anything. */
  protected renderExercise(): TemplateResult | typeof nothing {
    if (this.askedNumbers().length === 0) return nothing;
    if (runtime.unavailable) {
      // The field could not be fetched: the numbers stay hidden, and the page is told why.
      return html`<p class="exercise" part="exercise">
        ${unavailableText(this.l10n, this.localName)}
      </p>`;
    }
    this.#runtime();
    return this.#driver?.scoreView() ?? nothing;
  }
}
