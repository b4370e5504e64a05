import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ACTIVATIONS,
  backwardPass,
  countOps,
  createNetwork,
  forwardPass,
  outputActivation,
  type BackwardResult,
  type DenseNetwork,
  type ForwardCache,
  type OpCounts,
} from '../../core/index.js';
import { BackpropElement } from '../../internal/base-element.js';
import { formatNumber } from '../../internal/format.js';
import { keyStep, startDrag } from '../../internal/interaction.js';
import { tex } from '../../internal/tex.js';
import { themeStyles } from '../../internal/theme.js';
import {
  readConfig,
  sameStructure,
  type ConfigAttributeName,
  type NetworkConfig,
} from './config.js';
import { renderDiagram, type Travel, type WeightRef } from './diagram.js';
import { renderEfficiency } from './efficiency-view.js';
import { deltaLines, gradientLines, MAX_WRITTEN, type LayerEquationInput } from './equation-tex.js';
import { layoutNetwork } from './layout.js';
import { layerDeltaStyles } from './layer-delta.styles.js';
import {
  layerName,
  signed,
  stepSentence,
  unitName,
  weightName,
  weightSentence,
} from './narration.js';
import { shapeProblem, cloneMatrices } from './shapes.js';

/** Detail of `layer-select`. */
export interface LayerSelectDetail {
  /** The selected layer as an index into `sizes` (1 = first hidden layer, last = output). */
  layer: number;
}

/** Detail of `backward-step`. */
export interface BackwardStepDetail {
  /** How many layers have their delta now (1 = only the output). */
  step: number;
  /** How many steps the whole backward pass takes: one per layer after the input. */
  total: number;
  /** The layer (index into `sizes`) whose delta and weight gradients this step computed. */
  layer: number;
}

/** Detail of `input` and `change`: which value the reader edited, as a path into the property. */
export interface EditDetail {
  field: 'x' | 'y' | 'weights';
  /** `[j]` for x and y; `[l, i, j]` for weights, as in `weights[l][i][j]`. */
  index: number[];
  value: number;
}

/** Keys and drags move a weight to the nearest hundredth, so the numbers stay readable. */
const roundWeight = (value: number): number => Math.round(value * 100) / 100;

const CONFIG_ATTRIBUTES: ConfigAttributeName[] = ['sizes', 'activation', 'loss', 'seed', 'x', 'y'];
const WEIGHT_LIMIT = 10;
const DRAG_PER_PIXEL = 0.02;
/** Connections into the selected layer take Tab focus up to this many; beyond, use the editor. */
const FOCUSABLE_WEIGHTS = 36;

/**
 * A layered network where the error signal δ flows back through W transposed, one layer per
 * step; each weight gradient is δ times that layer's input; and an efficiency panel shows why
 * reusing δ makes the backward pass cost about what the forward pass costs.
 *
 * Keyboard: Tab reaches one unit per layer; arrow keys move between units and layers; Enter or
 * Space selects the unit's layer. The connections into the selected layer (up to 36) are sliders:
 * arrow keys change the weight by 0.1 (Shift: 1). Every weight can also be edited with the
 * panel's "Edit a weight" fields, and any connection can be dragged up or down.
 *
 * @summary Backpropagation through layers: δ_l = (W_{l+1}^T δ_{l+1}) ⊙ f′(z_l), and its cost.
 *
 * @fires layer-select - The reader selected a layer. Detail: `{ layer }` (index into `sizes`).
 * @fires backward-step - The reader stepped the backward pass one layer. Detail: `{ step, total, layer }`.
 * @fires input - The reader is changing x, y or a weight. Detail: `{ field, index, value }`.
 * @fires change - The reader committed a change to x, y or a weight. Detail: `{ field, index, value }`.
 * @fires error - An attribute or property was refused. Detail: `{ attribute, message }`. Does not bubble.
 *
 * @csspart diagram - The network drawing (SVG).
 * @csspart formula - The typeset equations of the selected layer.
 * @csspart controls - The stepping buttons and the layer picker.
 * @csspart panel - The selected layer's panel and the efficiency panel.
 * @csspart efficiency - The efficiency panel (also has part `panel`).
 * @csspart error - The note listing refused attribute values.
 *
 * @cssprop [--layer-delta-unit-fill=var(--bp-bg)] - Fill of a unit's circle.
 * @cssprop [--layer-delta-wire-opacity=0.85] - Opacity of the connections.
 * @cssprop [--layer-delta-travel-duration=calc(var(--bp-duration) * 3)] - How long δ takes to travel back one layer.
 * @cssprop [--bp-positive=#1f5fad] - Positive weights and deltas (always shown with a + sign too).
 * @cssprop [--bp-negative=#b3470b] - Negative weights and deltas (dashed, with a − sign).
 * @cssprop [--bp-accent=#6639ba] - Highlights: W transposed in the formula, the selected layer.
 * @cssprop [--bp-duration=300ms] - Base animation time; 0ms under reduced motion.
 */
