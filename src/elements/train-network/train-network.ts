import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type {
  DatasetName,
  Feature,
  Point,
  RegularizationKind,
  TrainActivation,
} from '../../core/index.js';
import { BackpropElement, type BackpropEventMap } from '../../internal/base-element.js';
import { problem } from '../../internal/attributes.js';
import { Frames } from '../../internal/lifecycle.js';
import { givenValue, readOnly, setting } from '../../internal/settings.js';
import {
  DEFAULT_GOAL_ACCURACY,
  DEFAULTS,
  parseActivation,
  parseBatchSize,
  parseClasses,
  parseDataset,
  parseFeatures,
  parseGoalAccuracy,
  parseLearningRate,
  parseNoise,
  parsePoints,
  parsePointsValue,
  parseRegularization,
  parseRegularizationRate,
  parseSeed,
  parseSizes,
  parseTrainRatio,
  type TrainSettings,
} from './config.js';
import { dataPoint, drawHeatmap, drawPoints } from './draw-plane.js';
import { HEATMAP_SIZE, heatmapPixels } from './heatmap.js';
import './messages.js';
import { parseCssColour } from './palette.js';
import { readerSetting } from './reader-settings.js';
import * as rules from './train-network-model.js';
import type { ConnectionRef, TrainModel } from './train-network-model.js';
import { trainNetworkStyles } from './train-network.styles.js';
import { renderControls } from './views/controls.js';
import { renderCurves } from './views/curves.js';
import { renderGradientSlot } from './views/gradient-slot.js';
import { renderNetwork } from './views/network.js';
import { renderPlane } from './views/plane.js';
import { renderSettings } from './views/settings.js';

/** Where training stands: the detail of `epoch`, and what `train()` returns. */
export interface EpochDetail {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** Share of test points classified right; null for regression. */
  accuracy: number | null;
  /** Whether `accuracy` is at least `goalAccuracy` (never for regression). */
  goalReached: boolean;
}

/** A reader's change: a setting (`learningRate`, `features`, …) or `points`. */
export interface TrainChangeDetail {
  setting: string;
  value: unknown;
}

export interface DivergedDetail {
  /** The epoch training went back to. */
  epoch: number;
  learningRate: number;
}

/** The events `<train-network>` fires, for typed `addEventListener`. */
export interface TrainNetworkEventMap extends BackpropEventMap {
  epoch: CustomEvent<EpochDetail>;
  change: CustomEvent<TrainChangeDetail>;
  diverged: CustomEvent<DivergedDetail>;
}

/** Milliseconds of training per animation frame; the rest of the frame draws. */
const TRAINING_BUDGET_MS = 6;
/** An upper bound on mini-batches per frame, whatever the budget says. */
const MAX_STEPS_PER_FRAME = 2000;
/** While playing, the live region speaks at most this often. */
const ANNOUNCE_EVERY_MS = 5000;
/** `train(epochs)` runs at most this many epochs per call, so a page cannot freeze itself. */
const MAX_EPOCHS_PER_CALL = 10000;

/**
 * Train a small network on 2-D data and watch its decision boundary form: Play, Pause, Step (one
 * mini-batch) and Reset; loss curves and test accuracy; every setting live; click a connection
 * to see its gradient as the mean of δ·a over the mini-batch and the update Step makes; click
 * the plane (or move the cursor with the arrow keys and press Enter) to add or remove points.
 *
 * Training never starts by itself, pauses while the element is off-screen or the tab hidden,
 * and on a diverging loss stops, rewinds to the last good weights and says why.
 *
 * @summary Mini-batch gradient descent on 2-D data: the decision boundary, the losses, and any weight's gradient.
 *
 * @fires epoch - During Play, at most once per frame, when an epoch completed. Detail: `{ epoch, trainLoss, testLoss, accuracy, goalReached }`.
 * @fires change - The reader changed a setting or a point. Detail: `{ setting, value }`.
 * @fires diverged - The loss exploded; training paused and rewound. Detail: `{ epoch, learningRate }`.
 * @fires error - An attribute or property was refused. Detail: `{ attribute, message }`. Does not bubble.
 *
 * @csspart diagram - The plane with the data and the decision boundary.
 * @csspart controls - The buttons and the settings.
 * @csspart panel - The gradient panel.
 * @csspart formula - The typeset formulas in the panel.
 * @csspart error - The note listing refused attribute values.
 *
 * @cssprop [--bp-positive=#1f5fad] - Positive weights in the drawing (solid lines).
 * @cssprop [--bp-negative=#b3470b] - Negative weights in the drawing (dashed lines).
 * @cssprop [--bp-accent=#6639ba] - The selected connection.
 * @cssprop [--bp-surface=#f6f8fa] - The gradient panel's background.
 */
