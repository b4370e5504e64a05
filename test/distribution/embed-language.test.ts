import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { pageLanguage } from '../../src/embed/embed-params.js';
import { messages as de } from '../../src/i18n/de/shared.js';
import { messages as deGraph } from '../../src/i18n/de/graph-backprop.js';
import { messages as es } from '../../src/i18n/es/shared.js';
import { openFrame, waitForFormula } from './frame.js';

/**
 * The embed pages' `lang` parameter: the figure and the page's own notes in the reader's
 * language, right to left where it runs that way. The single file is tested as a course platform
 * shows it (sandboxed, on a second origin without CORS; read through the runner's `frame-eval`),
 * embed.html as a self-host serves it. Needs `npm run build:dist`.
 */

/** A message of a catalogue with its placeholders filled (the catalogue's own words). */
function filled(message: unknown, params: Record<string, string>): string {
  expect(message, 'a message in the catalogue').to.be.a('string');
  return (message as string).replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
}

async function inFrame<T>(url: string, expression: string): Promise<T> {
  return executeServerCommand('frame-eval', { url, expression }) as Promise<T>;
}

async function untilInFrame(url: string, expression: string, message: string): Promise<void> {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      if (await inFrame<unknown>(url, expression)) return;
    } catch {
      // The frame may not be attached yet.
    }
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the lang parameter, resolved as the elements resolve it', () => {
  it('keeps a shipped language, a region of one, and marks right-to-left', () => {
    expect(pageLanguage('el=x&lang=de')).to.deep.equal({ lang: 'de', dir: 'ltr', catalogue: 'de' });
    expect(pageLanguage('lang=es-mx')).to.deep.equal({
      lang: 'es-MX',
      dir: 'ltr',
      catalogue: 'es',
    });
    expect(pageLanguage('lang=ar')).to.deep.equal({ lang: 'ar', dir: 'rtl', catalogue: 'ar' });
  });

  it('falls back to an English, left-to-right page for anything else', () => {
    const english = { lang: 'en', dir: 'ltr', catalogue: 'en' };
    for (const query of ['', 'lang=', 'lang=xx', 'lang=he', 'lang=%3Cscript%3E', 'lang=de_DE_x_']) {
      expect(pageLanguage(query), query).to.deep.equal(english);
    }
    expect(pageLanguage('lang=en-GB')).to.deep.equal({ ...english, lang: 'en-GB' });
  });
});

