/**
 * In-page side of the interaction and memory benches (bench/interaction.mjs, bench/memory.mjs).
 * The Node scripts drive it through `window.bench`; nothing here passes or fails.
 *
 * How one value change is timed: inside a requestAnimationFrame callback (the start of a frame)
 * the harness dispatches the reader's event (a key, a pointer move, a field edit) to the element,
 * waits for the element's Lit update, and then for a message posted after that frame's rendering
 * (the "after next paint" trick: a message task runs once style, layout and paint are done).
 * Starting at the frame's start means the figure is the work the change puts into its frame,
 * not the wait for the next vsync: what has to fit in 16 ms.
 */
import { isTexReady, texCacheStats } from '../../src/internal/tex.js';
import { setFontBase } from '../../src/internal/tex-fonts.js';

// Vite's dev server rewrites `new URL('./fonts/', import.meta.url)` in tex-fonts.ts without its
// trailing slash, so the fonts would be asked for one folder too high (404, fallback glyphs).
// Point them at the folder the dev server's katex-fonts middleware answers.
setFontBase('/src/internal/fonts/');

interface Updatable extends HTMLElement {
  updateComplete: Promise<boolean>;
  isUpdatePending: boolean;
}

/** What the reader does, one entry per value change. */
export type Action =
  | { kind: 'key'; selector: string; key: string; shiftKey?: boolean }
  | { kind: 'pointer-move'; selector: string; dx: number; dy: number }
  | { kind: 'field'; selector: string; value: string };

export interface ChangeTiming {
  /** Frame start to the element's update finished (event handlers + Lit render). */
  script: number;
  /** Frame start to after the frame showing the change was painted. */
  work: number;
  /** Frames it took until the element had nothing left to update. */
  frames: number;
  /** Whether the element fired a reader `input` event for this change. */
  changed: boolean;
}

const stage = (): HTMLElement => document.getElementById('stage')!;

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after the current frame's rendering (a message task runs after paint). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Message task right away (used inside a frame, where rendering comes before it). */
function afterThisFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
}

function shadowQuery(host: Element, selector: string): Element {
  const found = host.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`${host.localName}: nothing matches ${selector}`);
  return found;
}

function centre(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function pointer(type: string, x: number, y: number): PointerEvent {
  return new PointerEvent(type, {
    bubbles: true,
    composed: true,
    cancelable: true,
    pointerId: 7,
    pointerType: 'mouse',
    isPrimary: true,
    button: type === 'pointermove' ? -1 : 0,
    buttons: type === 'pointerup' ? 0 : 1,
    clientX: x,
    clientY: y,
  });
}

/** A drag in progress: the pointer went down on `target` at `start`. */
interface Drag {
  target: Element;
  start: { x: number; y: number };
}
let drag: Drag | null = null;

function perform(host: Updatable, action: Action): void {
  const target = shadowQuery(host, action.selector);
  if (action.kind === 'key') {
    target.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: action.key,
        shiftKey: action.shiftKey ?? false,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  } else if (action.kind === 'pointer-move') {
    if (!drag || drag.target !== target) throw new Error('pointer-move without startDrag');
    target.dispatchEvent(
      pointer('pointermove', drag.start.x + action.dx, drag.start.y + action.dy),
    );
  } else {
    const field = target as HTMLInputElement;
    field.value = action.value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Times one change, starting at the beginning of a frame. */
async function timeChange(host: Updatable, action: Action): Promise<ChangeTiming> {
  await nextFrame(); // land in a fresh frame so the previous change is fully out of the way
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      performance.mark('bench-change'); // lets the trace attribute CPU time to this change
      const start = performance.now();
      let changed = false;
      const onInput = (event: Event): void => {
        if (event instanceof CustomEvent) changed = true;
      };
      host.addEventListener('input', onInput);
      try {
        perform(host, action);
      } catch (error) {
        reject(error);
        return;
      } finally {
        host.removeEventListener('input', onInput);
      }
      void host.updateComplete.then(async () => {
        const script = performance.now() - start;
        let painted = await afterThisFrame();
        let frames = 1;
        // An element that defers part of its work to a later frame is timed until it is done.
        while (host.isUpdatePending && frames < 10) {
          await host.updateComplete;
          painted = await afterPaint();
          frames += 1;
        }
        // The change's work ends here; the trace leaves out the wait for the next fresh frame.
        performance.mark('bench-painted');
        resolve({ script, work: painted - start, frames, changed });
      });
    });
  });
}