export class TrainNetwork extends BackpropElement<TrainNetworkEventMap> {
  static override tagName = 'train-network';
  static override styles = trainNetworkStyles;

  /**
   * The `dataset` attribute: `circle`, `xor`, `gauss`, `spiral` (classification), `plane`, `wave`
   * (regression). Its property is `datasetName`, as `dataset` is every HTML element's
   * `data-*` map.
   */
  @setting({
    attribute: 'dataset',
    parse: parseDataset,
    fallback: DEFAULTS.dataset,
    read: (element: TrainNetwork) => element.model.settings.dataset,
  })
  datasetName!: DatasetName;

  /** Classes of the classification sets, 2 to 5. */
  @setting({
    attribute: 'classes',
    parse: parseClasses,
    fallback: DEFAULTS.classes,
    read: (element: TrainNetwork) => element.model.settings.classes,
  })
  classes!: number;

  /** Units per hidden layer: 1 to 6 layers of 1 to 8 units, e.g. `8 8`. */
  @setting({
    attribute: 'sizes',
    parse: parseSizes,
    fallback: DEFAULTS.sizes,
    read: (element: TrainNetwork) => element.model.settings.sizes,
  })
  sizes!: readonly number[];

  /** The hidden layers' activation: `relu`, `tanh`, `sigmoid` or `linear`. */
  @setting({
    attribute: 'activation',
    parse: parseActivation,
    fallback: DEFAULTS.activation,
    read: (element: TrainNetwork) => element.model.settings.activation,
  })
  activation!: TrainActivation;

  /** The step size η, from 0.00001 to 10. */
  @setting({
    attribute: 'learning-rate',
    parse: parseLearningRate,
    fallback: DEFAULTS.learningRate,
    read: (element: TrainNetwork) => element.model.settings.learningRate,
  })
  learningRate!: number;

  /** Examples per mini-batch, 1 to 100. */
  @setting({
    attribute: 'batch-size',
    parse: parseBatchSize,
    fallback: DEFAULTS.batchSize,
    read: (element: TrainNetwork) => element.model.settings.batchSize,
  })
  batchSize!: number;

  /** `none`, `l1` (rate·Σ|w|) or `l2` (rate·½Σw²); biases are not regularised. */
  @setting({
    attribute: 'regularization',
    parse: parseRegularization,
    fallback: DEFAULTS.regularization,
    read: (element: TrainNetwork) => element.model.settings.regularization,
  })
  regularization!: RegularizationKind;

  /** The regularisation rate λ, 0 to 10. */
  @setting({
    attribute: 'regularization-rate',
    parse: parseRegularizationRate,
    fallback: DEFAULTS.regularizationRate,
    read: (element: TrainNetwork) => element.model.settings.regularizationRate,
  })
  regularizationRate!: number;

  /** Noise in the generated data, 0 to 0.5. */
  @setting({
    attribute: 'noise',
    parse: parseNoise,
    fallback: DEFAULTS.noise,
    read: (element: TrainNetwork) => element.model.settings.noise,
  })
  noise!: number;

  /** The share of points used for training, 0.1 to 0.9; the rest are test points. */
  @setting({
    attribute: 'train-ratio',
    parse: parseTrainRatio,
    fallback: DEFAULTS.trainRatio,
    read: (element: TrainNetwork) => element.model.settings.trainRatio,
  })
  trainRatio!: number;

  /** The inputs: space-separated names from `x1 x2 x1^2 x2^2 x1*x2 sin(x1) sin(x2)`. */
  @setting({
    attribute: 'features',
    parse: parseFeatures,
    fallback: DEFAULTS.features,
    read: (element: TrainNetwork) => element.model.settings.features,
  })
  features!: readonly Feature[];

  /** Seed for the data, the split, the initial weights and the batch order (a whole number). */
  @setting({ attribute: 'seed', parse: parseSeed, fallback: DEFAULTS.seed })
  seed!: number;

  /**
   * The test accuracy, 0 to 1, that counts as the figure done: the `epoch` event says
   * `goalReached` from then on, and a SCORM package built from the figure reports completion.
   */
  @setting({
    attribute: 'goal-accuracy',
    parse: parseGoalAccuracy,
    fallback: DEFAULT_GOAL_ACCURACY,
  })
  goalAccuracy!: number;

