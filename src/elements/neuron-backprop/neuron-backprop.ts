import { html, type PropertyValues } from 'lit';
import { numberIn, oneOf } from '../../internal/attributes.js';
import { neuronBackpropStyles } from './neuron-backprop.styles.js';
import { ExerciseElement } from '../../internal/exercise/exercise-element.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import { rovingIndex, sliderKey } from '../../internal/interaction.js';
import { LazyView, prefetchWhenIdle } from '../../internal/lazy-view.js';
import { Frames } from '../../internal/lifecycle.js';
import { readOnly, setting, state } from '../../internal/settings.js';
import './messages.js';
import {
  animateStep,
  DEFAULT_LEARNING_RATE,
  initialModel,
  LEARNING_RATE_RANGE,
  moveInput,
  pointerValue,
  reset,
  setLearningRate,
  setStartTraced,
  setStartValue,
  sliderSpec,
  takeStep,
  trace,
  type NeuronModel,
  type SliderName,
} from './neuron-backprop-model.js';
import type { NeuronBackpropEventMap, NeuronChangeDetail } from './neuron-backprop-events.js';
import { inputSetting, LIVE_INPUTS } from './neuron-backprop-settings.js';
import { TRACED, type NeuronInputs, type Traced } from './neuron-math.js';
import {
  FACTOR_IDS,
  NEURON_QUESTIONS,
  neuronAsked,
  type NeuronQuestion,
} from './neuron-exercise.js';
import { renderCheck } from './views/check.js';
import { renderControls } from './views/controls.js';
import { renderFactors } from './views/factors.js';
import type { NeuronHandlers } from './views/handlers.js';
import { renderLossFigure } from './views/loss-plot.js';
import { INPUT_ORDER, renderPipeline } from './views/pipeline.js';

export type { NeuronInputs, Traced } from './neuron-math.js';
export type { NeuronBackpropEventMap, NeuronChangeDetail } from './neuron-backprop-events.js';

const STEP_ANIMATION_MS = 600;

/**
 * The live region's sentences (narration.ts): nothing is said before the reader's first action,
 * so they are fetched when the page is idle, or then.
 */
const spoken = new LazyView(() => import('./narration.js'));

/** The words of the questions, loaded when the element first asks. */
const questionWords = new LazyView(() => import('./views/questions.js'));

/**
 * One neuron, z = wx + b, a = σ(z), with binary cross-entropy loss: the three chain factors
 * ∂L/∂a, ∂a/∂z and ∂z/∂w, their product, and the simplified form (a − y)x, live as the reader
 * drags x, w, b and y. A loss plot shows the tangent whose slope is the gradient, a button takes
 * a gradient step, and a finite-difference check sits beside the backpropagated number.
 *
 * Every attribute is also a property of the same name (`learningRate` for `learning-rate`).
 * `x`, `w`, `b`, `y` and `wrt` read the live value, including the reader's changes; setting one
 * (attribute or property) moves both the live value and the value Reset returns to. Setting a
 * read-only property (`z`, `a`, `loss`, `gradients`, `values`) is ignored with an `error` event.
 *
 * @summary One neuron, three chain factors, and the simple answer (a − y)x they multiply to.
 *
 * @fires input - While the reader drags a slider, presses a key on it, picks the traced parameter, takes a step or resets. `detail`: `{ source, values, wrt, loss }`.
 * @fires change - When the reader commits a change (slider released, key pressed, step taken). Same `detail` as `input`.
 * @fires error - When an attribute holds a value the element cannot use, or a read-only property is set. `detail`: `{ attribute, message }`. Does not bubble.
 *
 * @fires answer - When the reader checks an answer or shows it (with `ask`). Detail:
 * `{ question, given, expected, correct, attempt, revealed }`.
 *
 * @csspart diagram - The pipeline x, w, b → z → a → L.
 * @csspart plot - The loss curve with the current point and its tangent.
 * @csspart formula - The chain factors, their product and the simplified form.
 * @csspart controls - The sliders and buttons.
 * @csspart panel - The gradient-step result and the finite-difference check.
 * @csspart error - The note listing refused attribute values.
 * @csspart answer - The field where the reader predicts a hidden number (with `ask`).
 * @csspart exercise - The score line and the "Try new numbers" button (with `ask`).
 *
 * @cssprop [--neuron-backprop-symbol-font=KaTeX_Math, Cambria Math, serif] - Font of the italic symbols x, w, b, y and the plot's axis names.
 * @cssprop [--bp-positive=#1f5fad] - Colour of positive gradients (always shown with a + sign too).
 * @cssprop [--bp-negative=#b3470b] - Colour of negative gradients (always shown with a − sign too).
 * @cssprop [--bp-accent=#6639ba] - The traced path, the current point and the step button.
 * @cssprop [--bp-fg=#1b1f24] - Text colour.
 * @cssprop [--bp-muted=#57606a] - Secondary text and axes.
 * @cssprop [--bp-bg=#ffffff] - Background.
 * @cssprop [--bp-surface=#f6f8fa] - Background of boxes and cards.
 * @cssprop [--bp-border=#d0d7de] - Borders and grid lines.
 * @cssprop [--bp-font=system-ui] - Font family.
 * @cssprop [--bp-radius=8px] - Corner radius.
 * @cssprop [--bp-duration=300ms] - Length of transitions (0 under reduced motion).
 */
