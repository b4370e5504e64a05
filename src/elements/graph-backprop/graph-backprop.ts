import { html, type PropertyValues, type TemplateResult } from 'lit';
import { ExerciseElement } from '../../internal/exercise/exercise-element.js';
import { pendingStyles } from '../../internal/exercise/pending-mark.js';
import { LazyView, prefetchWhenIdle } from '../../internal/lazy-view.js';
import { acting, givenValue, readOnly, setting, state } from '../../internal/settings.js';
import { themeStyles } from '../../internal/theme.js';
import { ASK } from './ask-setting.js';
import { chooseDirection, directionWithin } from './diagram-layout.js';
import type * as actions from './graph-backprop-actions.js';
import type { GraphBackpropEventMap } from './graph-backprop-events.js';
import type { GraphHandlerHost } from './graph-handlers.js';
import * as rules from './graph-backprop-model.js';
import * as specs from './graph-backprop-settings.js';
import { graphBackpropStyles } from './graph-backprop.styles.js';
import * as ask from './graph-queries.js';
import { HostWidth } from './host-width.js';
import type { PlayClock } from './play-clock.js';
import type { PlaybackHost } from './playback.js';
import { VariableDrags } from './variable-input.js';
import { readerCode, waitingHandlers } from './waiting-handlers.js';
import './messages.js';
import { renderBody } from './views/body.js';
// Imported last: the bundle then puts its code beside the element's, whose names it shares, and
// compresses them together.
import { Asking, questionWords } from './asking.js';

/** The notes for settings that do not fit the expression (refusals.ts), fetched with the first. */
const misfitNotes = new LazyView(() => import('./refusals.js'));

export type {
  BackwardStepDetail,
  ForwardStepDetail,
  GraphBackpropEventMap,
  GraphEditDetail,
  NodeSelectDetail,
} from './graph-backprop-events.js';

/**
 * A computation graph drawn from an expression, with a step-by-step backward pass.
 * Forward values show at once; Step, Play and Reset send the gradient back from the output,
 * one node at a time, showing upstream × local = contribution on each edge it crosses.
 * Click a node (or focus it and press Enter) for its local-gradient rule with the numbers in.
 * Drag a variable sideways or use the arrow keys on it to change its value; everything updates live.
 *
 * Every attribute is also a property of the same name. `expr`, `values` and `selected` read back
 * what the reader sees now (an expression they typed, the values they dragged to, the node they
 * opened); setting one, as attribute or property, starts again from it. `value`, `gradients` and
 * `totalSteps` are read-only: a set is ignored and reported with an `error` event.
 *
 * @summary Backpropagation through a small computation graph, one node at a time.
 *
 * @fires node-select - The reader selected a node. Detail: `{ id, op, label, value, grad }` (`grad` null while `ask` hides it).
 * @fires backward-step - The backward pass took a step (Step button or Play). Detail: `{ step, total, id }`.
 * @fires forward-step - In forward mode, a node's tangent was computed (Step button or Play). Detail: `{ step, total, id, tangent }`.
 * @fires input - The reader is changing a variable (drag, keys, panel field) or the expression. Detail: `{ name, value }`.
 * @fires change - The reader finished a change. Detail: `{ name, value }`.
 * @fires error - An attribute holds a value the element cannot use, or a read-only property was set. Detail: `{ attribute, message }`; does not bubble.
 * @fires answer - When the reader checks an answer or shows it (with `ask`). Detail:
 * `{ question, given, expected, correct, attempt, revealed }`.
 *
 * @csspart diagram - The scrollable box holding the SVG graph.
 * @csspart formula - The strip under the graph explaining the current step in TeX.
 * @csspart controls - The Step, Play/Pause and Reset buttons and the step counter.
 * @csspart panel - The details panel for the selected node.
 * @csspart expression - The expression box (only with `editable`).
 * @csspart error - The list of refused attribute values.
 * @csspart questions - The questions of `ask`, under the controls.
 * @csspart answer - The field where the reader predicts a hidden number (with `ask`).
 * @csspart exercise - The score line and the "Try new numbers" button (with `ask`).
 *
 * @cssprop [--bp-positive=#1f5fad] - Colour of positive gradients (with a + sign).
 * @cssprop [--bp-negative=#b3470b] - Colour of negative gradients (with a − sign).
 * @cssprop [--bp-highlight=#f5c542] - Glow on the node and edges of the current step.
 * @cssprop [--bp-accent=#6639ba] - Selected node and focus accents.
 * @cssprop [--bp-surface=#f6f8fa] - Node, label and panel backgrounds.
 * @cssprop [--bp-border=#d0d7de] - Node and edge lines.
 * @cssprop [--bp-fg=#1b1f24] - Text colour.
 * @cssprop [--bp-muted=#57606a] - Secondary text.
 * @cssprop [--bp-duration=300ms] - Length of transitions (0ms with reduced motion).
 */
