import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { countOps, type Activation, type Loss, type OpCounts } from '../../core/index.js';
import { BackpropElement, type BackpropEventMap } from '../../internal/base-element.js';
import { keyStep, startDrag } from '../../internal/interaction.js';
import { readOnly, setting } from '../../internal/settings.js';
import { themeStyles } from '../../internal/theme.js';
import {
  acceptsTarget,
  DEFAULTS,
  parseActivation,
  parseLoss,
  parseSeed,
  parseSizes,
  parseVector,
  resolveConfig,
} from './config.js';
import { unitKeyAction } from './keyboard-grid.js';
import * as rules from './layer-delta-model.js';
import type { LayerDeltaModel, WeightRef } from './layer-delta-model.js';
import { layerDeltaStyles } from './layer-delta.styles.js';
import { setValueOf } from './set-value.js';
import { cloneMatrices, shapeProblem } from './shapes.js';
import { renderControls } from './views/controls.js';
import { controlsStyles } from './views/controls.styles.js';
import { diagramStyles } from './views/diagram.styles.js';
import { renderEfficiency } from './views/efficiency.js';
import { efficiencyStyles } from './views/efficiency.styles.js';
import { renderVectors, vectorFieldOf } from './views/fields.js';
import { fieldsStyles } from './views/fields.styles.js';
import { renderLayerPanel } from './views/layer-panel.js';
import { layerPanelStyles } from './views/layer-panel.styles.js';
import { renderNetwork } from './views/network.js';
import { networkStyles } from './views/network.styles.js';

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

/** The events `<layer-delta>` fires, for typed `addEventListener`. */
export interface LayerDeltaEventMap extends BackpropEventMap {
  'layer-select': CustomEvent<LayerSelectDetail>;
  'backward-step': CustomEvent<BackwardStepDetail>;
  input: CustomEvent<EditDetail>;
  change: CustomEvent<EditDetail>;
}

const DRAG_PER_PIXEL = 0.02;

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
export class LayerDelta extends BackpropElement<LayerDeltaEventMap> {
  static override tagName = 'layer-delta';
  static override styles = [
    themeStyles,
    layerDeltaStyles,
    controlsStyles,
    networkStyles,
    diagramStyles,
    fieldsStyles,
    layerPanelStyles,
    efficiencyStyles,
  ];

  /** Layer sizes, input first: 3 to 6 layers of 1 to 16 units, e.g. `2 3 1`. */
  @setting({ attribute: 'sizes', parse: parseSizes, fallback: DEFAULTS.sizes })
  sizes!: readonly number[];

  /**
   * The hidden layers' activation: `sigmoid`, `tanh` or `relu`. With `loss="bce"` the output
   * layer is sigmoid; otherwise it uses this too.
   */
  @setting({ attribute: 'activation', parse: parseActivation, fallback: DEFAULTS.activation })
  activation!: Activation;

  /** The loss: `bce` (binary cross-entropy, the default) or `mse` (squared error). */
  @setting({ attribute: 'loss', parse: parseLoss, fallback: DEFAULTS.loss })
  loss!: Loss;

  /** Seed for the initial weights (a whole number of at least 0; default 1). */
  @setting({ attribute: 'seed', parse: parseSeed, fallback: DEFAULTS.seed })
  seed!: number;

  /**
   * The input vector, one number per input unit, separated by spaces or commas (or an array).
   * Default: 0.5, −1, 0.8, … as many as the input layer has units. Reads back the values in
   * use, the reader's edits included; setting it replaces them.
   */
  @setting({
    attribute: 'x',
    parse: parseVector,
    fallback: null,
    read: (element: LayerDelta) => element.model.input,
  })
  x!: readonly number[] | null;

  /**
   * The target vector, one number per output unit (from 0 to 1 with `loss="bce"`).
   * Default: 1, 0, 1, … Reads back like `x`.
   */
  @setting({
    attribute: 'y',
    parse: parseVector,
    fallback: null,
    read: (element: LayerDelta) => element.model.target,
  })
  y!: readonly number[] | null;

  /** Everything on screen; replaced by a new snapshot on every change, never edited. */
  @state() private model: LayerDeltaModel = rules.createModel(
    resolveConfig({ ...DEFAULTS, x: null, y: null }).config!,
  );

  /** Why x or y did not fit the other settings at the last update. */
  private fitProblems: { x: string | null; y: string | null } = { x: null, y: null };
  private pendingWeights: number[][][] | null = null;
  private pendingBiases: number[][] | null = null;