export class NeuronBackprop extends ExerciseElement<NeuronBackpropEventMap> {
  static override tagName = 'neuron-backprop';
  static override styles = neuronBackpropStyles;

  /**
   * What the reader predicts before it is shown: `factors` (∂L/∂a, ∂a/∂z and ∂z/∂w of the traced
   * parameter, in turn; their product waits until all three are answered) and/or `gradient`
   * (∂L/∂w itself, the factors shown). Empty (the default) asks nothing.
   * @attr ask
   */
  @setting(askSetting(NEURON_QUESTIONS))
  declare ask: readonly NeuronQuestion[];

  /**
   * The input x, from -6 to 6 (default 1.5). Reads the live value.
   * @attr x
   */
  @setting(inputSetting('x')) x!: number;

  /**
   * The weight w, from -6 to 6 (default 0.8). Reads the live value.
   * @attr w
   */
  @setting(inputSetting('w')) w!: number;

  /**
   * The bias b, from -6 to 6 (default -0.4). Reads the live value.
   * @attr b
   */
  @setting(inputSetting('b')) b!: number;

  /**
   * The label y, 0 or 1 (default 1); other values are refused. Reads the live value.
   * @attr y
   */
  @setting(inputSetting('y')) y!: number;

  /**
   * Which derivative is traced: `w`, `b` or `x` (default `w`). Reads the live choice: the reader
   * can change it by pressing an input box, which is not reflected back to the attribute.
   * @attr wrt
   */
  @setting({
    attribute: 'wrt',
    parse: oneOf(TRACED),
    fallback: 'w' as Traced,
    read: (element: NeuronBackprop) => element.model.traced,
  })
  wrt!: 'w' | 'b' | 'x';

  /**
   * How far a gradient step moves w and b, as a multiple of their gradients: a number from
   * 0.001 to 10 (default 0.5).
   * @attr learning-rate
   */
  @setting({
    attribute: 'learning-rate',
    parse: numberIn(LEARNING_RATE_RANGE),
    fallback: DEFAULT_LEARNING_RATE,
    read: (element: NeuronBackprop) => element.model.learningRate,
  })
  learningRate!: number;

  /** Everything shown, as one snapshot: replaced, never changed in place. */
  @state() private model: NeuronModel = initialModel();
  /** The plotted point sliding down the curve after a step. */
  private readonly plotFrames = new Frames(this);

  /** The weighted sum z = wx + b (read-only). */
  @readOnly
  get z(): number {
    return this.model.state.z;
  }

  /** The activation a = σ(z) (read-only). */
  @readOnly
  get a(): number {
    return this.model.state.a;
  }

