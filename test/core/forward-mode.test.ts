import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ExpressionError,
  ExpressionGraph,
  apply,
  forwardTangents,
  passesNeeded,
  tangentsAfter,
  variable,
  type GradNode,
} from '../../src/core/index.js';
import { expressionArbitrary, hasModerateNumbers, valuesArbitrary } from './random-expression.js';

/**
 * Forward mode against two independent computations: reverse mode's gradient for the same input,
 * and dual numbers written here from the textbook derivative of each op (not the op table's
 * local gradients), evaluated over the graph's nodes.
 */

interface Dual {
  readonly value: number;
  readonly dot: number;
}

const sigmoidOf = (u: number): number => 1 / (1 + Math.exp(-u));

/** The dual-number rule for each op: the value and its derivative along the seeded direction. */
function dualOp(op: string, [u, v]: readonly Dual[]): Dual {
  switch (op) {
    case 'add':
      return { value: u.value + v.value, dot: u.dot + v.dot };
    case 'sub':
      return { value: u.value - v.value, dot: u.dot - v.dot };
    case 'mul':
      return { value: u.value * v.value, dot: u.dot * v.value + u.value * v.dot };
    case 'div':
      return {
        value: u.value / v.value,
        dot: (u.dot * v.value - u.value * v.dot) / (v.value * v.value),
      };
    case 'pow': {
      const value = u.value ** v.value;
      const viaBase = v.value === 0 ? 0 : v.value * u.value ** (v.value - 1) * u.dot;
      const viaExponent = v.dot === 0 ? 0 : value * Math.log(u.value) * v.dot;
      return { value, dot: viaBase + viaExponent };
    }
    case 'neg':
      return { value: -u.value, dot: -u.dot };
    case 'exp':
      return { value: Math.exp(u.value), dot: Math.exp(u.value) * u.dot };
    case 'log':
      return { value: Math.log(u.value), dot: u.dot / u.value };
    case 'sqrt':
      return { value: Math.sqrt(u.value), dot: u.dot / (2 * Math.sqrt(u.value)) };
    case 'sin':
      return { value: Math.sin(u.value), dot: Math.cos(u.value) * u.dot };
    case 'cos':
      return { value: Math.cos(u.value), dot: -Math.sin(u.value) * u.dot };
    case 'tanh':
      return { value: Math.tanh(u.value), dot: u.dot / Math.cosh(u.value) ** 2 };
    case 'sigmoid': {
      const s = sigmoidOf(u.value);
      return { value: s, dot: s * (1 - s) * u.dot };
    }
    case 'relu':
      return u.value > 0 ? u : { value: 0, dot: 0 };
    case 'abs':
      return { value: Math.abs(u.value), dot: Math.sign(u.value) * u.dot };
    case 'mse': {
      const d = u.value - v.value;
      return { value: d * d, dot: 2 * d * (u.dot - v.dot) };
    }
    case 'bce': {
      const [p, y] = [u.value, v.value];
      return {
        value: -(y * Math.log(p) + (1 - y) * Math.log(1 - p)),
        dot:
          -(v.dot * Math.log(p) + (y * u.dot) / p - v.dot * Math.log(1 - p)) +
          ((1 - y) * u.dot) / (1 - p),
      };
    }
    default:
      throw new Error(`no dual rule for ${op}`);
  }
}

/** d(output)/d(name) by dual numbers over the graph's nodes at their current values. */
function dualTangent(graph: ExpressionGraph, name: string): number {
  const duals = new Map<GradNode, Dual>();
  for (const node of graph.nodes) {
    if (node.op === 'var' || node.op === 'const') {
      duals.set(node, { value: node.value, dot: node.label === name && node.op === 'var' ? 1 : 0 });
    } else {
      duals.set(
        node,
        dualOp(
          node.op,
          node.inputs.map((input) => duals.get(input)!),
        ),
      );
    }
  }
  return duals.get(graph.output)!.dot;
}

/** bce's probability kept clear of 0 and 1, where the op clamps and the dual rule does not. */
function bceInsideClamp(graph: ExpressionGraph): boolean {
  return graph.nodes.every(
    (node) => node.op !== 'bce' || (node.inputs[0].value > 1e-8 && node.inputs[0].value < 1 - 1e-8),
  );
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b)) < 1e-9;

const SEED = 7;
const RUNS = 500;

