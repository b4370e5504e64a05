import {
  DEFAULT_TOLERANCE,
  answerMatches,
  diagnoseAnswer,
  readAnswer,
  type AnswerReading,
  type LikelyMistake,
  type Tolerance,
} from '../../core/answer.js';

/**
 * "Predict, then check" for one element, without DOM: which questions were asked, how each was
 * answered, and the score. An element asks a question when its figure reaches a hidden number,
 * passes the reader's typed text to `submit`, and shows the verdict; it never shows the hidden
 * number until `isOpen(id)` is false. Immutable: every change returns a new session, so an
 * element keeps it in one reactive field.
 */

/** One question: a hidden number the reader predicts. */
export interface Question<Hint extends string = string> {
  /** Stable within the element (`factor-1`, `step-3.w`), used in events and SCORM interactions. */
  readonly id: string;
  /** The core's value, never a formatted one. */
  readonly expected: number;
  /** Wrong answers with a named mistake, for the first hint. */
  readonly mistakes?: readonly LikelyMistake<Hint>[];
}

/** How one question stands. */
export interface QuestionState {
  readonly attempts: number;
  /** Right on some attempt (false while open or when revealed or out of attempts). */
  readonly correct: boolean;
  /** Shown by "Show answer" or after the last allowed attempt; earns nothing. */
  readonly revealed: boolean;
  /** The last text the reader gave, kept so a relaunch shows it again. */
  readonly given: string;
}

/** The score a page and a course platform read. */
export interface ExerciseScore {
  /** Questions answered right (revealed ones never count). */
  readonly correct: number;
  /** Of those, answered right on the first try. */
  readonly firstTry: number;
  /** Questions closed: right, revealed or out of attempts. */
  readonly answered: number;
  /** Questions the figure asks in all. */
  readonly possible: number;
}

/** The detail of the `answer` event, for each submitted answer and each reveal. */
export interface AnswerDetail {
  readonly question: string;
  /** The reader's text as typed ('' for a reveal). */
  readonly given: string;
  readonly expected: number;
  readonly correct: boolean;
  readonly attempt: number;
  readonly revealed: boolean;
}

/** What the element says after a submit. */
export type Verdict<Hint extends string = string> =
  | { readonly kind: 'unreadable'; readonly reading: Exclude<AnswerReading, { ok: true }> }
  | { readonly kind: 'closed' }
  | { readonly kind: 'right'; readonly attempt: number }
  | {
      readonly kind: 'wrong';
      readonly attempt: number;
      /** 1: the named mistake or "check the sign"; 2 and later: the rule with numbers. */
      readonly hintLevel: number;
      readonly hint: Hint | 'sign' | undefined;
      /** "Show answer" is offered from the second wrong try on. */
      readonly canReveal: boolean;
      /** Out of attempts: the answer is now shown and the question closed. */
      readonly outOfAttempts: boolean;
    };

export interface ExerciseOptions {
  readonly tolerance?: Tolerance;
  /** Attempts per question; Infinity (the default) never runs out. */
  readonly attempts?: number;
  /** How many questions the figure asks in all (for `possible`). */
  readonly possible: number;
}

const FRESH: QuestionState = { attempts: 0, correct: false, revealed: false, given: '' };

export class ExerciseSession {
  readonly #states: ReadonlyMap<string, QuestionState>;

  private constructor(
    readonly options: Required<ExerciseOptions>,
    states: ReadonlyMap<string, QuestionState>,
  ) {
    this.#states = states;
  }

  static start(options: ExerciseOptions): ExerciseSession {
    return new ExerciseSession(
      {
        tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
        attempts: options.attempts ?? Infinity,
        possible: options.possible,
      },
      new Map(),
    );
  }

  state(id: string): QuestionState {
    return this.#states.get(id) ?? FRESH;
  }

  /** True while the reader has not answered, revealed or run out of attempts. */
  isOpen(id: string): boolean {
    const state = this.state(id);
    return !state.correct && !state.revealed;
  }

