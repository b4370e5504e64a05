import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [cssInlinePlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
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
