// A Node module-resolution hook for @tensorflow/tfjs-core's ES-module build.
// Why: tfjs-core's CommonJS bundle (what Node loads by default) carries no gradients, and the
// file that registers them (dist/register_all_gradients.js) is only in the ES build, whose imports
// leave out the ".js" that Node requires. This hook adds it, and points the bare package names at
// the ES builds so the CPU backend and the gradients register into the same tfjs-core instance.
// Scope: only specifiers imported from inside node_modules/@tensorflow, plus the two bare names.
import { existsSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ES_BUILDS = {
  '@tensorflow/tfjs-core': 'dist/index.js',
  '@tensorflow/tfjs-backend-cpu': 'dist/index.js',
};

function packageFile(name, file) {
  const manifest = require.resolve(`${name}/package.json`);
  return pathToFileURL(manifest.replace(/package\.json$/, file)).href;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier in ES_BUILDS) {
    return { url: packageFile(specifier, ES_BUILDS[specifier]), shortCircuit: true };
  }
  const parent = context.parentURL ?? '';
  if (parent.includes('/node_modules/@tensorflow/') && specifier.startsWith('.')) {
    const base = new URL(specifier, parent);
    for (const candidate of [`${base.href}.js`, `${base.href}/index.js`, base.href]) {
      if (existsSync(fileURLToPath(candidate)) && !candidate.endsWith('/')) {
        if (candidate === base.href && !/\.m?js$/.test(candidate)) continue;
        return { url: candidate, shortCircuit: true, format: 'module' };
      }
    }
  }
  return nextResolve(specifier, context);
}
