// `npm run bench`: every bench in order, each in its own Node process (so one bench's heap and
// JIT state do not colour the next), printing everything as Markdown tables.
//   node bench/run.mjs                 all: core (if bench/core.mjs exists), peers, interaction,
//                                      bundle (needs `npm run build:dist`), memory
//   node bench/run.mjs --only peers    one of them (core, peers, interaction, bundle, memory)
//   node bench/run.mjs --quick         memory with 1,000 cycles instead of 10,000
// Figures only: nothing here fails on a slow number; a bench that crashes is reported and the
// rest still run, and the exit code says whether any crashed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const quick = args.includes('--quick');

const BENCHES = [
  { name: 'core', file: 'core.mjs', optional: true },
  { name: 'peers', file: 'peers.mjs' },
  { name: 'interaction', file: 'interaction.mjs' },
  { name: 'bundle', file: 'bundle.mjs' },
  { name: 'memory', file: 'memory.mjs', args: quick ? ['--cycles', '1000'] : [] },
];

let crashed = 0;
for (const bench of BENCHES) {
  if (only && bench.name !== only) continue;
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
    ['--expose-gc', '--import', 'tsx', path, ...(bench.args ?? [])],
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
process.exit(crashed === 0 ? 0 : 1);
