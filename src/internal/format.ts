/**
 * Number formatting for what readers see. Nothing here ever returns "NaN" or "Infinity":
 * a non-finite number shows as an em dash, and callers report the cause separately.
 */

const MINUS = '\u2212';

/**
 * A short, readable number: `digits` decimals below 1,000, trailing zeros dropped; from 1,000 on
 * one decimal fewer per power of ten (so 172441.964 shows as 172442 and fits a graph node); an
 * exponent when tiny or huge. Every minus sign, the exponent's too, is a true minus.
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0 || Object.is(value, -0)) return '0';
  const magnitude = Math.abs(value);
  let text: string;
  if (magnitude >= 1e6 || magnitude < 1e-3) {
    text = value.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
  } else {
    const decimals = Math.max(0, digits - Math.max(0, Math.floor(Math.log10(magnitude)) - 2));
    text = value.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1');
    if (text === '-0' || text === '0')
      text = value.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
  }
  return text.replace(/-/g, MINUS);
}

/** The same number for TeX: exponents as × 10^{n}, a proper minus. */
export function texNumber(value: number, digits = 3): string {
  const text = formatNumber(value, digits).replace(new RegExp(MINUS, 'g'), '-');
  if (text === '—') return '\\text{—}';
  const match = /^(-?[\d.]+)e([+-]?\d+)$/.exec(text);
  if (match) return `${match[1]} \\times 10^{${Number(match[2])}}`;
  return text;
}

/** The CSS class for a value's sign; the theme colours `.positive` and `.negative`. */
export function signClass(value: number): 'positive' | 'negative' | 'zero' {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero';
}

/**
 * A formatted number with an explicit sign (`+0.5`; `−0.5` and `0` as they are), so colour is
 * never the only cue. The one place a plus sign is added.
 */
export function withSign(value: number, text: string): string {
  return value > 0 && text !== '0' ? `+${text}` : text;
}
