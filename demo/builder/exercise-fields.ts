import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_PASS_MARK } from '../../src/embed/embed-params.js';
import type { ElementTag } from '../../src/element-tags.js';
import { askKindsOf } from '../../src/internal/exercise/exercise-settings.js';

/**
 * The builder's exercise choices: which hidden numbers the reader predicts (`ask`, one checkbox
 * per question kind the element itself declares) and the pass mark a course platform grades
 * against (the embed pages' `pass` parameter, carried by the iframe and the SCORM package).
 */

/** The question kinds the element with this tag declares for `ask`; empty when it asks nothing. */
export function askKinds(tag: ElementTag): readonly string[] {
  return askKindsOf(customElements.get(tag));
}

/** The kinds named in an `ask` value, in the element's own order. */
export function askedKinds(value: string | undefined, kinds: readonly string[]): string[] {
  const words = (value ?? '').split(/[\s,]+/);
  return kinds.filter((kind) => words.includes(kind));
}

/** A pass mark typed by the author: a percentage from 0 to 100, else undefined. */
export function readPassMark(text: string): number | undefined {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

export interface ExerciseChoice {
  tag: ElementTag;
  /** The `ask` attribute as chosen ('' or absent: nothing asked). */
  ask: string | undefined;
  /** The `ask` attribute's description, from the element's documentation. */
  description: string;
  /** The pass mark as typed (kept while it is not a valid one, so the field shows it). */
  passText: string;
  setAsk: (value: string | undefined) => void;
  setPass: (text: string) => void;
}

/** The fieldset, or nothing for an element that declares no question kinds. */
export function exerciseFields(choice: ExerciseChoice, describe: (text: string) => unknown) {
  const kinds = askKinds(choice.tag);
  if (kinds.length === 0) return nothing;
  const asked = askedKinds(choice.ask, kinds);
  const toggle = (kind: string, on: boolean): void => {
    const next = kinds.filter((candidate) => (candidate === kind ? on : asked.includes(candidate)));
    choice.setAsk(next.length > 0 ? next.join(' ') : undefined);
  };
  const passValid = readPassMark(choice.passText) !== undefined;
  return html`<fieldset class="exercise-choice">
    <legend>Exercise</legend>
    <p class="hint">Ask the reader to predict before the figure shows it:</p>
    ${kinds.map(
      (kind) =>
        html`<div class="field checkbox">
          <input
            id="ask-${kind}"
            type="checkbox"
            .checked=${live(asked.includes(kind))}
            @change=${(event: Event) => toggle(kind, (event.target as HTMLInputElement).checked)}
          />
          <label for="ask-${kind}"><code>ask="${kind}"</code></label>
        </div>`,
    )}
    <p class="hint">${describe(choice.description)}</p>
    ${
      asked.length === 0
        ? nothing
        : html`<div class="field">
            <label for="pass-mark">Pass mark, in % of the questions right</label>
            <input
              id="pass-mark"
              type="number"
              min="0"
              max="100"
              step="1"
              inputmode="numeric"
              aria-invalid=${passValid ? 'false' : 'true'}
              aria-describedby="pass-mark-hint"
              .value=${live(choice.passText)}
              @input=${(event: Event) => choice.setPass((event.target as HTMLInputElement).value)}
            />
            <p class="hint" id="pass-mark-hint">
              ${
                passValid
                  ? html`The SCORM package reports <code>passed</code> or
                      <code>failed</code> against it, and the iframe carries it as
                      <code>&amp;pass=</code>.`
                  : html`A number from 0 to 100; until then ${DEFAULT_PASS_MARK} is used.`
              }
            </p>
          </div>`
    }
  </fieldset>`;
}
