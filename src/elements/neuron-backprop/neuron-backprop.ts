import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { BackpropElement } from '../../internal/base-element.js';
import { parseChoice, parseNumber, type Parsed } from '../../internal/attributes.js';
import { formatNumber } from '../../internal/format.js';
import { keyStep, tidy } from '../../internal/interaction.js';
import { themeStyles } from '../../internal/theme.js';
import { renderFactors, signClass, signed } from './factors-view.js';
import { renderLossPlot } from './loss-plot.js';
import { describeChange, describeGradient, describeStep, describeTraced } from './narration.js';
import {
  checkTracedGradient,
  DEFAULT_INPUTS,
  evaluateNeuron,
  gradientStep,
  TRACED,
  type NeuronInputs,
  type NeuronState,
  type Traced,
} from './neuron-math.js';
import { neuronStyles } from './neuron-backprop.styles.js';
import { renderPipeline } from './pipeline.js';
import { renderSlider, sliderSpec, SLIDERS, type SliderName } from './sliders.js';

/** Detail of the `input` and `change` events. */
export interface NeuronChangeDetail {
  /** What the reader changed: a slider, the traced parameter, a gradient step or a reset. */
  source: SliderName | 'wrt' | 'step' | 'reset';
  /** x, w, b and y after the change. */
  values: NeuronInputs;
  /** The parameter whose derivative is traced. */
  wrt: Traced;
  loss: number;
}

const DEFAULT_LEARNING_RATE = 0.5;
const STEP_ANIMATION_MS = 600;

/** The attribute each live value comes from, with the rule its text must follow. */
const NUMBER_ATTRIBUTES: ReadonlyArray<{
  property: 'xAttribute' | 'wAttribute' | 'bAttribute' | 'yAttribute';
  name: SliderName;
}> = [
  { property: 'xAttribute', name: 'x' },
  { property: 'wAttribute', name: 'w' },
  { property: 'bAttribute', name: 'b' },
  { property: 'yAttribute', name: 'y' },
];

const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * One neuron, z = wx + b, a = σ(z), with binary cross-entropy loss: the three chain factors
 * ∂L/∂a, ∂a/∂z and ∂z/∂w, their product, and the simplified form (a − y)x, live as the reader
 * drags x, w, b and y. A loss plot shows the tangent whose slope is the gradient, a button takes
 * a gradient step, and a finite-difference check sits beside the backpropagated number.
 *
 * @summary One neuron, three chain factors, and the simple answer (a − y)x they multiply to.
 *
 * @fires input - While the reader drags a slider, presses a key on it, picks the traced parameter, takes a step or resets. `detail`: `{ source, values, wrt, loss }`.
 * @fires change - When the reader commits a change (slider released, key pressed, step taken). Same `detail` as `input`.
 * @fires error - When an attribute holds a value the element cannot use. `detail`: `{ attribute, message }`. Does not bubble.
 *
 * @csspart diagram - The pipeline x, w, b → z → a → L.
 * @csspart plot - The loss curve with the current point and its tangent.
 * @csspart formula - The chain factors, their product and the simplified form.
 * @csspart controls - The sliders and buttons.
 * @csspart panel - The gradient-step result and the finite-difference check.
 * @csspart error - The note listing refused attribute values.
 *
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
export class NeuronBackprop extends BackpropElement {
  static override tagName = 'neuron-backprop';
  static override styles = [themeStyles, neuronStyles];

  /**
   * The input x, from -6 to 6 (default 1.5).
   * @attr x
   */
  @property({ attribute: 'x' }) xAttribute: string | null = null;

  /**
   * The weight w, from -6 to 6 (default 0.8).
   * @attr w
   */
  @property({ attribute: 'w' }) wAttribute: string | null = null;

  /**
   * The bias b, from -6 to 6 (default -0.4).
   * @attr b
   */
  @property({ attribute: 'b' }) bAttribute: string | null = null;

  /**
   * The label y, from 0 to 1 (default 1).
   * @attr y
   */
  @property({ attribute: 'y' }) yAttribute: string | null = null;

  /**
   * Which derivative is traced: `w`, `b` or `x` (default `w`). The reader can change it by
   * pressing an input box; that change is not reflected back to the attribute.
   * @attr wrt
   */
  @property({ attribute: 'wrt' }) wrtAttribute: string | null = null;

  /**
   * How far a gradient step moves w and b, as a multiple of their gradients: a number from
   * 0.001 to 10 (default 0.5).
   * @attr learning-rate
   */
  @property({ attribute: 'learning-rate' }) learningRateAttribute: string | null = null;

  /** The values the attributes (or defaults) give; Reset returns to them. */
  private authored: NeuronInputs = { ...DEFAULT_INPUTS };
  private authoredTraced: Traced = 'w';
  private current: NeuronInputs = { ...DEFAULT_INPUTS };
  private state: NeuronState = evaluateNeuron(DEFAULT_INPUTS);
  private traced: Traced = 'w';
  private learningRate = DEFAULT_LEARNING_RATE;
  private lastStep?: { before: NeuronState; after: NeuronState };
  /** What the plot draws while a gradient step animates; undefined otherwise. */
  private plotInputs?: NeuronInputs;
  private animation?: number;

