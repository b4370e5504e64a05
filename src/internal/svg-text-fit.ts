/**
 * Text drawn in a box of fixed width (a node's tangent, an edge's product) without measuring
 * the page: a width estimate that errs wide (glyph widths of a broad bold sans-serif, wider than
 * the system fonts the element uses), and the transform that shrinks a text whose estimate does
 * not fit, around the point it is centred on. Text is only ever shrunk, never stretched.
 */

/** Width in em of one character, from the widest common bold sans-serif (DejaVu Sans Bold). */
function charEm(char: string): number {
  if (/[\s.,:;'’|!ijl()[\]]/.test(char)) return 0.42;
  if (char === '/') return 0.4;
  if (/[−+×=<>~…]/.test(char)) return 0.86;
  if (/[A-Z]/.test(char)) return 0.8;
  // Wide scripts (Chinese, Japanese) and symbols past the Latin ranges.
  if (char.codePointAt(0)! >= 0x2e80) return 1;
  return 0.72;
}

/** The estimated width of `text` drawn at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/**
 * The transform that shrinks text of estimated `width`, centred at (x, y), into `room`; undefined
 * when it fits as it is.
 */
export function shrinkToFit(width: number, room: number, x: number, y: number): string | undefined {
  if (width <= room) return undefined;
  const scale = Math.floor((room / width) * 1000) / 1000;
  return `translate(${x} ${y}) scale(${scale}) translate(${-x} ${-y})`;
}
