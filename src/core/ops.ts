/**
 * The op table: the single source of truth for every operation the core knows.
 * The parser reads it (function names, arity), the autodiff reads it (forward and
 * local partials, domains) and the widgets read it (TeX of the op). The TeX of its local-gradient
 * rules, which only a details panel shows, is in op-rules.ts, and the words describing an op are
 * in each element's message catalogue. Adding an op is one entry here and one in op-rules.ts.
 */
import {
  crossEntropyFromLogit,
  crossEntropyLogitSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from './scalar-math.js';
import { fillWords, REASON_WORDS, type ReasonCode } from './reason-words.js';

export interface OpSpec {
  /** Number of inputs. */
  readonly arity: 1 | 2;
  /** Computes the op's value from its inputs. */
  forward(args: readonly number[]): number;
  /** Local partial derivative of the output with respect to each input, at `args`. */
  partials(args: readonly number[], out: number): number[];
  /** TeX of the op applied to input TeX strings, e.g. `u \cdot v`. */
  tex(args: readonly string[]): string;
  /**
   * Says why the inputs are outside the op's domain, by its code (its English in
   * reason-words.ts), or returns null when they are fine. `fixed[i]` tells whether input i is
   * fixed (depends on no variable), for a rule that holds only when an input can change: a
   * negative base with a power that varies has no slope in it.
   */
  reason?(args: readonly number[], fixed: readonly boolean[]): ReasonCode | null;
  /** The same reason in English, or null when the inputs are fine. */
  domain?(args: readonly number[], fixed: readonly boolean[]): string | null;
}

/**
 * Probabilities in [0, 1] handed to bce are kept this far from 0 and 1, so the loss at exactly
 * 0 or 1 stays finite. A p outside [0, 1] is not moved: bce's domain check refuses it.
 */
export const BCE_EPSILON = 1e-12;
const clampProbability = (p: number): number =>
  p >= 0 && p <= 1 ? Math.min(1 - BCE_EPSILON, Math.max(BCE_EPSILON, p)) : p;

/**
 * The English of the one way an op says its slope is infinite at a point: the reason `slope`
 * (sqrt at 0; u^v at u = 0 with 0 < v < 1 says `powSlope`, the same with its range of powers),
 * with a local gradient of Infinity.
 */
export const infiniteSlopeAtZero = (op: string): string => fillWords(REASON_WORDS.slope, { op });

const unary = (
  forward: (u: number) => number,
  derivative: (u: number, out: number) => number,
  tex: (u: string) => string,
  reason?: (u: number) => ReasonCode | null,
): OpSpec => ({
  arity: 1,
  forward: ([u]) => forward(u),
  partials: ([u], out) => [derivative(u, out)],
  tex: ([u]) => tex(u),
  reason: reason ? ([u]) => reason(u) : undefined,
});

export const OPS = {
  add: {
    arity: 2,
    forward: ([u, v]) => u + v,
    partials: () => [1, 1],
    tex: ([u, v]) => `${u} + ${v}`,
  },
  sub: {
    arity: 2,
    forward: ([u, v]) => u - v,
    partials: () => [1, -1],
    tex: ([u, v]) => `${u} - ${v}`,
  },
  mul: {
    arity: 2,
    forward: ([u, v]) => u * v,
    partials: ([u, v]) => [v, u],
    tex: ([u, v]) => `${u} \\cdot ${v}`,
  },
  div: {
    arity: 2,
    forward: ([u, v]) => u / v,
    partials: ([u, v]) => [1 / v, -u / (v * v)],
    tex: ([u, v]) => `\\frac{${u}}{${v}}`,
    reason: ([, v]) => (v === 0 ? 'div' : null),
  },
  pow: {
    arity: 2,
    forward: ([u, v]) => Math.pow(u, v),
    partials: ([u, v], out) => [
      v === 0 ? 0 : v * Math.pow(u, v - 1),
      u > 0 ? out * Math.log(u) : 0,
    ],
    tex: ([u, v]) => `{${u}}^{${v}}`,
    // u^v = e^(v ln u) has a slope in v only for u > 0. A negative base works with a fixed whole
    // power (x^2, x^-3), whose slope in v nobody asks for; with a power that varies (x^y, x^x)
    // ∂/∂v would need ln of a negative number, so it is a domain problem, not a silent 0.
    reason: ([u, v], [, powerFixed]) => {
      if (u === 0 && v < 0) return 'powZero';
      if (u === 0 && v > 0 && v < 1) return 'powSlope';
      if (u < 0 && !Number.isInteger(v)) return 'powFraction';
      return u < 0 && !powerFixed ? 'powVaries' : null;
    },
  },
  neg: unary(
    (u) => -u,
    () => -1,
    (u) => `-${u}`,
  ),
  exp: unary(
    Math.exp,
    (_u, out) => out,
    (u) => `e^{${u}}`,
  ),
  log: unary(
    Math.log,
    (u) => 1 / u,
    (u) => `\\ln\\left(${u}\\right)`,
    (u) => (u <= 0 ? 'log' : null),
  ),
  sqrt: unary(
    Math.sqrt,
    // 1 / (2·0) is Infinity at 0, as for u^0.5; the domain check below says so in words.
    (_u, out) => 1 / (2 * out),
    (u) => `\\sqrt{${u}}`,
    (u) => {
      if (u < 0) return 'sqrt';
      return u === 0 ? 'slope' : null;
    },
  ),
  sin: unary(
    Math.sin,
    (u) => Math.cos(u),
    (u) => `\\sin\\left(${u}\\right)`,
  ),
  cos: unary(
    Math.cos,
    (u) => -Math.sin(u),
    (u) => `\\cos\\left(${u}\\right)`,
  ),
  tanh: unary(Math.tanh, tanhSlope, (u) => `\\tanh\\left(${u}\\right)`),
  sigmoid: unary(sigmoid, sigmoidSlope, (u) => `\\sigma\\left(${u}\\right)`),
  relu: unary(
    (u) => (u > 0 ? u : 0),
    (u) => (u > 0 ? 1 : 0),
    (u) => `\\operatorname{relu}\\left(${u}\\right)`,
  ),
  abs: unary(
    Math.abs,
    (u) => Math.sign(u),
    (u) => `\\left|${u}\\right|`,
  ),
  bce: {
    arity: 2,
    forward: ([p, y]) => {
      const q = clampProbability(p);
      return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    },
    partials: ([p, y]) => {
      const q = clampProbability(p);
      return [(q - y) / (q * (1 - q)), Math.log(1 - q) - Math.log(q)];
    },
    tex: ([p, y]) => `\\operatorname{bce}\\left(${p}, ${y}\\right)`,
    reason: ([p]) => (p >= 0 && p <= 1 ? null : 'bce'),
  },
  bce_logits: {
    arity: 2,
    // bce(sigmoid(z), y) is y softplus(-z) + (1-y) softplus(z). Written this way, neither the loss
    // nor its gradient sigmoid(z) - y loses digits where sigmoid(z) rounds to 0 or 1 (|z| > ~36),
    // and no clamp is needed: the two-op chain bce(sigmoid(z), y) gives a wrong gradient there.
    forward: ([z, y]) => crossEntropyFromLogit(z, y),
    // sigmoid(z) - y, with sigmoid(z) - 1 written as -sigmoid(-z) so a tiny slope is not rounded away.
    partials: ([z, y]) => [crossEntropyLogitSlope(z, y), -z],
    tex: ([z, y]) => `\\operatorname{bce}_{\\sigma}\\left(${z}, ${y}\\right)`,
  },
  mse: {
    arity: 2,
    forward: ([p, y]) => (p - y) * (p - y),
    partials: ([p, y]) => [2 * (p - y), -2 * (p - y)],
    tex: ([p, y]) => `\\left(${p} - ${y}\\right)^2`,
  },
} satisfies Record<string, OpSpec>;

export type OpName = keyof typeof OPS;

// Each op's `domain`: its reason in English, filled from the one source of the words, for code
// that reads the table (an element words the reason by its code instead).
for (const [op, spec] of Object.entries(OPS) as [string, OpSpec][]) {
  const { reason } = spec;
  if (!reason) continue;
  spec.domain = (args, fixed) => {
    const code = reason(args, fixed);
    return code && fillWords(REASON_WORDS[code], { op });
  };
}

/** Names callable as functions in expressions: everything but the infix operators. */
export const FUNCTION_NAMES: readonly OpName[] = (Object.keys(OPS) as OpName[]).filter(
  (name) => !['add', 'sub', 'mul', 'div', 'pow', 'neg'].includes(name),
);

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(OPS, name);
}

export function getOp(name: OpName): OpSpec {
  return OPS[name];
}
