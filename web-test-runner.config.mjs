import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { distributionTestServer, reactForBrowser, strictCsp } from './scripts/wtr-distribution.mjs';
import { forcedColorsCommand } from './scripts/wtr-forced-colors.mjs';

const require = createRequire(import.meta.url);

/** Vite understands `import css from 'x.css?inline'`; this teaches the test server the same. */
function cssInlinePlugin() {
  return {
    name: 'css-inline',
    serve(context) {
      if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
        const file = require.resolve(`.${context.path}`, { paths: [process.cwd()] });
        return {
          body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`,
          type: 'js',
        };
      }
      return undefined;
    },
  };
}

/**
 * KaTeX's fonts are resolved beside the module that registers them (src/internal/fonts/ in the
 * sources, dist/fonts/ in the build); in development they are served from the katex package.
 */
function katexFontsPlugin() {
  return {
    name: 'katex-fonts',
    serve(context) {
      const match = /\/fonts\/(KaTeX_[\w-]+\.woff2)$/.exec(context.path);
      if (!match) return undefined;
      const file = require.resolve(`katex/dist/fonts/${match[1]}`);
      return { body: readFileSync(file), type: 'font/woff2' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: a page left in a background tab gets no animation frames and stalls.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // test/distribution/: strict-CSP pages, and React (CommonJS) as an ES module.
  middleware: [strictCsp()],
  plugins: [
    reactForBrowser(),
    distributionTestServer(),
    forcedColorsCommand(),
    a11ySnapshotPlugin(),
    cssInlinePlugin(),
    katexFontsPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || findChrome(),
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
