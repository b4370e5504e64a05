// Launches Debian's Chromium (or whatever scripts/find-chrome.mjs finds) through playwright-core
// and opens the bench harness page.
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';

export async function launchBrowser(extraArgs = []) {
  const executablePath = findChrome();
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROME_ARGS, ...extraArgs],
    headless: true,
  });
  return { browser, version: browser.version() };
}

/** A fresh page on the harness, with page errors echoed (a broken element shows up here). */
export async function openHarness(browser, origin, { width = 1000, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`  console error: ${message.text()}`);
  });
  await page.goto(`${origin}/bench/pages/interaction.html`);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, {
    timeout: 60_000,
  });
  return page;
}
