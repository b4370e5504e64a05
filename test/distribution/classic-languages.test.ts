import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/layer-delta/messages.js';
import { messages as deGears } from '../../src/i18n/de/chain-rule-gears.js';
import { messagesOf, type Messages } from '../../src/internal/i18n.js';
import { openFrame } from './frame.js';

/**
 * The classic script carries English only; each other language is a classic script beside it
 * (backprop-elements.classic.<lang>.js) that a page in that language fetches, the way the script
 * tag fetches a language's chunks, and an element waits in English meanwhile. Needs
 * `npm run build:dist` first (part of `npm test`).
 */
const LANGUAGES = ['es', 'de', 'fr', 'pt-BR', 'zh-CN', 'ja', 'hi', 'ar'];
const PARTS = [
  'shared',
  'chain-rule-gears',
  'neuron-backprop',
  'graph-backprop',
  'layer-delta',
  'train-network',
];

async function messagesOfPart(lang: string, part: string): Promise<Messages> {
  const module = (await import(`../../src/i18n/${lang}/${part}.ts`)) as { messages: Messages };
  return module.messages;
}

function textOf(element: Element | null | undefined): string {
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** Sentences of a catalogue long enough to be its own, as they stand in a built file. */
function sentences(messages: Messages): string[] {
  return Object.values(messages)
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
    .filter((text): text is string => !!text && text.length >= 24 && !/['"`\\{]/.test(text));
}

/** The classic language files a frame fetched, by name. */
function languageFilesFetched(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
    .filter((name) => /^backprop-elements\.classic\.[\w-]+\.js$/.test(name))
    .sort();
}

type Figure = HTMLElement & { language: string; updateComplete: Promise<unknown> };

/** Waits until the `<chain-rule-gears>` of `frame`'s page speaks German. */
async function speaksGerman(frame: HTMLIFrameElement): Promise<void> {
  const figure = () => frame.contentDocument!.querySelector<Figure>('chain-rule-gears');
  const title = deGears['chain-rule-gears.formula.title'] as string;
  await waitUntil(
    () => figure()?.language === 'de' && textOf(figure()).includes(title),
    `the figure never spoke German: ${textOf(figure()).slice(0, 200)}`,
    { timeout: 10000 },
  );
}

describe('the classic script in every language', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows each language its own words, under a strict CSP', async () => {
    frame = await openFrame('/test/distribution/csp/classic.html');
    const doc = frame.contentDocument!;
    for (const lang of LANGUAGES) {
      const element = doc.createElement('layer-delta');
      element.setAttribute('lang', lang);
      doc.body.append(element);
      const messages = await messagesOfPart(lang, 'layer-delta');
      const words = [messages['layer-delta.step'], messages['layer-delta.reset']] as string[];
      await waitUntil(
        () => words.every((word) => textOf(element).includes(word)),
        `<layer-delta lang="${lang}"> never showed ${words.join(' / ')}: ${textOf(element).slice(0, 200)}`,
        { timeout: 5000 },
      );
    }
    const violations = (frame.contentWindow as Window & { cspViolations: unknown[] }).cspViolations;
    expect(violations).to.deep.equal([]);
  });

  it('carries English only: no other language’s sentences are in the script', async () => {
    const script = await (await fetch('/dist/backprop-elements.classic.js')).text();
    for (const lang of LANGUAGES) {
      const own = (await Promise.all(PARTS.map((part) => messagesOfPart(lang, part)))).flatMap(
        sentences,
      );
      expect(own.length, `${lang} has sentences to look for`).to.be.greaterThan(20);
      const inlined = own.filter((sentence) => script.includes(sentence));
      expect(inlined, `${lang} sentences in the classic script`).to.deep.equal([]);
    }
  });

  it('a German page fetches the German file alone and speaks German', async () => {
    frame = await openFrame('/test/distribution/pages/classic-german.html');
    await speaksGerman(frame);
    expect(languageFilesFetched(frame)).to.deep.equal(['backprop-elements.classic.de.js']);
  });

  it('an Arabic page fetches the Arabic file and reads right to left', async () => {
    frame = await openFrame('/test/distribution/pages/classic-arabic.html');
    const figure = () => frame!.contentDocument!.querySelector<Figure>('layer-delta');
    const messages = await messagesOfPart('ar', 'layer-delta');
    const words = [messages['layer-delta.step'], messages['layer-delta.reset']] as string[];
    await waitUntil(
      () => figure()?.language === 'ar' && words.every((word) => textOf(figure()).includes(word)),
      `the figure never spoke Arabic: ${textOf(figure()).slice(0, 200)}`,
      { timeout: 10000 },
    );
    const readout = figure()!.shadowRoot!.querySelector('.readout')!;
    expect(frame.contentWindow!.getComputedStyle(readout).direction).to.equal('rtl');
    expect(languageFilesFetched(frame)).to.deep.equal(['backprop-elements.classic.ar.js']);
  });

  it('a page whose policy allows scripts by nonce alone gets German too', async () => {
    const response = await fetch('/test/distribution/csp/nonce/classic-german.html');
    expect(response.headers.get('content-security-policy')).to.contain("'nonce-backprop-test'");
    frame = await openFrame('/test/distribution/csp/nonce/classic-german.html');
    await speaksGerman(frame);
    const violations = (frame.contentWindow as Window & { cspViolations: unknown[] }).cspViolations;
    expect(violations).to.deep.equal([]);
  });

  it('a German page opened from file:// speaks German too', async () => {
    const title = deGears['chain-rule-gears.formula.title'] as string;
    const text = await executeServerCommand<string, object>('file-page', {
      path: 'test/distribution/pages/classic-german.html',
      until: `document.querySelector('chain-rule-gears')?.language === 'de' && document.querySelector('chain-rule-gears').shadowRoot.textContent.includes(${JSON.stringify(title)})`,
      expression: `document.querySelector('chain-rule-gears').shadowRoot.textContent`,
    });
    expect(text).to.contain(title);
  });

  it('an English page (en-GB) fetches no language file', async () => {
    frame = await openFrame('/test/distribution/pages/classic-english.html');
    const figure = () => frame!.contentDocument!.querySelector<Figure>('chain-rule-gears');
    await waitUntil(() => textOf(figure()).length > 0, 'the figure never rendered', {
      timeout: 10000,
    });
    await figure()!.updateComplete;
    expect(figure()!.language).to.equal('en');
    expect(languageFilesFetched(frame)).to.deep.equal([]);
  });

  it('an element’s updateComplete waits for its language to arrive', async () => {
    frame = await openFrame('/test/distribution/pages/classic-english.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => frame!.contentWindow!.customElements.get('layer-delta'), 'no element');
    const element = doc.createElement('layer-delta') as Figure;
    element.lang = 'fr';
    doc.body.append(element);
    await element.updateComplete;
    const messages = await messagesOfPart('fr', 'layer-delta');
    expect(element.language).to.equal('fr');
    expect(textOf(element)).to.contain(messages['layer-delta.step'] as string);
  });
});

/**
 * A self-host that copied the scripts without the language files: as with the script tag
 * without its language chunks, a German figure is drawn and speaks English (its `language` is
 * German: its numbers are), with no error on the page, and the next figure tries again. The
 * runner serves dist/ without any language file at /__missing-languages/.
 */
describe('the classic script with its language files missing', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  async function open(script: string): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '500';
    frame.srcdoc = [
      '<!doctype html><html lang="de"><head>',
      '<script>window.problems = []; addEventListener("error", (e) => problems.push(e.message));',
      'addEventListener("unhandledrejection", (e) => problems.push(String(e.reason)));</script>',
      script,
      '</head><body><layer-delta></layer-delta></body></html>',
    ].join('\n');
    frames.push(frame);
    document.body.append(frame);
    const figure = () => frame.contentDocument?.querySelector<Figure>('layer-delta');
    await waitUntil(
      () => figure()?.language === 'de' && textOf(figure()).length > 0,
      'the figure never settled on German',
      { timeout: 10000 },
    );
    await figure()!.updateComplete;
    return frame;
  }

  it('draws the figure in English, as the script tag does', async () => {
    const classic = await open(
      '<script src="/__missing-languages/backprop-elements.classic.js"></script>',
    );
    const module = await open(
      '<script type="module" src="/__missing-languages/backprop-elements.js"></script>',
    );
    const english = messagesOf('en');
    const german = await messagesOfPart('de', 'layer-delta');
    for (const [build, frame] of [
      ['classic', classic],
      ['module', module],
    ] as const) {
      const text = textOf(frame.contentDocument!.querySelector('layer-delta'));
      expect(text, build).to.contain(english['layer-delta.step'] as string);
      expect(text, build).to.contain(english['layer-delta.reset'] as string);
      expect(text, build).not.to.contain(german['layer-delta.step'] as string);
      expect(
        (frame.contentWindow as Window & { problems: string[] }).problems,
        build,
      ).to.deep.equal([]);
    }
    expect(languageFilesFetched(classic)).to.deep.equal(['backprop-elements.classic.de.js']);
  });

  it('tries the language file again for the next figure', async () => {
    const frame = await open(
      '<script src="/__missing-languages/backprop-elements.classic.js"></script>',
    );
    const doc = frame.contentDocument!;
    const second = doc.createElement('chain-rule-gears') as Figure;
    doc.body.append(second);
    await second.updateComplete;
    expect(second.language).to.equal('de');
    expect(languageFilesFetched(frame)).to.deep.equal([
      'backprop-elements.classic.de.js',
      'backprop-elements.classic.de.js',
    ]);
  });
});
