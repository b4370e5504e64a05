import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import { runConformanceSuite } from '../../conformance/conformance.js';
import { bringToFront } from '../../conformance/page-state.js';

beforeEach(bringToFront);

runConformanceSuite({
  tag: 'train-network',
  attributes: { dataset: 'xor', sizes: '4', activation: 'tanh' },
  badValues: {
    dataset: { bad: ['banana', ''], good: 'gauss' },
    classes: { bad: ['1', '6', '2.5', 'NaN', ''], good: '3' },
    sizes: { bad: ['', '0', '9', '1 2 3 4 5 6 7', '1,,2', 'banana'], good: '3 3' },
    activation: { bad: ['softmax', ''], good: 'relu' },
    'learning-rate': { bad: ['0', '11', 'NaN', '1e400', '-5'], good: '0.1' },
    'batch-size': { bad: ['0', '1.5', 'banana'], good: '5' },
    regularization: { bad: ['l3', ''], good: 'l2' },
    'regularization-rate': { bad: ['-5', 'Infinity'], good: '0.01' },
    noise: { bad: ['0.9', '-5'], good: '0.2' },
    'train-ratio': { bad: ['0', '1', 'banana'], good: '0.7' },
    features: { bad: ['', 'x3', 'x1 banana'], good: 'x1 x2 x1*x2' },
    seed: { bad: ['-5', '1.5', 'NaN'], good: '4' },
    points: {
      bad: ['1 2', '1 2 3; 7 0 1', '1 2 9; 0 0 1', 'NaN 1 0; 1 1 1', '1 1 0'],
      good: '1 1 0; -1 -1 1; 2 -2 0; -2 2 1',
    },
  },
  interact: async (element) => {
    const shadow = element.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.step')!.click();
    await (element as TrainNetwork).updateComplete;
    shadow.querySelector<SVGGElement>('.connection')!.dispatchEvent(new MouseEvent('click'));
    await (element as TrainNetwork).updateComplete;
    shadow.querySelector<HTMLElement>('.plane')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
  },
  distinguish: { attribute: 'sizes', value: '3 3' },
});
