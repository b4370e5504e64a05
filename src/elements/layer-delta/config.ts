import {
  numberIn,
  numberListIn,
  oneOf,
  parseNumberList,
  problem,
  type Parsed,
  type Problem,
} from '../../internal/attributes.js';
import { TARGET_SUM_TOLERANCE, type Activation, type Loss } from '../../core/index.js';

/**
 * The element's settings, DOM-free: one parser per attribute (for `@setting`), and the checks
 * that need two settings at once (x and y must match sizes; a cross-entropy target is a
 * probability). The element builds a network only from settings that pass both, so a mismatch
 * (sizes changed, x still has the old length) keeps the last good network on screen.
 */

export const MAX_LAYERS = 6;
export const MIN_LAYERS = 3;
export const MAX_UNITS = 16;
export const ACTIVATION_NAMES: readonly Activation[] = ['sigmoid', 'tanh', 'relu'];
/** Every loss the core offers: binary cross-entropy, squared error, softmax cross-entropy. */
export const LOSS_NAMES: readonly Loss[] = ['bce', 'mse', 'ce'];

export const DEFAULTS = {
  sizes: [2, 3, 1] as readonly number[],
  activation: 'sigmoid' as Activation,
  loss: 'bce' as Loss,
  seed: 1,
};

/** Everything that decides the network, its input and its target. */
export interface NetworkConfig {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly loss: Loss;
  readonly seed: number;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** The settings as the element holds them: x and y are null while their attribute is absent. */
export interface ConfigSettings {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly loss: Loss;
  readonly seed: number;
  readonly x: readonly number[] | null;
  readonly y: readonly number[] | null;
}

/** 3 to 6 whole numbers of 1 to 16 units: what the core's `validateSizes` asks, and a size that fits. */
export const parseSizes = (text: string): Parsed<readonly number[]> =>
  parseNumberList(text, {
    integer: true,
    min: 1,
    max: MAX_UNITS,
    minLength: MIN_LAYERS,
    maxLength: MAX_LAYERS,
  });
export const parseActivation = oneOf(ACTIVATION_NAMES);
export const parseLoss = oneOf(LOSS_NAMES);
export const parseSeed = numberIn({ integer: true, min: 0, max: 2147483647 });
/** x and y on their own: a list of numbers; their length is checked against sizes later. */
export const parseVector: (text: string) => Parsed<readonly number[]> = numberListIn({
  maxLength: MAX_UNITS,
});

// Inputs of mixed sign and size, so the first layer's units do not all look alike.
const X_PATTERN = [0.5, -1, 0.8, -0.3, 0.2, -0.6, 1, -0.9];

/** A sensible input for `count` input units: 0.5, -1, 0.8, ... */
export function defaultInput(count: number): number[] {
  return Array.from({ length: count }, (_, j) => X_PATTERN[j % X_PATTERN.length]);
}

/**
 * A sensible target for `count` output units: 1, 0, 1, ... (a valid label for bce too); with
 * ce a one-hot vector for the first class, 1, 0, 0, ...
 */
export function defaultTarget(count: number, loss: Loss = 'bce'): number[] {
  if (loss === 'ce') return Array.from({ length: count }, (_, i) => (i === 0 ? 1 : 0));
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 1 : 0));
}

/** The range a loss allows its targets, or null when any number will do. */
export function targetRange(loss: Loss): { min: number; max: number } | null {
  // A cross-entropy target is a probability; a squared-error target can be any number.
  return loss === 'mse' ? null : { min: 0, max: 1 };
}

/**
 * Whether a ce target is one-hot or a probability vector: the core's `validateTarget` rules for
 * ce (at least two entries, none negative, summing to 1 within TARGET_SUM_TOLERANCE), each with
 * a catalogue message saying why not.
 */
function categoricalProblem(y: readonly number[]): Problem | null {
  if (y.length < 2) return problem('layer-delta.problem.ceOutputs');
  if (y.some((value) => value < 0)) return problem('layer-delta.problem.ceNegative');
  const sum = y.reduce((total, v) => total + v, 0);
  // Written so that a sum that is not a number (an entry that is not one) is refused too.
  return Math.abs(sum - 1) <= TARGET_SUM_TOLERANCE
    ? null
    : problem('layer-delta.problem.ceSum', { sum });
}

export interface ResolvedConfig {
  /** The full configuration, or null while x or y does not fit. */
  config: NetworkConfig | null;
  /** Why x or y does not fit the other settings; null when it does. */
  problems: { x: Problem | null; y: Problem | null };
}

/** Checks x and y against sizes and the loss, filling in the defaults for absent ones. */
export function resolveConfig(settings: ConfigSettings): ResolvedConfig {
  const { sizes, loss } = settings;
  const inputs = sizes[0];
  const outputs = sizes[sizes.length - 1];
  const x = settings.x ?? defaultInput(inputs);
  const y = settings.y ?? defaultTarget(outputs, loss);
  const xProblem =
    x.length === inputs ? null : problem('layer-delta.problem.x', { count: inputs, got: x.length });
  let yProblem: Problem | null =
    y.length === outputs
      ? null
      : problem('layer-delta.problem.y', { count: outputs, got: y.length });
  const range = targetRange(loss);
  const outside = range ? y.find((value) => value < range.min || value > range.max) : undefined;
  if (!yProblem && loss === 'ce') yProblem = categoricalProblem(y);
  else if (!yProblem && range && outside !== undefined) {
    yProblem = problem('layer-delta.problem.yRange', { ...range, got: outside, loss });
  }
  const problems = { x: xProblem, y: yProblem };
  if (xProblem || yProblem) return { config: null, problems };
  return { config: { ...settings, x, y }, problems };
}

/** The settings a check of x and y can refuse. */
export type FitName = 'sizes' | 'loss' | 'x' | 'y';

/**
 * The settings as given, checked together. A vector given in this update that does not fit is
 * refused and the others are used (it follows sizes, as if absent); a vector that fits no longer
 * because sizes (or, for y, the loss) changed refuses that change, and the network stays. Every
 * name checked gets a verdict, null when it fits.
 */
export function fitSettings(
  settings: ConfigSettings,
  given: (name: FitName) => boolean,
): { config: NetworkConfig | null; verdicts: Record<FitName, Problem | null> } {
  const verdicts: Record<FitName, Problem | null> = { sizes: null, loss: null, x: null, y: null };
  let tried = settings;
  let resolved = resolveConfig(tried);
  for (const name of ['x', 'y'] as const) {
    const refused = resolved.problems[name];
    if (!refused || !given(name)) continue;
    verdicts[name] = refused;
    tried = { ...tried, [name]: null };
  }
  if (tried !== settings) resolved = resolveConfig(tried);
  for (const name of ['x', 'y'] as const) {
    const refused = resolved.problems[name];
    if (!refused) continue;
    const blamed = name === 'y' && !given('sizes') ? 'loss' : 'sizes';
    verdicts[blamed] = problem('layer-delta.problem.misfit', { name, reason: refused.ref! });
  }
  return { config: resolved.config, verdicts };
}

/** Whether two configurations describe the same network (same shape, functions and seed). */
export function sameStructure(a: NetworkConfig, b: NetworkConfig): boolean {
  return (
    a.sizes.length === b.sizes.length &&
    a.sizes.every((n, l) => n === b.sizes[l]) &&
    a.activation === b.activation &&
    a.loss === b.loss &&
    a.seed === b.seed
  );
}
