import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type {
  ChainRuleGears,
  ChainRuleGearsDetail,
} from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import { $, $$ } from '../../conformance/shadow.js';

/** What the element tests of <chain-rule-gears> share: mounting, reading the screen, events. */

/** What the lesson and these tests expect: each stage multiplies what it receives. */
export function expectedOutputs(ratios: number[], input: number): number[] {
  const outputs: number[] = [];
  let carried = input;
  for (const ratio of ratios) {
    carried *= ratio;
    outputs.push(carried);
  }
  return outputs;
}

/**
 * How far each gear of a real train turns on screen, clockwise: the rack moving right turns gear
 * 1 clockwise by |ratio 1| per unit, whatever the ratio's sign, and every mesh turns the next gear
 * the other way, |ratio| times as far. The readings' signs are bookkeeping; this is the motion.
 */
export function expectedScreenTurns(ratios: number[], input: number): number[] {
  const turns: number[] = [];
  ratios.forEach((ratio, k) => {
    turns.push(k === 0 ? Math.abs(ratio) * input : -Math.abs(ratio) * turns[k - 1]);
  });
  return turns.map((turn) => turn + 0);
}

export async function mount(attributes: Record<string, string> = {}): Promise<ChainRuleGears> {
  const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  return element;
}

export function readouts(element: ChainRuleGears): string[] {
  return $$(element, '.readout .amount').map((node) => node.textContent!.trim());
}

/** The rotation the diagram draws for gear `stage`, in degrees. */
export function drawnTurn(element: ChainRuleGears, stage: number): number {
  const turn = $<SVGGElement>(element, `.gear[data-stage="${stage}"] .turn`);
  const match = /rotate\((-?[\d.e+-]+)deg\)/.exec(turn.style.transform);
  expect(match, `rotation of gear ${stage}`).to.not.equal(null);
  return Number(match![1]);
}

/** What has focus inside the element: the lever, a gear by its stage, or a button's text. */
export function describeFocus(element: ChainRuleGears): string {
  const active = element.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  if (active.getAttribute('role') === 'slider') return 'lever';
  if (active.classList.contains('gear')) return `gear ${active.getAttribute('data-stage')}`;
  return active.textContent!.trim();
}

/** Screen pixels per unit of lever travel, measured from the ruler's −10 and +10 ticks. */
export function pixelsPerUnit(element: ChainRuleGears): number {
  const ticks = $$(element, '.ruler line:not(.rail)');
  const first = ticks[0].getBoundingClientRect();
  const last = ticks[ticks.length - 1].getBoundingClientRect();
  return (last.left - first.left) / (ticks.length - 1);
}

/** Presses a key with Shift held, as a reader asking for a coarse step. */
export async function pressShifted(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

export function record(
  element: ChainRuleGears,
): Record<'input' | 'change', ChainRuleGearsDetail[]> {
  const events = { input: [] as ChainRuleGearsDetail[], change: [] as ChainRuleGearsDetail[] };
  for (const name of ['input', 'change'] as const) {
    element.addEventListener(name, (event) =>
      events[name].push((event as CustomEvent<ChainRuleGearsDetail>).detail),
    );
  }
  return events;
}
