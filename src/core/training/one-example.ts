/**
 * One example through the network, every number kept as plain arrays: z and a per layer, its
 * loss, its δ per layer and the class it is given. What the panels explain and the tests check,
 * once per example; training itself runs the same passes in buffers (network.ts), so the figure
 * trains and paints without this module.
 */
import {
  GridForward,
  outputClass,
  outputLoss,
  writeDeltas,
  type TrainableNetwork,
} from './network.js';

/** z and a for every layer after the input, for the backward pass and the panels. */
export interface Activations {
  readonly input: readonly number[];
  readonly z: number[][];
  readonly a: number[][];
}

/** The forward pass for one input, keeping z and a per layer. */
export function networkForward(network: TrainableNetwork, input: readonly number[]): Activations {
  const { z, a } = new GridForward(network).run(input);
  const copy = (layers: readonly Float64Array[]): number[][] =>
    layers.map((layer) => Array.from(layer));
  return { input, z: copy(z), a: copy(a) };
}

/** One example's loss, computed from the output's z so it stays finite (see scalar-math.ts). */
export function exampleLoss(network: TrainableNetwork, pass: Activations, label: number): number {
  return outputLoss(network, pass.z[pass.z.length - 1], label);
}

/** δ = ∂L/∂z for every layer after the input (output last), for one example. */
export function exampleDeltas(
  network: TrainableNetwork,
  pass: Activations,
  label: number,
): number[][] {
  const deltas = pass.z.map((layer) => new Array<number>(layer.length));
  writeDeltas(network, pass.z, label, deltas);
  return deltas;
}

/** The probability of each class for a forward pass (binary: [1 − p, p]). */
export function classProbabilities(network: TrainableNetwork, pass: Activations): number[] {
  const out = pass.a[pass.a.length - 1];
  if (network.output === 'binary') return [1 - out[0], out[0]];
  return out;
}

/** The class the network predicts for a forward pass (regression: -1). */
export function predictedClass(network: TrainableNetwork, pass: Activations): number {
  return outputClass(network, pass.a[pass.a.length - 1]);
}
