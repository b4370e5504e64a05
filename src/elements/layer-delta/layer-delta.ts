import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { countOps, type Activation, type Loss, type OpCounts } from '../../core/index.js';
import {
  ExerciseElement,
  type ExerciseEventMap,
} from '../../internal/exercise/exercise-element.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import { LazyView, prefetchWhenIdle, unavailableText } from '../../internal/lazy-view.js';
import { givenValue, readOnly, setting, state } from '../../internal/settings.js';
import {
  DEFAULTS,
  fitSettings,
  resolveConfig,
  sameStructure,
  type ConfigSettings,
} from './config.js';
import * as exercise from './delta-exercise.js';
import type {
  BackwardStepDetail,
  EditDetail,
  LayerSelectDetail,
  Outcome,
} from './layer-delta-actions.js';
import * as rules from './layer-delta-model.js';
import type { LayerDeltaModel } from './layer-delta-model.js';
import {
  ACTIVATION,
  BIASES,
  LOSS,
  SEED,
  SIZES,
  vectorSetting,
  WEIGHTS,
} from './layer-delta-settings.js';
import { layerDeltaStyles } from './layer-delta.styles.js';
import { checkFit, checkSettings, OverflowCheck, type Check } from './refusal-checks.js';
import { cloneMatrices } from './shapes.js';
import { renderControls } from './views/controls.js';
import { renderCostPanel } from './views/cost-panel.js';
import './messages.js';
import { renderLayerPanel } from './views/layer-panel.js';
import { renderNetwork } from './views/network.js';
import { readerCode, waitingHandlers } from './waiting-handlers.js';

/**
 * The live region's sentences (spoken.ts): nothing is said before the reader's first action, so
 * they are fetched then, or sooner once the page is idle after the first render.
 */
const spoken = new LazyView(() => import('./spoken.js'));

/** The words of the questions and the fresh numbers of "Try new numbers", loaded when it first asks. */
const questionWords = new LazyView(() => import('./views/questions.js'));

/** The Step button's id: where focus goes once the open layer's questions are answered. */
const STEP_ID = 'step';

/** The events `<layer-delta>` fires, for typed `addEventListener`. */
export interface LayerDeltaEventMap extends ExerciseEventMap {
  'layer-select': CustomEvent<LayerSelectDetail>;
  'backward-step': CustomEvent<BackwardStepDetail>;
  input: CustomEvent<EditDetail>;
  change: CustomEvent<EditDetail>;
}

export type { BackwardStepDetail, EditDetail, LayerSelectDetail };
export { refusals } from './refusal-checks.js';

/**
 * A layered network where the error signal δ flows back through W transposed, one layer per
 * step; each weight gradient is δ times that layer's input; and an efficiency panel shows why
 * reusing δ makes the backward pass cost about what the forward pass costs.
 *
 * Keyboard: the network is one Tab stop; arrow keys move between units and layers, Home and
 * End to a layer's first and last unit, Enter or Space select the unit's layer. Connections are
 * dragged up or down with a pointer; from the keyboard, the panel's weight editor picks any
 * weight and changes it with its slider (arrows, Page Up/Down, Home/End) or its typed field.
 *
 * Words and numbers follow the nearest `lang` (messages.ts holds the English).
 *
 * Every attribute is also a property of the same name. Setting a read-only property
 * (`activations`, `deltas`, `weightGradients`, `opCounts`) is ignored and reported with an
 * `error` event.
 *
 * @summary Backpropagation through layers: δ_l = (W_{l+1}^T δ_{l+1}) ⊙ f′(z_l), and its cost.
 *
 * @fires layer-select - The reader selected a layer. Detail: `{ layer }` (index into `sizes`).
 * @fires backward-step - The reader stepped the backward pass one layer. Detail: `{ step, total, layer }`.
 * @fires input - The reader is changing x, y or a weight. Detail: `{ field, index, value }`.
 * @fires change - The reader committed a change to x, y or a weight. Detail: `{ field, index, value }`.
 * @fires answer - The reader checked a predicted δ or showed it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`.
 * @fires error - An attribute or property was refused, or the pass has a number too large for a float (`attribute` is then the read-only `activations`, `deltas` or `weightGradients` that would hold it). Detail: `{ attribute, message }`. Does not bubble.
 *
 * @csspart diagram - The network drawing (SVG).
 * @csspart formula - The typeset equations of the selected layer.
 * @csspart controls - The stepping buttons and the layer picker.
 * @csspart panel - The selected layer's panel and the efficiency panel.
 * @csspart efficiency - The efficiency panel (also has part `panel`).
 * @csspart error - The note listing refused attribute values.
 * @csspart answer - The field where the reader predicts a δ (with `ask`).
 * @csspart exercise - The score line and the "Try new numbers" button (with `ask`).
 *
 * @cssprop [--layer-delta-unit-fill=var(--bp-bg)] - Fill of a unit's circle.
 * @cssprop [--layer-delta-wire-opacity=0.85] - Opacity of the connections.
 * @cssprop [--layer-delta-travel-duration=calc(var(--bp-duration) * 3)] - How long δ takes to travel back one layer.
 * @cssprop [--bp-positive=#1f5fad] - Positive weights and deltas (always shown with a + sign too).
 * @cssprop [--bp-negative=#b3470b] - Negative weights and deltas (dashed, with a − sign).
 * @cssprop [--bp-accent=#6639ba] - Highlights: W transposed in the formula, the selected layer.
 * @cssprop [--bp-duration=300ms] - Base animation time; 0ms under reduced motion.
 */
