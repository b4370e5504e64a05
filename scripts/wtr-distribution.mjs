// Test-server additions for test/distribution/:
// - strictCsp(): pages under /test/distribution/csp/ and dist/embed.html are served with a strict
//   Content-Security-Policy header, so the built bundles are tested the way a strict site serves them
//   (those under csp/nonce/ with scripts allowed by nonce only);
// - reactForBrowser(): React ships CommonJS only; esbuild bundles react, react-dom and the JSX
//   runtime once into one ES module (one copy of React), and small shims re-export it per import path;
// - distributionTestServer(): a second, CORS-less origin for dist/, frame evaluation, and the
//   files the embed, builder and loader tests fetch.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { createRequire } from 'node:module';
import { pathToFileURL, URL } from 'node:url';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** No 'unsafe-inline', no 'unsafe-eval': what a strict site sends. */
export const STRICT_CSP = "default-src 'self'";

/**
 * Scripts allowed by nonce, not by origin: pages under /test/distribution/csp/nonce/. The one
 * script allowed by its address is the one the runner adds to every page it serves.
 */
export const NONCE_CSP =
  "default-src 'self'; script-src 'nonce-backprop-test' localhost:*/__web-dev-server__web-socket.js";

export function strictCsp() {
  return async function strictCspMiddleware(context, next) {
    await next();
    if (context.path.startsWith('/test/distribution/csp/nonce/')) {
      context.set('Content-Security-Policy', NONCE_CSP);
    } else if (
      context.path.startsWith('/test/distribution/csp/') ||
      context.path === '/dist/embed.html'
    ) {
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

/** Content types for the files the second origin serves (what a plain static host sends). */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * A second origin: a plain static server for dist/ on 127.0.0.1 (another site than the runner's
 * localhost) that sends no CORS headers, as a course author's file host or an LMS file area
 * would. It records the paths asked of it, so a test can tell a page needed nothing else.
 */
function createSecondOrigin() {
  const requests = [];
  const root = resolve('dist');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.replace(/^\/dist\//, '/')));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  const ready = new Promise((resolveReady, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveReady(`http://127.0.0.1:${server.address().port}`));
  });
  return { server, ready, requests };
}

/** The frame of the calling test's page whose URL starts with `url`, if it is there yet. */
function frameOf(session, url) {
  const page = session.browser.getPage?.(session.id);
  if (!page) throw new Error('frame commands need a Chrome launcher page');
  return page.frames().find((candidate) => candidate.url().startsWith(url));
}

/**
 * The distribution tests' server side, one plugin (web-test-runner.config.mjs registers it as
 * `bringToFront()`, its first name):
 * - `executeServerCommand('bring-to-front')`: makes the calling test's tab the visible one. Two
 *   test files run at once in one browser, and a background tab delivers no ResizeObserver
 *   callbacks, which the embed page's height reports depend on;
 * - `'second-origin'` → `{ origin }`: starts (once) the CORS-less static server for dist/;
 *   `'second-origin-requests'` → the paths it was asked for since the last call;
 * - `'frame-eval'`, `{ url, expression }`: the value of `expression` evaluated inside the frame
 *   at `url` (null while there is no such frame), for frames a cross-origin test page cannot
 *   read (a sandboxed embed);
 * - `'file-page'`, `{ path, until, expression }`: opens the file at `path` (from the project's
 *   folder) as a file:// page in a tab of its own, waits until `until` is true there and
 *   returns the value of `expression`;
 * - serves `/demo/embed-standalone.html` (the builder fetches it beside itself) from dist/, and
 *   `/__missing-chunks/backprop-elements.js`, the script-tag entry alone with no chunks/ beside it,
 *   and `/__missing-reader-code/`, dist/'s scripts without the code that loads once the page is
 *   idle or after the first render (graph-backprop's and layer-delta's reader code, train-network's
 *   reader code and Play loop), and `/__missing-languages/`,
 *   dist/ without any language besides English (a self-host that copied the main scripts only),
 *   and `/__slow-katex/<any name>/`, dist/ with KaTeX's chunk answered `SLOW_KATEX_MS` late.
 */
export function distributionTestServer() {
  let secondOrigin;
  return {
    name: 'distribution-test-server',
    serve(context) {
      if (context.path === '/demo/embed-standalone.html') {
        // Served as text so the runner leaves the inline script (and its CSP hash) untouched.
        return { body: readFileSync('dist/embed-standalone.html', 'utf8'), type: 'txt' };
      }
      if (context.path === '/__missing-chunks/backprop-elements.js') {
        return { body: readFileSync('dist/backprop-elements.js', 'utf8'), type: 'js' };
      }
      // dist/'s scripts but the code fetched once the page is idle, which then answers 404.
      const partial = /^\/__missing-reader-code\/((?:chunks\/)?[\w.-]+\.js)$/.exec(context.path);
      if (partial && !/^chunks\/(graph-handlers|playing|later|reader-handlers)-/.test(partial[1])) {
        return { body: readFileSync(`dist/${partial[1]}`, 'utf8'), type: 'js' };
      }
      // dist/ without any language but English: no catalogue chunk, no classic language file.
      const english = /^\/__missing-languages\/((?:chunks\/|fonts\/)?[\w.-]+\.(?:js|woff2))$/.exec(
        context.path,
      );
      if (english && !isLanguageFile(english[1]) && existsSync(`dist/${english[1]}`)) {
        return distFile(english[1]);
      }
      // dist/ with KaTeX's chunk answered late, as on a slow network.
      // A folder of the test's own naming first (/__slow-katex/<name>/), so no page under test
      // finds KaTeX in the cache another left.
      const slow = /^\/__slow-katex\/\w+\/((?:chunks\/|fonts\/)?[\w.-]+\.(?:js|woff2))$/.exec(
        context.path,
      );
      if (slow && existsSync(`dist/${slow[1]}`)) {
        const file = distFile(slow[1]);
        if (!/^chunks\/katex-[\w-]{8}\.js$/.test(slow[1])) return file;
        return new Promise((resolveLater) => setTimeout(() => resolveLater(file), SLOW_KATEX_MS));
      }
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'bring-to-front') {
        const page = session.browser.getPage?.(session.id);
        if (!page) throw new Error('bring-to-front needs a Chrome launcher page');
        await page.bringToFront();
        return true;
      }
      if (command === 'second-origin') {
        secondOrigin ??= createSecondOrigin();
        return { origin: await secondOrigin.ready };
      }
      if (command === 'second-origin-requests') {
        return secondOrigin ? secondOrigin.requests.splice(0) : [];
      }
      if (command === 'file-page') {
        const page = session.browser.getPage?.(session.id);
        if (!page) throw new Error('file-page needs a Chrome launcher page');
        const tab = await page.browser().newPage();
        try {
          await tab.goto(pathToFileURL(resolve(payload.path)).href);
          await tab.waitForFunction(payload.until, { polling: 100, timeout: 10000 });
          return await tab.evaluate(payload.expression);
        } finally {
          await tab.close();
          await page.bringToFront();
        }
      }
      if (command === 'frame-eval') {
        // null while the frame is not attached yet, so a test can poll.
        const frame = frameOf(session, payload.url);
        return frame ? frame.evaluate(payload.expression) : null;
      }
      return undefined;
    },
    serverStop() {
      secondOrigin?.server.close();
    },
  };
}

/** How late `/__slow-katex/<name>/` answers for KaTeX's chunk. */
export const SLOW_KATEX_MS = 2000;

/** A file of dist/ as the runner serves it. */
function distFile(path) {
  const file = `dist/${path}`;
  return file.endsWith('.js')
    ? { body: readFileSync(file, 'utf8'), type: 'js' }
    : { body: readFileSync(file), type: 'font/woff2' };
}

/** A language's messages: a catalogue part of the script tag, or a classic language file. */
function isLanguageFile(path) {
  return (
    /^chunks\/[a-z]{2}(?:-[A-Z]{2})?\.[a-z-]+-[\w-]{8}\.js$/.test(path) ||
    /^backprop-elements\.classic\.[\w-]+\.js$/.test(path)
  );
}

/** The name web-test-runner.config.mjs knows this plugin by. */
export const bringToFront = distributionTestServer;