  /** The binary cross-entropy loss, computed stably from z (read-only). */
  @readOnly
  get loss(): number {
    return this.model.state.loss;
  }

  /**
   * ∂L/∂w, ∂L/∂b and ∂L/∂x at the current values (read-only); null while `ask` hides the
   * gradient (`answers` has it for the author).
   */
  @readOnly
  get gradients(): { w: number; b: number; x: number } | null {
    return this.gradientHidden() ? null : { ...this.model.state.gradients };
  }

  protected override askedNumbers() {
    return neuronAsked(this.model.state, this.model.traced, this.ask);
  }

  protected override exerciseQuestions() {
    const { state: current, traced } = this.model;
    return questionWords.use(this)?.neuronQuestions(current, traced, this.ask, this.l10n);
  }

  protected override drawNewNumbers(random: () => number): void {
    this.stopAnimation();
    const inputs = questionWords.use(this)?.drawInputs(random);
    if (!inputs) return;
    let model = this.model;
    for (const name of LIVE_INPUTS) model = setStartValue(model, name, inputs[name]);
    this.model = model;
  }

  /** While any question is open the gradient is hidden: it is the product of the factors. */
  private gradientHidden(): boolean {
    return this.askedNumbers().some((question) => this.isHidden(question.id));
  }

  /** The live x, w, b and y, including the reader's changes (read-only). */
  @readOnly
  get values(): NeuronInputs {
    return { ...this.model.state.inputs };
  }

  /**
   * Settings of x, w, b, y and wrt move both the live value and the value Reset returns to;
   * every accepted set counts, even one equal to the live value the reader has since moved.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('wrt') || LIVE_INPUTS.some((name) => changed.has(name))) this.stopAnimation();
    let model = this.model;
    for (const name of LIVE_INPUTS)
      if (changed.has(name)) model = setStartValue(model, name, this[name]);
    if (changed.has('wrt')) model = setStartTraced(model, this.wrt);
    if (changed.has('learningRate')) model = setLearningRate(model, this.learningRate);
    this.model = model;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The animation stopped with the element; drop the half-drawn step with it.
    this.model = animateStep(this.model, 1);
  }

  private stopAnimation(): void {
    this.plotFrames.stop();
  }

  private detail(source: NeuronChangeDetail['source']): NeuronChangeDetail {
    const { state: current, traced } = this.model;
    return { source, values: { ...current.inputs }, wrt: traced, loss: current.loss };
  }

  /** A reader changed something: update in the same frame, then tell the page. */
  private readerChanged(source: NeuronChangeDetail['source'], commit: boolean): void {
    this.emit<NeuronChangeDetail>('input', this.detail(source));
    if (commit) this.emit<NeuronChangeDetail>('change', this.detail(source));
  }

  private moveSlider(name: SliderName, value: number): void {
    this.stopAnimation();
    this.model = moveInput(this.model, name, value);
  }

  private readonly onTrace = (event: Event): void => {
    this.traceFrom((event.currentTarget as HTMLElement).dataset.name as Traced);
  };

  /**
   * Arrows move along x, w, b and check the one they reach, as in a radio group; Home and End
   * go to the ends. Focus follows, so the checked box keeps the group's one Tab stop.
   */
  private readonly onTraceKey = (event: KeyboardEvent): void => {
    const current = INPUT_ORDER.indexOf(
      (event.currentTarget as HTMLElement).dataset.name as Traced,
    );
    const next = rovingIndex(event, current, INPUT_ORDER.length);
    if (next === null) return;
    event.preventDefault();
    const name = INPUT_ORDER[next];
    this.traceFrom(name);
    this.renderRoot.querySelector<HTMLElement>(`[role="radio"][data-name="${name}"]`)?.focus();
  };

  private traceFrom(name: Traced): void {
    if (name === this.model.traced) return;
    this.model = trace(this.model, name);
    this.readerChanged('wrt', true);
    const { state } = this.model;
    const hidden = this.gradientHidden();
    this.announceFrom(spoken, (say) => say.describeTraced(this.l10n, state, name, hidden));
  }

