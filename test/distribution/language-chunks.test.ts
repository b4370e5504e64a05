import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './frame.js';

/**
 * The built script tag fetches a language's catalogue only where a figure needs it, as its own
 * small file: a German page fetches the German chunk and no other; an English page none.
 * Needs `npm run build:dist`.
 */

const CATALOGUE_CHUNK = /\/chunks\/(es|de|fr|pt-BR|zh-CN|ja|hi|ar)-[\w-]+\.js$/;

async function catalogueRequests(page: string, expected: string): Promise<string[]> {
  const frame = await openFrame(page);
  const figure = () =>
    frame.contentDocument!.querySelector('neuron-backprop') as
      (HTMLElement & { language?: string }) | null;
  await waitUntil(() => figure()?.language === expected, `the figure never spoke ${expected}`, {
    timeout: 15000,
  });
  const names = frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => CATALOGUE_CHUNK.test(path))
    .map((path) => CATALOGUE_CHUNK.exec(path)![1]);
  frame.remove();
  return names;
}

describe('language catalogues in the built script tag', () => {
  it('a German page fetches the German catalogue and no other', async () => {
    expect(
      await catalogueRequests('/test/distribution/pages/german-figure.html', 'de'),
    ).to.deep.equal(['de']);
  });

  it('an English page (en-GB) fetches no catalogue', async () => {
    expect(
      await catalogueRequests('/test/distribution/pages/english-figure.html', 'en'),
    ).to.deep.equal([]);
  });
});
