/**
 * The op table: the single source of truth for every operation the core knows.
 * The parser reads it (function names, arity), the autodiff reads it (forward and
 * local partials, domains) and the widgets read it (TeX of the op and of its local gradients;
 * the words describing an op are in each element's message catalogue).
 * Adding an op is adding one entry here.
 */
import {
  crossEntropyFromLogit,
  crossEntropyLogitSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from './scalar-math.js';

export interface OpSpec {
  /** Number of inputs. */
  readonly arity: 1 | 2;
  /** Computes the op's value from its inputs. */
  forward(args: readonly number[]): number;
  /** Local partial derivative of the output with respect to each input, at `args`. */
  partials(args: readonly number[], out: number): number[];
  /** TeX of the op applied to input TeX strings, e.g. `u \cdot v`. */
  tex(args: readonly string[]): string;
  /** TeX of each local-gradient rule, in terms of u (first input) and v (second), e.g. `\frac{\partial (uv)}{\partial u} = v`. */
  readonly gradTex: readonly string[];
  /** TeX of each local gradient's right-hand side with numbers plugged in. */
  gradValueTex(args: readonly string[], out: string): string[];
  /**
   * Says why the inputs are outside the op's domain, or returns null when they are fine.
   * `fixed[i]` tells whether input i is fixed (depends on no variable), for a rule that holds
   * only when an input can change: a negative base with a power that varies has no slope in it.
   */
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
 * The one way an op says its slope is infinite at a point (sqrt at 0, u^v at u = 0 with
 * 0 < v < 1): a domain problem with this message, and a local gradient of Infinity.
 */
export const infiniteSlopeAtZero = (op: string): string => `${op} has an infinite slope at 0`;

const partial = (f: string, wrt: string): string => `\\frac{\\partial ${f}}{\\partial ${wrt}}`;

const unary = (
  forward: (u: number) => number,
  derivative: (u: number, out: number) => number,
  tex: (u: string) => string,
  rule: string,
  ruleValue: (u: string, out: string) => string,
  domain?: (u: number) => string | null,
): OpSpec => ({
  arity: 1,
  forward: ([u]) => forward(u),
  partials: ([u], out) => [derivative(u, out)],
  tex: ([u]) => tex(u),
  gradTex: [rule],
  gradValueTex: ([u], out) => [ruleValue(u, out)],
  domain: domain ? ([u]) => domain(u) : undefined,
});

export const OPS = {
  add: {
    arity: 2,
    forward: ([u, v]) => u + v,
    partials: () => [1, 1],
    tex: ([u, v]) => `${u} + ${v}`,
    gradTex: [`${partial('(u+v)', 'u')} = 1`, `${partial('(u+v)', 'v')} = 1`],
    gradValueTex: () => ['1', '1'],
  },
  sub: {
    arity: 2,
    forward: ([u, v]) => u - v,
    partials: () => [1, -1],
    tex: ([u, v]) => `${u} - ${v}`,
    gradTex: [`${partial('(u-v)', 'u')} = 1`, `${partial('(u-v)', 'v')} = -1`],
    gradValueTex: () => ['1', '-1'],
  },
  mul: {
    arity: 2,
    forward: ([u, v]) => u * v,
    partials: ([u, v]) => [v, u],
    tex: ([u, v]) => `${u} \\cdot ${v}`,
    gradTex: [`${partial('(uv)', 'u')} = v`, `${partial('(uv)', 'v')} = u`],
    gradValueTex: ([u, v]) => [v, u],
  },
  div: {
    arity: 2,
    forward: ([u, v]) => u / v,
    partials: ([u, v]) => [1 / v, -u / (v * v)],
    tex: ([u, v]) => `\\frac{${u}}{${v}}`,
    gradTex: [
      `${partial('(u/v)', 'u')} = \\frac{1}{v}`,
      `${partial('(u/v)', 'v')} = -\\frac{u}{v^2}`,
    ],
    gradValueTex: ([u, v]) => [`\\frac{1}{${v}}`, `-\\frac{${u}}{(${v})^2}`],
    domain: ([, v]) => (v === 0 ? 'division by zero' : null),
  },
  pow: {
    arity: 2,
    forward: ([u, v]) => Math.pow(u, v),
    partials: ([u, v], out) => [
      v === 0 ? 0 : v * Math.pow(u, v - 1),
      u > 0 ? out * Math.log(u) : 0,
    ],
    tex: ([u, v]) => `{${u}}^{${v}}`,
    gradTex: [`${partial('u^v', 'u')} = v\\,u^{v-1}`, `${partial('u^v', 'v')} = u^v \\ln u`],
    gradValueTex: ([u, v], out) => [`${v} \\cdot (${u})^{${v} - 1}`, `${out} \\cdot \\ln(${u})`],
    // u^v = e^(v ln u) has a slope in v only for u > 0. A negative base works with a fixed whole
    // power (x^2, x^-3), whose slope in v nobody asks for; with a power that varies (x^y, x^x)
    // ∂/∂v would need ln of a negative number, so it is a domain problem, not a silent 0.
    domain: ([u, v], [, powerFixed]) => {
      if (u === 0 && v < 0) return 'zero raised to a negative power';
      if (u === 0 && v > 0 && v < 1)
        return `${infiniteSlopeAtZero('pow')} (a power between 0 and 1)`;
      if (u < 0 && !Number.isInteger(v)) return 'a negative number raised to a fractional power';
      if (u < 0 && !powerFixed) {
        return 'a negative number raised to a power that varies has no slope in the power';
      }
      return null;
    },
  },
  neg: unary(
    (u) => -u,
    () => -1,
    (u) => `-${u}`,
    `${partial('(-u)', 'u')} = -1`,
    () => '-1',
  ),
  exp: unary(
    Math.exp,
    (_u, out) => out,
    (u) => `e^{${u}}`,
    `${partial('e^u', 'u')} = e^u`,
    (_u, out) => out,
  ),
  log: unary(
    Math.log,
    (u) => 1 / u,
    (u) => `\\ln\\left(${u}\\right)`,
    `${partial('\\ln u', 'u')} = \\frac{1}{u}`,
    (u) => `\\frac{1}{${u}}`,
    (u) => (u <= 0 ? 'log needs a positive input' : null),
  ),
  sqrt: unary(
    Math.sqrt,
    // 1 / (2·0) is Infinity at 0, as for u^0.5; the domain check below says so in words.
    (_u, out) => 1 / (2 * out),
    (u) => `\\sqrt{${u}}`,
    `${partial('\\sqrt{u}', 'u')} = \\frac{1}{2\\sqrt{u}}`,
    (_u, out) => `\\frac{1}{2 \\cdot ${out}}`,
    (u) => {
      if (u < 0) return 'sqrt needs an input of zero or more';
      return u === 0 ? infiniteSlopeAtZero('sqrt') : null;
    },
  ),
  sin: unary(
    Math.sin,
    (u) => Math.cos(u),
    (u) => `\\sin\\left(${u}\\right)`,
    `${partial('\\sin u', 'u')} = \\cos u`,
    (u) => `\\cos(${u})`,
  ),
  cos: unary(
    Math.cos,
    (u) => -Math.sin(u),
    (u) => `\\cos\\left(${u}\\right)`,
    `${partial('\\cos u', 'u')} = -\\sin u`,
    (u) => `-\\sin(${u})`,
  ),
  tanh: unary(
    Math.tanh,
    tanhSlope,
    (u) => `\\tanh\\left(${u}\\right)`,
    `${partial('\\tanh u', 'u')} = 1 - \\tanh^2 u`,
    (_u, out) => `1 - (${out})^2`,
  ),
  sigmoid: unary(
    sigmoid,
    sigmoidSlope,
    (u) => `\\sigma\\left(${u}\\right)`,
    `${partial('\\sigma(u)', 'u')} = \\sigma(u)\\,(1 - \\sigma(u))`,
    (_u, out) => `${out} \\cdot (1 - ${out})`,
  ),
  relu: unary(
    (u) => (u > 0 ? u : 0),
    (u) => (u > 0 ? 1 : 0),
    (u) => `\\operatorname{relu}\\left(${u}\\right)`,
    `${partial('\\operatorname{relu}(u)', 'u')} = \\begin{cases} 1 & u > 0 \\\\ 0 & u \\le 0 \\end{cases}`,
    (u) => (Number(u) > 0 ? '1' : '0'),
  ),
  abs: unary(
    Math.abs,
    (u) => Math.sign(u),
    (u) => `\\left|${u}\\right|`,
    `${partial('|u|', 'u')} = \\operatorname{sign}(u)`,
    (u) => `\\operatorname{sign}(${u})`,
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
    gradTex: [
      `${partial('L', 'p')} = -\\frac{y}{p} + \\frac{1-y}{1-p}`,
      `${partial('L', 'y')} = \\ln\\frac{1-p}{p}`,
    ],
    gradValueTex: ([p, y]) => [
      `-\\frac{${y}}{${p}} + \\frac{1-${y}}{1-${p}}`,
      `\\ln\\frac{1-${p}}{${p}}`,
    ],
    domain: ([p]) => (p >= 0 && p <= 1 ? null : 'bce needs a probability p between 0 and 1'),
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
    gradTex: [`${partial('L', 'z')} = \\sigma(z) - y`, `${partial('L', 'y')} = -z`],
    gradValueTex: ([z, y]) => [`\\sigma(${z}) - ${y}`, `-(${z})`],
  },
  mse: {
    arity: 2,
    forward: ([p, y]) => (p - y) * (p - y),
    partials: ([p, y]) => [2 * (p - y), -2 * (p - y)],
    tex: ([p, y]) => `\\left(${p} - ${y}\\right)^2`,
    gradTex: [`${partial('L', 'p')} = 2(p - y)`, `${partial('L', 'y')} = -2(p - y)`],
    gradValueTex: ([p, y]) => [`2(${p} - ${y})`, `-2(${p} - ${y})`],
  },
} satisfies Record<string, OpSpec>;

export type OpName = keyof typeof OPS;

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
