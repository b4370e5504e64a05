import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { AnswerDetail } from '../../src/internal/exercise/exercise-element.js';
import { $ } from './shadow.js';

/**
 * A reader answering an element's question: the same keys for every element that asks, so each
 * element's exercise test says only what is its own.
 */

/**
 * Types into a question's field as a reader does (focus, clear, keys, Enter) and returns the
 * `answer` event's detail once the element has drawn the verdict. The field is the open one
 * (`.answer input`) unless another is named.
 */
export async function answer(
  element: LitElement,
  typed: string,
  input: HTMLInputElement = $<HTMLInputElement>(element, '.answer input'),
): Promise<AnswerDetail> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: typed });
  const event = oneEvent(element, 'answer');
  await sendKeys({ press: 'Enter' });
  const { detail } = (await event) as CustomEvent<AnswerDetail>;
  await element.updateComplete;
  return detail;
}

/** What the open question's verdict line says now. */
export const verdict = (element: Element, selector = '.answer-verdict'): string =>
  $(element, selector).textContent!.trim();