export class LayerDelta extends ExerciseElement<LayerDeltaEventMap> {
  static override tagName = 'layer-delta';
  static override styles = layerDeltaStyles;

  /**
   * Layer sizes, input first: 3 to 6 layers of 1 to 16 units, e.g. `2 3 1`.
   * @attr sizes
   */
  @setting({ ...SIZES, read: (element: LayerDelta) => element.model.config.sizes })
  sizes!: readonly number[];

  /**
   * The hidden layers' activation: `sigmoid`, `tanh` or `relu`. With `loss="bce"` the output
   * layer is sigmoid, with `loss="ce"` a softmax over all outputs; with `mse` it uses this too.
   * @attr activation
   */
  @setting({ ...ACTIVATION, read: (element: LayerDelta) => element.model.config.activation })
  activation!: Activation;

  /**
   * The loss: `bce` (binary cross-entropy, the default), `mse` (squared error) or `ce` (softmax
   * with categorical cross-entropy: at least two outputs, and `y` one-hot or a probability
   * vector summing to 1; anything else is refused with a note and an `error` event).
   * @attr loss
   */
  @setting({ ...LOSS, read: (element: LayerDelta) => element.model.config.loss })
  loss!: Loss;

  /**
   * `deltas` to ask the reader, before the backward pass reaches each layer, for the δ of that
   * layer's first unit (always the first, so the question stays put while the reader explores);
   * `deltas-all` for every unit's δ in turn. Step backward waits (aria-disabled) until the
   * layer's questions are answered or shown; until then its δ, its weight gradients and all that
   * follows from them are hidden. Empty (the default) asks nothing.
   * @attr ask
   */
  @setting(askSetting(exercise.DELTA_QUESTIONS))
  declare ask: readonly exercise.DeltaQuestion[];

  /**
   * Seed for the initial weights (a whole number of at least 0; default 1).
   * @attr seed
   */
  @setting({ ...SEED, read: (element: LayerDelta) => element.model.config.seed })
  seed!: number;

  /**
   * The input vector, one number per input unit, separated by spaces or commas (or an array).
   * Default: 0.5, −1, 0.8, … as many as the input layer has units. Reads back the values in
   * use, the reader's edits included; setting it replaces them.
   * @attr x
   */
  @setting({ ...vectorSetting('x'), read: (element: LayerDelta) => element.model.input })
  x!: readonly number[] | null;

  /**
   * The target vector, one number per output unit (from 0 to 1 with `loss="bce"`; one-hot or
   * a probability vector with `loss="ce"`). Default: 1, 0, 1, … (with `ce`: 1, 0, 0, …).
   * Reads back like `x`.
   * @attr y
   */
  @setting({ ...vectorSetting('y'), read: (element: LayerDelta) => element.model.target })
  y!: readonly number[] | null;

  /** Everything on screen; replaced by a new snapshot on every change, never edited. */
  @state() private model: LayerDeltaModel = rules.createModel(
    resolveConfig({ ...DEFAULTS, x: null, y: null }).config!,
  );