  /** The weighted sum z = wx + b (read-only). */
  get z(): number {
    return this.state.z;
  }

  /** The activation a = σ(z) (read-only). */
  get a(): number {
    return this.state.a;
  }

  /** The binary cross-entropy loss, computed stably from z (read-only). */
  get loss(): number {
    return this.state.loss;
  }

  /** ∂L/∂w, ∂L/∂b and ∂L/∂x at the current values (read-only). */
  get gradients(): { w: number; b: number; x: number } {
    return { ...this.state.gradients };
  }

  /** The live x, w, b and y, including the reader's changes (read-only). */
  get values(): NeuronInputs {
    return { ...this.current };
  }

  /** The parameter whose derivative is traced now (read-only; set the `wrt` attribute). */
  get wrt(): Traced {
    return this.traced;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let inputsChanged = false;
    for (const { property: key, name } of NUMBER_ATTRIBUTES) {
      if (!changed.has(key)) continue;
      const text = this[key];
      const spec = sliderSpec(name);
      const parsed: Parsed<number> =
        text === null
          ? { ok: true, value: DEFAULT_INPUTS[name] }
          : parseNumber(text, { min: spec.min, max: spec.max });
      if (!parsed.ok) {
        this.reportProblem(name, parsed.message);
        continue;
      }
      this.reportProblem(name, null);
      this.authored = { ...this.authored, [name]: parsed.value };
      this.current = { ...this.current, [name]: parsed.value };
      inputsChanged = true;
    }
    if (inputsChanged) {
      this.setInputs(this.current);
      this.forgetStep();
    }
    if (changed.has('wrtAttribute')) {
      const parsed =
        this.wrtAttribute === null
          ? ({ ok: true, value: 'w' } as const)
          : parseChoice(this.wrtAttribute, TRACED);
      if (parsed.ok) {
        this.reportProblem('wrt', null);
        this.authoredTraced = parsed.value;
        this.traced = parsed.value;
      } else {
        this.reportProblem('wrt', parsed.message);
      }
    }
    if (changed.has('learningRateAttribute')) {
      const parsed =
        this.learningRateAttribute === null
          ? ({ ok: true, value: DEFAULT_LEARNING_RATE } as const)
          : parseNumber(this.learningRateAttribute, { min: 0.001, max: 10 });
      if (parsed.ok) {
        this.reportProblem('learning-rate', null);
        this.learningRate = parsed.value;
      } else {
        this.reportProblem('learning-rate', parsed.message);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The base class cancels the frame itself; drop the half-drawn step with it.
    this.animation = undefined;
    this.plotInputs = undefined;
  }

  private setInputs(inputs: NeuronInputs): void {
    this.current = { ...inputs };
    this.state = evaluateNeuron(this.current);
    this.requestUpdate();
  }

  private forgetStep(): void {
    this.lastStep = undefined;
    this.cancelFrame(this.animation);
    this.animation = undefined;
    this.plotInputs = undefined;
  }

  private detail(source: NeuronChangeDetail['source']): NeuronChangeDetail {
    return { source, values: { ...this.current }, wrt: this.traced, loss: this.state.loss };
  }

  /** A reader changed something: update in the same frame, then tell the page. */
  private readerChanged(source: NeuronChangeDetail['source'], commit: boolean): void {
    this.emit<NeuronChangeDetail>('input', this.detail(source));
    if (commit) this.emit<NeuronChangeDetail>('change', this.detail(source));
  }

  private setSlider(name: SliderName, value: number): void {
    this.forgetStep();
    this.setInputs({ ...this.current, [name]: value });
  }

  private readonly sliderHandlers = {
    onInput: (name: SliderName, event: Event): void => {
      // The native event is composed and would reach the page as a second `input`.
      event.stopPropagation();
      const spec = sliderSpec(name);
      const raw = Number((event.target as HTMLInputElement).value);
      if (!Number.isFinite(raw)) return;
      // Pointer drags give long decimals; hundredths are plenty to read and to type back.
      const rounded = tidy(Math.round(raw * 100) / 100, 0.01);
      this.setSlider(name, Math.min(spec.max, Math.max(spec.min, rounded)));
      this.readerChanged(name, false);
    },
    onChange: (name: SliderName, event: Event): void => {
      event.stopPropagation();
      this.emit<NeuronChangeDetail>('change', this.detail(name));
      this.announce(describeChange(name, this.state, this.traced));
    },
    onKeyDown: (name: SliderName, event: KeyboardEvent): void => {
      const spec = sliderSpec(name);
      const delta = keyStep(event, spec.fine, spec.coarse);
      if (delta === null) return; // Home and End keep their native behaviour.
      event.preventDefault();
      const next = Math.min(
        spec.max,
        Math.max(spec.min, tidy(this.current[name] + delta, spec.fine)),
      );
      if (next === this.current[name]) return;
      this.setSlider(name, next);
      this.readerChanged(name, true);
      this.announce(describeChange(name, this.state, this.traced));
    },
  };

  private readonly trace = (name: Traced): void => {
    if (name === this.traced) return;
    this.traced = name;
    this.requestUpdate();
    this.readerChanged('wrt', true);
    this.announce(describeTraced(this.state, name));
  };

  private takeStep(): void {
    const before = this.state;
    this.forgetStep();
    this.setInputs(gradientStep(this.current, this.learningRate));
    this.lastStep = { before, after: this.state };
    this.animateStep(before.inputs, this.current);
    this.readerChanged('step', true);
    this.announce(describeStep(before, this.state, this.learningRate));
  }

  private reset(): void {
    this.forgetStep();
    this.traced = this.authoredTraced;
    this.setInputs(this.authored);
    this.readerChanged('reset', true);
    this.announce(`Back to the starting values. ${describeGradient(this.state, this.traced)}`);
  }

  /** Slides the plotted point down the curve; the numbers elsewhere are already final. */
  private animateStep(from: NeuronInputs, to: NeuronInputs): void {
    if (this.reducedMotion) return;
    let start: number | undefined;
    const frame = (time: number): void => {
      start ??= time;
      const t = Math.min(1, (time - start) / STEP_ANIMATION_MS);
      const eased = easeInOut(t);
      this.plotInputs =
        t >= 1
          ? undefined
          : { ...to, w: from.w + (to.w - from.w) * eased, b: from.b + (to.b - from.b) * eased };
      this.animation = t >= 1 ? undefined : this.nextFrame(frame);
      this.requestUpdate();
    };
    this.plotInputs = { ...from };
    this.animation = this.nextFrame(frame);
  }

  private renderStepPanel() {
    const step = this.lastStep;
    const rate = formatNumber(this.learningRate);
    if (!step) {
      return html`<p class="step-panel" part="panel">
        A step moves w and b by −${rate} × their gradients.
      </p>`;
    }
    const { before, after } = step;
    const lower = after.loss < before.loss;
    return html`<p class="step-panel" part="panel">
      Loss <span class="loss-before">${formatNumber(before.loss)}</span> →
      <strong class="loss-after">${formatNumber(after.loss)}</strong>
      ${lower ? '(lower)' : after.loss > before.loss ? '(higher: try a smaller rate)' : ''}
      <span class="step-moves">
        w ${formatNumber(before.inputs.w)} → ${formatNumber(after.inputs.w)}, b
        ${formatNumber(before.inputs.b)} → ${formatNumber(after.inputs.b)}
      </span>
    </p>`;
  }

  private renderCheck() {
    const check = checkTracedGradient(this.state, this.traced);
    return html`<div class="check" part="panel" role="group" aria-label="Gradient check">
      <span class="check-title">Check ∂L/∂${this.traced}</span>
      <span class="check-item">
        backprop
        <strong class="check-backprop ${signClass(check.backprop)}"
          >${signed(check.backprop, 6)}</strong
        >
      </span>
      <span class="check-item">
        finite difference
        <strong class="check-numeric ${signClass(check.numeric)}"
          >${signed(check.numeric, 6)}</strong
        >
      </span>
      <span class="check-item">
        relative error <strong class="check-error">${formatNumber(check.relativeError, 1)}</strong>
      </span>
    </div>`;
  }

  override render() {
    const state = this.state;
    const plotInputs = this.plotInputs ?? this.current;
    return html`${this.renderProblems()}
      ${renderPipeline({ state, traced: this.traced, onTrace: this.trace })}
      <p class="hint">Press x, w or b to trace its gradient.</p>
      <div class="workbench">
        <figure class="plot-box" part="plot">
          ${renderLossPlot({
            inputs: plotInputs,
            traced: this.traced,
            previous: this.plotInputs ? undefined : this.lastStep?.before.inputs,
          })}
          <figcaption class="legend">
            Loss against ${this.traced}; the tangent's slope is
            <strong class="slope ${signClass(state.gradients[this.traced])}"
              >${signed(state.gradients[this.traced])}</strong
            >
          </figcaption>
        </figure>
        <div class="controls" part="controls">
          ${SLIDERS.map((spec) => renderSlider(spec, this.current[spec.name], this.sliderHandlers))}
          <div class="buttons">
            <button type="button" class="step" @click=${this.takeStep}>Gradient step</button>
            <button type="button" class="reset" @click=${this.reset}>Reset</button>
          </div>
          ${this.renderStepPanel()}
        </div>
      </div>
      ${renderFactors(state, this.traced)} ${this.renderCheck()} ${this.renderLiveRegion()}`;
  }
}
