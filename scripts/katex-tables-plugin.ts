import { isDeepStrictEqual } from 'node:util';
import type { Plugin, TransformPluginContext } from 'vite';

/**
 * Two data tables in KaTeX's module written compactly, and built again when the module runs:
 * every page fetches KaTeX (76.5 kB gzip as published, 72.4 so) before its first formula, and
 * on a slow network that download is what the formulas wait for.
 * - The font metrics (height, depth, italic correction, skew and width of every glyph of its 18
 *   faces): a 57 kB object literal, 11.2 kB gzip; as strings of numbers, one per face for the
 *   character codes and one per measure, 8.3 kB. They are read back with JSON.parse, a column at
 *   a time, which takes no longer than the literal it replaces (0.8 to 0.9 ms against 1.0 in
 *   Node, the least of 150 runs).
 * - The accented letters KaTeX reads in its input (á to a and a combining acute): 344 pairs, each
 *   letter and its canonical decomposition (NFD), which Unicode never changes for a character
 *   that exists; written as the letters alone, 0.6 kB gzip less.
 * Either object is the same to the last bit as KaTeX's own: the build fails unless what the
 * strings decode to here is deep-equal to the literal it replaces.
 */

type FontMetrics = Record<string, Record<string, number[]>>;
/** Per face: its name, the character codes as steps from the last, five columns of numbers. */
type EncodedFace = [name: string, codes: string, ...columns: string[]];

const KATEX_MODULE = /[\\/]node_modules[\\/]katex[\\/]dist[\\/]katex\.m?js$/;
const MEASURES = 5;

export function encodeFontMetrics(metrics: FontMetrics): EncodedFace[] {
  return Object.entries(metrics).map(([name, face]) => {
    let last = 0;
    const steps = Object.keys(face).map((key) => {
      const step = Number(key) - last;
      last = Number(key);
      return step;
    });
    const columns = Array.from({ length: MEASURES }, (_, measure) =>
      Object.values(face)
        .map((glyph) => String(glyph[measure]))
        .join(','),
    );
    return [name, steps.join(','), ...columns];
  });
}

/**
 * Builds the metrics object from the encoded faces. Its source goes into KaTeX's module as it is
 * written here, so it stays plain JavaScript that needs nothing from outside.
 */
export function decodeFontMetrics(faces: EncodedFace[]): FontMetrics {
  const metrics: FontMetrics = {};
  for (const [name, codes, ...columns] of faces) {
    const face: Record<string, number[]> = {};
    const values = columns.map((column) => JSON.parse(`[${column}]`) as number[]);
    let code = 0;
    (JSON.parse(`[${codes}]`) as number[]).forEach((step, i) => {
      code += step;
      face[code] = values.map((column) => column[i]);
    });
    metrics[name] = face;
  }
  return metrics;
}

/** The accented letters' table from the letters alone; goes into KaTeX's module as written. */
export function decodeAccented(letters: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const letter of letters) table[letter] = letter.normalize('NFD');
  return table;
}

interface Table<T> {
  declaration: string;
  encode(literal: T): unknown;
  decode(encoded: never): T;
}

const TABLES: Table<never>[] = [
  { declaration: 'var fontMetricsData = ', encode: encodeFontMetrics, decode: decodeFontMetrics },
  {
    declaration: 'var unicodeSymbols = ',
    encode: (table: Record<string, string>) => Object.keys(table).join(''),
    decode: decodeAccented,
  },
] as Table<never>[];

/** `code` with the object literal of `table` replaced by its encoded form and decoder. */
function rewrite(context: TransformPluginContext, code: string, table: Table<never>): string {
  const start = code.indexOf(table.declaration);
  const end = code.indexOf('\n};\n', start);
  if (start < 0 || end < 0) {
    context.error(`katex-compact-tables: no "${table.declaration}{...};" in KaTeX's module`);
  }
  const literal = JSON.parse(code.slice(start + table.declaration.length, end + 2)) as never;
  const encoded = table.encode(literal);
  if (!isDeepStrictEqual(table.decode(encoded as never), literal)) {
    context.error(`katex-compact-tables: "${table.declaration}" does not decode to KaTeX's own`);
  }
  const decoder = `/* @__PURE__ */ (${table.decode.toString()})(${JSON.stringify(encoded)})`;
  return code.slice(0, start) + table.declaration + decoder + code.slice(end + 2);
}

/** Writes KaTeX's font metrics and accented letters compactly, in every build that bundles it. */
export function katexCompactTables(): Plugin {
  return {
    name: 'katex-compact-tables',
    apply: 'build',
    transform(code, id) {
      if (!KATEX_MODULE.test(id)) return null;
      return { code: TABLES.reduce((text, table) => rewrite(this, text, table), code), map: null };
    },
  };
}
