import { parseAst, type Plugin } from 'vite';
import { walk, type Node } from './ast-walk.js';

/**
 * Squeezes the whitespace out of Lit's `css`, `html` and `svg` tagged templates, which a JS
 * minifier must leave as they are (they are strings to it). Only changes that cannot alter
 * rendering are made:
 * - css: comments dropped, whitespace runs become one space, spaces around `{ } ; ,` and after
 *   `:` removed (never before `:`, where `a :hover` and `a:hover` differ), and the `;` before a
 *   `}` (the styles hold no string with `;}` in it);
 * - html/svg: whitespace runs that contain a line break become one space (HTML treats any run
 *   as one space); templates with <pre> or <textarea>, where whitespace shows, are left alone.
 * Each literal piece is rewritten on its own, so `${...}` interpolations are untouched.
 */

const TAGS = new Set(['css', 'html', 'svg']);

function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyMarkup(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

type Quasi = Node & { value: { raw: string }; tail: boolean };

/**
 * Where a template piece's raw text sits. Parsers differ: ESTree's offsets cover the text alone,
 * oxc's include the delimiters (` before, and ` or ${ after).
 */
function rawSpan(code: string, quasi: Quasi): { start: number; end: number } | undefined {
  const raw = quasi.value.raw;
  const candidates = [
    { start: quasi.start, end: quasi.end },
    { start: quasi.start + 1, end: quasi.end - (quasi.tail ? 1 : 2) },
  ];
  return candidates.find((span) => code.slice(span.start, span.end) === raw);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function minifyTemplateLiterals(code: string, fileName: string): string {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const program = parseAst(code, { lang: fileName.endsWith('.ts') ? 'ts' : 'js' }, fileName);
  const edits: Edit[] = [];
  for (const node of walk(program)) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = node.tag as Node & { name?: string };
    if (tag.type !== 'Identifier' || !TAGS.has(tag.name ?? '')) continue;
    const quasis = (node.quasi as { quasis: Quasi[] }).quasis;
    const isCss = tag.name === 'css';
    if (!isCss && quasis.some((q) => /<(pre|textarea)\b/i.test(q.value.raw))) continue;
    for (const quasi of quasis) {
      const span = rawSpan(code, quasi);
      if (!span) continue; // unexpected offsets: leave this piece alone
      const raw = quasi.value.raw;
      const text = isCss ? minifyCss(raw) : minifyMarkup(raw);
      if (text !== raw) edits.push({ ...span, text });
    }
  }
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

export function minifyLitLiterals(): Plugin {
  return {
    name: 'minify-lit-literals',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.(ts|js)$/.test(id)) return undefined;
      const result = minifyTemplateLiterals(code, id);
      return result === code ? undefined : { code: result, map: null };
    },
  };
}