  /**
   * The author's own data: `x y label` triples separated by `;` (x and y from −6 to 6, the label
   * a class from 0 to 4), up to 1,000 points; or an array of `{ x, y, label }`. Reads back every
   * point, the reader's included.
   */
  @setting({
    attribute: 'points',
    parse: parsePoints,
    parseValue: parsePointsValue,
    fallback: null,
    read: (element: TrainNetwork) =>
      element.model.points.map(({ x, y, label }) => ({ x, y, label })),
  })
  points!: readonly Point[] | null;

  /** Everything on screen; replaced by a new snapshot on every change, never edited. */
  @state() private model: TrainModel = rules.createModel(DEFAULTS);

  /** Training, one budget of mini-batches per animation frame while Play is on. */
  private readonly frames = new Frames(this);
  private onScreen = true;
  private observer?: IntersectionObserver;
  private lastSpoken = 0;
  private planeFocused = false;
  private drawn: { network: unknown; coarse: boolean; points: unknown; cursor: boolean } | null =
    null;

  /** Read-only: completed epochs. */
  @readOnly
  get epoch(): number {
    return this.model.training.epoch;
  }

  /** Read-only: the mean loss over the training points. */
  @readOnly
  get trainLoss(): number {
    return this.model.training.trainLoss;
  }

  /** Read-only: the mean loss over the test points. */
  @readOnly
  get testLoss(): number {
    return this.model.training.testLoss;
  }

  /** Read-only: the share of test points classified right (null for regression). */
  @readOnly
  get accuracy(): number | null {
    return this.model.training.accuracy;
  }

  /**
   * The weights, `weights[l][i][j]` joining unit j of layer l to unit i of layer l + 1. Settable
   * (a copy is kept), applied after the other settings given with it, as a new epoch 0; refused
   * with an `error` event when its shape does not match the network. Reads return a copy.
   */
  @setting<number[][][] | null>({
    attribute: false,
    parse: () => ({ ok: true, value: null }),
    parseValue: (value) => ({ ok: true, value: copyNested(value) as number[][][] }),
    fallback: null,
    read: (element: TrainNetwork) =>
      element.model.training.network.weights.map((m) => m.map((row) => [...row])),
  })
  weights!: number[][][];

  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  @setting<number[][] | null>({
    attribute: false,
    parse: () => ({ ok: true, value: null }),
    parseValue: (value) => ({ ok: true, value: copyNested(value) as number[][] }),
    fallback: null,
    read: (element: TrainNetwork) => element.model.training.network.biases.map((row) => [...row]),
  })
  biases!: number[][];

  /** Starts training, one budget of mini-batches per animation frame. */
  play(): void {
    this.model = rules.setPlaying(this.model, true);
    this.announce(this.l10n.t('train-network.playing'));
    this.schedule();
  }

  /** Stops training and says where it stands. */
  pause(): void {
    this.model = rules.setPlaying(this.model, false);
    this.announce(this.summary());
  }

  /** New initial weights from the seed, epoch 0, paused. */
  reset(): void {
    this.model = rules.reset(this.model);
    this.announce(this.summary());
  }

  /**
   * Trains `epochs` whole epochs at once (at most 10,000), without animating, and returns where
   * training stands as the `epoch` event's detail says it.
   */
  train(epochs = 1): EpochDetail {
    const count = Number.isFinite(epochs)
      ? Math.min(MAX_EPOCHS_PER_CALL, Math.max(0, Math.round(epochs)))
      : 0;
    const outcome = rules.advanceEpochs(this.model, count);
    this.model = outcome.model;
    if (outcome.diverged) this.reportDivergence();
    return this.detail();
  }

  private detail(): EpochDetail {
    const { epoch, trainLoss, testLoss, accuracy } = this.model.training;
    const goalReached = accuracy !== null && accuracy >= this.goalAccuracy;
    return { epoch, trainLoss, testLoss, accuracy, goalReached };
  }

  private summary(): string {
    const { epoch, trainLoss, testLoss, accuracy } = this.model.training;
    const params = { epoch, train: this.l10n.number(trainLoss), test: this.l10n.number(testLoss) };
    if (accuracy === null) return this.l10n.t('train-network.summaryRegression', params);
    return this.l10n.t('train-network.summary', {
      ...params,
      percent: this.l10n.number(accuracy * 100),
    });
  }

  private reportDivergence(): void {
    this.emit<DivergedDetail>('diverged', {
      epoch: this.model.training.epoch,
      learningRate: this.model.setup.learningRate,
    });
    this.announce(
      this.l10n.t('train-network.diverged', {
        epoch: this.model.training.epoch,
        rate: this.l10n.number(this.model.setup.learningRate),
      }),
    );
  }