  /**
   * The weights, `weights[l][i][j]` connecting unit j of layer l to unit i of layer l + 1.
   * Settable (a copy is kept; assign a new array to change it), applied after the other settings
   * given with it; refused with an `error` event when its shape does not match `sizes`. Reads
   * return a copy of the weights in use, the reader's edits included.
   */
  @setting({
    ...WEIGHTS,
    read: (element: LayerDelta) => cloneMatrices(element.model.network.weights),
  })
  weights!: number[][][];

  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  @setting({
    ...BIASES,
    read: (element: LayerDelta) => element.model.network.biases.map((row) => [...row]),
  })
  biases!: number[][];

  /** Read-only: each layer's activations after the input (output last). */
  @readOnly
  get activations(): number[][] {
    return this.model.cache.a.map((row) => [...row]);
  }

  /**
   * Read-only: every layer's δ = dL/dz after the input (output last), whatever the step. With
   * `ask`, a layer whose δ is still to be predicted reads null, and so does every layer below
   * it (their δ follow from it); `answers` has the asked values for the author.
   */
  @readOnly
  get deltas(): (number[] | null)[] {
    return exercise.shownDeltas(this.model, this.hiddenThrough());
  }

  /** Read-only: dL/dW, shaped like `weights`; null for a layer whose δ `deltas` hides. */
  @readOnly
  get weightGradients(): (number[][] | null)[] {
    return exercise.shownGradients(this.model, this.hiddenThrough());
  }

  /** Read-only: multiply-adds for the current sizes: `{ forward, backward, naive }`. */
  @readOnly
  get opCounts(): OpCounts {
    return countOps(this.model.config.sizes);
  }

  protected override askedNumbers() {
    return exercise.deltaAsked(this.model, this.ask);
  }

  protected override exerciseQuestions() {
    return questionWords.use(this)?.deltaQuestions(this.model, this.ask, this.l10n);
  }

  protected override drawNewNumbers(random: () => number): void {
    const words = questionWords.use(this);
    if (!words) return;
    this.model = words.withNewNumbers(this.model, random);
    this.forgetSaidDeltas();
  }

  /** Asking again from the start puts the pass back before the output: every δ hidden again. */
  override resetExercise(): void {
    super.resetExercise();
    this.model = rules.resetSteps(this.model);
    this.forgetSaidDeltas();
  }

  /** The live region may still say a δ that is hidden again: it says the pass was reset instead. */
  private forgetSaidDeltas(): void {
    if (this.announcement !== '') this.announceFrom(spoken, (say) => say.resetSentence(this.l10n));
  }

  private readonly stillOpen = (id: string): boolean => this.isHidden(id);

  private hiddenThrough(): number {
    return exercise.hiddenThrough(this.askedNumbers(), this.stillOpen);
  }

  private askedLayer(model = this.model): number | null {
    return exercise.waitingLayer(model, this.ask, this.stillOpen);
  }