export class GraphBackprop extends ExerciseElement<GraphBackpropEventMap> {
  static override tagName = 'graph-backprop';
  static override styles = [themeStyles, ...graphBackpropStyles, pendingStyles];

  /** What it asks (asking.ts): the questions in use, what they hide and the steps they hold back. */
  private readonly asking = new Asking(
    this,
    (refused) => this.check('ask', refused),
    (id) => this.isHidden(id),
  );

  /**
   * The expression, in the core's syntax: `+ - * / ^`, unary minus, and the functions sigmoid,
   * relu, tanh, exp, log, sqrt, sin, cos, abs, bce(p, y), bce_logits(z, y) and mse(p, y).
   * Reads back the expression drawn, which the reader may have typed (with `editable`).
   * @attr expr
   */
  @setting({ ...specs.EXPR, read: (element: GraphBackprop) => element.model.graph.text })
  expr!: string;

  /**
   * Starting values such as `x=2, w=-1, b=0.5` (as a property, text or `{ x: 2, w: -1 }`). A
   * variable not given here starts at 1; an entry that is not `name=number` is reported and left
   * out while the others apply; a name that is not in the expression is reported (and the whole
   * set refused). Setting it replaces the reader's edits. Reads back every variable's value now.
   * @attr values
   */
  @setting({ ...specs.VALUES, read: (element: GraphBackprop) => element.model.graph.values() })
  values!: Record<string, number>;

  /**
   * The node whose details panel is open: a variable's name (`w`) or a node id (`n3`, as in
   * `node-select`). Empty for none. Reads back the node open now, also when the reader opened it:
   * a variable by its name, any other node by its id.
   * @attr selected
   */
  @setting({
    ...specs.SELECTED,
    read: (element: GraphBackprop) => ask.selectionReference(element.model),
  })
  selected!: string;

  /**
   * Which pass Step and Play walk through: `reverse` (the default) sends the gradient back from
   * the output; `forward` carries the tangent of `wrt` forward from the inputs. Reads back the
   * pass on show, which the reader may have switched.
   * @attr mode
   */
  @setting({ ...specs.MODE, read: (element: GraphBackprop) => element.model.mode })
  mode!: rules.Mode;

  /**
   * The variable whose tangent forward mode traces (its tangent starts at 1, every other
   * input's at 0); empty for the first variable. Reads back the variable traced now, which the
   * reader may have picked.
   * @attr wrt
   */
  @setting({ ...specs.WRT, read: (element: GraphBackprop) => element.model.wrt })
  wrt!: string;

  /**
   * Shows an expression box where the reader types a new expression; a typing mistake is pointed
   * out and the previous graph stays until the text parses.
   * @attr editable
   */
  @setting(specs.EDITABLE)
  editable!: boolean;

  /**
   * What the reader predicts before it is shown: `steps` (at each backward step, what the node
   * passes back to each input, upstream × local, before Step shows it; Step waits for the
   * answers) and/or variable names such as `x w` (their final gradients, hidden until answered).
   * A name the expression lacks is refused with a note and an `error` event. With `mode="forward"`
   * the questions are the tangents: `steps` asks at each forward step the tangent the node
   * computes (local × input tangent, added over its inputs) before Step shows it; variable names
   * ask the last one only, the output's tangent d out/d `wrt` (forward mode traces one variable).
   * With `ask` the pass is the one `mode` and `wrt` name (the reader's switch is hidden); another
   * mode or `wrt` asks afresh. Empty (the default) asks nothing. Reads back the questions in use.
   * @attr ask
   */
  @setting<readonly string[]>({
    ...ASK,
    read: (element: GraphBackprop) => element.asking.questions,
  })
  declare ask: readonly string[];

