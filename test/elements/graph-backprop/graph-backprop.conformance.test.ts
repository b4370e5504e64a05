/**
 * The shared conformance checks for <graph-backprop>. They live in their own file (so their own
 * page): run in one page after the behaviour tests in graph-backprop.test.ts, the runner stalled when
 * files shared a page; each file passes on its own page.
 */
import '../../../src/elements/graph-backprop/define.js';
import { runConformanceSuite } from '../../conformance/conformance.js';

runConformanceSuite({
  tag: 'graph-backprop',
  attributes: { expr: 'sigmoid(w*x + b)', values: 'x=2, w=-1, b=0.5' },
  badValues: {
    expr: { bad: ['', 'banana(', '1e400', 'x +', 'NaN', '(w*x'], good: 'sigmoid(w*x + b)' },
    values: {
      bad: ['', 'banana', 'x=NaN', 'x=1e400', 'x=Infinity', '-5', '1,,2', 'q=2'].filter(
        (value) => value !== '', // an empty values attribute is fine: every variable starts at 1
      ),
      good: 'x=2, w=-1, b=0.5',
    },
    selected: { bad: ['banana', 'NaN', 'n99', '-5'], good: 'w' },
  },
  interact: async (element) => {
    const step = element.shadowRoot!.querySelector<HTMLButtonElement>('button.step')!;
    step.click();
    const node = element.shadowRoot!.querySelector<SVGGElement>('.node.op')!;
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  },
  distinguish: { attribute: 'values', value: 'x=3, w=1, b=0' },
});
