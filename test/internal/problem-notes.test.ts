import { expect, fixture, html } from '@open-wc/testing';
import { BackpropElement } from '../../src/internal/base-element.js';
import { numberIn } from '../../src/internal/attributes.js';
import { readOnly, setting } from '../../src/internal/settings.js';

/**
 * The notes for refused values are fetched with the first refusal on the page (this file's page
 * has had none before its first test): what the element is told meanwhile is held and taken in
 * order once they arrive, so the reader and the page see what they always saw.
 */
class NotesProbe extends BackpropElement {
  @setting({ attribute: 'rate', parse: numberIn({ min: 0, max: 10 }), fallback: 1 })
  rate!: number;

  @readOnly
  get doubled(): number {
    return this.rate * 2;
  }

  override render() {
    return html`${this.renderProblems()}
      <p>rate ${this.rate}</p>`;
  }
}
customElements.define('notes-probe', NotesProbe);

type Probe = NotesProbe & { updateComplete: Promise<boolean> };

function errorsOf(element: HTMLElement): Array<{ attribute: string; message: string }> {
  const errors: Array<{ attribute: string; message: string }> = [];
  element.addEventListener('error', (event) =>
    errors.push((event as unknown as CustomEvent).detail),
  );
  return errors;
}

describe('notes for refused values, fetched with the first refusal', () => {
  it('takes what it was told before they arrived, in order', async () => {
    const element = await fixture<Probe>(html`<notes-probe rate="2"></notes-probe>`);
    const errors = errorsOf(element);
    // Each read of a read-only property applies what was set before it: two updates, the first
    // refusing `fast`, the second taking 4, both before the notes can have arrived.
    element.setAttribute('rate', 'fast');
    expect(element.doubled).to.equal(4);
    element.rate = 4;
    expect(element.doubled).to.equal(8);
    (element as unknown as { doubled: number }).doubled = 1;
    expect(errors, 'the notes are on their way: nothing is reported yet').to.deep.equal([]);
    await element.updateComplete;
    expect(errors.map((error) => error.attribute)).to.deep.equal(['rate', 'doubled']);
    expect(errors[0].message).to.equal("expected a number from 0 to 10, got 'fast'");
    expect(errors[1].message).to.equal('doubled is read-only; the value set was ignored');
    // The refusal was followed by a good value: no note is left.
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(element.shadowRoot!.textContent).to.contain('rate 4');
  });

  it('shows a refusal made once they are here at the next update', async () => {
    const element = await fixture<Probe>(html`<notes-probe></notes-probe>`);
    const errors = errorsOf(element);
    element.setAttribute('rate', '-1');
    await element.updateComplete;
    expect(errors).to.have.length(1);
    const note = element.shadowRoot!.querySelector('[part~="error"]')!;
    expect(note.textContent).to.contain('rate').and.to.contain('got -1');
    // The notes' own styles came with them.
    expect(getComputedStyle(note).paddingLeft).to.equal('10px');
  });
});