  // ---- the animation loop ----

  private schedule(): void {
    if (this.frames.running || !this.model.playing || !this.isConnected) return;
    if (!this.onScreen || document.hidden) return; // resumes when visible again
    this.frames.start(this.tick);
  }

  /** One frame of training; answers whether the next frame trains too. */
  private readonly tick = (): boolean => {
    if (!this.model.playing) return false;
    const before = this.model.training.epoch;
    const deadline = performance.now() + TRAINING_BUDGET_MS;
    const outcome = rules.advance(
      this.model,
      MAX_STEPS_PER_FRAME,
      () => performance.now() > deadline,
    );
    this.model = outcome.model;
    if (outcome.diverged) {
      this.reportDivergence();
      return false;
    }
    if (this.model.training.epoch !== before) this.emit<EpochDetail>('epoch', this.detail());
    const now = performance.now();
    if (now - this.lastSpoken > ANNOUNCE_EVERY_MS) {
      this.lastSpoken = now;
      this.announce(this.summary());
    }
    return this.model.playing && this.isConnected && this.onScreen && !document.hidden;
  };

  private readonly onVisibility = (): void => this.schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries[entries.length - 1].isIntersecting;
        this.schedule();
      });
      this.observer.observe(this);
    }
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  // ---- settings from the page ----

  private static readonly SETTING_NAMES = [
    'datasetName',
    'classes',
    'sizes',
    'activation',
    'learningRate',
    'batchSize',
    'regularization',
    'regularizationRate',
    'noise',
    'trainRatio',
    'features',
    'seed',
    'points',
  ] as const;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const names = TrainNetwork.SETTING_NAMES.filter((name) => changed.has(name));
    if (names.length > 0) {
      const next: Record<string, unknown> = { ...this.model.settings };
      for (const name of names)
        next[name === 'datasetName' ? 'dataset' : name] = givenValue(this, name);
      this.model = rules.withSettings(this.model, next as unknown as TrainSettings);
    }
    // Weights and biases apply after the settings, so they win over a new seed or shape.
    const given = (name: 'weights' | 'biases'): unknown =>
      changed.has(name) ? givenValue<unknown>(this, name) : null;
    const weights = given('weights');
    const biases = given('biases');
    if (weights !== null || biases !== null) this.applyParameters(weights, biases);
  }

  private applyParameters(weights: unknown, biases: unknown): void {
    const network = this.model.training.network;
    const candidate = {
      ...network,
      weights: (weights ?? network.weights) as number[][][],
      biases: (biases ?? network.biases) as number[][],
    };
    for (const [name, value] of [
      ['weights', weights],
      ['biases', biases],
    ] as const) {
      if (value === null) continue;
      const fits = rules.fitsNetwork(network, name, value);
      this.check(name, fits ? null : problem('train-network.problem.shape', { name }));
      if (!fits) return;
    }
    this.model = rules.withNetwork(this.model, rules.copyNetwork(candidate));
  }

  // ---- what the reader does ----

  private readonly onPlayPause = (): void => (this.model.playing ? this.pause() : this.play());

  private readonly onStep = (): void => {
    this.model = rules.setPlaying(this.model, false);
    const outcome = rules.advance(this.model, 1);
    this.model = outcome.model;
    if (outcome.diverged) this.reportDivergence();
    else this.announce(this.summary());
  };

  private readonly onReset = (): void => this.reset();

  private readonly onSettingInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.dataset.setting ?? '';
    if (name === 'newLabel') {
      this.model = rules.setNewLabel(this.model, Number(control.value));
      return;
    }
    const change = readerSetting(this.model.settings, name, control);
    if (!change) return;
    this.model = rules.withSettings(this.model, change.settings);
    this.emit<TrainChangeDetail>('change', { setting: change.setting, value: change.value });
  };

  private readonly onPlaneClick = (event: MouseEvent): void => {
    const canvas = (event.currentTarget as HTMLElement).querySelector(
      'canvas.points',
    ) as HTMLElement;
    const { x, y } = dataPoint(event, canvas);
    this.addOrRemove(x, y);
  };

  private addOrRemove(x: number, y: number): void {
    const near = rules.pointNear(this.model, x, y);
    const point = near >= 0 ? this.model.points[near] : null;
    this.model = point ? rules.removePoint(this.model, near) : rules.addPoint(this.model, x, y);
    const shown = point ?? this.model.points[this.model.points.length - 1];
    const label = rules.isRegression(this.model)
      ? this.l10n.t('train-network.value', { value: this.l10n.signed(shown.label) })
      : this.l10n.t('train-network.class', { number: shown.label + 1 });
    const where = { x: this.l10n.number(shown.x), y: this.l10n.number(shown.y) };
    this.announce(
      this.l10n.t(point ? 'train-network.pointRemoved' : 'train-network.pointAdded', {
        ...where,
        label,
      }),
    );
    this.emit<TrainChangeDetail>('change', { setting: 'points', value: this.points });
  }

  private readonly onPlaneKey = (event: KeyboardEvent): void => {
    const step = event.shiftKey ? 1 : 0.25;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    if (event.key in moves) {
      event.preventDefault();
      const [dx, dy] = moves[event.key];
      this.model = rules.moveCursor(this.model, dx, dy);
      const { x, y } = this.model.cursor;
      this.announce(
        this.l10n.t('train-network.plane.cursor', {
          x: this.l10n.number(x),
          y: this.l10n.number(y),
        }),
      );
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.addOrRemove(this.model.cursor.x, this.model.cursor.y);
    }
  };

  private readonly onPlaneFocus = (): void => {
    this.planeFocused = true;
    this.requestUpdate();
  };

  private readonly onPlaneBlur = (): void => {
    this.planeFocused = false;
    this.requestUpdate();
  };

  private readonly onConnectionClick = (ref: ConnectionRef): void => {
    this.model = rules.selectConnection(this.model, ref);
  };

  /** Opens the panel on the output's first weight, or closes it. */
  private readonly onTogglePanel = (): void => {
    const { setup } = this.model;
    this.model = rules.selectConnection(
      this.model,
      this.model.selected ? null : rules.firstOutputWeight(setup),
    );
  };

  private readonly onPick = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const { sizes } = this.model.training.network;
    const current = this.model.selected ?? { layer: sizes.length - 2, to: 0, from: 0 };
    const value = Number(select.value);
    const which = select.dataset.pick as 'layer' | 'from' | 'to';
    const next = { ...current, [which]: value };
    next.from = Math.min(next.from, sizes[next.layer] - 1);
    next.to = Math.min(next.to, sizes[next.layer + 1] - 1);
    this.model = rules.selectConnection(this.model, next);
  };

  private readonly handlers = {
    playPause: this.onPlayPause,
    step: this.onStep,
    reset: this.onReset,
    settingInput: this.onSettingInput,
    planeClick: this.onPlaneClick,
    planeKey: this.onPlaneKey,
    planeFocus: this.onPlaneFocus,
    planeBlur: this.onPlaneBlur,
    connectionClick: this.onConnectionClick,
    pick: this.onPick,
    togglePanel: this.onTogglePanel,
  };

  override render(): TemplateResult {
    const { model, handlers, l10n } = this;
    return html`${this.renderProblems()} ${renderControls(l10n, model, handlers)}
      <div class="main">
        ${renderPlane(l10n, model, handlers)}
        <div class="side">${renderNetwork(l10n, model, handlers)} ${renderCurves(l10n, model)}</div>
      </div>
      ${renderGradientSlot(l10n, model, handlers, this)} ${renderSettings(l10n, model, handlers)}
      ${this.renderLiveRegion()}`;
  }

  /** The canvases are drawn after each render, only when what they show changed. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const heatmap = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.heatmap');
    const pointsCanvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.points');
    if (!heatmap || !pointsCanvas) return;
    const { network } = this.model.training;
    const coarse = this.model.playing;
    const background = parseCssColour(getComputedStyle(this).backgroundColor);
    const last = this.drawn;
    if (!last || last.network !== network || last.coarse !== coarse)
      drawHeatmap(
        heatmap,
        heatmapPixels(network, this.model.setup.features, background, coarse),
        HEATMAP_SIZE,
      );
    const cursor = this.planeFocused;
    if (
      !last ||
      last.points !== this.model.points ||
      last.cursor !== cursor ||
      pointsCanvas.width === 0 ||
      this.model.cursor !== this.lastCursor
    ) {
      const style = getComputedStyle(this);
      drawPoints(pointsCanvas, this.model.points, cursor ? this.model.cursor : null, {
        line: style.color,
        background: style.backgroundColor,
        regression: rules.isRegression(this.model),
        scale: Math.min(2, window.devicePixelRatio || 1),
      });
      this.lastCursor = this.model.cursor;
    }
    this.drawn = { network, coarse, points: this.model.points, cursor };
  }

  private lastCursor: unknown = null;
}

/** A copy of nested arrays from script, so later changes to the page's arrays do not leak in. */
function copyNested(value: unknown): unknown {
  return Array.isArray(value) ? value.map(copyNested) : value;
}
