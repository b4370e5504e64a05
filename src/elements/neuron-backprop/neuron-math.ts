import {
  centralDifference,
  crossEntropyFromLogit,
  relativeError,
  sigmoid,
} from '../../core/index.js';

/**
 * The arithmetic of one neuron, z = wx + b, a = σ(z), L = bce(a, y), DOM-free so tests can check
 * it on its own. Everything is computed from z in forms that stay finite when a rounds to 0 or 1:
 * 1 − a is σ(−z) (never 1 − 1 = 0), and the loss is the core's cross-entropy from z, built from
 * softplus(±z).
 */

/** The parameters the reader can trace a derivative with respect to. */
export type Traced = 'w' | 'b' | 'x';
export const TRACED: readonly Traced[] = ['w', 'b', 'x'];

/** The neuron's inputs: an input x, a weight w, a bias b and a label y, 0 or 1. */
export interface NeuronInputs {
  x: number;
  w: number;
  b: number;
  y: number;
}

/** The labels a binary classifier learns: the answer is no (0) or yes (1). */
export const LABEL_VALUES: readonly number[] = [0, 1];

/** x, w and b stay within ±PARAMETER_LIMIT, so |z| ≤ 42 and every number below stays finite. */
export const PARAMETER_LIMIT = 6;

export const DEFAULT_INPUTS: Readonly<NeuronInputs> = { x: 1.5, w: 0.8, b: -0.4, y: 1 };

export function lossOf({ x, w, b, y }: NeuronInputs): number {
  return crossEntropyFromLogit(w * x + b, y);
}

/** Forward values and the three chain factors, for every traced parameter. */
export interface NeuronState {
  readonly inputs: Readonly<NeuronInputs>;
  readonly z: number;
  readonly a: number;
  /** 1 − a, computed as σ(−z) so it does not round to zero. */
  readonly oneMinusA: number;
  readonly loss: number;
  /** Factor 1: ∂L/∂a = −y/a + (1 − y)/(1 − a). */
  readonly dLda: number;
  /** Factor 2: ∂a/∂z = a(1 − a). */
  readonly dadz: number;
  /** a − y, computed without cancellation: (1 − y)a − y(1 − a). */
  readonly aMinusY: number;
  /** Factor 3 for each traced parameter: ∂z/∂w = x, ∂z/∂b = 1, ∂z/∂x = w. */
  readonly dz: Readonly<Record<Traced, number>>;
  /** ∂L/∂w, ∂L/∂b and ∂L/∂x: the product of the three factors. */
  readonly gradients: Readonly<Record<Traced, number>>;
}

export function evaluateNeuron(inputs: Readonly<NeuronInputs>): NeuronState {
  const { x, w, b, y } = inputs;
  const z = w * x + b;
  const a = sigmoid(z);
  const oneMinusA = sigmoid(-z);
  const dLda = -(y / a) + (1 - y) / oneMinusA;
  const dadz = a * oneMinusA;
  const dz = { w: x, b: 1, x: w };
  // Backpropagation as the lesson writes it: upstream times local, one factor at a time.
  const upstream = dLda * dadz;
  const gradients = { w: upstream * dz.w, b: upstream * dz.b, x: upstream * dz.x };
  return {
    inputs: { ...inputs },
    z,
    a,
    oneMinusA,
    loss: crossEntropyFromLogit(z, y),
    dLda,
    dadz,
    aMinusY: (1 - y) * a - y * oneMinusA,
    dz,
    gradients,
  };
}

/** The simplified form: (a − y)·∂z/∂p, that is (a − y)x, a − y or (a − y)w. */
export function simplifiedGradient(state: NeuronState, traced: Traced): number {
  return state.aMinusY * state.dz[traced];
}

/** The loss as a function of one parameter, the others held where they are. */
export function lossAlong(
  inputs: Readonly<NeuronInputs>,
  traced: Traced,
): (value: number) => number {
  return (value) => lossOf({ ...inputs, [traced]: value });
}

export interface GradientCheckResult {
  /** The product of the three chain factors, as a backward pass computes it. */
  readonly backprop: number;
  /** Central difference of the loss, from forward passes alone. */
  readonly numeric: number;
  readonly relativeError: number;
}

export function checkTracedGradient(state: NeuronState, traced: Traced): GradientCheckResult {
  const numeric = centralDifference(lossAlong(state.inputs, traced), state.inputs[traced]);
  const backprop = state.gradients[traced];
  return { backprop, numeric, relativeError: relativeError(backprop, numeric) };
}

const clampParameter = (value: number): number =>
  Math.min(PARAMETER_LIMIT, Math.max(-PARAMETER_LIMIT, value));

/** One step of gradient descent on w and b (x is data, not learnt), kept within the limits. */
export function gradientStep(inputs: Readonly<NeuronInputs>, learningRate: number): NeuronInputs {
  const { gradients } = evaluateNeuron(inputs);
  return {
    ...inputs,
    w: clampParameter(inputs.w - learningRate * gradients.w),
    b: clampParameter(inputs.b - learningRate * gradients.b),
  };
}

/** Points (parameter, loss) across the parameter's whole range, for the plot. */
export function lossCurve(
  inputs: Readonly<NeuronInputs>,
  traced: Traced,
  samples = 121,
): Array<[number, number]> {
  const loss = lossAlong(inputs, traced);
  const points: Array<[number, number]> = [];
  for (let i = 0; i < samples; i++) {
    const value = -PARAMETER_LIMIT + (2 * PARAMETER_LIMIT * i) / (samples - 1);
    points.push([value, loss(value)]);
  }
  return points;
}
