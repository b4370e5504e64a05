// The shipped Vue types (types/vue.d.ts) as vue-tsc sees a Vue project's templates, run by
// scripts/build-apps.mjs on test/types/ with the packed package installed beside it. Twice: with
// vue-tsc's default settings (tsconfig.json) and with strictTemplates (tsconfig.strict.json).
//   - the README's App.vue and Attributes.vue (id, class, aria-*, data-*, v-for keys…) must
//     type-check;
//   - in Wrong.vue, the line after each `<!-- fails: … -->` comment must be reported (a misspelt
//     name, a read-only property, a wrong value or detail), and no other line may be.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const VUE_TSC = require.resolve('vue-tsc/bin/vue-tsc.js');
const WRONG = 'Wrong.vue';

/** 1-based line numbers of Wrong.vue that must be reported. */
function linesThatMustFail(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => (/<!-- fails:/.test(line) ? [index + 2] : []));
}

/** vue-tsc's diagnostics as { file, line, text }, paths relative to the project folder. */
function diagnostics(projectFolder, config) {
  const run = spawnSync(process.execPath, [VUE_TSC, '-p', join(projectFolder, config)], {
    cwd: projectFolder,
    encoding: 'utf8',
  });
  const found = [];
  for (const line of run.stdout.split('\n')) {
    const match = /^(.*?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (match) found.push({ file: match[1], line: Number(match[2]), text: match[3] });
  }
  if (run.status !== 0 && found.length === 0) {
    throw new Error(
      `vue-tsc -p ${config} failed without a diagnostic:\n${run.stdout}${run.stderr}`,
    );
  }
  return found;
}

/** Problems with the shipped Vue types; an empty list when they do what the README says. */
export function checkVueTypes(typesFolder) {
  const projectFolder = join(typesFolder, 'vue-tsc');
  const mustFail = linesThatMustFail(join(projectFolder, WRONG));
  const problems = [];
  for (const config of ['tsconfig.json', 'tsconfig.strict.json']) {
    const found = diagnostics(projectFolder, config);
    const wrongLines = new Set(found.filter((d) => d.file.endsWith(WRONG)).map((d) => d.line));
    for (const d of found.filter((d) => !d.file.endsWith(WRONG) || !mustFail.includes(d.line))) {
      problems.push(`${config}: ${d.file}(${d.line}) should type-check: ${d.text}`);
    }
    for (const line of mustFail.filter((line) => !wrongLines.has(line))) {
      problems.push(
        `${config}: ${WRONG}(${line}) should fail to type-check, and vue-tsc accepts it`,
      );
    }
  }
  return problems;
}
