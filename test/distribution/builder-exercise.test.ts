import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { strFromU8, unzipSync } from 'fflate';
import { askKinds } from '../../demo/builder/exercise-fields.js';
import '../../src/all.js';
import { EMBED_CONFIG_ID } from '../../src/embed/embed-params.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { openFrame } from './frame.js';

/**
 * The builder's exercise: "ask" offered per element with the question kinds the element declares
 * itself, a pass mark, a preview that hides what the reader must predict, and snippets and a
 * SCORM package that carry both. Needs `npm run build:dist` for the package.
 */

describe('embed builder exercise', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it("reads each element's question kinds from the element itself", () => {
    expect(askKinds('chain-rule-gears')).to.deep.equal(['product']);
    expect(askKinds('neuron-backprop')).to.deep.equal(['factors', 'gradient']);
    expect(askKinds('graph-backprop'), "variable names are the author's own").to.deep.equal([
      'steps',
    ]);
    for (const tag of ELEMENT_TAGS) {
      const declared = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      // Every element that observes `ask` offers at least one kind, and no other offers any.
      expect(askKinds(tag).length > 0, tag).to.equal(declared.includes('ask'));
    }
  });

  async function openBuilder(query: string) {
    await executeServerCommand('bring-to-front');
    frame = await openFrame(`/demo/builder.html?${query}`, 900);
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#figure-lang'), 'no builder form');
    const copied: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const button = (label: string) =>
      [...doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
    return { doc, button, copied };
  }

  it('asks in the preview, and both snippets carry ask; the iframe the pass mark', async () => {
    const { doc, button, copied } = await openBuilder('el=neuron-backprop');
    const boxes = [
      ...doc.querySelectorAll<HTMLInputElement>('.exercise-choice input[type=checkbox]'),
    ];
    expect(boxes.map((box) => box.labels![0].textContent)).to.deep.equal([
      'ask="factors"',
      'ask="gradient"',
    ]);
    expect(doc.querySelector('#attr-ask'), 'no free text field for ask').to.be.null;
    expect(doc.querySelector('#pass-mark'), 'no pass mark while nothing is asked').to.be.null;

    boxes[1].click();
    const preview = () => doc.querySelector('.stage neuron-backprop') as HTMLElement;
    await waitUntil(
      () => preview().shadowRoot!.querySelector('#answer-gradient'),
      'the preview does not ask',
      { timeout: 10000 },
    );
    expect(preview().getAttribute('ask')).to.equal('gradient');

    const pass = doc.querySelector<HTMLInputElement>('#pass-mark')!;
    pass.value = '70';
    pass.dispatchEvent(new Event('input'));
    button('Copy HTML').click();
    button('Copy iframe').click();
    await waitUntil(() => copied.length === 2, 'nothing copied');
    const element = new DOMParser()
      .parseFromString(copied[0], 'text/html')
      .querySelector('neuron-backprop')!;
    expect(element.getAttribute('ask')).to.equal('gradient');
    expect(element.hasAttribute('pass'), 'a page grades nothing: no pass mark there').to.be.false;
    const src = new DOMParser()
      .parseFromString(copied[1], 'text/html')
      .querySelector('iframe')!.src;
    const params = new URL(src).searchParams;
    expect(params.get('ask')).to.equal('gradient');
    expect(params.get('pass')).to.equal('70');

    // A pass mark out of range is named and not carried.
    pass.value = '170';
    pass.dispatchEvent(new Event('input'));
    expect(pass.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.querySelector('#pass-mark-hint')!.textContent).to.contain('from 0 to 100');
  });

  it('bakes ask and the pass mark into the SCORM package', async () => {
    const { doc, button } = await openBuilder('el=chain-rule-gears&ask=product&pass=60');
    expect(doc.querySelector<HTMLInputElement>('#ask-product')!.checked).to.be.true;
    const saved = new Promise<string>((resolve) => {
      doc.addEventListener(
        'click',
        (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.localName !== 'a' || !link.hasAttribute('download')) return;
          event.preventDefault();
          resolve(link.href);
        },
        { capture: true },
      );
    });
    button('Download SCORM package').click();
    const bytes = new Uint8Array(await (await fetch(await saved)).arrayBuffer());
    const page = new DOMParser().parseFromString(
      strFromU8(unzipSync(bytes)['index.html']),
      'text/html',
    );
    const config = JSON.parse(page.getElementById(EMBED_CONFIG_ID)!.textContent!) as {
      query: string;
      scorm: boolean;
    };
    const query = new URLSearchParams(config.query);
    expect(config.scorm).to.be.true;
    expect(query.get('ask')).to.equal('product');
    expect(query.get('pass')).to.equal('60');
  });
});
