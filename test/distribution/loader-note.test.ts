import { expect, waitUntil } from '@open-wc/testing';

/** A frame of `width` × `height` px on the page, its document made of `lines`. */
function openPage(width: number, height: number, lines: string[]): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.srcdoc = lines.join('\n');
  document.body.append(frame);
  return frame;
}

/**
 * A self-host that copied only dist/backprop-elements.js, without chunks/ and fonts/: each
 * element's chunk fails to load. The reader sees a short note where the figure should be, not an
 * empty box. The runner serves the built entry alone at /__missing-chunks/ (nothing beside it).
 * Needs `npm run build:dist`.
 */
describe('the script tag with its chunks missing', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows a visible note in place of each element that could not load', async () => {
    frame = openPage(600, 400, [
      '<script type="module" src="/__missing-chunks/backprop-elements.js"></script>',
      '<graph-backprop expr="x*x" values="x=3"></graph-backprop>',
      '<chain-rule-gears ratios="2 3"></chain-rule-gears>',
    ]);
    const note = (tag: string) =>
      frame!.contentDocument?.querySelector(`${tag} > [role="note"]`) as HTMLElement | null;
    await waitUntil(
      () => note('graph-backprop') && note('chain-rule-gears'),
      'no note in place of the elements',
      { timeout: 10000 },
    );
    for (const tag of ['graph-backprop', 'chain-rule-gears']) {
      const shown = note(tag)!;
      expect(shown.innerText, tag).to.contain(`<${tag}>`);
      expect(shown.innerText, tag).to.contain('could not load');
      expect(shown.innerText, tag).to.contain('dist/ folder');
      const box = frame.contentDocument!.querySelector(tag)!.getBoundingClientRect();
      expect(box.width * box.height, `${tag} is not an empty box`).to.be.greaterThan(0);
      expect(frame.contentWindow!.customElements.get(tag), tag).to.be.undefined;
    }
  });
});

/**
 * A self-host missing only graph-backprop's reader code (fetched after the first paint, when
 * the page is idle): the figure is drawn, and the reader's first action says why nothing
 * happens instead of doing nothing.
 */
describe('graph-backprop with its reader code missing', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('draws the figure and shows a note once the reader acts', async () => {
    frame = openPage(600, 600, [
      '<script type="module" src="/__missing-reader-code/backprop-elements.js"></script>',
      '<graph-backprop expr="x*x" values="x=3"></graph-backprop>',
    ]);
    const root = () => frame!.contentDocument?.querySelector('graph-backprop')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('svg'), 'the figure was not drawn', {
      timeout: 10000,
    });
    const step = root()!.querySelector<HTMLButtonElement>('button.step')!;
    step.click();
    await waitUntil(() => root()?.querySelector('[role="note"]'), 'no note after Step', {
      timeout: 10000,
    });
    const note = root()!.querySelector<HTMLElement>('[role="note"]')!;
    expect(note.innerText).to.contain('could not load');
    expect(root()!.querySelector('svg'), 'the figure stays').to.exist;
  });
});

/**
 * The same self-host missing train-network's Play loop: Play does not stay on "Pause" with
 * nothing training; the element pauses again once the fetch has failed.
 */
describe('train-network with its Play loop missing', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('goes back to Play when the loop cannot be fetched', async () => {
    frame = openPage(900, 700, [
      '<script type="module" src="/__missing-reader-code/backprop-elements.js"></script>',
      '<train-network dataset="xor" seed="3"></train-network>',
    ]);
    const root = () => frame!.contentDocument?.querySelector('train-network')?.shadowRoot;
    const play = () => root()?.querySelector<HTMLButtonElement>('button.play');
    await waitUntil(() => play(), 'the figure was not drawn', { timeout: 10000 });
    const element = frame.contentDocument!.querySelector('train-network') as HTMLElement & {
      epoch: number;
      updateComplete: Promise<unknown>;
    };
    play()!.click();
    await element.updateComplete;
    await waitUntil(() => play()!.textContent!.includes('Play'), 'still "Pause" with no loop', {
      timeout: 10000,
    });
    expect(element.epoch, 'nothing trained').to.equal(0);
  });
});

/**
 * The same self-host missing layer-delta's and train-network's reader code (fetched right after
 * the first render): the figure stays, and the reader's first action shows the note.
 */
describe('layer-delta and train-network with their reader code missing', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const cases = [
    { tag: 'layer-delta', markup: '<layer-delta></layer-delta>', act: 'button.step' },
    {
      tag: 'train-network',
      markup: '<train-network dataset="xor" seed="3"></train-network>',
      act: '.plane',
    },
  ];
  for (const { tag, markup, act } of cases) {
    it(`${tag}: draws the figure and shows a note once the reader acts`, async () => {
      frame = openPage(900, 700, [
        '<script type="module" src="/__missing-reader-code/backprop-elements.js"></script>',
        markup,
      ]);
      const root = () => frame!.contentDocument?.querySelector(tag)?.shadowRoot;
      await waitUntil(() => root()?.querySelector(act), 'the figure was not drawn', {
        timeout: 10000,
      });
      const target = root()!.querySelector<HTMLElement>(act)!;
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      const options = { bubbles: true, composed: true, pointerId: 1, button: 0, ...at };
      target.dispatchEvent(new PointerEvent('pointerdown', options));
      target.dispatchEvent(new PointerEvent('pointerup', options));
      target.click();
      await waitUntil(() => root()?.querySelector('[role="note"]'), `no note after acting`, {
        timeout: 10000,
      });
      const note = root()!.querySelector<HTMLElement>('[role="note"]')!;
      expect(note.innerText).to.contain('could not load');
      expect(root()!.querySelector(act), 'the figure stays').to.exist;
    });
  }
});
