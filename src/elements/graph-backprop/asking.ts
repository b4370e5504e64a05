/**
 * What `<graph-backprop>` asks now and what that changes: the questions in use (`ask` once its
 * names are checked against the expression), what they hide, how many steps the reader may take,
 * and the wait for the code that knows (graph-exercise.ts). That code is fetched before the first
 * update that asks anything, so an asking figure's first frame already hides its numbers and
 * holds its steps; on a page whose figures ask nothing it is never fetched. The element owns one
 * and asks it; the answers, the score and the field are the exercise base's (exercise-element.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../internal/attributes.js';
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { LazyView, unavailableText, type LoadHost } from '../../internal/lazy-view.js';
import type { Localizer } from '../../internal/localizer.js';
import { givenValue } from '../../internal/settings.js';
import type { Concealment } from './ask-setting.js';
import { activePass, type GraphModel } from './graph-backprop-model.js';
import type * as Exercise from './graph-exercise.js';

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
  /** The questions in use: `ask` once its names are checked against the expression. */
  questions: readonly string[] = [];
  /** The graph the questions were asked on: another one (a new or typed expression) asks afresh. */
  private askedGraph?: GraphModel['graph'];
  /** The pass they were asked of (mode and `wrt`): another one asks afresh too. */
  private askedPass?: string;
  /** What the exercise hides, read by the views, the narration and the properties: made when it first asks. */
  private hiding?: Concealment;

  constructor(
    private readonly host: AskingHost,
    /** Shows (or, with null, clears) the refusal of a name of `ask` the expression lacks. */
    private readonly check: (refused: Problem | null) => void,
    /** Whether question `id` is asked and still open: its number must not show. */
    private readonly isHidden: (id: string) => boolean,
  ) {}

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
   * `ask` checked against the expression whenever either changes; a new graph or pass asks from
   * the start. With questions the figure's pass is held at the first open step. Answers the
   * snapshot as the figure shows it.
   */
  apply(model: GraphModel, askGiven: boolean): GraphModel {
    const pass = `${model.mode} ${model.wrt}`;
    const newGraph = model.graph !== this.askedGraph || pass !== this.askedPass;
    this.askedGraph = model.graph;
    this.askedPass = pass;
    // Answers given on another graph say nothing about this one's numbers.
    if (newGraph && !askGiven) this.host.resetExercise();
    if (askGiven || newGraph) {
      const wanted = givenValue<readonly string[]>(this.host, 'ask') ?? [];
      const code = exerciseCode.ready;
      if (wanted.length === 0) {
        this.check(null);
        this.questions = [];
      } else if (code) {
        const { asking, refused } = code.checkAsk(model, wanted, this.questions);
        this.check(refused);
        this.questions = asking;
      } else if (askGiven && !exerciseCode.unavailable) {
        // Applied ahead of its code by a reader's action (base-element.ts `settle`): the
        // questions are asked once it is here.
        this.host.awaitLoad(exerciseCode.load().then(() => this.host.requestUpdate('ask')));
      }
    }
    const exercise = this.rules();
    if (!exercise) return model;
    this.hiding ??= exercise.concealment(() => this.questions, this.isHidden);
    return exercise.asAsked(model, this.hiding, this.questions, this.isHidden);
  }

  /** The exercise's rules while the element asks something (their code is here then). */
  private rules(): typeof Exercise | undefined {
    return this.questions.length > 0 ? exerciseCode.ready : undefined;
  }

  /** Whether the next step waits for the reader's answers. */
  locked(model: GraphModel): boolean {
    const exercise = this.rules();
    if (exercise) {
      const limit = exercise.stepLimit(model, this.questions, this.isHidden);
      return activePass(model).done >= limit;
    }
    // Questions on their way (their code is loading): no step is taken before they are asked.
    return this.waiting();
  }

  /** The numbers asked for now (the element's `askedNumbers`). */
  asked(model: GraphModel): AskedNumber[] {
    return this.rules()?.graphAsked(model, this.questions) ?? [];
  }

  /** The questions drawn now, under the controls, and whether Step waits; none while it asks nothing. */
  view(model: GraphModel, renderQuestion: (id: string) => unknown) {
    const exercise = this.rules();
    if (!exercise) return undefined;
    return {
      questions: html`<div class="questions" part="questions">
        ${exercise.questionsOnShow(model, this.questions).map(renderQuestion)}
      </div>`,
      locked: this.locked(model),
    };
  }

  /** Questions whose code could not be fetched (a self-host missing chunks/): the page is told. */
  missingNote(l10n: Localizer): TemplateResult | undefined {
    if (!exerciseCode.unavailable || !this.wanted()) return undefined;
    const text = unavailableText(l10n, this.host.localName);
    return html`<p class="exercise" part="exercise">${text}</p>`;
  }
}
