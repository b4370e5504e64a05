import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { runConformanceSuite } from '../../conformance/conformance.js';
import { bringToFront } from '../../conformance/page-state.js';

beforeEach(bringToFront);

runConformanceSuite({
  tag: 'layer-delta',
  attributes: { sizes: '2 3 1', x: '0.5 -1', y: '1' },
  badValues: {
    sizes: {
      bad: ['', 'banana', '2', '2 0 1', '2 3 1.5', '2 17 1', '1 2 3 4 5 6 7', '1,,2'],
      good: '2 3 1',
    },
    activation: { bad: ['banana', ''], good: 'tanh' },
    loss: { bad: ['hinge', ''], good: 'mse' },
    seed: { bad: ['banana', '-5', '1.5', 'NaN', '1e400'], good: '4' },
    x: { bad: ['', 'NaN', 'Infinity', '1,,2', '0.5', '1 2 3'], good: '0.5 -1' },
    y: { bad: ['', 'banana', '2', '1 0'], good: '1' },
  },
  interact: async (element) => {
    const shadow = element.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.step')!.click();
    await (element as LayerDelta).updateComplete;
    shadow.querySelector<HTMLButtonElement>('button.step')!.click();
    await (element as LayerDelta).updateComplete;
    shadow.querySelector<SVGElement>('[data-weight="1 0 0"]')?.focus();
    shadow.querySelector<SVGElement>('[data-unit="1 1"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  distinguish: { attribute: 'x', value: '2 1' },
});