const hosts: Updatable[] = [];

/**
 * True once the element shows no plain-text stand-ins for formulas: KaTeX is loaded, or the
 * element draws no formula at all (`<train-network>` shows its formulas only in panels a reader
 * opens, so nothing of it waits for KaTeX, which it does not load).
 */
function texSettled(host: Element): boolean {
  const root = host.shadowRoot;
  if (root?.querySelector('.tex-pending')) return false;
  return isTexReady() || !root?.querySelector('.tex');
}

/**
 * Resolves once the element has rendered (Lit's first update is done and in the DOM), or its
 * `updateComplete` has, in a chain of microtasks: the frame under way is the one that paints it.
 */
async function firstUpdate(element: Updatable & { hasUpdated?: boolean }): Promise<void> {
  let complete = false;
  void element.updateComplete.then(() => (complete = true));
  for (let i = 0; i < 1000 && !element.hasUpdated && !complete; i++) await Promise.resolve();
  if (!element.hasUpdated) await element.updateComplete;
}

function create(tag: string, attributes: Record<string, string>): Updatable {
  const element = document.createElement(tag) as Updatable;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const bench = {
  /**
   * Imports the element's registering module, found by its folder (src/elements/<tag>/), or the
   * harness's own floor element (floor-element.ts).
   */
  async load(tag: string): Promise<void> {
    if (tag === 'bench-floor') await import('./floor-element.js');
    else await import(`../../src/elements/${tag}/define.ts`);
    await customElements.whenDefined(tag);
  },

  /** Adds an element, waits for it to render with its formulas, returns its index. */
  async mount(tag: string, attributes: Record<string, string>): Promise<number> {
    await bench.load(tag);
    const element = create(tag, attributes);
    stage().append(element);
    await element.updateComplete;
    for (let i = 0; i < 600 && !texSettled(element); i++) await nextFrame();
    await element.updateComplete;
    await afterPaint();
    hosts.push(element);
    return hosts.length - 1;
  },

  /**
   * Plays a `<train-network>` for `frames` animation frames, marking the start of each so a trace
   * can attribute the main thread's CPU to it (training, render, heatmap and paint), then
   * pauses. Returns the epochs trained and the wall time they took.
   */
  async playFrames(
    index: number,
    frames: number,
  ): Promise<{ epochs: number; wallMs: number; frames: number }> {
    const host = hosts[index] as Updatable & { play(): void; pause(): void; epoch: number };
    let seen = 0;
    const startEpoch = host.epoch;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      // Registered before play(), so each frame's mark comes before the element's own callback.
      const mark = (): void => {
        if (seen++ === frames) return resolve();
        performance.mark('bench-change');
        requestAnimationFrame(mark);
      };
      requestAnimationFrame(mark);
      host.play();
    });
    host.pause();
    const wallMs = performance.now() - start;
    await host.updateComplete;
    return { epochs: host.epoch - startEpoch, wallMs, frames };
  },

  clear(): void {
    stage().replaceChildren();
    hosts.length = 0;
    drag = null;
  },

  /**
   * Time to first render of one new element: to the first painted frame, and to the frame where
   * its formulas are typeset (KaTeX loads on the page's first element, so the first one pays it).
   */
  async firstRender(
    tag: string,
    attributes: Record<string, string>,
  ): Promise<{ toPaint: number; toTex: number }> {
    await bench.load(tag);
    await nextFrame();
    // Two marks let a trace split the main thread's CPU into "to paint" and "paint to typeset".
    performance.mark('bench-change');
    const start = performance.now();
    const element = create(tag, attributes);
    stage().append(element);
    let complete = false;
    void element.updateComplete.then(() => (complete = true));
    // Painted: the frame that shows the element's first render. Not `updateComplete`, which also
    // waits for code that render asked for (<layer-delta>'s formulas, weight editor and cost
    // panel are chunks of their own, drawn into room kept for them): like the formulas, what
    // they draw arrives after the first paint, and typeset below waits for it.
    await firstUpdate(element);
    const toPaint = (await afterThisFrame()) - start;
    performance.mark('bench-change');
    let typeset = performance.now();
    // Typeset: once that code is here too, and KaTeX.
    if (!complete || !texSettled(element)) {
      await element.updateComplete;
      for (let i = 0; i < 1200 && !texSettled(element); i++) await nextFrame();
      await element.updateComplete;
      typeset = await afterPaint();
    }
    element.remove();
    return { toPaint, toTex: Math.max(toPaint, typeset - start) };
  },

  /** Presses the pointer on `selector` (not timed); later `pointer-move` actions drag it. */
  startDrag(index: number, selector: string): void {
    const target = shadowQuery(hosts[index], selector);
    const start = centre(target);
    drag = { target, start };
    target.dispatchEvent(pointer('pointerdown', start.x, start.y));
  },

  /**
   * A click on `selector` (not timed), as a reader picks what to edit before editing it:
   * pointer down, up and click at its centre.
   */
  async click(index: number, selector: string): Promise<void> {
    const host = hosts[index];
    const target = shadowQuery(host, selector);
    const { x, y } = centre(target);
    target.dispatchEvent(pointer('pointerdown', x, y));
    target.dispatchEvent(pointer('pointerup', x, y));
    target.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
    );
    await host.updateComplete;
    await afterPaint();
  },

  endDrag(): void {
    if (!drag) return;
    drag.target.dispatchEvent(pointer('pointerup', drag.start.x, drag.start.y));
    drag = null;
  },

  /** Times each action as one value change. */
  async run(index: number, actions: Action[]): Promise<ChangeTiming[]> {
    const host = hosts[index];
    const timings: ChangeTiming[] = [];
    for (const action of actions) timings.push(await timeChange(host, action));
    return timings;
  },

  /** Focuses a control inside an element, for the benches that press real keys. */
  focus(index: number, selector: string): void {
    (shadowQuery(hosts[index], selector) as HTMLElement).focus();
  },

  /** Where a control is on the page, for real pointer input. */
  centreOf(index: number, selector: string): { x: number; y: number } {
    return centre(shadowQuery(hosts[index], selector));
  },

  texStats: texCacheStats,

  /**
   * Real (trusted) input from the driver: each keydown or pointermove timed from the event's own
   * timestamp (when the browser received it) to after the next paint. This one includes the wait
   * for the next frame, as a reader would feel it.
   */
  trusted: {
    samples: [] as number[],
    listening: false,
    arm(): void {
      bench.trusted.samples = [];
      if (bench.trusted.listening) return;
      bench.trusted.listening = true;
      const record = (event: Event): void => {
        const received = event.timeStamp;
        void afterPaint().then((painted) => bench.trusted.samples.push(painted - received));
      };
      document.addEventListener('keydown', record, true);
      document.addEventListener('pointermove', record, true);
    },
    count(): number {
      return bench.trusted.samples.length;
    },
  },

  /** Attach, render and detach `count` elements, one at a time (the memory bench). */
  async cycles(tag: string, attributes: Record<string, string>, count: number): Promise<number> {
    await bench.load(tag);
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const element = create(tag, attributes);
      stage().append(element);
      await element.updateComplete;
      element.getBoundingClientRect(); // style and layout, as a page that shows it would do
      if (i % 100 === 99) await afterPaint(); // and now and then a real frame (observers, rAF)
      element.remove();
    }
    return performance.now() - start;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
document.documentElement.dataset.benchReady = 'true';
