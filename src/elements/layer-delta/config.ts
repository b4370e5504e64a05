import {
  parseChoice,
  parseNumber,
  parseNumberList,
  type Parsed,
} from '../../internal/attributes.js';
import { validateSizes, type Activation, type Loss } from '../../core/index.js';

/**
 * Reads the element's attributes into one network configuration, DOM-free so it can be tested
 * on its own. The element commits a configuration only when every attribute is good, so a
 * mismatch (sizes changed, x still has the old length) keeps the last good network on screen.
 */

export const MAX_LAYERS = 6;
export const MIN_LAYERS = 3;
export const MAX_UNITS = 16;
export const ACTIVATION_NAMES: readonly Activation[] = ['sigmoid', 'tanh', 'relu'];
export const LOSS_NAMES: readonly Loss[] = ['bce', 'mse'];

export interface NetworkConfig {
  sizes: number[];
  activation: Activation;
  loss: Loss;
  seed: number;
  x: number[];
  y: number[];
}

/** The attribute values as the element holds them; null means the attribute is absent. */
export interface ConfigAttributes {
  sizes: string | null;
  activation: string | null;
  loss: string | null;
  seed: string | null;
  x: string | null;
  y: string | null;
}

export type ConfigAttributeName = keyof ConfigAttributes;

export const DEFAULTS = {
  sizes: [2, 3, 1],
  activation: 'sigmoid' as Activation,
  loss: 'bce' as Loss,
  seed: 1,
};

// Inputs of mixed sign and size, so the first layer's units do not all look alike.
const X_PATTERN = [0.5, -1, 0.8, -0.3, 0.2, -0.6, 1, -0.9];

/** A sensible input for `count` input units: 0.5, -1, 0.8, ... */
export function defaultInput(count: number): number[] {
  return Array.from({ length: count }, (_, j) => X_PATTERN[j % X_PATTERN.length]);
}

/** A sensible target for `count` output units: 1, 0, 1, ... (a valid label for bce too). */
export function defaultTarget(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 1 : 0));
}

export interface ConfigResult {
  /** The full configuration, or null when any attribute is refused. */
  config: NetworkConfig | null;
  /** A message for every refused attribute, null for every good one. */
  problems: Record<ConfigAttributeName, string | null>;
}

function parseSizes(text: string | null): Parsed<number[]> {
  if (text === null) return { ok: true, value: [...DEFAULTS.sizes] };
  const parsed = parseNumberList(text, {
    integer: true,
    min: 1,
    max: MAX_UNITS,
    minLength: MIN_LAYERS,
    maxLength: MAX_LAYERS,
  });
  if (!parsed.ok) return parsed;
  const problem = validateSizes(parsed.value);
  return problem ? { ok: false, message: problem } : parsed;
}

function parseVector(
  text: string | null,
  length: number | null,
  fallback: (count: number) => number[],
  what: string,
  range: { min?: number; max?: number } = {},
): Parsed<number[]> {
  if (text === null) return { ok: true, value: length === null ? [] : fallback(length) };
  const parsed = parseNumberList(text, { maxLength: MAX_UNITS, ...range });
  if (!parsed.ok || length === null || parsed.value.length === length) return parsed;
  return {
    ok: false,
    message: `expected ${length} number${length === 1 ? '' : 's'}, one per ${what}, got ${parsed.value.length}`,
  };
}

/** Parses every attribute; cross-checks x and y against sizes and y against the loss. */
export function readConfig(attributes: ConfigAttributes): ConfigResult {
  const sizes = parseSizes(attributes.sizes);
  const activation =
    attributes.activation === null
      ? ({ ok: true, value: DEFAULTS.activation } as const)
      : parseChoice(attributes.activation, ACTIVATION_NAMES);
  const loss =
    attributes.loss === null
      ? ({ ok: true, value: DEFAULTS.loss } as const)
      : parseChoice(attributes.loss, LOSS_NAMES);
  const seed =
    attributes.seed === null
      ? ({ ok: true, value: DEFAULTS.seed } as const)
      : parseNumber(attributes.seed, { integer: true, min: 0, max: 2147483647 });
  const inputs = sizes.ok ? sizes.value[0] : null;
  const outputs = sizes.ok ? sizes.value[sizes.value.length - 1] : null;
  const x = parseVector(
    attributes.x,
    inputs,
    defaultInput,
    `input unit (sizes starts with ${inputs})`,
  );
  // A cross-entropy target is a probability; a squared-error target can be any number.
  const bce = loss.ok && loss.value === 'bce';
  const y = parseVector(
    attributes.y,
    outputs,
    defaultTarget,
    `output unit (sizes ends with ${outputs})`,
    bce ? { min: 0, max: 1 } : {},
  );
  let yProblem = y.ok ? null : y.message;
  if (yProblem && bce && / from 0 to 1/.test(yProblem)) {
    yProblem += ' (with loss="bce" each target is a probability)';
  }
  const problems = {
    sizes: sizes.ok ? null : sizes.message,
    activation: activation.ok ? null : activation.message,
    loss: loss.ok ? null : loss.message,
    seed: seed.ok ? null : seed.message,
    x: x.ok ? null : x.message,
    y: yProblem === null ? null : yProblem,
  };
  if (!sizes.ok || !activation.ok || !loss.ok || !seed.ok || !x.ok || !y.ok) {
    return { config: null, problems };
  }
  return {
    config: {
      sizes: sizes.value,
      activation: activation.value,
      loss: loss.value,
      seed: seed.value,
      x: x.value,
      y: y.value,
    },
    problems,
  };
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
