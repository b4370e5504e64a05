import { html, type PropertyValues, type TemplateResult } from 'lit';
import type {
  DatasetName,
  Feature,
  Point,
  RegularizationKind,
  TrainActivation,
} from '../../core/index.js';
import { ExerciseElement } from '../../internal/exercise/exercise-element.js';
import { LazyView } from '../../internal/lazy-view.js';
import { acting, readOnly, setting, state } from '../../internal/settings.js';
import { canvasPainting } from './canvas-painting.js';
import { DEFAULTS, SCRIPT_ARRAYS } from './config.js';
import './messages.js';
import { playRunner, type PlayHost } from './play-runner.js';
import { trainHandlers, type TrainHandlerHost } from './train-handlers.js';
import { applyGiven } from './page-settings.js';
import * as actions from './train-network-actions.js';
import type { EpochDetail, TrainNetworkEventMap } from './train-network-events.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';
import * as specs from './train-network-settings.js';
import type { TrainQuestion } from './train-network-settings.js';
import { trainNetworkStyles } from './train-network.styles.js';
import { renderFrame } from './views/frame.js';
import { spokenCode } from './views/later-views.js';

export type {
  DivergedDetail,
  EpochDetail,
  TrainChangeDetail,
  TrainNetworkEventMap,
} from './train-network-events.js';

