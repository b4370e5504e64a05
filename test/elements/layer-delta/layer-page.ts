import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { formatNumber } from '../../../src/internal/format.js';

/** What the element tests of <layer-delta> share: mounting, events, reading numbers. */

export type Attributes = Partial<
  Record<'sizes' | 'activation' | 'loss' | 'seed' | 'x' | 'y', string>
>;

export async function mount(attributes: Attributes = {}): Promise<LayerDelta> {
  const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value!);
  await element.updateComplete;
  return element;
}

export function record(
  element: HTMLElement,
  ...names: string[]
): Array<{ type: string; detail: unknown }> {
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const name of names) {
    element.addEventListener(name, (event) =>
      events.push({ type: name, detail: (event as CustomEvent).detail }),
    );
  }
  return events;
}

export const root = (element: LayerDelta): ShadowRoot => element.shadowRoot!;
export const stepButton = (element: LayerDelta): HTMLButtonElement =>
  root(element).querySelector<HTMLButtonElement>('button.step')!;

/**
 * Where a pointer takes a connection: the middle of its line, on screen. The drawing finds the
 * connection nearest a pointer, so synthetic events carry these coordinates.
 */
export function connectionPoint(element: LayerDelta, place: string): { x: number; y: number } {
  const line = root(element).querySelector(`[data-weight="${place}"]`)!;
  const box = line.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Two significant digits with a sign, as the diagram prints a delta. */
export function shortSigned(value: number): string {
  const text = formatNumber(Number(value.toPrecision(2)), 6);
  return value > 0 ? `+${text}` : text;
}

/** Every number of `actual` (a property such as `deltas`, nothing hidden) against `expected`. */
export function expectClose(actual: readonly unknown[], expected: number[][] | number[][][]): void {
  const flat = (value: unknown): number[] => (value as number[]).flat(2) as number[];
  const a = flat(actual);
  const e = flat(expected);
  expect(a.length).to.equal(e.length);
  a.forEach((value, i) => expect(value).to.be.closeTo(e[i], 1e-9));
}
