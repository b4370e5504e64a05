// Core against peers, same run, same machine: `node --import tsx bench/peers.mjs`.
// 1. Scalar graphs of 10 to 100,000 nodes: the core against a micrograd-style closure engine.
// 2. One training step (batch 10) of a 2-8-8-1 and a 2-64-64-1 network: the core against
//    the micrograd-style engine, @tensorflow/tfjs-core (CPU backend) and convnetjs.
// Times are medians of repeated samples after a warm-up; ratios are ours/peer (below 1: ours is faster).
import { pathToFileURL } from 'node:url';
import * as core from '../src/core/index.ts';
import { Value } from './peers/micrograd.mjs';
import { graphProgram, buildMicrograd, buildOurs } from './peers/graph-program.mjs';
import * as nets from './peers/networks.mjs';
import { timeInterleaved, median, formatMs, formatRatio } from './lib/stats.mjs';
import { markdownTable, printSection } from './lib/table.mjs';
import { describeMachine, packageVersion } from './lib/machine.mjs';

const GRAPH_SIZES = [10, 100, 1_000, 10_000, 100_000];
const NETWORKS = [
  [2, 8, 8, 1],
  [2, 64, 64, 1],
];

/** Largest |a-b| relative to max(1, |a|) over paired gradients: the engines must agree. */
function worstDifference(a, b) {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(a[i])));
  }
  return worst;
}

function benchGraphs() {
  const rows = [];
  const results = [];
  for (const size of GRAPH_SIZES) {
    const program = graphProgram(size);
    // Check first: both engines give the same gradients on this graph.
    const ours = buildOurs(program, core);
    const order = core.topologicalOrder(ours.output);
    core.backward(ours.output, order);
    const peer = buildMicrograd(program, Value);
    peer.output.backward();
    const difference = worstDifference(
      ours.leaves.map((n) => n.grad),
      peer.leaves.map((v) => v.grad),
    );
    const budget = size >= 10_000 ? { sampleMs: 60, samples: 9 } : { sampleMs: 20, samples: 15 };
    const [kept, rebuilt, micro] = timeInterleaved(
      [
        // Ours as widgets use it: the graph stays, each change re-runs forward and backward.
        () => {
          core.forward(order);
          core.backward(ours.output, order);
        },
        // Ours built from scratch each time, like micrograd: build (values computed), sort, backward.
        () => {
          const { output } = buildOurs(program, core);
          core.backward(output, core.topologicalOrder(output));
        },
        () => buildMicrograd(program, Value).output.backward(),
      ],
      budget,
    ).map(median);
    results.push({ nodes: order.length, kept, rebuilt, micro, difference });
    rows.push([
      order.length.toLocaleString('en'),
      formatMs(micro),
      formatMs(rebuilt),
      formatRatio(rebuilt, micro),
      formatMs(kept),
      formatRatio(kept, micro),
      difference.toExponential(1),
    ]);
  }
  printSection(
    'Scalar graphs: forward + backward, core vs micrograd-style closures (median)',
    markdownTable(
      [
        'nodes',
        'micrograd-style',
        'ours, rebuilt',
        'ratio',
        'ours, graph kept',
        'ratio',
        'max grad diff',
      ],
      rows,
    ),
  );
  return results;
}

async function benchNetworks() {
  const rows = [];
  const results = [];
  for (const sizes of NETWORKS) {
    const start = nets.makeNetwork(sizes);
    const batch = nets.makeBatch(10);
    const tf = await nets.tfjs(start, batch);
    const contenders = [
      ['ours: dense, batch-averaged', nets.oursDense(start, batch)],
      ['ours: dense trainStep x10', nets.oursTrainStep(start, batch)],
      ['ours: scalar graph, kept', nets.oursScalar(start, batch)],
      ['micrograd-style, rebuilt', nets.micrograd(start, batch)],
      [`tfjs-core ${tf.version} (${tf.backend})`, tf.step],
      ['convnetjs 0.3.0', nets.convnet(start, batch)],
    ];
    // The first step's loss, from the shared starting weights, shows they compute the same thing.
    const firstLosses = contenders.map(([, step]) => step());
    const times = timeInterleaved(
      contenders.map(([, step]) => step),
      { sampleMs: 30, samples: 15 },
    );
    const timed = contenders.map(([name], k) => ({
      name,
      firstLoss: firstLosses[k],
      ms: median(times[k]),
    }));
    const ours = timed[0].ms;
    for (const { name, firstLoss, ms } of timed) {
      rows.push([sizes.join('-'), name, formatMs(ms), formatRatio(ours, ms), firstLoss.toFixed(6)]);
      results.push({ network: sizes.join('-'), name, ms, firstLoss });
    }
  }
  printSection(
    'One training step, batch 10 (median); ratio = ours dense / this row',
    markdownTable(['network', 'library', 'time per step', 'ours/this', 'first-step loss'], rows),
  );
  console.log(
    '\nconvnetjs has a linear output and halves the squared error, so its loss differs; the others must agree.',
  );
  return results;
}

export async function runPeers() {
  printSection(
    'Machine (peers)',
    describeMachine({
      'tfjs-core': packageVersion('@tensorflow/tfjs-core'),
      'tfjs-backend-cpu': packageVersion('@tensorflow/tfjs-backend-cpu'),
      convnetjs: packageVersion('convnetjs'),
    }),
  );
  const graphs = benchGraphs();
  const networks = await benchNetworks();
  return { graphs, networks };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPeers();
}