/** The question's number and words (train-exercise.ts), loaded when the element first asks. */
const questionWords = new LazyView(() => import('./views/questions.js'));

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
 * @fires answer - When the reader checks an answer or shows it (with `ask`). Detail:
 * `{ question, given, expected, correct, attempt, revealed }`.
 *
 * @csspart diagram - The plane with the data and the decision boundary.
 * @csspart controls - The buttons and the settings.
 * @csspart panel - The gradient panel.
 * @csspart formula - The typeset formulas in the panel.
 * @csspart error - The note listing refused attribute values.
 * @csspart answer - The field where the reader predicts the gradient (with `ask`).
 * @csspart exercise - The score line and the "Try new numbers" button (with `ask`).
 *
 * @cssprop [--bp-positive=#1f5fad] - Positive weights in the drawing (solid lines).
 * @cssprop [--bp-negative=#b3470b] - Negative weights in the drawing (dashed lines).
 * @cssprop [--bp-accent=#6639ba] - The selected connection.
 * @cssprop [--bp-surface=#f6f8fa] - The gradient panel's background.
 */
export class TrainNetwork extends ExerciseElement<TrainNetworkEventMap> {
  static override tagName = 'train-network';
  static override styles = trainNetworkStyles;

  /**
   * What the reader predicts before it is shown: `gradient`, ∂L/∂w of the selected connection
   * (the first connection into the output while none is selected) for a batch of one, the first
   * example of the next mini-batch: δ_j·a_i, plus the regularisation term. The gradient panel
   * stays open with the question in it (and w, which that term needs); the product, the mean and
   * the update show a question mark and Play, Step and `train()` wait until it is answered. Empty
   * (the default) asks nothing.
   * @attr ask
   */
  @setting(specs.ASK)
  declare ask: readonly TrainQuestion[];

  /**
   * The `dataset` attribute: `circle`, `xor`, `gauss`, `spiral` (classification), `plane`, `wave`
   * (regression). Its property is `datasetName`, as `dataset` is every HTML element's
   * `data-*` map.
   * @attr dataset
   */
  @setting(specs.DATASET)
  datasetName!: DatasetName;

  /**
   * Classes of the classification sets, 2 to 5.
   * @attr classes
   */
  @setting(specs.CLASSES)
  classes!: number;

  /**
   * Units per hidden layer: 1 to 6 layers of 1 to 8 units, e.g. `8 8`.
   * @attr sizes
   */
  @setting(specs.SIZES)
  sizes!: readonly number[];

  /**
   * The hidden layers' activation: `relu`, `tanh`, `sigmoid` or `linear`.
   * @attr activation
   */
  @setting(specs.ACTIVATION)
  activation!: TrainActivation;

  /**
   * The step size η, from 0.00001 to 10.
   * @attr learning-rate
   */
  @setting(specs.LEARNING_RATE)
  learningRate!: number;

  /**
   * Examples per mini-batch, 1 to 100.
   * @attr batch-size
   */
  @setting(specs.BATCH_SIZE)
  batchSize!: number;

  /**
   * `none`, `l1` (rate·Σ|w|) or `l2` (rate·½Σw²); biases are not regularised.
   * @attr regularization
   */
  @setting(specs.REGULARIZATION)
  regularization!: RegularizationKind;

  /**
   * The regularisation rate λ, 0 to 10.
   * @attr regularization-rate
   */
  @setting(specs.REGULARIZATION_RATE)
  regularizationRate!: number;

  /**
   * Noise in the generated data, 0 to 0.5.
   * @attr noise
   */
  @setting(specs.NOISE)
  noise!: number;

  /**
   * The share of points used for training, 0.1 to 0.9; the rest are test points.
   * @attr train-ratio
   */
  @setting(specs.TRAIN_RATIO)
  trainRatio!: number;

  /**
   * The inputs: space-separated names from `x1 x2 x1^2 x2^2 x1*x2 sin(x1) sin(x2)`.
   * @attr features
   */
  @setting(specs.FEATURES)
  features!: readonly Feature[];

  /**
   * Seed for the data, the split, the initial weights and the batch order (a whole number).
   * @attr seed
   */
  @setting(specs.SEED)
  seed!: number;

  /**
   * The test accuracy, 0 to 1, that counts as the figure done: the `epoch` event says
   * `goalReached` from then on, and a SCORM package built from the figure reports completion.
   * @attr goal-accuracy
   */
  @setting(specs.GOAL_ACCURACY)
  goalAccuracy!: number;

  /**
   * The author's own data: `x y label` triples separated by `;` (x and y from −6 to 6, the label
   * a class from 0 to 4), up to 1,000 points; or an array of `{ x, y, label }`. Reads back every
   * point, the reader's included.
   * @attr points
   */
  @setting({ ...specs.POINTS, read: (element: TrainNetwork) => actions.pointsValue(element.model) })
  points!: readonly Point[] | null;

  /**
   * Everything on screen; replaced by a new snapshot on every change, never edited. Made when
   * first needed: an element given its settings before its first update starts from them, not
   * from the defaults' data and weights first.
   */
  #current: TrainModel | undefined;

  @state()
  private get model(): TrainModel {
    return (this.#current ??= rules.createModel(DEFAULTS));
  }

  private set model(next: TrainModel) {
    const old = this.#current;
    this.#current = next;
    this.requestUpdate('model', old);
  }

  /**
   * What the handlers and Play need of the element besides its public methods, which they are
   * handed the element itself for (train-handlers.ts, play-runner.ts).
   */
  readonly #reader: TrainHandlerHost & PlayHost = {
    model: () => this.model,
    apply: (outcome) => this.#apply(outcome),
    // A reader's action that only changes what shows: the next snapshot, no event, no sentence.
    show: (model) => (this.model = model),
    l10n: () => this.l10n,
    gradientHidden: () => this.#gradientHidden(),
  };
  /** The heatmap, the points and the thumbnails, painted after each render (canvas-painting.ts). */
  readonly #canvases = canvasPainting(
    this,
    () => this.model,
    () => this.#player.drawn('heatmap'),
    () => this.#player.drawn('thumbnails'),
  );
  /**
   * Play's animation loop, each frame's training and which training each drawing shows while
   * playing (play-runner.ts).
   */
  readonly #player = playRunner(this, this.#reader);

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
    ...SCRIPT_ARRAYS,
    read: (element: TrainNetwork) =>
      element.model.training.network.weights.map((m) => m.map((row) => [...row])),
  })
  weights!: number[][][];

  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  @setting<number[][] | null>({
    ...SCRIPT_ARRAYS,
    read: (element: TrainNetwork) => element.model.training.network.biases.map((row) => [...row]),
  })
  biases!: number[][];

  protected override askedNumbers() {
    // Nothing asked: the question's code is not fetched.
    return (this.ask.length > 0 && questionWords.use(this)?.trainAsked(this.model, this.ask)) || [];
  }

  protected override exerciseQuestions() {
    return questionWords.use(this)?.trainQuestions(this.model, this.ask, this.l10n);
  }

  protected override drawNewNumbers(random: () => number): void {
    // Called by the exercise, which runs once the question's words (and this) are here.
    const words = questionWords.ready;
    if (words) this.model = words.newNumbers(this.model, random);
  }

  /**
   * While the gradient is asked and not answered, training waits: it would move past its batch.
   * So it does while the question's code is on its way.
   */
  #gradientHidden(): boolean {
    if (this.ask.length > 0 && !questionWords.ready && !questionWords.unavailable) return true;
    return this.askedNumbers().some((question) => this.isHidden(question.id));
  }

  /** Starts training, one budget of mini-batches per animation frame (not while a gradient is asked). */
  @acting
  play(): void {
    if (this.#gradientHidden()) return;
    this.#apply(actions.play(this.model, this.l10n));
    this.#player.run();
  }

  /** Stops training and says where it stands. */
  @acting
  pause(): void {
    this.#apply(actions.pause(this.model, this.l10n));
  }

  /** New initial weights from the seed, epoch 0, paused. */
  @acting
  reset(): void {
    this.#apply(actions.reset(this.model, this.l10n));
  }

  /**
   * Trains `epochs` whole epochs at once (at most 10,000), without animating, and returns where
   * training stands as the `epoch` event's detail says it. While a gradient is asked and not yet
   * answered it trains nothing, as Play and Step wait: the numbers stay the ones asked about.
   */
  @acting
  train(epochs = 1): EpochDetail {
    if (!this.#gradientHidden()) this.#apply(actions.trainEpochs(this.model, epochs, this.l10n));
    return actions.epochDetail(this.model, this.goalAccuracy);
  }

  // ---- settings from the page ----

  /** Applies what the page gave since the last update (page-settings.ts). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const model = applyGiven(
      this,
      (name) => changed.has(name as keyof TrainNetwork),
      this.#current,
      (name, refused) => this.check(name, refused),
    );
    if (model) this.model = model;
  }

  // ---- what the reader does: each handler applies an outcome from train-network-actions.ts ----

  #apply(outcome: actions.Outcome): void {
    const { say } = outcome;
    this.model = outcome.model;
    for (const { type, detail } of outcome.events) this.emit(type, detail);
    if (typeof say === 'string') this.announce(say);
    else if (say) this.announceFrom(spokenCode, say);
  }

  /** Every view's handlers, made once (train-handlers.ts). */
  readonly #handlers = trainHandlers(this, this.#reader);

  override render(): TemplateResult {
    const { model, l10n } = this;
    const exercise =
      this.askedNumbers().length > 0
        ? { hidden: this.#gradientHidden(), question: this.renderQuestion('gradient') }
        : undefined;
    return html`${this.renderProblems()}
    ${renderFrame(l10n, model, this.#player.drawn, this.#handlers, this, exercise)}
    ${this.renderExercise()} ${this.renderLiveRegion()}`;
  }

  /** After each render: the canvases (canvas-painting.ts), then Play's loop (play-runner.ts). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#canvases.rendered();
    this.#player.rendered();
  }
}
