/**
 * Each op's local-gradient rules in TeX, for the panels that explain a node: the rule in terms of
 * u (first input) and v (second), and the same right-hand side with numbers plugged in. Apart
 * from the op table (ops.ts) because only a details panel reads them: a page draws its graphs
 * without them and fetches them with the panel. Keyed by the table's names, so an op added
 * there without its rules here is a type error.
 */
import type { OpName } from './ops.js';

export interface OpRules {
  /** TeX of each local-gradient rule, e.g. `\frac{\partial (uv)}{\partial u} = v`. */
  readonly rules: readonly string[];
  /** TeX of each local gradient's right-hand side with the inputs' and output's TeX plugged in. */
  plugged(args: readonly string[], out: string): string[];
}

const partial = (f: string, wrt: string): string => `\\frac{\\partial ${f}}{\\partial ${wrt}}`;

const unary = (rule: string, plugged: (u: string, out: string) => string): OpRules => ({
  rules: [rule],
  plugged: ([u], out) => [plugged(u, out)],
});

export const OP_RULES: Record<OpName, OpRules> = {
  add: {
    rules: [`${partial('(u+v)', 'u')} = 1`, `${partial('(u+v)', 'v')} = 1`],
    plugged: () => ['1', '1'],
  },
  sub: {
    rules: [`${partial('(u-v)', 'u')} = 1`, `${partial('(u-v)', 'v')} = -1`],
    plugged: () => ['1', '-1'],
  },
  mul: {
    rules: [`${partial('(uv)', 'u')} = v`, `${partial('(uv)', 'v')} = u`],
    plugged: ([u, v]) => [v, u],
  },
  div: {
    rules: [
      `${partial('(u/v)', 'u')} = \\frac{1}{v}`,
      `${partial('(u/v)', 'v')} = -\\frac{u}{v^2}`,
    ],
    plugged: ([u, v]) => [`\\frac{1}{${v}}`, `-\\frac{${u}}{(${v})^2}`],
  },
  pow: {
    rules: [`${partial('u^v', 'u')} = v\\,u^{v-1}`, `${partial('u^v', 'v')} = u^v \\ln u`],
    plugged: ([u, v], out) => [`${v} \\cdot (${u})^{${v} - 1}`, `${out} \\cdot \\ln(${u})`],
  },
  neg: unary(`${partial('(-u)', 'u')} = -1`, () => '-1'),
  exp: unary(`${partial('e^u', 'u')} = e^u`, (_u, out) => out),
  log: unary(`${partial('\\ln u', 'u')} = \\frac{1}{u}`, (u) => `\\frac{1}{${u}}`),
  sqrt: unary(
    `${partial('\\sqrt{u}', 'u')} = \\frac{1}{2\\sqrt{u}}`,
    (_u, out) => `\\frac{1}{2 \\cdot ${out}}`,
  ),
  sin: unary(`${partial('\\sin u', 'u')} = \\cos u`, (u) => `\\cos(${u})`),
  cos: unary(`${partial('\\cos u', 'u')} = -\\sin u`, (u) => `-\\sin(${u})`),
  tanh: unary(`${partial('\\tanh u', 'u')} = 1 - \\tanh^2 u`, (_u, out) => `1 - (${out})^2`),
  sigmoid: unary(
    `${partial('\\sigma(u)', 'u')} = \\sigma(u)\\,(1 - \\sigma(u))`,
    (_u, out) => `${out} \\cdot (1 - ${out})`,
  ),
  relu: unary(
    `${partial('\\operatorname{relu}(u)', 'u')} = \\begin{cases} 1 & u > 0 \\\\ 0 & u \\le 0 \\end{cases}`,
    (u) => (Number(u) > 0 ? '1' : '0'),
  ),
  abs: unary(
    `${partial('|u|', 'u')} = \\operatorname{sign}(u)`,
    (u) => `\\operatorname{sign}(${u})`,
  ),
  bce: {
    rules: [
      `${partial('L', 'p')} = -\\frac{y}{p} + \\frac{1-y}{1-p}`,
      `${partial('L', 'y')} = \\ln\\frac{1-p}{p}`,
    ],
    plugged: ([p, y]) => [
      `-\\frac{${y}}{${p}} + \\frac{1-${y}}{1-${p}}`,
      `\\ln\\frac{1-${p}}{${p}}`,
    ],
  },
  bce_logits: {
    rules: [`${partial('L', 'z')} = \\sigma(z) - y`, `${partial('L', 'y')} = -z`],
    plugged: ([z, y]) => [`\\sigma(${z}) - ${y}`, `-(${z})`],
  },
  mse: {
    rules: [`${partial('L', 'p')} = 2(p - y)`, `${partial('L', 'y')} = -2(p - y)`],
    plugged: ([p, y]) => [`2(${p} - ${y})`, `-2(${p} - ${y})`],
  },
};