  /** Once a layer's questions are answered, Step comes next: the next field waits for the pass. */
  protected override focusWhenMissing(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${STEP_ID}`);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The inner fields' native input and change events stop at the shadow root: the page hears
    // only the element's own events, which say which value changed.
    for (const type of ['input', 'change']) root.addEventListener(type, stopNative);
    return root;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    prefetchWhenIdle([spoken]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const names = ['sizes', 'activation', 'loss', 'seed', 'x', 'y'] as const;
    if (names.some((name) => changed.has(name))) {
      // What the page last gave (x and y read the live values, which the reader changes).
      const settings = Object.fromEntries(names.map((name) => [name, givenValue(this, name)]));
      const fitted = fitSettings(settings as unknown as ConfigSettings, (name) =>
        changed.has(name),
      );
      checkSettings(fitted.verdicts, this.checks);
      if (fitted.config) {
        const reshaped = !sameStructure(this.model.config, fitted.config);
        const taken = { x: changed.has('x'), y: changed.has('y') };
        this.model = rules.withConfig(this.model, fitted.config, taken);
        // A network of another shape asks other questions: the exercise starts again.
        if (reshaped) this.resetExercise();
      }
    }
    // Weights and biases apply after the settings, so they win over a new seed.
    for (const name of ['weights', 'biases'] as const) {
      if (!changed.has(name)) continue;
      const value = givenValue<number[][][] | number[][] | null>(this, name);
      if (value === null) continue;
      if (checkFit(name, value, this.model.config.sizes, this.checks))
        this.model = rules.withParameters(this.model, { [name]: value });
    }
    // On every update (a setting, new weights, the reader's edit): a note when numbers overflow.
    this.overflow.run(this.model, this.checks);
  }

  /** The element's `check`, for those whose notes come with refusals.ts (refusal-checks.ts). */
  private readonly checks: Check = (name, problem) => this.check(name, problem);

  private readonly overflow = new OverflowCheck();

  // ---- what the reader does: each handler applies an outcome from layer-delta-actions.ts ----

  private apply(outcome: Outcome): void {
    this.model = outcome.model;
    for (const { type, detail } of outcome.events) this.emit(type, detail);
    if (outcome.say !== null) this.announceFrom(spoken, outcome.say);
  }

  private stepped(outcome: Outcome): void {
    this.apply(outcome);
    const asked = this.askedLayer();
    if (asked === null) return;
    // The panel turns to the layer asked about, where the numbers going in are written.
    this.model = rules.selectLayer(this.model, asked);
    const open = this.askedNumbers().find((q) => this.isHidden(q.id));
    if (open) void this.focusWhenDrawn(`answer-${open.id}`);
  }

  private async focusWhenDrawn(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private async focusUnitAt(layer: number, unit: number): Promise<void> {
    this.model = rules.focusUnit(this.model, layer, unit);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-unit="${layer} ${unit}"]`)?.focus();
  }

  /** Every view's handlers, made once (waiting-handlers.ts, reader-handlers.ts). */
  private readonly handlers = waitingHandlers(this, {
    model: () => this.model,
    replace: (model) => (this.model = model),
    apply: (outcome) => this.apply(outcome),
    l10n: () => this.l10n,
    askedLayer: (model) => this.askedLayer(model),
    stepped: (outcome) => this.stepped(outcome),
    focusUnitAt: (layer, unit) => void this.focusUnitAt(layer, unit),
    awaitLoad: (load) => this.awaitLoad(load),
  });

  /** The questions of the layer the pass reaches next: the open field, the answered working. */
  private renderAsking(): unknown[] {
    const layer = exercise.nextLayer(this.model);
    return this.askedNumbers()
      .filter((asked) => asked.layer === layer)
      .map((asked) => this.renderQuestion(asked.id));
  }

  override render(): TemplateResult {
    const { model, handlers, l10n } = this;
    const asked = this.askedLayer();
    // The questions' module brings the words of the wait and the panel's numbers going in.
    const words = asked === null ? undefined : questionWords.use(this);
    const note = words ? l10n.t('layer-delta.status.predict') : '';
    const asking = { asked, note, questions: this.renderAsking(), score: this.renderExercise() };
    const units = this.askedNumbers()
      .filter((q) => q.layer === asked && this.isHidden(q.id))
      .map((q) => q.unit);
    const ask = asked === null ? null : { layer: asked, units, given: words !== undefined };
    // The fields come with the reader's code, asked for at the first render (waiting-handlers.ts).
    const code = readerCode.use(this);
    const editor =
      code?.renderWeightEditor(l10n, model, model.selectedLayer, handlers) ??
      html`<div class="weight-editor-room"></div>`;
    // Only a step's travelling dots move: the page's motion setting is read only while they do.
    const animate = model.travel !== null && !this.reducedMotion;
    return html`${this.renderProblems()} ${renderControls(l10n, model, handlers, asking)}
      <div class="main">
        <div class="left">
          ${renderNetwork(l10n, model, animate, handlers, this)}
          ${code?.renderVectors(l10n, model, handlers) ?? html`<div class="vectors"></div>`}
        </div>
        ${renderLayerPanel(l10n, model, editor, this, ask)}
      </div>
      ${readerCode.unavailable ? html`<p class="note" role="note">${unavailableText(l10n, 'layer-delta')}</p>` : nothing}
      ${renderCostPanel(this, l10n, model.config.sizes, () => this.opCounts)}
      ${this.renderLiveRegion()}`;
  }
}

function stopNative(event: Event): void {
  event.stopPropagation();
}
