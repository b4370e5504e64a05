import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { numberIn, type Problem } from '../../src/internal/attributes.js';
import { BackpropElement } from '../../src/internal/base-element.js';
import { LazyView } from '../../src/internal/lazy-view.js';
import { readOnly, setting } from '../../src/internal/settings.js';
import { collectErrors } from '../conformance/error-events.js';

/**
 * A check whose problem is worked out by a module of the element's own, fetched the first time
 * it refuses (`check(name, { from, problem })`): the base holds it, and every verdict after it,
 * until the module is here, and then it counts as it would have when told.
 */
interface Words {
  above(rate: number, cap: number): Problem;
}

/** The module the probe's check asks for; each test gives its own, and says when it comes. */
let words: LazyView<Words>;

class LateProbe extends BackpropElement {
  @setting({ attribute: 'rate', parse: numberIn({ min: 0, max: 10 }), fallback: 1 })
  rate!: number;

  @setting({ attribute: 'cap', parse: numberIn({ min: 0, max: 10 }), fallback: 10 })
  cap!: number;

  @readOnly
  get doubled(): number {
    return this.rate * 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('rate') && !changed.has('cap')) return;
    const { rate, cap } = this;
    this.check('rate', rate <= cap ? null : { from: words, problem: (m) => m.above(rate, cap) });
  }

  override render() {
    return html`${this.renderProblems()}
      <p>rate ${this.rate}</p>`;
  }
}
customElements.define('late-probe', LateProbe);

const english: Words = {
  above: (rate, cap) => ({ message: `${rate} is above the cap, ${cap}` }),
};

const noteOf = (element: HTMLElement): string =>
  element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

const aWhile = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 50));

describe('a check whose problem comes with code fetched on first refusal', () => {
  it('holds it and what follows until the code is here, then reports each as told', async () => {
    let arrive!: (module: Words) => void;
    let asked = 0;
    words = new LazyView(() => {
      asked++;
      return new Promise<Words>((resolve) => (arrive = resolve));
    });
    const element = await fixture<LateProbe>(html`<late-probe cap="5"></late-probe>`);
    const errors = collectErrors(element);
    // Each read of a read-only property applies what was set before it: three updates.
    element.rate = 7;
    expect(element.doubled).to.equal(14);
    element.rate = 7;
    expect(element.doubled).to.equal(14);
    element.setAttribute('cap', 'high');
    expect(element.doubled).to.equal(14);
    await aWhile();
    expect(asked, 'the code is asked for once').to.equal(1);
    expect(errors, 'nothing is reported before the code is here').to.deep.equal([]);
    expect(noteOf(element)).to.equal('');

    arrive(english);
    await element.updateComplete;
    expect(errors.map(({ attribute, message }) => `${attribute}: ${message}`)).to.deep.equal([
      'rate: 7 is above the cap, 5',
      'rate: 7 is above the cap, 5',
      "cap: expected a number from 0 to 10, got 'high'",
    ]);
    expect(noteOf(element)).to.contain('7 is above the cap, 5').and.to.contain("got 'high'");

    // Once it is here, a check is reported at its update, and a fit clears the note.
    element.cap = 8;
    await element.updateComplete;
    expect(noteOf(element)).to.not.contain('above the cap');
    element.rate = 9;
    await element.updateComplete;
    expect(errors.at(-1)).to.deep.equal({ attribute: 'rate', message: '9 is above the cap, 8' });
  });

  it('drops what needs code that cannot be fetched, reports the rest, and settles', async () => {
    let asked = 0;
    words = new LazyView(() => {
      asked++;
      return Promise.reject(new TypeError('offline'));
    });
    const element = await fixture<LateProbe>(html`<late-probe cap="5"></late-probe>`);
    const errors = collectErrors(element);
    element.rate = 7;
    expect(element.doubled).to.equal(14);
    element.setAttribute('cap', 'high');
    await element.updateComplete;
    expect(
      errors.map(({ attribute }) => attribute),
      'the refusal after it',
    ).to.deep.equal(['cap']);
    expect(noteOf(element)).to.contain("got 'high'");
    element.rate = 8;
    await element.updateComplete;
    await aWhile();
    expect(asked, 'not asked again on every refusal').to.equal(1);
    expect(element.isUpdatePending, 'no update after update').to.be.false;
    expect(element.shadowRoot!.textContent).to.contain('rate 8');
  });
});
