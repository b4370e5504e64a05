import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import { messagesOf } from '../../../src/internal/i18n.js';

/**
 * The notes for `features` and `points` `<train-network>` cannot read are not part of its first
 * load (refusals.ts, with the words for weights of the wrong shape): a page whose values are good
 * never fetches them, and one that gives a bad value gets its note and its error event by
 * `updateComplete`, as before, while the value in use stays. A file of its own, so the refusals
 * have not arrived when its test starts.
 */
const english = (key: string): unknown => messagesOf('en')[key];

const note = (element: TrainNetwork): string =>
  element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
  '';

describe('<train-network> refusals, fetched the first time a value cannot be read', () => {
  it('draws without them, and refuses features and points, each naming what is wrong', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('train-network') as TrainNetwork;
    element.setAttribute('points', '1 1 0; -1 -1 1; 3 3 0');
    host.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.plane'), 'the figure is drawn').to.exist;
    expect(english('train-network.problem.point'), 'the refusals are not fetched').to.equal(
      undefined,
    );

    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    const choices = 'x1 x2 x1^2 x2^2 x1*x2 sin(x1) sin(x2)';
    const refusals: [string, string, string][] = [
      ['features', 'x1 cos(x1)', `expected names from ${choices}; 'cos(x1)' is not one`],
      ['features', ' ', `expected at least one of ${choices}`],
      [
        'points',
        '1 1 0; 2 2',
        "point 2 ('2 2') is not 'x y label' with x and y from −6 to 6 and a class from 0 to 4",
      ],
      ['points', '1 1 0', 'expected at least two points'],
      ['points', Array(1001).fill('1 1 0').join('; '), 'expected at most 1000 points'],
    ];
    for (const [attribute, value, message] of refusals) {
      element.setAttribute(attribute, value);
      await element.updateComplete;
      expect(errors.at(-1), `${attribute}="${value.slice(0, 20)}"`).to.deep.equal({
        attribute,
        message,
      });
      expect(note(element)).to.contain(`${attribute}: ${message}`);
    }
    expect(errors).to.have.length(refusals.length);
    // Refused: the values in use stay.
    expect(element.features).to.deep.equal(['x1', 'x2']);
    expect(element.points).to.deep.equal([
      { x: 1, y: 1, label: 0 },
      { x: -1, y: -1, label: 1 },
      { x: 3, y: 3, label: 0 },
    ]);
  });
});
