import type { ParsedGraph } from './graph.js';

/** Central difference (f(x + h) - f(x - h)) / 2h: the numerical slope of f at x. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  const step = h * Math.max(1, Math.abs(x));
  return (f(x + step) - f(x - step)) / (2 * step);
}

/** Relative error |a - b| / max(1, |a|, |b|): absolute near zero, relative for large numbers. */
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

export interface GradientCheck {
  /** The gradient from the backward pass. */
  readonly autodiff: number;
  /** The gradient from central differences on the forward pass alone. */
  readonly numeric: number;
  readonly relativeError: number;
  /** The step used for the difference. */
  readonly h: number;
}

/**
 * Checks d(output)/d(name) of a graph at its current values against central differences.
 * Leaves the graph's values as they were and its gradients as after a full backward pass.
 */
export function checkGradient(graph: ParsedGraph, name: string, h = 1e-5): GradientCheck {
  const node = graph.variables.get(name);
  if (!node) throw new RangeError(`'${name}' is not a variable of ${graph.text}`);
  const original = node.value;
  const valueAt = (x: number): number => {
    graph.setValues({ [name]: x });
    return graph.output.value;
  };
  const numeric = centralDifference(valueAt, original, h);
  graph.setValues({ [name]: original });
  graph.backward();
  const autodiff = node.grad;
  return { autodiff, numeric, relativeError: relativeError(autodiff, numeric), h };
}
