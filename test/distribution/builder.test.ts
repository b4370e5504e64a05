import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { catalogue } from '../../demo/builder/catalogue.js';
import {
  embedUrl,
  escapeAttribute,
  folderUrl,
  iframeSnippet,
  scriptSnippet,
} from '../../demo/builder/snippets.js';
import { readEmbedRequest } from '../../src/embed/embed-request.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { messages as de } from '../../src/i18n/de/graph-backprop.js';
import { openFrame } from './frame.js';

/** The embed builder's snippets: what an author pastes must say exactly what they chose. */

const BASE = 'https://example.org/backprop/dist';

describe('embed builder snippets', () => {
  it('escapes attribute values so any expression survives the trip through HTML', () => {
    expect(escapeAttribute('a<b && c>"d"')).to.equal('a&lt;b &amp;&amp; c&gt;&quot;d&quot;');
    const parsed = new DOMParser().parseFromString(
      scriptSnippet('graph-backprop', [['expr', 'x*"y" < 2 & z']], BASE),
      'text/html',
    );
    expect(parsed.querySelector('graph-backprop')!.getAttribute('expr')).to.equal('x*"y" < 2 & z');
  });

  it('writes one module script from the chosen folder and the element with its attributes', () => {
    const snippet = scriptSnippet(
      'chain-rule-gears',
      [
        ['ratios', '2 3'],
        ['units', 'cm, °, °'],
      ],
      `${BASE}///`,
    );
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const script = parsed.querySelector('script')!;
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal(`${BASE}/backprop-elements.js`);
    const gears = parsed.querySelector('chain-rule-gears')!;
    expect(gears.getAttribute('ratios')).to.equal('2 3');
    expect(gears.getAttribute('units')).to.equal('cm, °, °');
  });

  it('writes a boolean attribute without a value', () => {
    const snippet = scriptSnippet('graph-backprop', [['editable', '']], BASE);
    expect(snippet).to.contain('<graph-backprop editable></graph-backprop>');
  });

  it('points the iframe at embed.html with parameters the embed page reads back', () => {
    const attributes: [string, string][] = [
      ['expr', 'sigmoid(w*x + b)'],
      ['values', 'x=2, w=-1, b=0.5'],
    ];
    const snippet = iframeSnippet('graph-backprop', attributes, BASE, 512.4);
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const frame = parsed.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(embedUrl('graph-backprop', attributes, BASE));
    expect(frame.getAttribute('height')).to.equal('512');
    expect(frame.getAttribute('title')).to.contain('graph-backprop');
    const url = new URL(frame.getAttribute('src')!);
    expect(url.pathname).to.equal('/backprop/dist/embed.html');
    const request = readEmbedRequest(url.search, () => ['expr', 'values']);
    expect(request).to.deep.equal({ ok: true, tag: 'graph-backprop', attributes, ignored: [] });
    // The resize script trusts only the embed page's origin.
    expect(parsed.querySelector('script')!.textContent).to.contain(
      'event.origin !== "https://example.org"',
    );
  });

  it('puts the chosen language on the element, and dir="rtl" for a right-to-left one', () => {
    const parse = (lang: string) =>
      new DOMParser()
        .parseFromString(scriptSnippet('layer-delta', [['sizes', '2 1']], BASE, lang), 'text/html')
        .querySelector('layer-delta')!;
    const german = parse('de');
    expect(german.getAttribute('lang')).to.equal('de');
    expect(german.hasAttribute('dir')).to.be.false;
    expect(german.getAttribute('sizes')).to.equal('2 1');
    const arabic = parse('ar');
    expect(arabic.getAttribute('lang')).to.equal('ar');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    expect(parse('en').hasAttribute('lang'), 'English needs no lang').to.be.false;
  });

  it("adds &lang= to the iframe's URL, which the embed page reads as its own", () => {
    const attributes: [string, string][] = [['ratios', '2 3']];
    const snippet = iframeSnippet(
      'chain-rule-gears',
      attributes,
      BASE,
      300,
      'embed-standalone.html',
      'pt-BR',
    );
    const src = new DOMParser()
      .parseFromString(snippet, 'text/html')
      .querySelector('iframe')!
      .getAttribute('src')!;
    const url = new URL(src);
    expect(url.pathname).to.equal('/backprop/dist/embed-standalone.html');
    expect(url.searchParams.get('lang')).to.equal('pt-BR');
    // Not an attribute of the element, and not reported as an unknown parameter.
    expect(readEmbedRequest(url.search, () => ['ratios'])).to.deep.equal({
      ok: true,
      tag: 'chain-rule-gears',
      attributes,
      ignored: [],
    });
  });

  it('normalises the folder to one trailing slash', () => {
    expect(folderUrl(' https://a.example/x ')).to.equal('https://a.example/x/');
    expect(folderUrl('/dist//')).to.equal('/dist/');
  });
});

