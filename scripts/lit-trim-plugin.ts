import type { Plugin } from 'vite';

/**
 * Two places where Lit's production files, as published, cost every page bytes that do nothing
 * in these bundles; each is rewritten to the same behaviour for the elements and for any page.
 * The text is matched exactly: when a Lit release changes it, the build fails here, so the
 * rewrite is looked at again rather than silently skipped.
 */
interface Trim {
  /** The Lit file, by the end of its path under node_modules. */
  file: RegExp;
  /** Exact text in that file, and what it becomes. */
  edits: readonly (readonly [string, string])[];
}

export const LIT_TRIMS: readonly Trim[] = [
  {
    // The directive helpers (which `live` and `keyed` import) read lit-html's private exports
    // as they load, `const {I: ChildPart} = _$LH`: a destructuring the bundler must keep (a
    // property read may run a getter), and with it the whole `_$LH` object of fourteen
    // internals, in the shared chunk every page fetches. Read where it is used (inserting a
    // part, which no element does), the same class from the same plain object, they both go
    // (0.07 kB gzip off every page).
    file: /[\\/]node_modules[\\/]lit-html[\\/]directive-helpers\.js$/,
    edits: [
      ['import{_$LH as o}from"./lit-html.js";', 'import{_$LH as litPrivate}from"./lit-html.js";'],
      ['const{I:t}=o,i=o=>o,', 'const i=o=>o,'],
      ['e=new t(i,n,o,o.options)', 'e=new litPrivate.I(i,n,o,o.options)'],
    ],
  },
  {
    // css`` refuses an interpolated value that is not itself css`` (and `new CSSResult` from
    // outside Lit) with a paragraph of advice. Only the elements' own styles, fixed text
    // written once, ever reach `css` in these bundles, and they pass it: the advice is text no
    // reader or page can meet. The refusals stay, in a few words (0.13 kB gzip off every page).
    file: /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    edits: [
      [
        'throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")',
        'throw Error("CSSResult: use css")',
      ],
      [
        `throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
        `throw Error("css: not a css result: "+t)`,
      ],
    ],
  },
];

/** Applies `trims` to a Lit file's code; throws when an expected text is not there. */
export function trimLit(code: string, id: string, trims: readonly Trim[] = LIT_TRIMS): string {
  let result = code;
  for (const trim of trims.filter((item) => item.file.test(id))) {
    for (const [from, to] of trim.edits) {
      const parts = result.split(from);
      if (parts.length !== 2) {
        throw new Error(
          `lit-trim: expected ${JSON.stringify(from)} once in ${id}, found it ${parts.length - 1} times (a new Lit release? see scripts/lit-trim-plugin.ts)`,
        );
      }
      result = parts.join(to);
    }
  }
  return result;
}

export function litTrimmed(): Plugin {
  return {
    name: 'backprop-lit-trimmed',
    apply: 'build',
    transform(code, id) {
      if (!LIT_TRIMS.some((trim) => trim.file.test(id))) return undefined;
      return { code: trimLit(code, id), map: null };
    },
  };
}
