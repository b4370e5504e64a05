import { expect, fixture, html } from '@open-wc/testing';
import { BackpropElement } from '../../src/internal/base-element.js';
import { numberIn } from '../../src/internal/attributes.js';
import { readOnly, setting } from '../../src/internal/settings.js';

class SettingsProbe extends BackpropElement {
  @setting({ attribute: 'learning-rate', parse: numberIn({ min: 0, max: 10 }), fallback: 0.5 })
  learningRate!: number;

  @readOnly
  get doubled(): number {
    return this.learningRate * 2;
  }

  override render() {
    return html`${this.renderProblems()}
      <p>rate ${this.learningRate}</p>`;
  }
}
customElements.define('settings-probe', SettingsProbe);

type Probe = SettingsProbe & { updateComplete: Promise<boolean> };

function errorsOf(element: HTMLElement): Array<{ attribute: string; message: string }> {
  const errors: Array<{ attribute: string; message: string }> = [];
  element.addEventListener('error', (event) =>
    errors.push((event as unknown as CustomEvent).detail),
  );
  return errors;
}

describe('@setting and @readOnly', () => {
  it('reads the attribute into a property of the camelCase name', async () => {
    const element = await fixture<Probe>(html`<settings-probe learning-rate="2"></settings-probe>`);
    expect(element.learningRate).to.equal(2);
    element.removeAttribute('learning-rate');
    expect(element.learningRate).to.equal(0.5);
  });

  it('takes a number set from script and re-renders', async () => {
    const element = await fixture<Probe>(html`<settings-probe></settings-probe>`);
    element.learningRate = 3;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('rate 3');
  });

  it('keeps the last good value on a refused one and reports it once', async () => {
    const element = await fixture<Probe>(html`<settings-probe learning-rate="2"></settings-probe>`);
    const errors = errorsOf(element);
    element.setAttribute('learning-rate', 'fast');
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(element.learningRate).to.equal(2);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['learning-rate']);
    expect(element.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
      'learning-rate',
    );
    element.learningRate = 4;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('ignores a set of a read-only property without throwing, with an error event', async () => {
    const element = await fixture<Probe>(html`<settings-probe></settings-probe>`);
    const errors = errorsOf(element);
    (element as unknown as { doubled: number }).doubled = 7;
    await element.updateComplete;
    expect(element.doubled).to.equal(1);
    expect(errors).to.have.length(1);
    expect(errors[0].attribute).to.equal('doubled');
  });

  it('keeps a property set before the tag is defined, and drops a read-only one', async () => {
    const element = document.createElement('late-probe') as Probe;
    Object.assign(element, { learningRate: 6, doubled: 99 });
    document.body.append(element);
    customElements.define('late-probe', class extends SettingsProbe {});
    await element.updateComplete;
    expect(element.learningRate).to.equal(6);
    expect(element.doubled).to.equal(12);
    element.remove();
  });
});

class FocusProbe extends BackpropElement {
  static override properties = { remaining: { type: Number } };
  remaining = 2;
  override render() {
    return html`<div>
      <button class="step" ?disabled=${this.remaining === 0} @click=${() => this.remaining--}>
        Step
      </button>
      <button class="reset" @click=${() => (this.remaining = 2)}>Reset</button>
    </div>`;
  }
}
customElements.define('focus-probe', FocusProbe);

describe('focus when a control disables itself', () => {
  it('moves to the neighbouring control, not to <body>', async () => {
    const element = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    const step = element.shadowRoot!.querySelector<HTMLButtonElement>('.step')!;
    step.focus();
    step.click();
    await element.updateComplete;
    step.click();
    await element.updateComplete;
    expect(step.disabled).to.equal(true);
    expect(element.shadowRoot!.activeElement?.className).to.equal('reset');
  });
});
