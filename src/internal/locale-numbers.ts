/**
 * Numbers in the reader's language: the decimal separator and digit grouping follow the
 * language (`0,5` in German and French, `0{,}5` in TeX so the comma is not spaced as
 * punctuation), digits stay Latin so text, formulas and diagrams agree, and every minus stays a
 * true minus. Readers may type either form back.
 */

export interface NumberStyle {
  readonly decimal: string;
  readonly group: string;
}

const ENGLISH: NumberStyle = { decimal: '.', group: ',' };
const styles = new Map<string, NumberStyle>([['en', ENGLISH]]);

/** The separators `lang` writes numbers with (Latin digits). */
export function numberStyle(lang: string): NumberStyle {
  let style = styles.get(lang);
  if (style) return style;
  try {
    const parts = new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).formatToParts(12345.5);
    style = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
  } catch {
    style = ENGLISH;
  }
  styles.set(lang, style);
  return style;
}

/** Groups an integer part of five or more digits (`172442` → `172,442`, `1000` stays). */
function group(digits: string, separator: string): string {
  if (digits.length < 5) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Rewrites a number formatted in English (`formatNumber`'s output: `−1234.5`, `2.5e−7`) in the
 * style of a language.
 */
export function localizeNumberText(text: string, style: NumberStyle): string {
  return text.replace(/(\d+)(\.(\d+))?/g, (_whole, whole: string, _dot, fraction?: string) => {
    const grouped = group(whole, style.group);
    return fraction === undefined ? grouped : `${grouped}${style.decimal}${fraction}`;
  });
}

/** The same for a TeX number (`texNumber`'s output); a comma is braced so TeX does not space it. */
export function localizeTexNumber(tex: string, style: NumberStyle): string {
  const brace = (separator: string): string =>
    separator === ',' ? '{,}' : separator === '.' ? '.' : `\\text{${separator}}`;
  return tex.replace(/(\d+)(\.(\d+))?/g, (_whole, whole: string, _dot, fraction?: string) => {
    const grouped = group(whole, brace(style.group));
    return fraction === undefined ? grouped : `${grouped}${brace(style.decimal)}${fraction}`;
  });
}

/**
 * What a reader typed, in the parser's form: the language's decimal separator becomes a point
 * (`0,5` → `0.5` in German) and a true minus a hyphen. English keeps accepting only points,
 * so `1,5` there is still refused rather than read as 15.
 */
export function delocalizeNumberText(text: string, style: NumberStyle): string {
  let plain = text.trim().replace(/\u2212/g, '-');
  if (style.decimal !== '.') {
    const groupPattern = style.group.trim() === '' ? /[\s\u00a0\u202f]/g : null;
    if (groupPattern) plain = plain.replace(groupPattern, '');
    plain = plain.split(style.decimal).join('.');
  }
  return plain;
}