  /** Checks the reader's text against the question; returns the next session and the verdict. */
  submit<Hint extends string>(
    question: Question<Hint>,
    text: string,
  ): { session: ExerciseSession; verdict: Verdict<Hint>; detail?: AnswerDetail } {
    if (!this.isOpen(question.id)) return { session: this, verdict: { kind: 'closed' } };
    const reading = readAnswer(text);
    if (!reading.ok) return { session: this, verdict: { kind: 'unreadable', reading } };
    const before = this.state(question.id);
    const attempt = before.attempts + 1;
    const correct = answerMatches(reading.value, question.expected, this.options.tolerance);
    const outOfAttempts = !correct && attempt >= this.options.attempts;
    const next: QuestionState = {
      attempts: attempt,
      correct,
      revealed: outOfAttempts,
      given: text,
    };
    const session = this.#with(question.id, next);
    const detail: AnswerDetail = {
      question: question.id,
      given: text,
      expected: question.expected,
      correct,
      attempt,
      revealed: outOfAttempts,
    };
    if (correct) return { session, verdict: { kind: 'right', attempt }, detail };
    const hint = diagnoseAnswer(
      reading.value,
      question.expected,
      question.mistakes ?? [],
      this.options.tolerance,
    );
    return {
      session,
      verdict: {
        kind: 'wrong',
        attempt,
        hintLevel: attempt,
        hint,
        canReveal: attempt >= 2 && !outOfAttempts,
        outOfAttempts,
      },
      detail,
    };
  }

  /** "Show answer": closes the question with no credit. */
  reveal(question: Question): { session: ExerciseSession; detail?: AnswerDetail } {
    if (!this.isOpen(question.id)) return { session: this };
    const before = this.state(question.id);
    const session = this.#with(question.id, { ...before, revealed: true });
    return {
      session,
      detail: {
        question: question.id,
        given: '',
        expected: question.expected,
        correct: false,
        attempt: before.attempts,
        revealed: true,
      },
    };
  }

  get score(): ExerciseScore {
    let correct = 0;
    let firstTry = 0;
    let answered = 0;
    for (const state of this.#states.values()) {
      if (state.correct) correct++;
      if (state.correct && state.attempts === 1) firstTry++;
      if (state.correct || state.revealed) answered++;
    }
    return { correct, firstTry, answered, possible: this.options.possible };
  }

  /** The same questions asked afresh ("Try new numbers"), with a new count of questions. */
  restart(possible = this.options.possible): ExerciseSession {
    return new ExerciseSession({ ...this.options, possible }, new Map());
  }

  /**
   * The answers as compact text for a course platform's resume data (SCORM's
   * cmi.suspend_data holds 4,096 characters): `id:attempts:flags:given` per question; without
   * the texts given when `keepGiven` is false, for a platform short of room.
   */
  toResumeText(keepGiven = true): string {
    return [...this.#states]
      .map(([id, s]) => {
        const flags = (s.correct ? 'c' : '') + (s.revealed ? 'r' : '');
        return [id, s.attempts, flags, keepGiven ? encodeURIComponent(s.given) : ''].join(':');
      })
      .join(';');
  }

  /** A session resumed from `toResumeText`; entries it cannot read are skipped. */
  resume(text: string): ExerciseSession {
    const states = new Map(this.#states);
    for (const entry of text.split(';')) {
      const [id, attempts, flags, given] = entry.split(':');
      const count = Number(attempts);
      if (!id || !Number.isInteger(count) || count < 0 || flags === undefined) continue;
      let givenText: string;
      try {
        givenText = decodeURIComponent(given ?? '');
      } catch {
        givenText = '';
      }
      states.set(id, {
        attempts: count,
        correct: flags.includes('c'),
        revealed: flags.includes('r'),
        given: givenText,
      });
    }
    return new ExerciseSession(this.options, states);
  }

  #with(id: string, state: QuestionState): ExerciseSession {
    const states = new Map(this.#states);
    states.set(id, state);
    return new ExerciseSession(this.options, states);
  }
}
