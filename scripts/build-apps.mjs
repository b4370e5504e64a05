// `npm test`'s framework step, after build:dist and before the browser tests: the package as an
// app developer gets it.
//   1. `npm pack` once; the tarball is cached in the system temp folder under a hash of every
//      file it holds, so a second run with the same package reuses it.
//   2. Each app in test/apps/ (React 19, Vue 3, Svelte 5) gets its own folder with the tarball
//      unpacked as node_modules/backprop-elements (its dependencies and the frameworks are the
//      repository's installed copies, linked), the KaTeX fonts copied to public/ as the README's
//      font step says, and is built with Vite from its own vite.config.mjs.
//   3. test/types/ is type-checked against the unpacked package: the shipped framework types.
//      It holds the README's framework snippets verbatim (checked here), and the Vue and Svelte
//      components among them are compiled with Vue's and Svelte's compilers.
//   4. test/types/vue-tsc/ is checked with vue-tsc, default and strict (scripts/check-vue-types.mjs).
// The built apps land in node_modules/.cache/backprop-elements-apps/<app>/, where the browser
// tests (test/distribution/frameworks-*.test.ts) open them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkVueTypes } from './check-vue-types.mjs';

const ROOT = process.cwd();
const APPS = ['react', 'vue', 'svelte'];
const SERVED = join(ROOT, 'node_modules/.cache/backprop-elements-apps');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(command, args, cwd = ROOT) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`build-apps: \`${command} ${args.join(' ')}\` failed in ${cwd}`);
    process.exit(1);
  }
  return result.stdout;
}

// 1. One tarball per package content.
const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']))[0];
const hash = createHash('sha256');
for (const { path } of [...listing.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
  hash
    .update(path)
    .update('\0')
    .update(readFileSync(join(ROOT, path)))
    .update('\0');
}
const key = hash.digest('hex').slice(0, 16);
const packDir = join(tmpdir(), 'backprop-elements-pack', key);
const tarball = join(packDir, listing.filename);
if (!existsSync(tarball)) {
  const packing = Date.now();
  mkdirSync(packDir, { recursive: true });
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir]);
  console.log(`build-apps: packed ${listing.filename} in ${seconds(packing)}`);
} else {
  console.log(`build-apps: reusing ${listing.filename} (${key})`);
}

/** An app folder as `npm install <tarball>` would leave it. */
function installInto(folder) {
  const modules = join(folder, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.cache' || entry === '.bin' || entry === 'backprop-elements') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  const own = join(modules, 'backprop-elements');
  mkdirSync(own);
  run('tar', ['-xzf', tarball, '-C', own, '--strip-components=1']);
}

const workRoot = join(tmpdir(), 'backprop-elements-apps', key);
rmSync(workRoot, { recursive: true, force: true });
const { build } = await import('vite');

// 2. The apps (test/apps/shared/ holds what all three render).
cpSync(join(ROOT, 'test/apps'), join(workRoot, 'apps'), { recursive: true });
for (const app of APPS) {
  const building = Date.now();
  const folder = join(workRoot, 'apps', app);
  installInto(folder);
  // The README's font step for bundlers: KaTeX's woff2 files in the app's public folder.
  const fonts = join(folder, 'public/katex-fonts');
  mkdirSync(fonts, { recursive: true });
  const katexFonts = join(folder, 'node_modules/katex/dist/fonts');
  for (const file of readdirSync(katexFonts).filter((name) => name.endsWith('.woff2'))) {
    cpSync(join(katexFonts, file), join(fonts, file));
  }
  await build({
    root: folder,
    configFile: join(folder, 'vite.config.mjs'),
    logLevel: 'warn',
    build: { outDir: join(SERVED, app), emptyOutDir: true },
  });
  console.log(`build-apps: ${app} built in ${seconds(building)}`);
}

// 3. The shipped types, checked as an app's tsc would see them.
const checking = Date.now();
const typesFolder = join(workRoot, 'types');
cpSync(join(ROOT, 'test/types'), typesFolder, { recursive: true });
installInto(typesFolder);
checkReadmeSnippets(join(ROOT, 'test/types'));
await compileComponents(typesFolder);
const tsc = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', typesFolder],
  { encoding: 'utf8' },
);
if (tsc.status !== 0) {
  console.error(tsc.stdout.replaceAll(typesFolder, 'test/types'), tsc.stderr);
  console.error('build-apps: test/types does not type-check against the packed package');
  process.exit(1);
}
console.log(`build-apps: test/types type-checked in ${seconds(checking)}`);