describe('dist/embed-standalone.html with &lang=, sandboxed on a second origin', () => {
  let origin = '';
  let frame: HTMLIFrameElement | undefined;

  before(async () => {
    ({ origin } = (await executeServerCommand('second-origin')) as { origin: string });
  });
  beforeEach(async () => {
    await executeServerCommand('bring-to-front');
  });
  afterEach(() => frame?.remove());

  function open(query: string): string {
    const src = `${origin}/dist/embed-standalone.html?${query}`;
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'standalone embed under test';
    frame.width = '480';
    frame.height = '500';
    frame.src = src;
    document.body.append(frame);
    return src;
  }

  const GRAPH = `document.querySelector('graph-backprop')`;

  it('shows the figure in German: its words from de/graph-backprop.ts and 0,5 for one half', async () => {
    const src = open('el=graph-backprop&expr=w*x&values=x%3D0.5%2C%20w%3D3&lang=de');
    await untilInFrame(
      src,
      `${GRAPH}?.shadowRoot?.querySelector('.katex') && ${GRAPH}.language === 'de'`,
      'the figure never spoke German',
    );
    expect(await inFrame(src, 'document.documentElement.lang')).to.equal('de');
    expect(await inFrame(src, 'document.documentElement.dir')).to.equal('ltr');
    const reset = await inFrame<string>(
      src,
      `${GRAPH}.shadowRoot.querySelector('button.reset').textContent.trim()`,
    );
    expect(reset).to.contain(deGraph['graph-backprop.button.reset'] as string);
    const text = await inFrame<string>(src, `${GRAPH}.shadowRoot.textContent`);
    expect(text, 'a German decimal comma').to.contain('0,5');
    expect(text).not.to.contain('0.5');
  });

  it('runs right to left in Arabic', async () => {
    const src = open('el=graph-backprop&expr=w*x&values=x%3D0.5%2C%20w%3D3&lang=ar');
    await untilInFrame(
      src,
      `${GRAPH}?.shadowRoot?.querySelector('.katex') && ${GRAPH}.language === 'ar'`,
      'the figure never spoke Arabic',
    );
    expect(await inFrame(src, 'document.documentElement.lang')).to.equal('ar');
    expect(await inFrame(src, 'document.documentElement.dir')).to.equal('rtl');
    expect(await inFrame(src, `getComputedStyle(${GRAPH}).direction`)).to.equal('rtl');
  });

  it("names a misspelt parameter in the reader's language", async () => {
    const src = open('el=graph-backprop&exp=x*x&values=x%3D3&lang=es');
    await untilInFrame(src, `!!document.querySelector('[role="note"]')`, 'no note shown');
    const note = await inFrame<string>(src, `document.querySelector('[role="note"]').textContent`);
    expect(note).to.contain(
      filled(es['embed.notParameterGuess'], { name: 'exp', tag: 'graph-backprop', guess: 'expr' }),
    );
    expect(note).to.contain(filled(es['embed.parameterList'], { list: '' }).split(':')[0]);
    expect(note, 'lang is the page’s, not a misspelt attribute').not.to.contain('«lang»');
    expect(note).not.to.contain('is not a parameter');
  });

  it('falls back to English without a note for a language it does not ship', async () => {
    const src = open('el=graph-backprop&expr=x*x&values=x%3D3&lang=xx');
    await untilInFrame(
      src,
      `${GRAPH}?.shadowRoot?.querySelector('.katex')`,
      'the figure never rendered',
    );
    expect(await inFrame(src, `${GRAPH}.language`)).to.equal('en');
    expect(await inFrame(src, 'document.documentElement.lang')).to.equal('en');
    expect(await inFrame(src, `!!document.querySelector('[role="note"], [role="alert"]')`)).to.be
      .false;
  });

  it('still names a misspelt lang parameter, and what it meant', async () => {
    const src = open('el=graph-backprop&expr=x*x&values=x%3D3&lnag=de');
    await untilInFrame(src, `!!document.querySelector('[role="note"]')`, 'no note shown');
    const note = await inFrame<string>(src, `document.querySelector('[role="note"]').textContent`);
    expect(note).to.contain('"lnag" is not a parameter of graph-backprop; did you mean "lang"?');
    expect(note).to.match(/The parameters are: el, lang, pass, tolerance, attempts, expr, values/);
  });
});

describe('dist/embed.html with &lang=', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('fetches each part of the language once, for the figure and the page note alike', async () => {
    await executeServerCommand('bring-to-front');
    frame = await openFrame('/dist/embed.html?el=graph-backprop&exp=x*x&values=x%3D3&lang=de', 480);
    const graph = (await waitForFormula(frame, 'graph-backprop')) as HTMLElement & {
      language: string;
    };
    await waitUntil(() => graph.language === 'de', 'the figure never spoke German');
    const note = frame.contentDocument!.querySelector('main > [role="note"]')!;
    expect(note.textContent).to.contain(
      filled(de['embed.notParameterGuess'], { name: 'exp', tag: 'graph-backprop', guess: 'expr' }),
    );
    // The page's notes and the figure share German's shared part; the figure adds its own.
    const catalogues = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .flatMap(
        (path) =>
          /\/chunks\/((?:es|de|fr|pt-BR|zh-CN|ja|hi|ar)\.[a-z-]+)-[\w-]{8}\.js$/.exec(path)?.[1] ??
          [],
      )
      .sort();
    expect(catalogues).to.deep.equal(['de.graph-backprop', 'de.shared']);
  });
});
