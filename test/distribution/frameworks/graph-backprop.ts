/** The framework tests' part for <graph-backprop> (see checks.ts). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { gradients } from '../../../src/core/gradients.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import type { FrameworkChecks } from './checks.js';
import { buttonNamed, near, only } from './controls.js';

export const tag = 'graph-backprop';

export const expectProps: FrameworkChecks['expectProps'] = (element, props) => {
  const graph = element as GraphBackprop;
  expect(graph.expr).to.equal(props.expr);
  expect(graph.selected).to.equal(props.selected);
  expect(graph.mode).to.equal(props.mode);
  expect(graph.wrt).to.equal(props.wrt);
  expect(graph.editable).to.equal(props.editable);
  const values = Object.fromEntries(
    (props.values as string)
      .split(',')
      .map((pair) => pair.split('=').map((part) => part.trim()))
      .map(([name, value]) => [name, Number(value)]),
  );
  const expected = gradients(props.expr as string, values);
  near(graph.value, expected.value);
  for (const [name, grad] of Object.entries(expected.grads)) near(graph.gradients[name]!, grad);
  expect(graph.step).to.equal(props.step ?? 0);
};

/** `editable` is reflected, as a native boolean attribute is. */
export const reflects: FrameworkChecks['reflects'] = (props) =>
  props.editable ? ['editable'] : [];

export const use: FrameworkChecks['use'] = async (element, settled) => {
  // A variable node other than the one already selected: Enter selects it, an arrow nudges it.
  const variables = [...element.shadowRoot!.querySelectorAll<SVGGElement>('[role="slider"]')];
  const other = variables.find((node) => !node.classList.contains('selected')) ?? variables[0];
  other.focus();
  await sendKeys({ press: 'Enter' });
  await sendKeys({ press: 'ArrowRight' });
  buttonNamed(element, /^step\b/i).click();
  // Forward mode from its radio button, then one step of it.
  only<HTMLInputElement>(element, 'input[type="radio"][value="forward"]').click();
  await settled();
  buttonNamed(element, /^step\b/i).click();
};