  private readonly onSliderInput = (event: Event): void => {
    // The native event is composed and would reach the page beside the element's own.
    event.stopPropagation();
    const input = event.currentTarget as HTMLInputElement;
    const raw = Number(input.value);
    if (!Number.isFinite(raw)) return;
    const name = input.dataset.name as SliderName;
    this.moveSlider(name, pointerValue(raw));
    this.readerChanged(name, false);
  };

  private readonly onSliderChange = (event: Event): void => {
    event.stopPropagation();
    const name = (event.currentTarget as HTMLElement).dataset.name as SliderName;
    this.emit<NeuronChangeDetail>('change', this.detail(name));
    this.announceChange(name);
  };

  /**
   * Arrows and Page keys move by tidy steps, Home and End jump to the ends; the slider is laid
   * out left to right on every page, so ArrowRight moves the thumb the way it points.
   */
  private readonly onSliderKeyDown = (event: KeyboardEvent): void => {
    const name = (event.currentTarget as HTMLElement).dataset.name as SliderName;
    const next = sliderKey(event, this.model.state.inputs[name], sliderSpec(name));
    if (next === null) return;
    event.preventDefault();
    if (next === this.model.state.inputs[name]) return;
    this.moveSlider(name, next);
    this.readerChanged(name, true);
    this.announceChange(name);
  };

  private announceChange(name: SliderName): void {
    const { state: current, traced } = this.model;
    const hidden = this.gradientHidden();
    this.announceFrom(spoken, (say) =>
      say.describeChange(this.l10n, name, current, traced, hidden),
    );
  }

  private readonly onStep = (): void => {
    // The step moves w by the learning rate times the gradient: locked while it is asked.
    if (this.gradientHidden()) return;
    this.stopAnimation();
    this.model = takeStep(this.model);
    const { before, after } = this.model.lastStep!;
    this.animatePlot();
    this.readerChanged('step', true);
    const rate = this.model.learningRate;
    this.announceFrom(spoken, (say) => say.describeStep(this.l10n, before, after, rate));
  };

  private readonly onReset = (): void => {
    this.stopAnimation();
    this.model = reset(this.model);
    this.readerChanged('reset', true);
    const { state, traced } = this.model;
    const hidden = this.gradientHidden();
    this.announceFrom(spoken, (say) => say.describeReset(this.l10n, state, traced, hidden));
  };

  /** Created once, so templates bind the same functions on every render. */
  private readonly handlers: NeuronHandlers = {
    onTrace: this.onTrace,
    onTraceKey: this.onTraceKey,
    onSliderInput: this.onSliderInput,
    onSliderChange: this.onSliderChange,
    onSliderKeyDown: this.onSliderKeyDown,
    onStep: this.onStep,
    onReset: this.onReset,
  };

  /** Slides the plotted point down the curve; the numbers elsewhere are already final. */
  private animatePlot(): void {
    if (this.reducedMotion) return;
    this.model = animateStep(this.model, 0);
    this.plotFrames.start((elapsed) => {
      const progress = Math.min(1, elapsed / STEP_ANIMATION_MS);
      this.model = animateStep(this.model, progress);
      return progress < 1;
    });
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    prefetchWhenIdle([spoken]);
  }

  override render() {
    const { model, handlers, l10n } = this;
    const hidden = this.gradientHidden();
    const exercise = {
      hiddenFactors: FACTOR_IDS.map((id) => this.isHidden(id)),
      gradientHidden: hidden,
      question: (id: string) => this.renderQuestion(id),
    };
    return html`${this.renderProblems()}
      ${renderPipeline(model.state, model.traced, l10n, handlers)}
      <div class="workbench">
        ${renderLossFigure(model, l10n, hidden)} ${renderControls(model, l10n, handlers, hidden)}
      </div>
      ${renderFactors(model.state, model.traced, l10n, exercise)}
      ${renderCheck(model.state, model.traced, l10n, hidden)} ${this.renderExercise()}
      ${this.renderLiveRegion()}`;
  }
}