  /** Everything on screen: replaced by a new snapshot on every change, never changed in place. */
  @state() private model: rules.GraphModel = rules.createModel();

  /** The node in the Tab order: the diagram is one Tab stop, arrow keys move between nodes. */
  @state() private focusId = '';

  private readonly drags = new VariableDrags(this);
  /** The timer behind Play, which comes with the reader's code: made on the first play. */
  private clock?: PlayClock;
  private readonly host = new HostWidth(this, (width) => {
    const { graph, direction, typing } = this.model;
    if (typing) return;
    this.model = rules.withDirection(this.model, chooseDirection(graph, width, direction));
  });

  /** The output's value (NaN while a domain problem, such as log of a negative, is shown). */
  @readOnly
  get value(): number {
    return ask.outputValue(this.model);
  }

  /**
   * d output / d variable for every variable, after the full backward pass; an entry is null
   * while `ask` hides it (`answers` has it for the author).
   */
  @readOnly
  get gradients(): Record<string, number | null> {
    return ask.gradients(this.model);
  }

  /** Steps in a full pass of the mode on show: one per node that has inputs. */
  @readOnly
  get totalSteps(): number {
    return rules.activePass(this.model).steps.length;
  }

  /**
   * Steps done in the pass of the mode on show, 0 to `totalSteps` (a set is rounded and
   * clamped, and applied after the other settings given with it). Setting it fires no event.
   */
  @setting({
    ...specs.STEP,
    read: (element: GraphBackprop) => rules.activePass(element.model).done,
  })
  step!: number;

  /** Takes one backward step, in reverse mode (no event: a call from code). */
  @acting
  stepBackward(): void {
    this.model = rules.withMode(this.model, 'reverse');
    this.step = this.step + 1;
  }

  /** Takes one forward-mode step, switching to forward mode (no event: a call from code). */
  @acting
  stepForward(): void {
    this.model = rules.withMode(this.model, 'forward');
    this.step = this.step + 1;
  }

  /** Plays the backward pass from where it is (from the start if it had finished). */
  @acting
  play(): void {
    if (this.asking.locked(this.model)) return;
    this.model = rules.startPlaying(this.model);
    if (this.model.playing) this.startClock();
  }

  /** Stops a running play where it is. */
  @acting
  pause(): void {
    this.model = rules.stopPlaying(this.model);
    this.clock?.stop();
  }

  /** Stops playing and returns to the start of the backward pass. */
  @acting
  reset(): void {
    this.pause();
    this.step = 0;
  }