describe('embed builder catalogue', () => {
  it('offers every element with the attributes from custom-elements.json', async () => {
    const elements = await catalogue();
    expect(elements.map((info) => info.tag)).to.deep.equal([...ELEMENT_TAGS]);
    for (const info of elements) {
      expect(info.attributes.length, `${info.tag} has attributes`).to.be.greaterThan(0);
      const names = info.attributes.map((attribute) => attribute.name);
      expect(Object.keys(info.example), `${info.tag} has an example`).to.not.be.empty;
      for (const preset of Object.keys(info.example)) {
        expect(names, `${info.tag}'s example uses a documented attribute`).to.include(preset);
      }
    }
    const graph = elements.find((info) => info.tag === 'graph-backprop')!;
    expect(graph.attributes.find((attribute) => attribute.name === 'editable')!.boolean).to.be.true;
  });
});

/** The builder page itself, as an author uses it: the snippet's height and the copy button. */
describe('embed builder page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function openBuilder(query: string) {
    // A background tab delivers no ResizeObserver callbacks or animation frames.
    await executeServerCommand('bring-to-front');
    frame = await openFrame(`/demo/builder.html?${query}`, 900);
    // The form renders once every element's example has arrived (one small module each).
    const shown = frame;
    await waitUntil(() => shown.contentDocument!.querySelector('#figure-lang'), 'no builder form');
    const win = frame.contentWindow!;
    const copied: string[] = [];
    // What the copy button hands the clipboard (headless Chromium refuses the real one).
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const doc = frame.contentDocument!;
    const button = (label: string) =>
      [...doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
    const copyIframe = async () => {
      const before = copied.length;
      button('Copy iframe').click();
      await waitUntil(() => copied.length > before, 'nothing copied');
      const snippet = new DOMParser().parseFromString(copied.at(-1)!, 'text/html');
      return Number(snippet.querySelector('iframe')!.getAttribute('height'));
    };
    return { doc, button, copyIframe, copied };
  }

  it('previews in the language chosen and copies it into both snippets', async () => {
    const { doc, button, copied } = await openBuilder('el=graph-backprop');
    const select = doc.querySelector<HTMLSelectElement>('#figure-lang')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      'en',
      'es',
      'de',
      'fr',
      'pt-BR',
      'zh-CN',
      'ja',
      'hi',
      'ar',
    ]);
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    const preview = () =>
      doc.querySelector('.stage graph-backprop') as (HTMLElement & { language: string }) | null;
    await waitUntil(() => preview()?.language === 'de', 'the preview never spoke German', {
      timeout: 10000,
    });
    expect(preview()!.getAttribute('lang')).to.equal('de');
    const reset = preview()!.shadowRoot!.querySelector('button.reset')!;
    await waitUntil(
      () => reset.textContent!.includes(de['graph-backprop.button.reset'] as string),
      'the preview is not in German',
    );

    button('Copy HTML').click();
    button('Copy iframe').click();
    await waitUntil(() => copied.length === 2, 'nothing copied');
    const element = new DOMParser()
      .parseFromString(copied[0], 'text/html')
      .querySelector('graph-backprop')!;
    expect(element.getAttribute('lang')).to.equal('de');
    const src = new DOMParser()
      .parseFromString(copied[1], 'text/html')
      .querySelector('iframe')!
      .getAttribute('src')!;
    expect(new URL(src).searchParams.get('lang')).to.equal('de');

    // The iframe preview shows the embed page in German too.
    button('Iframe').click();
    const framed = () =>
      doc.querySelector<HTMLIFrameElement>('iframe.embed-frame')?.contentDocument ?? null;
    await waitUntil(
      () =>
        (framed()?.querySelector('graph-backprop') as { language?: string } | null)?.language ===
        'de',
      'the iframe preview never spoke German',
      { timeout: 15000 },
    );
    expect(framed()!.documentElement.lang).to.equal('de');
  });

  it('copies the height of the figure shown with the script tag', async () => {
    const { doc, copyIframe } = await openBuilder('el=layer-delta');
    const element = () => doc.querySelector('.stage layer-delta') as HTMLElement | null;
    const expected = () => Math.ceil(element()!.getBoundingClientRect().height + 2);
    await waitUntil(
      () => element()?.shadowRoot?.querySelector('[part~="diagram"], svg'),
      'no preview',
    );
    await waitUntil(async () => (await copyIframe()) === expected(), 'stale height copied', {
      timeout: 10000,
    });
    expect(expected(), 'layer-delta is taller than the old fixed 480 px').to.be.greaterThan(480);
  });

  it('copies the height the iframe preview reports, on the first copy after switching', async () => {
    const { doc, button, copyIframe } = await openBuilder('el=layer-delta');
    await waitUntil(() => doc.querySelector('.stage layer-delta'), 'no preview');
    button('Iframe').click();
    const preview = () => doc.querySelector<HTMLIFrameElement>('iframe.embed-frame');
    // The preview frame fits itself to the height its page posts.
    await waitUntil(
      () => {
        const inner = preview()?.contentDocument?.documentElement;
        return (
          inner?.querySelector('layer-delta')?.shadowRoot &&
          Number(preview()!.height) === Math.ceil(inner.getBoundingClientRect().height)
        );
      },
      'the iframe preview never fitted its content',
      { timeout: 15000 },
    );
    // The first copy after the frame reported carries that height.
    expect(await copyIframe()).to.equal(Number(preview()!.height));
  });
});
