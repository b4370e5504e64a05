// Test-server additions for test/distribution/:
// - strictCsp(): pages under /test/distribution/csp/ and dist/embed.html are served with a strict
//   Content-Security-Policy header, so the built bundles are tested the way a strict site serves them;
// - reactForBrowser(): React ships CommonJS only; esbuild bundles react, react-dom and the JSX
//   runtime once into one ES module (one copy of React), and small shims re-export it per import path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** No 'unsafe-inline', no 'unsafe-eval': what a strict site sends. */
export const STRICT_CSP = "default-src 'self'";

export function strictCsp() {
  return async function strictCspMiddleware(context, next) {
    await next();
    if (context.path.startsWith('/test/distribution/csp/') || context.path === '/dist/embed.html') {
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  };
}

const SHARED_BUNDLE = '/__react/shared.js';
const PACKAGES = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
  'react/jsx-runtime': 'JSXRuntime',
};
/**
 * Where each module's exports are listed. They are read as text (`exports.name =`), not
 * required: loading React's development build in the runner's process patches its console.
 */
const PRODUCTION_FILES = {
  react: 'react/cjs/react.production.js',
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
  'react/jsx-runtime': 'react/cjs/react-jsx-runtime.production.js',
};

let sharedBundle;

async function bundleReact() {
  const lines = Object.entries(PACKAGES).map(
    ([path, name]) => `export * as ${name} from ${JSON.stringify(path)};`,
  );
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

/** `export const useState = React.useState;` for every export the CommonJS module has. */
function shimFor(path) {
  const name = PACKAGES[path];
  const [pkg, ...rest] = PRODUCTION_FILES[path].split('/');
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), ...rest);
  const text = readFileSync(file, 'utf8');
  const names = [
    ...new Set([...text.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1])),
  ];
  const exports = names.map((key) => `export const ${key} = ${name}.${key};`);
  return [
    `import { ${name} } from '${SHARED_BUNDLE}';`,
    ...exports,
    `export default ${name}.default ?? ${name};`,
  ].join('\n');
}

export function reactForBrowser() {
  return {
    name: 'react-for-browser',
    resolveImport({ source }) {
      if (source in PACKAGES) return `/__react/${source.replace(/\//g, '__')}.js`;
      return undefined;
    },
    async serve(context) {
      if (context.path === SHARED_BUNDLE) {
        sharedBundle ??= bundleReact();
        return { body: await sharedBundle, type: 'js' };
      }
      const match = /^\/__react\/(.+)\.js$/.exec(context.path);
      if (!match) return undefined;
      const path = match[1].replace(/__/g, '/');
      if (!(path in PACKAGES)) return undefined;
      return { body: shimFor(path), type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('bring-to-front')`: makes the calling test's tab the visible one. Two
 * test files run at once in one browser, and a background tab delivers no ResizeObserver
 * callbacks, which the embed page's height reports depend on.
 */
export function bringToFront() {
  return {
    name: 'bring-to-front',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('bring-to-front needs a Chrome launcher page');
      await page.bringToFront();
      return true;
    },
  };
}
