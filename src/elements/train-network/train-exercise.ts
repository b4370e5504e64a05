/**
 * The number `<train-network>` hides when it asks (`ask="gradient"`, train-network-settings.ts):
 * ∂L/∂w of the selected connection (the first connection into the output while none is
 * selected) for a batch of one, the first example of the next mini-batch: δ_j·a_i, plus the
 * regularisation term. It comes with the words around it (label, working, hints) and the numbers
 * "Try new numbers" moves on to (views/questions.ts), loaded when the element first asks: a
 * figure that asks nothing never fetches it. Free of DOM and Lit; the numbers are the core's,
 * the ones Step would use.
 */
import { batchIndices, exampleDeltas, networkForward } from '../../core/index.js';
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { firstOutputWeight, type ConnectionRef, type TrainModel } from './train-network-model.js';
import type { TrainQuestion } from './train-network-settings.js';

/** The numbers of the question: the first example's δ_j and a_i, and the penalty term. */
export interface OneExampleGradient {
  readonly ref: ConnectionRef;
  readonly delta: number;
  readonly activation: number;
  readonly weight: number;
  /** L2: rate·w; L1: rate·sign(w); none: 0. */
  readonly penalty: number;
  /** δ_j·a_i + penalty: ∂L/∂w for a batch of this one example. */
  readonly gradient: number;
}

/** The connection asked about: the selected one, else the first connection into the output. */
export function askedConnection(model: TrainModel): ConnectionRef {
  return model.selected ?? firstOutputWeight(model.setup);
}

/** The last answer, so the renders that ask again for the same snapshot compute nothing. */
let last: { model: TrainModel; result: OneExampleGradient | null } | undefined;

/** ∂L/∂w of the asked connection for the first example of the next mini-batch (null: no data). */
export function oneExampleGradient(model: TrainModel): OneExampleGradient | null {
  if (last?.model === model) return last.result;
  const { setup, data, training } = model;
  const network = training.network;
  const ref = askedConnection(model);
  const [index] = batchIndices(setup, data, training.epoch, training.batch);
  let result: OneExampleGradient | null = null;
  if (index !== undefined) {
    const pass = networkForward(network, data.trainInputs[index]);
    const delta = exampleDeltas(network, pass, data.trainLabels[index])[ref.layer][ref.to];
    const activation = ref.layer === 0 ? pass.input[ref.from] : pass.a[ref.layer - 1][ref.from];
    const weight = network.weights[ref.layer][ref.to][ref.from];
    const { kind, rate } = setup.regularization;
    const penalty = kind === 'l2' ? rate * weight : kind === 'l1' ? rate * Math.sign(weight) : 0;
    result = { ref, delta, activation, weight, penalty, gradient: delta * activation + penalty };
  }
  last = { model, result };
  return result;
}

/** The numbers asked for: ∂L/∂w of one example, when asked and there is an example. */
export function trainAsked(model: TrainModel, ask: readonly TrainQuestion[]): AskedNumber[] {
  if (!ask.includes('gradient')) return [];
  const one = oneExampleGradient(model);
  return one ? [{ id: 'gradient', expected: one.gradient }] : [];
}
