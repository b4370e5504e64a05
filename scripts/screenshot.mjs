// Screenshots a page at a phone width (320 px) and an article width (900 px), for looking at
// what we build: `node scripts/screenshot.mjs http://localhost:5173/demo/ .screenshots/demo`
// writes .screenshots/demo-320.png and .screenshots/demo-900.png.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const [url, prefix = '.screenshots/page', colorScheme = 'light'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> [out-prefix] [light|dark]');
  process.exit(1);
}
mkdirSync(dirname(prefix), { recursive: true });
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS,
  headless: true,
});
try {
  for (const width of [320, 900]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    page.on('pageerror', (error) => console.error(`page error at ${width}px:`, error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`console error at ${width}px:`, message.text());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${prefix}-${width}.png`, fullPage: true });
    await page.close();
    console.log(`${prefix}-${width}.png`);
  }
} finally {
  await browser.close();
}