export class LayerDelta extends BackpropElement {
  static override tagName = 'layer-delta';
  static override styles = [themeStyles, layerDeltaStyles];

  /**
   * Layer sizes, input first: 3 to 6 layers of 1 to 16 units, e.g. `2 3 1`.
   * @attr sizes
   */
  @property() sizes: string | null = null;

  /**
   * The hidden layers' activation: `sigmoid`, `tanh` or `relu`. With `loss="bce"` the output
   * layer is sigmoid; otherwise it uses this too.
   * @attr activation
   */
  @property() activation: string | null = null;

  /**
   * The loss: `bce` (binary cross-entropy, the default) or `mse` (squared error).
   * @attr loss
   */
  @property() loss: string | null = null;

  /**
   * Seed for the initial weights (a whole number of at least 0; default 1).
   * @attr seed
   */
  @property() seed: string | null = null;

  /**
   * The input vector, one number per input unit, separated by spaces or commas.
   * Default: 0.5, −1, 0.8, … as many as the input layer has units.
   * @attr x
   */
  @property() x: string | null = null;

  /**
   * The target vector, one number per output unit (from 0 to 1 with `loss="bce"`).
   * Default: 1, 0, 1, …
   * @attr y
   */
  @property() y: string | null = null;

  @state() private step = 0;
  @state() private selectedLayer = 1;
  @state() private selectedWeight: WeightRef = { layer: 1, row: 0, column: 0 };
  @state() private focusUnit: number[] = [];
  @state() private readout = '';
  @state() private travel: Travel | null = null;

  private config: NetworkConfig;
  private network: DenseNetwork;
  private input: number[];
  private target: number[];
  private cache!: ForwardCache;
  private result!: BackwardResult;
  private travelKey = 0;
  private pendingWeights: number[][][] | null = null;
  private pendingBiases: number[][] | null = null;

  constructor() {
    super();
    this.config = readConfig({
      sizes: null,
      activation: null,
      loss: null,
      seed: null,
      x: null,
      y: null,
    }).config!;
    this.network = this.buildNetwork(this.config);
    this.input = [...this.config.x];
    this.target = [...this.config.y];
    this.resetView();
    this.recompute();
  }

  /**
   * The weights, `weights[l][i][j]` connecting unit j of layer l to unit i of layer l + 1.
   * Settable (a copy is kept; assign a new array to change it); refused with an `error` event
   * when its shape does not match `sizes`. Reads return a copy.
   */
  get weights(): number[][][] {
    return cloneMatrices(this.pendingWeights ?? this.network.weights);
  }
  set weights(value: number[][][]) {
    this.pendingWeights = cloneMatrices(value);
    this.requestUpdate();
  }

  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  get biases(): number[][] {
    return (this.pendingBiases ?? this.network.biases).map((row) => [...row]);
  }
  set biases(value: number[][]) {
    this.pendingBiases = Array.isArray(value)
      ? value.map((row) => (Array.isArray(row) ? [...row] : row))
      : value;
    this.requestUpdate();
  }

  /** Read-only: each layer's activations after the input (output last). */
  get activations(): number[][] {
    return this.cache.a.map((row) => [...row]);
  }

  /** Read-only: every layer's δ = dL/dz after the input (output last), whatever the step. */
  get deltas(): number[][] {
    return this.result.deltas.map((row) => [...row]);
  }

  /** Read-only: dL/dW, shaped like `weights`. */
  get weightGradients(): number[][][] {
    return cloneMatrices(this.result.weightGradients);
  }

  /** Read-only: multiply-adds for the current sizes: `{ forward, backward, naive }`. */
  get opCounts(): OpCounts {
    return countOps(this.config.sizes);
  }

