/** The framework tests' part for <chain-rule-gears> (see checks.ts). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChainRuleGears } from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import type { FrameworkChecks } from './checks.js';
import { names, near, numbers, only } from './controls.js';

export const tag = 'chain-rule-gears';

export const expectProps: FrameworkChecks['expectProps'] = (element, props) => {
  const gears = element as ChainRuleGears;
  const ratios = numbers(props.ratios);
  const value = (props.value as number | undefined) ?? Number(props.input);
  expect([...gears.ratios]).to.deep.equal(ratios);
  expect(gears.input).to.equal(Number(props.input));
  expect([...gears.labels]).to.deep.equal(names(props.labels));
  expect([...gears.units]).to.deep.equal(names(props.units));
  near(gears.value, value);
  let running = value;
  const outputs = ratios.map((ratio) => (running *= ratio));
  gears.outputs.forEach((output, k) => near(output, outputs[k]));
  near(
    gears.product,
    ratios.reduce((product, ratio) => product * ratio, 1),
  );
};

export const use: FrameworkChecks['use'] = async (element) => {
  only(element, '[role="slider"]').focus();
  await sendKeys({ press: 'ArrowRight' });
};

/** Each event re-rendered the app's log, and nothing set the bound value back. */
export const afterUse: FrameworkChecks['afterUse'] = (element, log, lastProps) => {
  const prefix = `${tag} change `;
  const moved = log
    .filter((line) => line.startsWith(prefix))
    .map((line) => (JSON.parse(line.slice(prefix.length)) as { value: number }).value)
    .at(-1)!;
  expect(moved).to.not.equal(lastProps.value);
  near((element as ChainRuleGears).value, moved);
};