  constructor() {
    super();
    // A framework may set weights or biases before the tag is defined; that own property would
    // hide the accessors below, so it goes through them instead.
    for (const name of ['weights', 'biases'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  /**
   * The weights, `weights[l][i][j]` connecting unit j of layer l to unit i of layer l + 1.
   * Settable (a copy is kept; assign a new array to change it); refused with an `error` event
   * when its shape does not match `sizes`. Reads return a copy.
   */
  get weights(): number[][][] {
    return cloneMatrices(this.pendingWeights ?? this.model.network.weights);
  }
  set weights(value: number[][][]) {
    this.pendingWeights = cloneMatrices(value);
    this.requestUpdate();
  }

  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  get biases(): number[][] {
    return (this.pendingBiases ?? this.model.network.biases).map((row) => [...row]);
  }
  set biases(value: number[][]) {
    this.pendingBiases = Array.isArray(value)
      ? value.map((row) => (Array.isArray(row) ? [...row] : row))
      : value;
    this.requestUpdate();
  }

  /** Read-only: each layer's activations after the input (output last). */
  @readOnly
  get activations(): number[][] {
    return this.model.cache.a.map((row) => [...row]);
  }

  /** Read-only: every layer's δ = dL/dz after the input (output last), whatever the step. */
  @readOnly
  get deltas(): number[][] {
    return this.model.result.deltas.map((row) => [...row]);
  }

  /** Read-only: dL/dW, shaped like `weights`. */
  @readOnly
  get weightGradients(): number[][][] {
    return cloneMatrices(this.model.result.weightGradients);
  }

  /** Read-only: multiply-adds for the current sizes: `{ forward, backward, naive }`. */
  @readOnly
  get opCounts(): OpCounts {
    return countOps(this.model.config.sizes);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The inner fields' native input and change events stop at the shadow root: the page hears
    // only the element's own events, which say which value changed.
    for (const type of ['input', 'change']) root.addEventListener(type, stopNative);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const names = ['sizes', 'activation', 'loss', 'seed', 'x', 'y'] as const;
    if (names.some((name) => changed.has(name))) this.applySettings(changed);
    // Weights and biases set from code apply after the settings, so they win over a new seed.
    if (this.pendingWeights) this.applyParameters('weights', this.pendingWeights);
    if (this.pendingBiases) this.applyParameters('biases', this.pendingBiases);
  }

  private applySettings(changed: PropertyValues<this>): void {
    const x = setValueOf<readonly number[] | null>(this, 'x');
    const y = setValueOf<readonly number[] | null>(this, 'y');
    const { config, problems } = resolveConfig({
      sizes: this.sizes,
      activation: this.activation,
      loss: this.loss,
      seed: this.seed,
      x,
      y,
    });
    // A value the setter took is new; one it refused left the old value (and its own message).
    const taken = {
      x: changed.has('x') && changed.get('x') !== x,
      y: changed.has('y') && changed.get('y') !== y,
    };
    for (const name of ['x', 'y'] as const) {
      if (changed.has(name) && !taken[name]) continue;
      // Whether x and y fit sizes (and y the loss) is known only here, after their setters
      // passed them: report a change in the verdict, or a newly set value that does not fit.
      const problem = problems[name];
      if (problem !== this.fitProblems[name] || (taken[name] && problem))
        this.settingChanged(name, problem);
      this.fitProblems = { ...this.fitProblems, [name]: problem };
    }
    if (config) this.model = rules.withConfig(this.model, config, taken);
  }

  private applyParameters(name: 'weights' | 'biases', value: number[][][] | number[][]): void {
    if (name === 'weights') this.pendingWeights = null;
    else this.pendingBiases = null;
    const problem = shapeProblem(value, this.model.config.sizes, name);
    this.reportProblem(name, problem);
    if (!problem) this.model = rules.withParameters(this.model, { [name]: value });
  }

  // ---- what the reader does -------------------------------------------------------------

  private readonly onStep = (): void => {
    if (!rules.canStep(this.model)) return;
    this.model = rules.stepBackward(this.model);
    this.emit<BackwardStepDetail>('backward-step', {
      step: this.model.step,
      total: rules.outputLayer(this.model),
      layer: rules.steppedLayer(this.model),
    });
    this.announce(rules.stepNarration(this.model));
  };

  private readonly onRun = (): void => {
    while (rules.canStep(this.model)) this.onStep();
  };

  private readonly onReset = (): void => {
    this.model = rules.resetSteps(this.model);
    this.announce('Backward pass cleared: no deltas yet. Step backward to start from the loss.');
  };

  private readonly onSelectLayer = (layer: number): void => {
    if (layer < 1 || layer > rules.outputLayer(this.model)) return;
    const before = this.model.selectedLayer;
    this.model = rules.selectLayer(this.model, layer);
    this.layerSelected(layer, before);
  };

  private layerSelected(layer: number, before: number): void {
    if (layer !== before) this.emit<LayerSelectDetail>('layer-select', { layer });
    this.announce(rules.layerNarration(this.model, layer));
  }

  private readonly onUnitKey = (event: KeyboardEvent, layer: number, unit: number): void => {
    const action = unitKeyAction(event.key, this.model.config.sizes, layer, unit);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'select') this.onUnitClick(layer, unit);
    else void this.focusUnitAt(action.layer, action.unit);
  };

  private async focusUnitAt(layer: number, unit: number): Promise<void> {
    this.model = rules.focusUnit(this.model, layer, unit);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-unit="${layer} ${unit}"]`)?.focus();
  }

  private readonly onUnitFocus = (layer: number, unit: number): void => {
    this.model = rules.focusUnit(this.model, layer, unit);
  };

  private readonly onUnitClick = (layer: number, unit: number): void => {
    const before = this.model.selectedLayer;
    this.model = rules.clickUnit(this.model, layer, unit);
    if (layer >= 1) this.layerSelected(layer, before);
  };

  private readonly onWeightFocus = (ref: WeightRef): void => {
    this.model = rules.selectWeight(this.model, ref);
  };

  private readonly onWeightKey = (event: KeyboardEvent, ref: WeightRef): void => {
    const change = keyStep(event, 0.1, 1);
    if (change === null) return;
    event.preventDefault();
    this.editWeight(ref, rules.roundWeight(rules.weightAt(this.model, ref) + change));
    this.commitWeight(ref);
  };

  private readonly onWeightPointerDown = (event: PointerEvent, ref: WeightRef): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    if (ref.layer !== this.model.selectedLayer) this.onSelectLayer(ref.layer);
    this.model = rules.selectWeight(this.model, ref);
    const start = rules.weightAt(this.model, ref);
    startDrag(event, {
      move: (_dx, dy) => this.editWeight(ref, rules.roundWeight(start - dy * DRAG_PER_PIXEL)),
      end: (moved) => {
        if (moved) this.commitWeight(ref);
      },
    });
  };

  /** A reader's edit of one weight: everything downstream follows, and `input` fires. */
  private editWeight(ref: WeightRef, value: number): void {
    this.model = rules.setWeight(this.model, ref, value);
    this.emit<EditDetail>('input', {
      field: 'weights',
      index: [ref.layer - 1, ref.row, ref.column],
      value: rules.weightAt(this.model, ref),
    });
  }

  private commitWeight(ref: WeightRef): void {
    this.emit<EditDetail>('change', {
      field: 'weights',
      index: [ref.layer - 1, ref.row, ref.column],
      value: rules.weightAt(this.model, ref),
    });
    this.announce(rules.weightNarration(this.model, ref));
  }

  private readonly onVectorInput = (event: Event): void => this.editVector(event, false);
  private readonly onVectorChange = (event: Event): void => this.editVector(event, true);

  private editVector(event: Event, commit: boolean): void {
    const { field, index } = vectorFieldOf(event);
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (!Number.isFinite(value)) return;
    if (field === 'y' && !acceptsTarget(this.model.config.loss, value)) return;
    const current = (field === 'x' ? this.model.input : this.model.target)[index];
    // A change without a preceding input (a pasted value, a spin button) still updates first.
    if (!commit || current !== value) {
      this.model = rules.setVectorValue(this.model, field, index, value);
      this.emit<EditDetail>('input', { field, index: [index], value });
    }
    if (!commit) return;
    this.emit<EditDetail>('change', { field, index: [index], value });
    this.announce(rules.vectorNarration(this.model, field, index));
  }

  private readonly onWeightPick = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const which = select.dataset.pick === 'row' ? 'row' : 'column';
    const ref = { ...this.model.selectedWeight, [which]: Number(select.value) };
    this.model = rules.selectWeight(this.model, ref);
  };

  private readonly onWeightInput = (event: Event): void => this.editWeightField(event, false);
  private readonly onWeightChange = (event: Event): void => this.editWeightField(event, true);

  private editWeightField(event: Event, commit: boolean): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (!Number.isFinite(value)) return;
    const ref = this.model.selectedWeight;
    if (!commit || rules.weightAt(this.model, ref) !== value) this.editWeight(ref, value);
    if (commit) this.commitWeight(ref);
  }

  /** Every view's handlers, created once. */
  private readonly handlers = {
    step: this.onStep,
    run: this.onRun,
    reset: this.onReset,
    selectLayer: this.onSelectLayer,
    unitKey: this.onUnitKey,
    unitFocus: this.onUnitFocus,
    unitClick: this.onUnitClick,
    weightPointerDown: this.onWeightPointerDown,
    weightKey: this.onWeightKey,
    weightFocus: this.onWeightFocus,
    vectorInput: this.onVectorInput,
    vectorChange: this.onVectorChange,
    weightPick: this.onWeightPick,
    weightInput: this.onWeightInput,
    weightChange: this.onWeightChange,
  };

  override render(): TemplateResult {
    const { model, handlers } = this;
    return html`${this.renderProblems()} ${renderControls(model, handlers)}
      <div class="main">
        <div class="left">
          ${renderNetwork(model, !this.reducedMotion, handlers)} ${renderVectors(model, handlers)}
        </div>
        ${renderLayerPanel(model, handlers)}
      </div>
      ${renderEfficiency(model.config.sizes, this.opCounts)} ${this.renderLiveRegion()}`;
  }
}

function stopNative(event: Event): void {
  event.stopPropagation();
}
