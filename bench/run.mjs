// `npm run bench`: every bench in order, each in its own Node process (so one bench's heap and
// JIT state do not colour the next), printing everything as Markdown tables.
//   node bench/run.mjs                 all: core (if bench/core.mjs exists), peers, interaction,
//                                      training, bundle (needs `npm run build:dist`), memory
//   node bench/run.mjs --only peers    one of them (core, peers, interaction, training, bundle,
//                                      memory)
//   node bench/run.mjs --quick         memory with 1,000 cycles instead of 10,000
//   node bench/run.mjs --compare HEAD~1
//                                      interaction and bundle also measure the code at that commit
//                                      (any git ref), checked out and built once in a temporary
//                                      worktree, row by row beside this code, with the ratio
//   node bench/run.mjs --rates 1,4     the interaction and training benches' CPU throttling rates
//                                      (default 1, 4)
// Figures only: nothing here fails on a slow number; a bench that crashes is reported and the
// rest still run, and the exit code says whether any crashed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import { checkoutBaseline } from './lib/baseline.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const quick = args.includes('--quick');
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : null;
const rates = args.includes('--rates') ? ['--rates', args[args.indexOf('--rates') + 1]] : [];

const BENCHES = [
  { name: 'core', file: 'core.mjs', optional: true },
  { name: 'peers', file: 'peers.mjs' },
  { name: 'interaction', file: 'interaction.mjs', args: rates, compares: true },
  { name: 'training', file: 'training.mjs', args: rates },
  { name: 'bundle', file: 'bundle.mjs', compares: true },
  { name: 'memory', file: 'memory.mjs', args: quick ? ['--cycles', '1000'] : [] },
];

const selected = BENCHES.filter((bench) => !only || bench.name === only);
// One checkout of the baseline for every bench that compares; built only if the bundle bench runs.
const baseline =
  compare && selected.some((bench) => bench.compares)
    ? checkoutBaseline(compare, { build: selected.some((bench) => bench.name === 'bundle') })
    : null;
if (baseline) console.log(`\nComparing with ${baseline.short} (${compare}): ${baseline.subject}`);
// Ctrl-C stops the bench that runs; the temporary checkout goes with the run.
process.once('SIGINT', () => {
  baseline?.remove();
  process.exit(130);
});
const baselineArgs = baseline
  ? ['--baseline-root', baseline.root, '--baseline-label', baseline.short]
  : [];

let crashed = 0;
for (const bench of selected) {
  const path = `${here}${bench.file}`;
  if (!existsSync(path)) {
    if (!bench.optional) crashed += 1;
    console.log(`\n## ${bench.name}: ${bench.file} not found, skipped`);
    continue;
  }
  console.log(`\n## ${bench.name}`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      path,
      ...(bench.args ?? []),
      ...(bench.compares ? baselineArgs : []),
    ],
    { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    crashed += 1;
    console.log(`\n${bench.name} stopped with exit code ${result.status} after ${seconds} s`);
  } else {
    console.log(`\n(${bench.name} took ${seconds} s)`);
  }
}
baseline?.remove();
process.exit(crashed === 0 ? 0 : 1);
