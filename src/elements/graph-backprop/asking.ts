/**
 * What `<graph-backprop>` asks now and what that changes: the questions in use, what they hide,
 * how many steps the reader may take (graph-exercise.ts), and the wait for that code. It is fetched
 * before the first update that asks anything, so an asking figure's first frame already hides its
 * numbers and holds its steps; on a page whose figures ask nothing it is never fetched. The
 * element owns one and asks it; the answers, the score and the field are the exercise base's
 * (exercise-element.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../internal/attributes.js';
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { LazyView, unavailableText, type LoadHost } from '../../internal/lazy-view.js';
import type { Localizer } from '../../internal/localizer.js';
import { givenValue } from '../../internal/settings.js';
import type { AskingRules } from './graph-exercise.js';
import type { GraphModel } from './graph-backprop-model.js';

/** The words of the questions and the fresh values of "Try new numbers", loaded when it first asks. */
export const questionWords = new LazyView(() => import('./views/questions.js'));
/**
 * What it asks and hides (graph-exercise.ts): fetched before the first update that asks anything,
 * so an asking figure's first frame already hides its numbers and holds its steps.
 */
const exerciseCode = new LazyView(() => import('./graph-exercise.js'));

/** What the questions need of the element (its `ask` as given is read from it too). */
export interface AskingHost extends LoadHost {
  readonly localName: string;
  requestUpdate(name?: PropertyKey): void;
  /** Asks every question again from the start (the answers given go). */
  resetExercise(): void;
}

export class Asking {
  /** The questions and what they hide, once their code is here. */
  private rules?: AskingRules;

  constructor(
    private readonly host: AskingHost,
    /** Shows (or, with null, clears) the refusal of a name of `ask` the expression lacks. */
    private readonly check: (refused: Problem | null) => void,
    /** Whether question `id` is asked and still open: its number must not show. */
    private readonly isHidden: (id: string) => boolean,
  ) {}

  /** The questions in use: `ask` once its names are checked against the expression. */
  get questions(): readonly string[] {
    return this.rules?.questions ?? [];
  }

  /** Whether `ask`, as last given, names any question. */
  private wanted(): boolean {
    return (givenValue<readonly string[]>(this.host, 'ask') ?? []).length > 0;
  }

  /** Whether questions are asked and their code is on its way. */
  private waiting(): boolean {
    return this.wanted() && !exerciseCode.ready && !exerciseCode.unavailable;
  }

  /**
   * The element's `scheduleUpdate`: an update that asks something waits for the code that knows
   * what to hide (on a page whose figures ask nothing, it is never fetched); `updateComplete`
   * waits with it.
   */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (!this.waiting()) return update();
    // The words come next: asked for now, they arrive with it rather than after it.
    questionWords.load().catch(() => {});
    return exerciseCode.load().then(update, update);
  }

  /**
   * `ask` checked against the expression whenever either changes (graph-exercise.ts); without its
   * code nothing is asked, so nothing is hidden or held.
   */
  apply(model: GraphModel, askGiven: boolean): GraphModel {
    const code = exerciseCode.ready;
    if (code) {
      this.rules ??= new code.AskingRules(this.host, this.check, this.isHidden);
      return this.rules.apply(model, askGiven);
    }
    if (askGiven && this.wanted() && !exerciseCode.unavailable) {
      // Applied ahead of its code by a reader's action (base-element.ts `settle`): the
      // questions are asked once it is here.
      this.host.awaitLoad(exerciseCode.load().then(() => this.host.requestUpdate('ask')));
    }
    return model;
  }

  /** Whether the next step waits for the reader's answers, or for the code of questions on their way. */
  locked(model: GraphModel): boolean {
    return this.rules ? this.rules.locked(model) : this.waiting();
  }

  /** The numbers asked for now (the element's `askedNumbers`). */
  asked(model: GraphModel): AskedNumber[] {
    return this.rules?.asked(model) ?? [];
  }

  /** The questions drawn now, under the controls, and whether Step waits; none while it asks nothing. */
  view(model: GraphModel, renderQuestion: (id: string) => unknown) {
    return this.rules?.view(model, renderQuestion);
  }

  /** Questions whose code could not be fetched (a self-host missing chunks/): the page is told. */
  missingNote(l10n: Localizer): TemplateResult | undefined {
    if (!exerciseCode.unavailable || !this.wanted()) return undefined;
    const text = unavailableText(l10n, this.host.localName);
    return html`<p class="exercise" part="exercise">${text}</p>`;
  }
}
