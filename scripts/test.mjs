// `npm test`'s browser step: finds Chromium (see find-chrome.mjs), then runs every test
// through @web/test-runner. Extra arguments pass through, e.g. `--files test/core/*.test.ts`.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
