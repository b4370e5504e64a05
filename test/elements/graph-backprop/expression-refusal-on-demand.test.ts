import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { messagesOf } from '../../../src/internal/i18n.js';

/**
 * The words of an `expr` `<graph-backprop>` cannot draw (the expression engine's reasons, its
 * "did you mean", the note for a name that reads as a broken number) are not part of its first
 * load: a page whose expression is good never fetches them, and one given a bad expression keeps
 * the expression it draws at once, and gets its note and one `error` event by `updateComplete`.
 * A file of its own, so the words have not arrived when its test starts.
 */
const english = (key: string): unknown => messagesOf('en')[key];

const note = (element: GraphBackprop): string =>
  element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
  '';

const drawn = (element: GraphBackprop): string | null | undefined =>
  element.shadowRoot!.querySelector('svg[aria-label]')?.getAttribute('aria-label');

describe('<graph-backprop> expression refusals, fetched the first time one is refused', () => {
  it('draws without them, and refuses a bad expression, keeping the one it draws', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    await element.updateComplete;
    expect(drawn(element)).to.equal('Computation graph of w*x');
    expect(english('graph-backprop.problem.parse'), 'the words are not fetched').to.equal(
      undefined,
    );
    expect(english('graph-backprop.problem.confusingName')).to.equal(undefined);

    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    const refusals: [string, string][] = [
      [
        'w*',
        "the expression cannot be read: the expression ends too early: expected a number, name or '(' at 2",
      ],
      [
        'sigmod(w)',
        "the expression cannot be read: unknown function 'sigmod', did you mean 'sigmoid'?",
      ],
      ['NaN*w', 'one of its variable names reads as a broken number; choose another name'],
    ];
    for (const [expr, message] of refusals) {
      element.setAttribute('expr', expr);
      // Refused at once: the expression in use stays, and so do its numbers.
      expect(element.expr, expr).to.equal('w*x');
      expect(element.value).to.equal(6);
      await element.updateComplete;
      expect(errors.at(-1), expr).to.deep.equal({ attribute: 'expr', message });
      expect(note(element)).to.contain(`expr: ${message}`);
      expect(drawn(element), 'the last good figure stays').to.equal('Computation graph of w*x');
    }
    expect(errors, 'one error event each').to.have.length(refusals.length);
    expect(element.gradients).to.deep.equal({ w: 3, x: 2 });

    element.setAttribute('expr', 'w*x + 1');
    await element.updateComplete;
    expect(drawn(element), 'a good expression is drawn again').to.equal(
      'Computation graph of w*x + 1',
    );
    expect(note(element), 'and its refusal cleared').to.equal('');
    expect(errors).to.have.length(refusals.length);
  });

  it('refuses a variable named as a number that is not one in the page language, naming no such word', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de"><graph-backprop expr="w*x"></graph-backprop></div>`,
    );
    const element = page.querySelector('graph-backprop') as GraphBackprop;
    await element.updateComplete;
    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    element.setAttribute('expr', 'Infinity + x');
    await element.updateComplete;
    const message =
      'ein Variablenname liest sich wie eine fehlerhafte Zahl; bitte einen anderen Namen wählen';
    expect(errors).to.deep.equal([{ attribute: 'expr', message }]);
    expect(note(element)).to.equal(`expr: ${message}`);
  });
});
