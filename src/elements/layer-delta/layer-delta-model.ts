import {
  activationSlopes,
  backwardPass,
  createNetwork,
  forwardPass,
  type BackwardResult,
  type DenseNetwork,
  type ForwardCache,
} from '../../core/index.js';
import { sameStructure, type NetworkConfig } from './config.js';

/**
 * What `<layer-delta>` shows, DOM-free: an immutable snapshot and the rules that make the next
 * one. Nothing here mutates a snapshot; an edited weight gets a new weights array (sharing the
 * untouched layers), so the element re-renders exactly when it assigns a new snapshot.
 */

export interface WeightRef {
  /** Index into sizes of the layer the weight feeds (1 .. sizes.length - 1). */
  readonly layer: number;
  readonly row: number;
  readonly column: number;
}

/** The subject of the readout line; its words and numbers are made when it is shown. */
export type Readout =
  | { readonly kind: 'unit'; readonly layer: number; readonly unit: number }
  | { readonly kind: 'weight'; readonly ref: WeightRef };

/** Where the last backward step's dots travel: into `layer`, from the layer above or the loss. */
export interface Travel {
  /** Grows with every step, so the view restarts the animation. */
  readonly key: number;
  readonly layer: number;
}

export interface LayerDeltaModel {
  readonly config: NetworkConfig;
  /** The network in use; its arrays are replaced on an edit, never changed in place. */
  readonly network: DenseNetwork;
  readonly input: readonly number[];
  readonly target: readonly number[];
  readonly cache: ForwardCache;
  readonly result: BackwardResult;
  /** f′(z) of every unit after the input. */
  readonly slopes: readonly (readonly number[])[];
  /** How many layers have their delta on screen (0 = none, output first). */
  readonly step: number;
  readonly selectedLayer: number;
  readonly selectedWeight: WeightRef;
  /** The unit of each layer that arrow keys return to (its last focused one). */
  readonly focusUnit: readonly number[];
  /** The layer whose unit takes the network's one Tab stop. */
  readonly focusLayer: number;
  /** What the line under the diagram describes: the focused unit or the chosen connection. */
  readonly readout: Readout | null;
  readonly travel: Travel | null;
}

/** Weights the reader sets stay within ±WEIGHT_LIMIT. */
export const WEIGHT_LIMIT = 10;

/** Keys and drags move a weight to the nearest hundredth, so the numbers stay readable. */
export const roundWeight = (value: number): number => Math.round(value * 100) / 100;

/** Forward and backward pass for the model's current numbers. */
export function computed(
  model: Omit<LayerDeltaModel, 'cache' | 'result' | 'slopes'>,
): LayerDeltaModel {
  const cache = forwardPass(model.network, model.input);
  const result = backwardPass(model.network, cache, model.target);
  return { ...model, cache, result, slopes: activationSlopes(model.network, cache) };
}

export const outputLayer = (model: LayerDeltaModel): number => model.config.sizes.length - 1;
export const layerCount = (model: LayerDeltaModel): number => model.config.sizes.length;

/** A fresh network for `config`, the forward pass done and no deltas shown yet. */
export function createModel(config: NetworkConfig): LayerDeltaModel {
  const network = createNetwork(config);
  const last = config.sizes.length - 1;
  return computed({
    config,
    network,
    // Copies: the element's x and y properties compare what was set with these live values.
    input: [...config.x],
    target: [...config.y],
    step: 0,
    selectedLayer: last,
    selectedWeight: { layer: last, row: 0, column: 0 },
    focusUnit: config.sizes.map(() => 0),
    focusLayer: 0,
    readout: null,
    travel: null,
  });
}

/**
 * Applies new settings. A new shape, activation, loss or seed builds a new network; otherwise
 * the weights and the reader's edits of x and y stay, except the vectors that were just set.
 */
export function withConfig(
  model: LayerDeltaModel,
  config: NetworkConfig,
  set: { x: boolean; y: boolean },
): LayerDeltaModel {
  if (!sameStructure(model.config, config)) return createModel(config);
  return computed({
    ...model,
    config,
    input: set.x ? [...config.x] : model.input,
    target: set.y ? [...config.y] : model.target,
  });
}

/** New weights or biases from code; their shape has been checked against sizes. */
export function withParameters(
  model: LayerDeltaModel,
  parameters: { weights?: number[][][]; biases?: number[][] },
): LayerDeltaModel {
  return computed({ ...model, network: { ...model.network, ...parameters } });
}

export function isRevealed(model: LayerDeltaModel, layer: number): boolean {
  return layer >= 1 && layer > outputLayer(model) - model.step;
}

export function weightAt(model: LayerDeltaModel, ref: WeightRef): number {
  return model.network.weights[ref.layer - 1][ref.row][ref.column];
}

/** Keeps the chosen weight when it is in `layer`, else picks the layer's first. */
export function chooseWeightIn(model: LayerDeltaModel, layer: number): WeightRef {
  return model.selectedWeight.layer === layer ? model.selectedWeight : { layer, row: 0, column: 0 };
}

export const canStep = (model: LayerDeltaModel): boolean => model.step < outputLayer(model);

export function resetSteps(model: LayerDeltaModel): LayerDeltaModel {
  return { ...model, step: 0, travel: null };
}

export function selectLayer(model: LayerDeltaModel, layer: number): LayerDeltaModel {
  if (layer < 1 || layer > outputLayer(model)) return model;
  return { ...model, selectedLayer: layer, selectedWeight: chooseWeightIn(model, layer) };
}

export function focusUnit(model: LayerDeltaModel, layer: number, unit: number): LayerDeltaModel {
  const focus =
    model.focusUnit[layer] === unit
      ? model.focusUnit
      : model.focusUnit.map((k, l) => (l === layer ? unit : k));
  return { ...model, focusUnit: focus, focusLayer: layer, readout: { kind: 'unit', layer, unit } };
}

const finite = (rows: readonly (readonly number[])[]): boolean =>
  rows.every((row) => row.every(Number.isFinite));

/**
 * Whether every number of the pass is finite, as on almost every page: only when one is not does
 * the element fetch the code that says where (refusals.ts).
 */
export function isFinitePass(model: LayerDeltaModel): boolean {
  const { cache, result } = model;
  return (
    finite([model.input, ...cache.z, ...cache.a, ...result.deltas]) &&
    Number.isFinite(result.loss) &&
    result.weightGradients.every(finite)
  );
}
