import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import {
  canStep,
  isRevealed,
  layerCount,
  outputLayer,
  resetSteps,
  selectLayer,
  weightAt,
  type LayerDeltaModel,
  type WeightRef,
} from './layer-delta-model.js';
import {
  acceptsTarget,
  clickUnit,
  setVectorValue,
  setWeight,
  stepBackward,
  steppedLayer,
} from './reader-edits.js';
import type * as Spoken from './spoken.js';

/**
 * What each reader action does, DOM-free: the next snapshot, the events the element fires
 * (in order) and the sentence it announces, in the reader's language (`l10n`, English by
 * default). The element only applies an outcome.
 */

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

export type OutcomeEvent =
  | { type: 'layer-select'; detail: LayerSelectDetail }
  | { type: 'backward-step'; detail: BackwardStepDetail }
  | { type: 'input' | 'change'; detail: EditDetail };

export interface Outcome {
  readonly model: LayerDeltaModel;
  readonly events: readonly OutcomeEvent[];
  /**
   * What the live region says, or null to leave it: a sentence from spoken.ts, which arrives on
   * the reader's first action, hence a function of that module.
   */
  readonly say: Speech | null;
}

export type Speech = (spoken: typeof Spoken) => string;

const quiet = (model: LayerDeltaModel): Outcome => ({ model, events: [], say: null });

/** Joins outcomes that happen one after another: the last model and sentence, every event. */
function then(first: Outcome, next: (model: LayerDeltaModel) => Outcome): Outcome {
  const second = next(first.model);
  return {
    model: second.model,
    events: [...first.events, ...second.events],
    say: second.say ?? first.say,
  };
}

export function step(model: LayerDeltaModel, l10n: Localizer = ENGLISH): Outcome {
  if (!canStep(model)) return quiet(model);
  const next = stepBackward(model);
  const layer = steppedLayer(next);
  return {
    model: next,
    events: [
      {
        type: 'backward-step',
        detail: { step: next.step, total: outputLayer(next), layer },
      },
    ],
    say: (spoken) =>
      spoken.stepSentence(l10n, {
        layer,
        layerCount: layerCount(next),
        deltas: next.result.deltas[layer - 1],
        loss: next.config.loss,
      }),
  };
}

/**
 * Steps until the pass reaches the input, or stops before a layer `waitsAt` names (one whose δ
 * the reader predicts first).
 */
export function runToInput(
  model: LayerDeltaModel,
  l10n: Localizer = ENGLISH,
  waitsAt: (model: LayerDeltaModel) => number | null = () => null,
): Outcome {
  let outcome = quiet(model);
  while (canStep(outcome.model) && waitsAt(outcome.model) === null)
    outcome = then(outcome, (next) => step(next, l10n));
  return outcome;
}

export function reset(model: LayerDeltaModel, l10n: Localizer = ENGLISH): Outcome {
  return { model: resetSteps(model), events: [], say: (spoken) => spoken.resetSentence(l10n) };
}

/** Selecting a layer fires `layer-select` only when the selection changes; it is always read out. */
function layerSelected(
  before: LayerDeltaModel,
  after: LayerDeltaModel,
  layer: number,
  l10n: Localizer,
): Outcome {
  const deltas = isRevealed(after, layer) ? after.result.deltas[layer - 1] : null;
  return {
    model: after,
    events: layer === before.selectedLayer ? [] : [{ type: 'layer-select', detail: { layer } }],
    say: (spoken) => spoken.selectedSentence(l10n, layer, layerCount(after), deltas),
  };
}

export function pickLayer(
  model: LayerDeltaModel,
  layer: number,
  l10n: Localizer = ENGLISH,
): Outcome {
  if (layer < 1 || layer > outputLayer(model)) return quiet(model);
  return layerSelected(model, selectLayer(model, layer), layer, l10n);
}

/** A click (or Enter) on a unit: its numbers in the readout, and its layer selected. */
export function pressUnit(
  model: LayerDeltaModel,
  layer: number,
  unit: number,
  l10n: Localizer = ENGLISH,
): Outcome {
  const next = clickUnit(model, layer, unit);
  return layer >= 1 ? layerSelected(model, next, layer, l10n) : quiet(next);
}

const weightIndex = (ref: WeightRef): number[] => [ref.layer - 1, ref.row, ref.column];

/** The reader moves one weight: everything downstream follows, and `input` fires. */
export function editWeight(model: LayerDeltaModel, ref: WeightRef, value: number): Outcome {
  const next = setWeight(model, ref, value);
  return {
    model: next,
    events: [
      {
        type: 'input',
        detail: { field: 'weights', index: weightIndex(ref), value: weightAt(next, ref) },
      },
    ],
    say: null,
  };
}

/** The reader lets go of a weight: `change`, and its gradient read out as delta times input. */
export function commitWeight(
  model: LayerDeltaModel,
  ref: WeightRef,
  l10n: Localizer = ENGLISH,
): Outcome {
  const k = ref.layer - 1;
  const weight = weightAt(model, ref);
  return {
    model,
    events: [
      { type: 'change', detail: { field: 'weights', index: weightIndex(ref), value: weight } },
    ],
    say: (spoken) =>
      spoken.weightSentence(l10n, {
        ...ref,
        layerCount: layerCount(model),
        weight,
        gradient: isRevealed(model, ref.layer)
          ? model.result.weightGradients[k][ref.row][ref.column]
          : null,
        delta: model.result.deltas[k][ref.row],
        layerInput: k === 0 ? model.input[ref.column] : model.cache.a[k - 1][ref.column],
      }),
  };
}

/** The weight editor's field: typing edits, committing (Enter, blur) also fires `change`. */
export function typeWeight(
  model: LayerDeltaModel,
  value: number,
  commit: boolean,
  l10n: Localizer = ENGLISH,
): Outcome {
  if (!Number.isFinite(value)) return quiet(model);
  const ref = model.selectedWeight;
  // A change without a preceding input (a pasted value, a spin button) still updates first.
  const edited =
    !commit || weightAt(model, ref) !== value ? editWeight(model, ref, value) : quiet(model);
  return commit ? then(edited, (next) => commitWeight(next, ref, l10n)) : edited;
}

/** A field of x or y: typing edits, committing also fires `change` and reads out the result. */
export function typeVector(
  model: LayerDeltaModel,
  field: 'x' | 'y',
  index: number,
  value: number,
  commit: boolean,
  l10n: Localizer = ENGLISH,
): Outcome {
  if (!Number.isFinite(value)) return quiet(model);
  if (field === 'y' && !acceptsTarget(model.config.loss, value)) return quiet(model);
  const current = (field === 'x' ? model.input : model.target)[index];
  const edited: Outcome =
    !commit || current !== value
      ? {
          model: setVectorValue(model, field, index, value),
          events: [{ type: 'input', detail: { field, index: [index], value } }],
          say: null,
        }
      : quiet(model);
  if (!commit) return edited;
  const next = edited.model;
  return {
    model: next,
    events: [...edited.events, { type: 'change', detail: { field, index: [index], value } }],
    say: (spoken) =>
      spoken.vectorSentence(l10n, {
        field,
        index,
        value,
        output: next.cache.a[next.cache.a.length - 1],
        loss: next.result.loss,
      }),
  };
}