  /** An update that asks something waits for the code that knows what to hide (asking.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.asking.schedule(() => super.scheduleUpdate());
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    prefetchWhenIdle([readerCode]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The clock has stopped with the element; so does the play.
    this.model = rules.stopPlaying(this.model);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Every accepted set of a setting is a change (the same value again starts again from it);
    // a refused one is not.
    const names = ['expr', 'values', 'selected', 'mode', 'wrt'] as const;
    const given = new Set<string>(names.filter((name) => changed.has(name)));
    // A reader's change (a drag, a key) gives no setting: nothing to read or check then.
    const applied =
      given.size === 0
        ? { model: this.model, verdicts: new Map<string, null>() }
        : rules.applySettings(
            this.model,
            // A new expression checks `values` and `selected` again as they were given, not as
            // the reader left them.
            Object.fromEntries(
              names.map((name) => [name, givenValue(this, name)]),
            ) as unknown as rules.GraphSettings,
            given,
          );
    // A `values` name the expression lacks, a `selected` node it does not have: the note comes
    // with the first such refusal.
    for (const [name, misfit] of applied.verdicts)
      this.check<typeof import('./refusals.js')>(
        name,
        misfit && { from: misfitNotes, problem: (n) => n.misfitProblem(misfit) },
      );
    // The live value last: a step given with a new expression counts in its pass.
    const model = changed.has('step')
      ? rules.stepTo(applied.model, givenValue<number>(this, 'step'))
      : applied.model;
    // While the reader types an expression the drawing keeps its direction, not flipping between
    // across and down with each keystroke's graph; it is chosen again when they finish.
    const direction = model.typing
      ? model.direction
      : this.host.width > 0
        ? chooseDirection(model.graph, this.host.width, model.direction)
        : // Not measured yet (the first render): the window's width bounds the host's, so a graph
          // too wide across for it is drawn down at once, not a frame later.
          directionWithin(model.graph, window.innerWidth, model.direction);
    this.model = rules.withDirection(model, direction);
    // `ask` against the new snapshot: what it hides, and the pass held at the first open step.
    this.model = this.asking.apply(this.model, changed.has('ask'));
    // A new graph or Reset stops a play; its timer goes with it.
    if (!this.model.playing) this.clock?.stop();
    // Reflected, as a native boolean attribute is (the page may style `[editable]`).
    if (changed.has('editable') && this.hasAttribute('editable') !== this.editable) {
      this.toggleAttribute('editable', this.editable);
    }
  }

  // ---- the exercise (`ask`): the questions, what they hide, and the steps they hold back ----

  protected override askedNumbers() {
    return this.asking.asked(this.model);
  }

  protected override exerciseQuestions() {
    return questionWords.use(this)?.graphQuestions(this.model, this.asking.questions, this.l10n);
  }

  protected override drawNewNumbers(random: () => number): void {
    const fresh = questionWords.use(this)?.drawModel(random, this.model);
    if (!fresh) return;
    this.pause();
    this.model = fresh;
  }

  /** After the last question of a step, focus waits on Step. */
  protected override focusWhenMissing(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.controls .step');
  }

  // ---- what the reader does: each handler applies an outcome from graph-backprop-actions.ts ----

  private apply(outcome: actions.Outcome): void {
    this.model = outcome.model;
    // A play stopped by the action takes its timer with it.
    if (!this.model.playing) this.clock?.stop();
    for (const { type, detail } of outcome.events) this.emit(type, detail);
    if (outcome.say !== null) this.announce(outcome.say);
    if (outcome.focus !== null) this.focusNode(outcome.focus);
  }

  /**
   * Starts Play's timer. Played before the reader's code arrived, the first step waits for it
   * (without it, a self-host missing its chunks, the play stops rather than hang).
   */
  private startClock(): void {
    const code = readerCode.ready;
    if (!code) {
      const resume = (): void => void (this.model.playing && this.startClock());
      this.awaitLoad(readerCode.load().then(resume, () => this.pause()));
      return;
    }
    this.clock ??= code.playClock(this, this.reader);
    this.clock.start();
  }

  /** Moves the roving Tab stop to a node and focuses it once drawn. */
  private focusNode(id: string): void {
    this.focusId = id;
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<SVGGElement>(`.node[data-id="${id}"]`)?.focus();
    });
  }

  /** What the reader's code needs of the element: the handlers' and Play's (playback.ts). */
  private readonly reader: GraphHandlerHost & PlaybackHost = {
    model: () => this.model,
    apply: (outcome) => this.apply(outcome),
    awaitLoad: (load) => this.awaitLoad(load),
    l10n: () => this.l10n,
    play: () => this.play(),
    locked: () => this.asking.locked(this.model),
    asking: () => this.asking.questions.length > 0,
    givenValues: () => givenValue(this, 'values'),
    drags: this.drags,
    tabStop: (id) => (this.focusId = id),
    reducedMotion: () => this.reducedMotion,
  };
  /** Every view's handlers, made once (waiting-handlers.ts, graph-handlers.ts). */
  private readonly handlers = waitingHandlers(this.reader);

  // ---- rendering --------------------------------------------------------------------------

  override render(): TemplateResult {
    const { model, l10n, editable } = this;
    const asked = this.asking.view(model, (id) => this.renderQuestion(id));
    const view = { model, l10n, editable, focusId: this.focusId, host: this, exercise: asked };
    const score = this.asking.missingNote(l10n) ?? this.renderExercise();
    return html`${this.renderProblems()} ${renderBody(view, this.handlers)} ${score}
    ${this.renderLiveRegion()}`;
  }
}
