import { expect, waitUntil } from '@open-wc/testing';
import { messages as deGears } from '../../src/i18n/de/chain-rule-gears.js';
import { messages as deGraph } from '../../src/i18n/de/graph-backprop.js';
import { messages as deLayer } from '../../src/i18n/de/layer-delta.js';
import { messages as deNeuron } from '../../src/i18n/de/neuron-backprop.js';
import { messages as deTrain } from '../../src/i18n/de/train-network.js';
import type { Messages } from '../../src/internal/i18n.js';
import { openFrame } from './frame.js';

/**
 * The built script tag fetches a language's words only where a figure needs them, in parts: a
 * German page fetches German's shared part and the part of each element it shows, and no other
 * language's; an English page none. Needs `npm run build:dist`.
 */

const CATALOGUE_PART = /\/chunks\/((?:es|de|fr|pt-BR|zh-CN|ja|hi|ar)\.[a-z-]+)-[\w-]{8}\.js$/;

interface Visit {
  /** The catalogue parts fetched (`de.shared`), sorted. */
  parts: string[];
  /** The text of every script the page fetched. */
  scripts: string[];
  /** What the figure shows. */
  text: string;
}

async function visit(page: string, tag: string, expected: string): Promise<Visit> {
  const frame = await openFrame(page);
  const figure = () =>
    frame.contentDocument!.querySelector(tag) as (HTMLElement & { language?: string }) | null;
  await waitUntil(() => figure()?.language === expected, `the figure never spoke ${expected}`, {
    timeout: 15000,
  });
  const paths = frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname);
  const parts = paths.flatMap((path) => CATALOGUE_PART.exec(path)?.[1] ?? []).sort();
  const scripts = await Promise.all(
    paths.filter((path) => path.endsWith('.js')).map((path) => fetch(path).then((r) => r.text())),
  );
  const text = figure()!.shadowRoot!.textContent ?? '';
  frame.remove();
  return { parts, scripts, text };
}

/** Sentences of a catalogue part long enough to be its own, as they stand in a built file. */
function sentences(messages: Messages): string[] {
  return Object.values(messages)
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
    .filter((text): text is string => !!text && text.length >= 24 && !/['"`\\{]/.test(text));
}

describe('language catalogues in the built script tag', () => {
  it('a German page fetches the German parts of what it shows and no other language', async () => {
    const { parts } = await visit(
      '/test/distribution/pages/german-figure.html',
      'neuron-backprop',
      'de',
    );
    expect(parts).to.deep.equal(['de.neuron-backprop', 'de.shared']);
  });

  it('a German page with <chain-rule-gears> alone fetches no other element’s words', async () => {
    const { parts, scripts, text } = await visit(
      '/test/distribution/pages/german-gears.html',
      'chain-rule-gears',
      'de',
    );
    expect(text, 'the figure speaks German').to.contain(
      deGears['chain-rule-gears.formula.title'] as string,
    );
    expect(parts).to.deep.equal(['de.chain-rule-gears', 'de.shared']);
    for (const [tag, messages] of Object.entries({
      'graph-backprop': deGraph,
      'neuron-backprop': deNeuron,
      'layer-delta': deLayer,
      'train-network': deTrain,
    })) {
      const own = sentences(messages);
      expect(own.length, `${tag} has German sentences to look for`).to.be.greaterThan(5);
      const fetched = own.filter((sentence) => scripts.some((script) => script.includes(sentence)));
      expect(fetched, `German words of <${tag}> fetched`).to.deep.equal([]);
    }
  });

  it('an English page (en-GB) fetches no catalogue', async () => {
    const { parts } = await visit(
      '/test/distribution/pages/english-figure.html',
      'neuron-backprop',
      'en',
    );
    expect(parts).to.deep.equal([]);
  });
});
