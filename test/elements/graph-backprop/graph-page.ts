import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { formatNumber } from '../../../src/internal/format.js';

/** What the element tests of <graph-backprop> share: mounting, finding nodes, events. */

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export async function mount(expr: string, values = '', extra = ''): Promise<GraphBackprop> {
  const element = await fixture<GraphBackprop>(
    html`<graph-backprop expr=${expr} values=${values} selected=${extra}></graph-backprop>`,
  );
  await element.updateComplete;
  return element;
}

export const root = (element: GraphBackprop): ShadowRoot => element.shadowRoot!;

/** The drawn node of a variable, by name. */
export function variableNode(element: GraphBackprop, name: string): SVGGElement {
  const node = Array.from(root(element).querySelectorAll<SVGGElement>('.node.variable')).find(
    (candidate) => candidate.getAttribute('data-name') === name,
  );
  if (!node) throw new Error(`no variable node ${name}`);
  return node;
}

export function nodeById(element: GraphBackprop, id: string): SVGGElement {
  return root(element).querySelector<SVGGElement>(`.node[data-id="${id}"]`)!;
}

/** Text drawn on a node (it sits right after the node's focusable shape). */
export const textOf = (node: Element, part: string): string =>
  node.nextElementSibling!.querySelector(`.${part}`)!.textContent!.trim();

export function button(element: GraphBackprop, name: 'step' | 'play' | 'reset'): HTMLButtonElement {
  return root(element).querySelector<HTMLButtonElement>(`button.${name}`)!;
}

export function record<T>(element: HTMLElement, type: string): T[] {
  const seen: T[] = [];
  element.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

/** Whether Step can take another step (at the end it is marked unavailable but keeps focus). */
export const canStepOn = (element: GraphBackprop): boolean =>
  !button(element, 'step').disabled &&
  button(element, 'step').getAttribute('aria-disabled') !== 'true';

export async function stepToEnd(element: GraphBackprop): Promise<void> {
  while (canStepOn(element)) {
    button(element, 'step').click();
    await element.updateComplete;
  }
}

/** What the gradient line of a node shows once the pass is complete. */
export const shownGradient = (value: number): string =>
  `∂ ${value > 0 ? '+' : ''}${formatNumber(value)}`;
