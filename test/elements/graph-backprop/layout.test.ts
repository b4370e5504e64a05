import { expect } from '@open-wc/testing';
import { ExpressionGraph, seededRandom } from '../../../src/core/index.js';
import {
  assignLayers,
  extentAlong,
  layoutGraph,
  overlaps,
  packInOrder,
  type Box,
  type GraphLayout,
  type LayoutInputNode,
} from '../../../src/elements/graph-backprop/layout.js';

const SEED = 20240611;

/** A random DAG: `leaves` inputs, then nodes reading one or two earlier nodes. */
function randomGraph(random: () => number, size: number): LayoutInputNode[] {
  const leaves = Math.max(1, Math.floor(size * (0.2 + 0.3 * random())));
  const nodes: LayoutInputNode[] = [];
  for (let i = 0; i < size; i++) {
    const inputs: string[] = [];
    if (i >= leaves) {
      const arity = random() < 0.6 ? 2 : 1;
      for (let k = 0; k < arity; k++) inputs.push(`v${Math.floor(random() * i)}`);
    }
    nodes.push({ id: `v${i}`, inputs, width: 84, height: 56 });
  }
  return nodes;
}

function allBoxes(layout: GraphLayout): { nodes: Box[]; labels: Box[] } {
  return { nodes: [...layout.nodes.values()], labels: layout.edges.map((edge) => edge.label) };
}

function firstOverlap(boxes: readonly Box[], others: readonly Box[] = boxes): [Box, Box] | null {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = boxes === others ? i + 1 : 0; j < others.length; j++) {
      if (overlaps(boxes[i], others[j])) return [boxes[i], others[j]];
    }
  }
  return null;
}

function expectClean(layout: GraphLayout, context: string): void {
  const { nodes, labels } = allBoxes(layout);
  expect(firstOverlap(nodes), `${context}: node boxes overlap`).to.equal(null);
  expect(firstOverlap(labels), `${context}: edge labels overlap`).to.equal(null);
  expect(firstOverlap(labels, nodes), `${context}: a label covers a node`).to.equal(null);
  for (const box of [...nodes, ...labels]) {
    for (const value of [box.x, box.y, box.width, box.height]) {
      expect(Number.isFinite(value), `${context}: finite coordinates`).to.be.true;
    }
    expect(box.x, context).to.be.at.least(0);
    expect(box.y, context).to.be.at.least(0);
    expect(box.x + box.width, context).to.be.at.most(layout.width + 1e-6);
    expect(box.y + box.height, context).to.be.at.most(layout.height + 1e-6);
  }
}

describe('graph-backprop layout', () => {
  it('puts leaves in layer 0 and each node one past its deepest input', () => {
    const layers = assignLayers([
      { id: 'x', inputs: [], width: 1, height: 1 },
      { id: 'w', inputs: [], width: 1, height: 1 },
      { id: 'mul', inputs: ['w', 'x'], width: 1, height: 1 },
      { id: 'add', inputs: ['mul', 'x'], width: 1, height: 1 },
    ]);
    expect(Object.fromEntries(layers)).to.deep.equal({ x: 0, w: 0, mul: 1, add: 2 });
  });

  it('gives the extent along the flow without laying out, exactly as the layout has it', () => {
    const random = seededRandom(SEED);
    for (let trial = 0; trial < 40; trial++) {
      const nodes = randomGraph(random, 1 + Math.floor(random() * 30));
      for (const direction of ['right', 'down'] as const) {
        const options = { direction, labelWidth: 108, labelHeight: 36, gap: 12, rankGap: 9 };
        const layout = layoutGraph(nodes, options);
        const along = direction === 'right' ? layout.width : layout.height;
        expect(extentAlong(nodes, options), `trial ${trial}, ${direction}`).to.equal(along);
      }
    }
  });

  it('refuses a cycle instead of looping', () => {
    expect(() =>
      assignLayers([
        { id: 'a', inputs: ['b'], width: 1, height: 1 },
        { id: 'b', inputs: ['a'], width: 1, height: 1 },
      ]),
    ).to.throw(/cycle/);
  });

  it('packs boxes in order with at least the gap between them, near where they want to be', () => {
    const sizes = [10, 20, 10, 30];
    const placed = packInOrder(sizes, [0, 0, 100, 101], 4);
    for (let i = 1; i < sizes.length; i++) {
      const space = placed[i] - sizes[i] / 2 - (placed[i - 1] + sizes[i - 1] / 2);
      expect(space).to.be.at.least(4 - 1e-9);
    }
    // The first pair shares the crowded spot evenly; the far pair is barely moved.
    expect(placed[0] + placed[1]).to.be.closeTo(0, 1e-9);
    expect(placed[2]).to.be.closeTo(100 - 12, 12);
  });

  it('lays the neuron out inputs left, output right, with no crossings', () => {
    const graph = new ExpressionGraph('sigmoid(w*x + b)');
    const layout = layoutGraph(
      graph.nodes.map((node) => ({
        id: node.id,
        inputs: node.inputs.map((input) => input.id),
        width: 84,
        height: 56,
      })),
    );
    expectClean(layout, 'neuron');
    expect(layout.crossings).to.equal(0);
    for (const edge of layout.edges) {
      const source = layout.nodes.get(edge.source)!;
      const target = layout.nodes.get(edge.target)!;
      expect(source.x + source.width, 'source left of its label').to.be.at.most(edge.label.x);
      expect(edge.label.x + edge.label.width, 'label left of its target').to.be.at.most(target.x);
    }
    const output = layout.nodes.get(graph.output.id)!;
    const rightmost = Math.max(...[...layout.nodes.values()].map((box) => box.x));
    expect(output.x).to.equal(rightmost);
  });

  it('gives each of two edges between the same nodes its own label (x * x)', () => {
    const layout = layoutGraph([
      { id: 'x', inputs: [], width: 84, height: 56 },
      { id: 'sq', inputs: ['x', 'x'], width: 84, height: 56 },
    ]);
    expect(layout.edges).to.have.length(2);
    expect(overlaps(layout.edges[0].label, layout.edges[1].label)).to.be.false;
  });

  it(`never overlaps nodes or labels on random graphs up to 60 nodes (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    for (let trial = 0; trial < 60; trial++) {
      const size = 1 + Math.floor(random() * 60);
      const nodes = randomGraph(random, size);
      for (const direction of ['right', 'down'] as const) {
        const layout = layoutGraph(nodes, { direction });
        expect(layout.nodes.size).to.equal(size);
        expectClean(layout, `seed ${SEED}, trial ${trial}, ${size} nodes, ${direction}`);
      }
    }
  });

  it('draws top to bottom with inputs above their users', () => {
    const layout = layoutGraph(
      [
        { id: 'a', inputs: [], width: 80, height: 50 },
        { id: 'b', inputs: [], width: 80, height: 50 },
        { id: 'c', inputs: ['a', 'b'], width: 80, height: 50 },
      ],
      { direction: 'down' },
    );
    const a = layout.nodes.get('a')!;
    const c = layout.nodes.get('c')!;
    expect(a.y + a.height).to.be.below(c.y);
    expect(layout.edges[0].points[0].y).to.equal(a.y + a.height);
  });
});
