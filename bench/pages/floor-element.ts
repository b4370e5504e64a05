import { LitElement, css, html } from 'lit';

/**
 * The harness's floor: the least a change can cost in bench/pages/harness.ts. A focusable box
 * whose arrow keys add or take one from the number it shows, firing one `input` event each, as
 * the elements' sliders do; no formula, no drawing, no live region. Its row in the interaction
 * bench is what any element pays before its own work: the harness's frames and marks, the key
 * event, one Lit update, one text node restyled, laid out and painted, and the frame's commit.
 * Defined here only, never shipped.
 */
class BenchFloor extends LitElement {
  static override properties = { value: { type: Number } };
  static override styles = css`
    :host {
      display: block;
    }
    .box {
      display: inline-block;
      padding: 8px;
      border: 1px solid;
    }
  `;

  // Declared, not a class field: a field would hide Lit's reactive accessor.
  declare value: number;

  constructor() {
    super();
    this.value = 0;
  }

  #onKey = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    this.value += step;
    this.dispatchEvent(new CustomEvent('input', { detail: { value: this.value } }));
  };

  override render(): unknown {
    return html`<div
      class="box"
      role="slider"
      tabindex="0"
      aria-label="value"
      aria-valuenow=${this.value}
      @keydown=${this.#onKey}
    >
      value: ${this.value}
    </div>`;
  }
}

customElements.define('bench-floor', BenchFloor);