// 4. The shipped Vue types under vue-tsc, as a Vue project checks its templates.
const checkingVue = Date.now();
const vueProblems = checkVueTypes(typesFolder);
if (vueProblems.length > 0) {
  console.error(vueProblems.join('\n').replaceAll(typesFolder, 'test/types'));
  console.error('build-apps: the Vue types do not hold under vue-tsc (test/types/vue-tsc/)');
  process.exit(1);
}
console.log(`build-apps: Vue templates checked with vue-tsc in ${seconds(checkingVue)}`);

rmSync(workRoot, { recursive: true, force: true });
console.log(`build-apps: done in ${seconds(started)}`);

/**
 * Every code block of the README's React, Vue and Svelte sections must appear verbatim in a file
 * of test/types/, so what readers copy is what tsc and the compilers check. (Angular's is not:
 * Angular is not among the development dependencies.)
 */
function checkReadmeSnippets(folder) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(folder, entry.name), 'utf8'));
  const missing = [];
  for (const section of ['React 19', 'Vue 3', 'Svelte 5']) {
    const start = readme.indexOf(`\n### ${section}\n`);
    if (start < 0) missing.push(`the README's "### ${section}" section`);
    const end = readme.indexOf('\n#', start + 1);
    const text = readme.slice(start, end < 0 ? undefined : end);
    for (const [, code] of text.matchAll(/^```\w+\n([\s\S]*?)^```$/gm)) {
      if (!files.some((file) => file.includes(code))) {
        missing.push(`${section}:\n${code}`);
      }
    }
  }
  if (missing.length > 0) {
    console.error(missing.join('\n\n'));
    console.error(
      'build-apps: README framework snippets above are not copied verbatim in test/types/',
    );
    process.exit(1);
  }
}

/** The README's Vue and Svelte components, compiled as their Vite plugins would. */
async function compileComponents(folder) {
  const problems = [];
  const { parse, compileScript } = await import('vue/compiler-sfc');
  const { compile } = await import('svelte/compiler');
  // The README's vite.config.ts setting.
  const isCustomElement = (tag) => tag.includes('-');
  for (const name of readdirSync(folder).filter((file) => /\.(vue|svelte)$/.test(file))) {
    const source = readFileSync(join(folder, name), 'utf8');
    if (name.endsWith('.vue')) {
      const { descriptor, errors } = parse(source, {
        filename: name,
        templateParseOptions: { isCustomElement },
      });
      problems.push(...errors.map((error) => `${name}: ${error.message}`));
      if (errors.length > 0) continue;
      const script = compileScript(descriptor, {
        id: name,
        inlineTemplate: true,
        templateOptions: {
          compilerOptions: { isCustomElement },
          onError: (error) => problems.push(`${name}: ${error.message}`),
          onWarn: (warning) => problems.push(`${name}: ${warning.message}`),
        },
      });
      // A tag Vue took for a component would be resolved at run time and render nothing.
      for (const tag of script.content.matchAll(/resolveComponent\("([^"]+)"\)/g)) {
        problems.push(`${name}: <${tag[1]}> compiles as a Vue component`);
      }
    } else if (name.endsWith('.svelte')) {
      try {
        const { warnings } = compile(source, { filename: name, generate: 'client' });
        problems.push(...warnings.map((warning) => `${name}: ${warning.message}`));
      } catch (error) {
        problems.push(`${name}: ${error.message}`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('build-apps: a README component in test/types/ does not compile cleanly');
    process.exit(1);
  }
}