  private get layerCount(): number {
    return this.config.sizes.length;
  }

  private get outputLayer(): number {
    return this.config.sizes.length - 1;
  }

  private buildNetwork(config: NetworkConfig): DenseNetwork {
    return createNetwork({
      sizes: config.sizes,
      activation: config.activation,
      loss: config.loss,
      seed: config.seed,
    });
  }

  private resetView(): void {
    this.step = 0;
    this.travel = null;
    this.selectedLayer = this.outputLayer;
    this.selectedWeight = { layer: this.outputLayer, row: 0, column: 0 };
    this.focusUnit = this.config.sizes.map(() => 0);
    this.readout = '';
  }

  private recompute(): void {
    this.cache = forwardPass(this.network, this.input);
    this.result = backwardPass(this.network, this.cache, this.target);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CONFIG_ATTRIBUTES.some((name) => changed.has(name))) this.applyAttributes(changed);
    if (this.pendingWeights) this.applyPendingWeights();
    if (this.pendingBiases) this.applyPendingBiases();
  }

  private applyAttributes(changed: PropertyValues<this>): void {
    const { config, problems } = readConfig({
      sizes: this.sizes,
      activation: this.activation,
      loss: this.loss,
      seed: this.seed,
      x: this.x,
      y: this.y,
    });
    for (const name of CONFIG_ATTRIBUTES) {
      // Only report what changed, so a refused value fires one error event, not one per update.
      if (problems[name] !== (this.problemFor(name) ?? null))
        this.reportProblem(name, problems[name]);
    }
    if (!config) return; // keep the last good network on screen
    const structural = !sameStructure(this.config, config);
    this.config = config;
    if (structural) {
      this.network = this.buildNetwork(config);
      this.resetView();
    }
    // A reader's edits to x or y survive changes to other attributes.
    if (structural || changed.has('x')) this.input = [...config.x];
    if (structural || changed.has('y')) this.target = [...config.y];
    this.recompute();
  }

  private applyPendingWeights(): void {
    const value = this.pendingWeights!;
    this.pendingWeights = null;
    const problem = shapeProblem(value, this.config.sizes, 'weights');
    this.reportProblem('weights', problem);
    if (problem) return;
    this.network.weights = cloneMatrices(value);
    this.recompute();
  }

  private applyPendingBiases(): void {
    const value = this.pendingBiases!;
    this.pendingBiases = null;
    const problem = shapeProblem(value, this.config.sizes, 'biases');
    this.reportProblem('biases', problem);
    if (problem) return;
    this.network.biases = value.map((row) => [...row]);
    this.recompute();
  }

  // ---- what the reader does -------------------------------------------------------------

  private isRevealed(layer: number): boolean {
    return layer >= 1 && layer > this.outputLayer - this.step;
  }

  private stepBackward(): void {
    if (this.step >= this.outputLayer) return;
    this.step += 1;
    const layer = this.outputLayer - this.step + 1;
    this.selectedLayer = layer;
    this.selectWeightIn(layer);
    this.travel = { key: ++this.travelKey, layer };
    this.emit<BackwardStepDetail>('backward-step', {
      step: this.step,
      total: this.outputLayer,
      layer,
    });
    this.announce(
      stepSentence({
        layer,
        layerCount: this.layerCount,
        deltas: this.result.deltas[layer - 1],
        loss: this.config.loss,
      }),
    );
  }

  private runToInput(): void {
    while (this.step < this.outputLayer) this.stepBackward();
  }

  private resetSteps(): void {
    this.step = 0;
    this.travel = null;
    this.announce('Backward pass cleared: no deltas yet. Step backward to start from the loss.');
  }

  private selectLayer(layer: number): void {
    if (layer < 1 || layer > this.outputLayer) return;
    const changed = layer !== this.selectedLayer;
    this.selectedLayer = layer;
    this.selectWeightIn(layer);
    if (changed) this.emit<LayerSelectDetail>('layer-select', { layer });
    const state = this.isRevealed(layer)
      ? `delta ${this.result.deltas[layer - 1].map((d) => signed(d)).join(', ')}`
      : 'delta not computed yet';
    this.announce(`${layerName(layer, this.layerCount)} layer selected: ${state}.`);
  }

  private selectWeightIn(layer: number): void {
    if (this.selectedWeight.layer !== layer) this.selectedWeight = { layer, row: 0, column: 0 };
  }

  private describeUnit(layer: number, unit: number): string {
    const name = unitName(layer, unit, this.layerCount);
    if (layer === 0) return `${name}: x = ${formatNumber(this.input[unit])}`;
    const k = layer - 1;
    const a = this.cache.a[k][unit];
    const fPrime = this.derivatives()[k][unit];
    const delta = this.isRevealed(layer) ? signed(this.result.deltas[k][unit]) : 'not yet';
    return `${name}: a = ${formatNumber(a)}, f′(z) = ${formatNumber(fPrime)}, δ = ${delta}`;
  }

  private describeWeight(ref: WeightRef): string {
    const k = ref.layer - 1;
    const w = this.network.weights[k][ref.row][ref.column];
    const name = weightName(ref.layer, ref.row, ref.column, this.layerCount);
    const gradient = this.isRevealed(ref.layer)
      ? `gradient ${signed(this.result.weightGradients[k][ref.row][ref.column])}`
      : 'gradient not yet';
    return `${name}: w = ${signed(w)}, ${gradient}`;
  }

  private async focusUnitAt(layer: number, unit: number): Promise<void> {
    this.focusUnit = this.focusUnit.map((k, l) => (l === layer ? unit : k));
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-unit="${layer} ${unit}"]`)?.focus();
  }

  private onUnitKey(event: KeyboardEvent, layer: number, unit: number): void {
    const sizes = this.config.sizes;
    let target: [number, number] | null = null;
    switch (event.key) {
      case 'ArrowUp':
        target = [layer, Math.max(0, unit - 1)];
        break;
      case 'ArrowDown':
        target = [layer, Math.min(sizes[layer] - 1, unit + 1)];
        break;
      case 'ArrowLeft':
        if (layer > 0) target = [layer - 1, Math.min(sizes[layer - 1] - 1, unit)];
        break;
      case 'ArrowRight':
        if (layer < sizes.length - 1) target = [layer + 1, Math.min(sizes[layer + 1] - 1, unit)];
        break;
      case 'Home':
        target = [layer, 0];
        break;
      case 'End':
        target = [layer, sizes[layer] - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.onUnitClick(layer, unit);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target) void this.focusUnitAt(target[0], target[1]);
  }

  private onUnitFocus(layer: number, unit: number): void {
    if (this.focusUnit[layer] !== unit)
      this.focusUnit = this.focusUnit.map((k, l) => (l === layer ? unit : k));
    this.readout = this.describeUnit(layer, unit);
  }

  private onUnitClick(layer: number, unit: number): void {
    this.readout = this.describeUnit(layer, unit);
    if (layer >= 1) this.selectLayer(layer);
  }

  private onWeightFocus(ref: WeightRef): void {
    this.selectedWeight = ref;
    this.readout = this.describeWeight(ref);
  }

  private onWeightKey(event: KeyboardEvent, ref: WeightRef): void {
    const change = keyStep(event, 0.1, 1);
    if (change === null) return;
    event.preventDefault();
    const current = this.network.weights[ref.layer - 1][ref.row][ref.column];
    this.setWeight(ref, roundWeight(current + change), true);
  }

  private onWeightPointerDown(event: PointerEvent, ref: WeightRef): void {
    if (event.button !== 0) return;
    event.preventDefault();
    if (ref.layer !== this.selectedLayer) this.selectLayer(ref.layer);
    this.selectedWeight = ref;
    this.readout = this.describeWeight(ref);
    const start = this.network.weights[ref.layer - 1][ref.row][ref.column];
    startDrag(event, {
      move: (_dx, dy) => this.setWeight(ref, roundWeight(start - dy * DRAG_PER_PIXEL), false),
      end: (moved) => {
        if (moved) this.commitWeight(ref);
      },
    });
  }

  /** Sets one weight from a reader's edit: recompute, fire `input`, and on commit `change`. */
  private setWeight(ref: WeightRef, value: number, commit: boolean): void {
    const clamped = Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, value));
    const k = ref.layer - 1;
    this.network.weights[k][ref.row][ref.column] = clamped;
    this.selectedWeight = ref;
    this.recompute();
    this.readout = this.describeWeight(ref);
    this.requestUpdate();
    this.emit<EditDetail>('input', {
      field: 'weights',
      index: [k, ref.row, ref.column],
      value: clamped,
    });
    if (commit) this.commitWeight(ref);
  }

  private commitWeight(ref: WeightRef): void {
    const k = ref.layer - 1;
    const value = this.network.weights[k][ref.row][ref.column];
    this.emit<EditDetail>('change', { field: 'weights', index: [k, ref.row, ref.column], value });
    const layerInput = k === 0 ? this.input[ref.column] : this.cache.a[k - 1][ref.column];
    this.announce(
      weightSentence({
        ...ref,
        layerCount: this.layerCount,
        weight: value,
        gradient: this.isRevealed(ref.layer)
          ? this.result.weightGradients[k][ref.row][ref.column]
          : null,
        delta: this.result.deltas[k][ref.row],
        layerInput,
      }),
    );
  }

  private onVectorInput(event: Event, field: 'x' | 'y', index: number, commit: boolean): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (!Number.isFinite(value)) return;
    if (field === 'y' && this.config.loss === 'bce' && (value < 0 || value > 1)) return;
    const vector = field === 'x' ? this.input : this.target;
    if (!commit || vector[index] !== value) {
      vector[index] = value;
      this.recompute();
      this.requestUpdate();
      this.emit<EditDetail>('input', { field, index: [index], value });
    }
    if (!commit) return;
    this.emit<EditDetail>('change', { field, index: [index], value });
    const output = this.cache.a[this.cache.a.length - 1].map((a) => formatNumber(a)).join(', ');
    this.announce(
      `${field} ${index + 1} is ${formatNumber(value)}; output ${output}, loss ${formatNumber(this.result.loss)}.`,
    );
  }

  private onWeightEditorPick(event: Event, which: 'row' | 'column'): void {
    const index = Number((event.target as HTMLSelectElement).value);
    this.selectedWeight = { ...this.selectedWeight, [which]: index };
    this.readout = this.describeWeight(this.selectedWeight);
  }

  private onWeightEditorInput(event: Event, commit: boolean): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (!Number.isFinite(value)) return;
    const ref = this.selectedWeight;
    // A change without a preceding input (a pasted value, a spin button) still updates first.
    if (!commit || this.network.weights[ref.layer - 1][ref.row][ref.column] !== value)
      this.setWeight(ref, value, false);
    if (commit) this.commitWeight(ref);
  }

  // ---- rendering --------------------------------------------------------------------------

  private derivatives(): number[][] {
    const last = this.cache.z.length - 1;
    return this.cache.z.map((zs, k) => {
      const act =
        ACTIVATIONS[k === last ? outputActivation(this.network) : this.network.activation];
      return zs.map((z, i) => act.df(z, this.cache.a[k][i]));
    });
  }

  private equationInput(layer: number): LayerEquationInput {
    return {
      layer,
      sizes: this.config.sizes,
      activation:
        layer === this.outputLayer ? outputActivation(this.network) : this.network.activation,
      loss: this.config.loss,
      revealed: this.isRevealed(layer),
      input: this.input,
      target: this.target,
      a: this.cache.a,
      derivatives: this.derivatives(),
      deltas: this.result.deltas,
      weights: this.network.weights,
      weightGradients: this.result.weightGradients,
    };
  }

  private renderControls(): TemplateResult {
    const total = this.outputLayer;
    const status =
      this.step === 0
        ? 'Forward pass done. Step backward to send the error back from the loss.'
        : this.step === total
          ? `All ${total} layers have their δ and weight gradients.`
          : `Step ${this.step} of ${total}: δ reached ${layerName(total - this.step + 1, this.layerCount)}.`;
    return html`<div class="controls" part="controls">
        <button class="step" @click=${() => this.stepBackward()} ?disabled=${this.step >= total}>
          <span aria-hidden="true">◀</span> Step backward
        </button>
        <button class="run" @click=${() => this.runToInput()} ?disabled=${this.step >= total}>
          Run to input
        </button>
        <button class="reset" @click=${() => this.resetSteps()} ?disabled=${this.step === 0}>
          Reset
        </button>
        <p class="status">${status}</p>
      </div>
      <div class="layer-picker" part="controls" role="group" aria-label="Select a layer">
        <span>Layer:</span>
        ${this.config.sizes
          .slice(1)
          .map(
            (_, k) =>
              html`<button
                aria-pressed=${this.selectedLayer === k + 1 ? 'true' : 'false'}
                @click=${() => this.selectLayer(k + 1)}
              >
                ${layerName(k + 1, this.layerCount)}
              </button>`,
          )}
      </div>`;
  }

  private renderNetwork(): TemplateResult {
    const layout = layoutNetwork(this.config.sizes);
    const values = [this.input, ...this.cache.a];
    const deltas = this.config.sizes.map((_, l) =>
      this.isRevealed(l) ? this.result.deltas[l - 1] : null,
    );
    const diagram = renderDiagram(
      {
        layout,
        sizes: this.config.sizes,
        weights: this.network.weights,
        values,
        deltas,
        lossText: `${formatNumber(this.result.loss)}`,
        selectedLayer: this.selectedLayer,
        focusUnit: this.focusUnit,
        selectedWeight: this.selectedWeight,
        focusableWeightLimit: FOCUSABLE_WEIGHTS,
        travel: this.travel,
        animate: !this.reducedMotion,
      },
      {
        unitKey: (event, layer, unit) => this.onUnitKey(event, layer, unit),
        unitFocus: (layer, unit) => this.onUnitFocus(layer, unit),
        unitClick: (layer, unit) => this.onUnitClick(layer, unit),
        weightPointerDown: (event, ref) => this.onWeightPointerDown(event, ref),
        weightKey: (event, ref) => this.onWeightKey(event, ref),
        weightFocus: (ref) => this.onWeightFocus(ref),
      },
    );
    const scale = layout.roomy ? 1.15 : 1;
    return html`<figure class="network ${this.layerCount > 3 ? 'deep' : ''}">
      <svg
        class="diagram ${layout.roomy ? 'roomy' : 'compact'} ${this.layerCount > 3 ? 'deep' : ''}"
        part="diagram"
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${Math.round(layout.width * scale)}
        height=${Math.round(layout.height * scale)}
        role="group"
        aria-label="Network ${this.config.sizes.join(
          '-',
        )}: units and connections. Loss ${formatNumber(this.result.loss)}."
      >
        ${diagram}
      </svg>
      <p class="readout">
        ${
          this.readout ||
          (layout.roomy
            ? 'Focus or click a unit or a connection to read its numbers.'
            : 'Numbers are hidden at this size: focus or click a unit or a connection to read them here.')
        }
      </p>
      <p class="legend">
        <span>${this.legendSample('pos')} positive weight</span>
        <span>${this.legendSample('neg')} negative weight (dashed)</span>
        <span>thicker = larger</span>
        <span class="legend-numbers"
          >${
            layout.roomy
              ? 'number inside a unit: its activation'
              : 'unit shading: size of its activation'
          }</span
        >
        <span
          ><svg class="sample" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            ${svg`<circle class="ring" cx="6" cy="6" r="4.5"></circle>`}</svg
          >ring: sign of δ (dashed when negative)</span
        >
      </p>
    </figure>`;
  }

  private legendSample(sign: 'pos' | 'neg'): TemplateResult {
    return html`<svg class="sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
      ${svg`<line class=${sign} x1="1" y1="4" x2="27" y2="4"></line>`}
    </svg>`;
  }

  private renderVectors(): TemplateResult {
    const bce = this.config.loss === 'bce';
    const vectorFields = (field: 'x' | 'y', values: readonly number[]) =>
      values.map(
        (value, index) =>
          html`<label
            >${field}<sub>${index + 1}</sub>
            <input
              type="number"
              step="0.1"
              min=${field === 'y' && bce ? '0' : nothing}
              max=${field === 'y' && bce ? '1' : nothing}
              .value=${String(value)}
              @input=${(event: Event) => this.onVectorInput(event, field, index, false)}
              @change=${(event: Event) => this.onVectorInput(event, field, index, true)}
          /></label>`,
      );
    return html`<div class="vectors">
      <fieldset>
        <legend>Input x</legend>
        <div class="fields">${vectorFields('x', this.input)}</div>
      </fieldset>
      <fieldset>
        <legend>Target y</legend>
        <div class="fields">${vectorFields('y', this.target)}</div>
      </fieldset>
    </div>`;
  }

  private renderUnitTable(layer: number): TemplateResult {
    const k = layer - 1;
    const fPrime = this.derivatives()[k];
    const revealed = this.isRevealed(layer);
    return html`<table class="unit-table">
      <caption class="visually-hidden">
        ${layerName(layer, this.layerCount)} layer, unit by unit
      </caption>
      <thead>
        <tr>
          <th scope="col">unit</th>
          <th scope="col">a</th>
          <th scope="col">f′(z)</th>
          <th scope="col">δ</th>
        </tr>
      </thead>
      <tbody>
        ${this.cache.a[k].map((a, i) => {
          const delta = this.result.deltas[k][i];
          const sign = delta > 0 ? 'positive' : delta < 0 ? 'negative' : '';
          return html`<tr>
            <th scope="row">${i + 1}</th>
            <td>${formatNumber(a)}</td>
            <td>${formatNumber(fPrime[i])}</td>
            <td class=${revealed ? sign : ''}>${revealed ? signed(delta) : '·'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderWeightEditor(layer: number): TemplateResult {
    const sizes = this.config.sizes;
    const ref = this.selectedWeight;
    const w = this.network.weights[layer - 1][ref.row][ref.column];
    const options = (count: number, from: number, chosen: number) =>
      Array.from(
        { length: count },
        (_, i) =>
          html`<option value=${i} ?selected=${i === chosen}>
            ${unitName(from, i, this.layerCount)}
          </option>`,
      );
    return html`<fieldset class="weight-editor">
      <legend>Edit a weight of W<sub>${layer}</sub></legend>
      <div class="fields">
        <label
          >from
          <select @change=${(event: Event) => this.onWeightEditorPick(event, 'column')}>
            ${options(sizes[layer - 1], layer - 1, ref.column)}
          </select></label
        >
        <label
          >to
          <select @change=${(event: Event) => this.onWeightEditorPick(event, 'row')}>
            ${options(sizes[layer], layer, ref.row)}
          </select></label
        >
        <label
          >w
          <input
            class="weight-input"
            type="number"
            step="0.1"
            min=${-WEIGHT_LIMIT}
            max=${WEIGHT_LIMIT}
            .value=${String(Number(w.toFixed(3)))}
            @input=${(event: Event) => this.onWeightEditorInput(event, false)}
            @change=${(event: Event) => this.onWeightEditorInput(event, true)}
        /></label>
      </div>
    </fieldset>`;
  }

  private renderLayerPanel(): TemplateResult {
    const layer = this.selectedLayer;
    const input = this.equationInput(layer);
    const revealed = input.revealed;
    const sizes = this.config.sizes;
    const large = sizes[layer] > MAX_WRITTEN || (sizes[layer + 1] ?? 0) > MAX_WRITTEN;
    const waitingFor =
      layer === this.outputLayer
        ? 'Step backward once to compute it from the loss.'
        : `It needs δ of ${layerName(layer + 1, this.layerCount)} first: keep stepping backward.`;
    return html`<section class="layer-panel" part="panel" aria-label="Selected layer">
      <h3>${layerName(layer, this.layerCount)} layer: its error signal δ<sub>${layer}</sub></h3>
      <div class="formula" part="formula">${deltaLines(input).map((line) => tex(line, true))}</div>
      ${
        revealed
          ? nothing
          : html`<p class="note">δ<sub>${layer}</sub> is not computed yet. ${waitingFor}</p>`
      }
      ${
        revealed && layer !== this.outputLayer
          ? html`<p class="note">
              The boxed W<sub>${layer + 1}</sub><sup>T</sup> carries the deltas above back along the
              same connections the forward pass used; ⊙ multiplies unit by unit with f′(z).
            </p>`
          : nothing
      }
      <p class="formula-label">Its weight gradients: δ times the layer's input</p>
      <div class="formula" part="formula">
        ${gradientLines(input).map((line) => tex(line, true))}
      </div>
      ${large ? this.renderUnitTable(layer) : nothing} ${this.renderWeightEditor(layer)}
    </section>`;
  }

  override render(): TemplateResult {
    return html`${this.renderProblems()} ${this.renderControls()}
      <div class="main">
        <div class="left">${this.renderNetwork()} ${this.renderVectors()}</div>
        ${this.renderLayerPanel()}
      </div>
      ${renderEfficiency(this.config.sizes, this.opCounts)} ${this.renderLiveRegion()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'layer-delta': LayerDelta;
  }
}
