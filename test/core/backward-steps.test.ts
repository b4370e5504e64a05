import { expect } from '@open-wc/testing';
import { ExpressionGraph, gradientsAfter, type GradNode } from '../../src/core/index.js';

/**
 * The recorded steps are what the widgets animate, so their order and numbers must be exactly
 * those of the pass: each node passes its gradient on only once it is complete.
 */

const EXPRESSIONS = [
  'sigmoid(w*x + b) * x + tanh(x*w)',
  'bce(sigmoid(w*x + b), y)',
  '(a+a)+(a+a)',
  'x*x*x - x/y + exp(-y^2)',
];

function graphAt(text: string): ExpressionGraph {
  const graph = new ExpressionGraph(text);
  const values: Record<string, number> = {};
  graph.variableNames.forEach((name, i) => (values[name] = 0.3 + 0.4 * i));
  graph.setValues(values);
  return graph;
}

describe('backward steps', () => {
  for (const text of EXPRESSIONS) {
    describe(text, () => {
      it('come in reverse topological order: a node steps after every node that uses it', () => {
        const graph = graphAt(text);
        const steps = graph.backward();
        const stepIndex = new Map<GradNode, number>(steps.map((step, i) => [step.node, i]));
        const opNodes = graph.nodes.filter((node) => !node.isLeaf);
        expect(steps).to.have.length(opNodes.length);
        expect(stepIndex.size, 'each op node steps exactly once').to.equal(opNodes.length);
        steps.forEach((step, i) => {
          for (const { node } of step.inputs) {
            if (!node.isLeaf)
              expect(stepIndex.get(node)!, `${node.id} after ${step.node.id}`).to.be.above(i);
          }
        });
      });

      it('pass on a complete gradient: upstream equals the final grad of the node', () => {
        const graph = graphAt(text);
        for (const step of graph.backward()) expect(step.upstream).to.equal(step.node.grad);
      });

      it('record upstream * local === contribution and local from node.localGrads', () => {
        const graph = graphAt(text);
        for (const step of graph.backward()) {
          step.inputs.forEach(({ node, local, contribution }, k) => {
            expect(node).to.equal(step.node.inputs[k]);
            expect(local).to.equal(step.node.localGrads[k]);
            expect(contribution).to.equal(step.upstream * local);
          });
        }
      });

      it('gradientsAfter(steps, output, steps.length) equals the final gradients', () => {
        const graph = graphAt(text);
        const steps = graph.backward();
        const replayed = gradientsAfter(steps, graph.output, steps.length);
        for (const node of graph.nodes) expect(replayed.get(node), node.id).to.equal(node.grad);
      });
    });
  }

  it('an expression that is a single variable has no steps and gradient 1', () => {
    const graph = graphAt('x');
    expect(graph.backward()).to.deep.equal([]);
    expect(graph.gradients()).to.deep.equal({ x: 1 });
  });

  it('gradientsAfter part way holds only the output and what the first steps passed on', () => {
    const graph = graphAt('sigmoid(w*x + b)');
    const steps = graph.backward();
    const atStart = gradientsAfter(steps, graph.output, 0);
    expect([...atStart]).to.deep.equal([[graph.output, 1]]);
    const afterOne = gradientsAfter(steps, graph.output, 1);
    const sum = steps[0].node.inputs[0];
    expect(afterOne.get(sum)).to.equal(graph.output.localGrads[0]);
    expect(afterOne.has(graph.variables.get('w')!)).to.equal(false);
  });
});