describe('forward mode on random expressions', () => {
  it(`final tangent = reverse-mode gradient = dual numbers, ${RUNS} expressions, fast-check seed ${SEED}`, () => {
    let checked = 0;
    fc.assert(
      fc.property(expressionArbitrary, valuesArbitrary, (text, values) => {
        const graph = new ExpressionGraph(text);
        fc.pre(graph.variables.size > 0);
        graph.setValues(
          Object.fromEntries(graph.variableNames.map((name) => [name, values[name]])),
        );
        fc.pre(graph.findProblem() === null && bceInsideClamp(graph));
        graph.backward();
        fc.pre(hasModerateNumbers(graph));
        const reverse = graph.gradients();
        for (const name of graph.variableNames) {
          graph.forwardTangents(name);
          const forward = graph.output.tangent;
          const dual = dualTangent(graph, name);
          if (!close(forward, reverse[name]) || !close(forward, dual)) {
            throw new Error(
              `d/d${name} of ${text} at ${JSON.stringify(graph.values())} (seed ${SEED}): ` +
                `forward ${forward}, reverse ${reverse[name]}, dual numbers ${dual}`,
            );
          }
        }
        checked += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(checked).to.equal(RUNS);
  });
});

describe('forward-mode steps', () => {
  const EXPRESSIONS = ['sigmoid(w*x + b)', 'x*x*x - x/y + exp(-y^2)', '(a+a)+(a+a)'];

  for (const text of EXPRESSIONS) {
    const graph = new ExpressionGraph(text);
    graph.setValues(
      Object.fromEntries(graph.variableNames.map((name, i) => [name, 0.3 + 0.4 * i])),
    );
    const wrt = graph.variableNames[0];
    const steps = graph.forwardTangents(wrt);
    const seed = graph.variables.get(wrt)!;

    it(`${text}: one step per op node, in topological order, after each input's step`, () => {
      const opNodes = graph.nodes.filter((node) => !node.isLeaf);
      expect(steps.map((step) => step.node)).to.deep.equal(opNodes);
    });

    it(`${text}: tangent = Σ local × tangentIn, each read from the node and its inputs`, () => {
      const seen = new Map<GradNode, number>([[seed, 1]]);
      for (const step of steps) {
        let sum = 0;
        step.inputs.forEach(({ node, local, tangentIn, contribution }, k) => {
          expect(node).to.equal(step.node.inputs[k]);
          expect(local).to.equal(step.node.localGrads[k]);
          expect(tangentIn).to.equal(seen.get(node) ?? 0);
          expect(contribution).to.equal(local * tangentIn);
          sum += contribution;
        });
        expect(step.tangent).to.equal(sum);
        expect(step.node.tangent).to.equal(step.tangent);
        seen.set(step.node, step.tangent);
      }
    });

    it(`${text}: tangentsAfter replays the pass`, () => {
      const all = tangentsAfter(steps, seed, steps.length);
      for (const node of graph.nodes) expect(all.get(node), node.id).to.equal(node.tangent);
      const start = tangentsAfter(steps, seed, 0);
      expect(start.get(seed)).to.equal(1);
      for (const [node, tangent] of start) {
        expect(node.isLeaf, `${node.id} known at the start`).to.equal(true);
        expect(tangent).to.equal(node === seed ? 1 : 0);
      }
      const afterOne = tangentsAfter(steps, seed, 1);
      expect(afterOne.get(steps[0].node)).to.equal(steps[0].tangent);
      if (steps.length > 1) expect(afterOne.has(steps[1].node)).to.equal(false);
    });
  }

  it('a reused input adds its uses: d(x*x)/dx = 2x', () => {
    const graph = new ExpressionGraph('x*x');
    graph.setValues({ x: 3 });
    const [step] = graph.forwardTangents('x');
    expect(step.inputs.map((input) => input.contribution)).to.deep.equal([3, 3]);
    expect(step.tangent).to.equal(6);
  });

  it('seeding another variable gives its own gradient, and a single variable has no steps', () => {
    const graph = new ExpressionGraph('w*x + b');
    graph.setValues({ w: 2, x: 5, b: 1 });
    graph.forwardTangents('w');
    expect(graph.output.tangent).to.equal(5);
    graph.forwardTangents('b');
    expect(graph.output.tangent).to.equal(1);
    const single = new ExpressionGraph('x');
    expect(single.forwardTangents('x')).to.deep.equal([]);
    expect(single.output.tangent).to.equal(1);
  });

  it('refuses an unknown variable and an op node as the seed', () => {
    const graph = new ExpressionGraph('x + 1');
    expect(() => graph.forwardTangents('y')).to.throw(ExpressionError, "'y' is not a variable");
    const x = variable('x', 1);
    const sum = apply('add', x, x);
    expect(() => forwardTangents(apply('exp', sum), sum)).to.throw(RangeError);
  });
});

describe('passesNeeded', () => {
  it('n inputs and one output: n forward passes against one reverse pass', () => {
    expect(passesNeeded(3, 1)).to.deep.equal({ forward: 3, reverse: 1 });
    expect(passesNeeded(1, 4)).to.deep.equal({ forward: 1, reverse: 4 });
  });
});
