// What package.json's `sideEffects` means for the npm build (dist/npm/), and its check.
//
// An app's bundler drops a module the package calls side-effect free when the app uses nothing
// it exports. A module that registers messages when it loads (an element's English words, where
// its translations are) is imported for that alone, so it must be named in `sideEffects`, or the
// app shows message keys. The sources are named there one by one; the npm build gives each of
// them a chunk of its own whose file name says so (`<name>.registers-<hash>.js`, which
// `sideEffects` names by pattern), and `checkNpmSideEffects` fails the build when a file of
// dist/npm/ registers messages and `sideEffects` does not name it.
//
//   node scripts/npm-side-effects.mjs   checks dist/npm/ as built
import { readdirSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** The mark in the file name of an npm chunk that registers something when it loads. */
export const REGISTERS = 'registers';

/**
 * A `sideEffects` glob (`./src/elements/*\/messages.ts`) as a regular expression over a path from
 * the package root: `*` stays within a folder, `**` crosses them, and a glob without a slash
 * matches the file in any folder, as bundlers read it.
 */
export function globPattern(glob) {
  const path = glob.replace(/^\.\//, '');
  const source = path
    .split(/(\*\*\/|\*\*|\*)/)
    .map((piece) => {
      if (piece === '**/') return '(?:.*/)?';
      if (piece === '**') return '.*';
      if (piece === '*') return '[^/]*';
      return piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${path.includes('/') ? '' : '(?:.*/)?'}${source}$`);
}

function sideEffectPatterns(root = process.cwd()) {
  const { sideEffects } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  return Array.isArray(sideEffects) ? sideEffects.map(globPattern) : [];
}

/** Whether `sideEffects` names a file of the package (a path from its root, `dist/npm/all.js`). */
export function declaredWithSideEffects(path, root = process.cwd()) {
  const plain = path.replace(/^\.\//, '');
  return sideEffectPatterns(root).some((pattern) => pattern.test(plain));
}

/**
 * Whether a source module (a bundler's module id) is one `sideEffects` names: a module that
 * registers something when it loads. Virtual and dependency modules never are.
 */
export function registersOnLoad(moduleId, root = process.cwd()) {
  if (moduleId.startsWith('\0') || /[\\/]node_modules[\\/]/.test(moduleId)) return false;
  const path = relative(root, moduleId.split('?')[0]).split(sep).join('/');
  return path.startsWith('src/') && declaredWithSideEffects(path, root);
}

/** A top-level call that registers messages or a catalogue's parts, in an unminified file. */
const REGISTRATION = /^(?:addEnglish|addTranslations)(?:\$\d+)?\(/m;

/**
 * The files of dist/npm/ (entries and chunks) that register messages when they load and that
 * `sideEffects` does not name: each would be dropped by an app's bundler, its words with it.
 */
export function undeclaredRegistrations(root = process.cwd()) {
  const files = ['dist/npm', 'dist/npm/chunks'].flatMap((folder) =>
    readdirSync(`${root}/${folder}`)
      .filter((name) => name.endsWith('.js'))
      .map((name) => `${folder}/${name}`),
  );
  return files.filter(
    (file) =>
      REGISTRATION.test(readFileSync(`${root}/${file}`, 'utf8')) &&
      !declaredWithSideEffects(file, root),
  );
}

/** Throws, naming the files, when a file of dist/npm/ registers messages undeclared. */
export function checkNpmSideEffects(root = process.cwd()) {
  const missing = undeclaredRegistrations(root);
  if (missing.length === 0) return;
  throw new Error(
    `npm build: ${missing.join(', ')} register${missing.length === 1 ? 's' : ''} messages when ` +
      'loaded, but package.json\'s "sideEffects" does not name ' +
      `${missing.length === 1 ? 'it' : 'them'}, so an app's bundler would drop the words. Name ` +
      `the source in "sideEffects" (the npm build then marks its chunk ".${REGISTERS}").`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    checkNpmSideEffects();
    console.log('npm-side-effects: every file of dist/npm/ that registers messages is declared');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
