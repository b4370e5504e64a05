import { html } from 'lit';
import { directionOf, SHIPPED_LANGUAGES } from '../../src/internal/i18n.js';

/** The languages the figures speak, each named in itself, as the builder offers them. */

const NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  'zh-CN': '中文（简体）',
  ja: '日本語',
  hi: 'हिन्दी',
  ar: 'العربية',
};

export interface LanguageChoice {
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Every shipped language (a new catalogue shows up by its tag until it gets a name here). */
export const LANGUAGES: readonly LanguageChoice[] = SHIPPED_LANGUAGES.map((tag) => ({
  tag,
  name: NAMES[tag] ?? tag,
  dir: directionOf(tag),
}));

/** `asked` when it is a shipped language, else English. */
export function languageChoice(asked: string | null): string {
  return LANGUAGES.some((language) => language.tag === asked) ? asked! : 'en';
}

/** The builder's language choice; `choose` gets the tag picked. */
export function languageField(current: string, choose: (lang: string) => void) {
  return html`<fieldset>
    <legend>Language</legend>
    <div class="field">
      <label for="figure-lang">The figure's words, numbers and direction</label>
      <select
        id="figure-lang"
        @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}
      >
        ${LANGUAGES.map(
          (language) =>
            html`<option
              value=${language.tag}
              lang=${language.tag}
              ?selected=${language.tag === current}
            >
              ${language.name}
            </option>`,
        )}
      </select>
      <p class="hint">
        Sets <code>lang</code> on the element, <code>&amp;lang=</code> on the iframe and the SCORM
        package's language.
      </p>
    </div>
  </fieldset>`;
}
