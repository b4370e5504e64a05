import { formatNumber, texNumber, withSign } from './format.js';
import { catalogueGeneration, directionOf, translate, type MessageParams } from './i18n.js';
import {
  delocalizeNumberText,
  localizeNumberText,
  localizeTexNumber,
  numberStyle,
  type NumberStyle,
} from './locale-numbers.js';

/** A message to translate where it is shown; a param may itself be a message. */
export interface MessageRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number | MessageRef>>;
}

/**
 * Everything a view needs to speak the reader's language: messages, and numbers in text, in TeX
 * and in words. This module is the one place numbers are kept left to right in right-to-left
 * text: `t()` isolates them inside a sentence, and `messageParts` puts markup (a number in a
 * `.ltr` span, which the theme isolates) where a sentence's placeholders stand. An element hands its current Localizer to its views; a new one is made when the
 * language changes, so the views re-render.
 */
export class Localizer {
  readonly dir: 'ltr' | 'rtl';
  readonly #style: NumberStyle;

  /**
   * `lang` is the catalogue language (`es` for a page in `es-MX`); `dir` the direction the text
   * runs in where it is shown, the language's own unless the page says otherwise.
   */
  constructor(
    readonly lang: string,
    dir: 'ltr' | 'rtl' = directionOf(lang),
  ) {
    this.dir = dir;
    this.#style = numberStyle(lang);
  }

  /**
   * A message with its placeholders filled; numbers given as params are localized. In a
   * right-to-left language every run of symbols and numbers (`−0.5 ×`, `∂L/∂w`) is isolated left
   * to right, or the bidi algorithm moves a leading minus behind its digits ("0.5−").
   */
  t(key: string, params?: MessageParams): string {
    const text = translate(this.lang, key, params, (value) => this.number(value));
    return this.dir === 'rtl' ? isolateMath(text) : text;
  }

  /** A message reference, nested references translated first. */
  text(ref: MessageRef): string {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(ref.params ?? {}))
      params[name] = typeof value === 'object' ? this.text(value) : value;
    return this.t(ref.key, params);
  }

  /** `formatNumber` in the reader's style: `0,5` in German, grouping from five digits. */
  number(value: number, digits = 3): string {
    return localizeNumberText(formatNumber(value, digits), this.#style);
  }

  /** With an explicit sign, so colour is never the only cue. */
  signed(value: number, digits = 3): string {
    return withSign(value, this.number(value, digits));
  }

  /** `texNumber` in the reader's style (`0{,}5`). */
  tex(value: number, digits = 3): string {
    return localizeTexNumber(texNumber(value, digits), this.#style);
  }

  /** A negative number in parentheses, for products such as `3 \cdot (-2)`. */
  texFactor(value: number, digits = 3): string {
    const text = this.tex(value, digits);
    return value < 0 ? `(${text})` : text;
  }

  /** For screen readers: "minus 0.5" rather than "−0.5", which some read as a dash. */
  spoken(value: number, digits = 3): string {
    const text = this.number(value, digits);
    if (!text.startsWith('\u2212')) return text;
    return this.t('number.minus', { value: text.slice(1) });
  }

  /** What a reader typed, in the parser's form (`0,5` → `0.5` in German). */
  read(text: string): string {
    return delocalizeNumberText(text, this.#style);
  }
}

/**
 * A translated sentence whose placeholders are parts of a template (a styled number in a
 * left-to-right span, a symbol), so the sentence keeps the translator's word order while each
 * number stays its own element. Placeholders given as strings are filled as text. Generic, so
 * this module stays free of Lit: `T` is a view's TemplateResult.
 */
export function messageParts<T>(
  l10n: Localizer,
  key: string,
  parts: Readonly<Record<string, T | string>>,
): (T | string)[] {
  // Private-use marks the translation cannot contain, one pair per placeholder; `isolateMath`
  // leaves them whole.
  const marks: Record<string, string> = {};
  for (const name of Object.keys(parts)) marks[name] = `\uE000${name}\uE000`;
  return l10n
    .t(key, marks)
    .split(/\uE000(\w+)\uE000/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? '') : piece))
    .filter((piece) => piece !== '');
}

// A run may begin with a typed minus and hold a typed `*`, so an example such as -0.8*1.5 stays
// one piece instead of its numbers being reordered around the signs between them; sub- and
// superscripts belong to their symbol (W₂, x₁², Wᵀ), else they land on its other side.
const SCRIPTS = '\u2080-\u2089\u2070-\u2079\u00b9\u00b2\u00b3\u1d40';
const MATH_RUN = new RegExp(
  `[A-Za-z0-9∂σδΣ\u2212+(-][A-Za-z0-9∂σδΣ\u2212+×·=/()^_.,′'≈|*\u00a0 ${SCRIPTS}-]*` +
    `[A-Za-z0-9∂σδΣ)′'°%${SCRIPTS}]|[A-Za-z0-9∂σδ][${SCRIPTS}]*`,
  'g',
);

/** Pieces left alone: the placeholder marks of `messageParts`. */
const KEEP = /(\uE000\w+\uE000)/;

/** Wraps each run of Latin symbols and numbers in left-to-right isolates (LRI … PDI). */
function isolateMath(text: string): string {
  return text
    .split(KEEP)
    .map((piece, i) =>
      i % 2 === 1 ? piece : piece.replace(MATH_RUN, (run) => `\u2066${run}\u2069`),
    )
    .join('');
}

export const ENGLISH = new Localizer('en');

/** English's Localizer for the elements, and the state of the catalogues it was made in. */
let english = { generation: catalogueGeneration(), l10n: ENGLISH };

/**
 * The Localizer for a catalogue language as shown in a given direction: a new one whenever the
 * catalogues may have changed its words (`addMessages`), so what a view keeps per Localizer (a
 * `guard`, names made once) is made again. English's is shared by every element until then; any
 * other language's is new each time.
 */
export function localizerFor(lang: string, dir?: 'ltr' | 'rtl'): Localizer {
  if (lang !== 'en' || dir === 'rtl') return new Localizer(lang, dir);
  const generation = catalogueGeneration();
  if (english.generation !== generation) english = { generation, l10n: new Localizer('en') };
  return english.l10n;
}
