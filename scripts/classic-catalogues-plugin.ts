import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { classicLanguageFile, LANGUAGES_GLOBAL } from '../src/internal/classic-catalogues.js';

/** One language's entry in a part's list (src/i18n/<part>.ts): `de: () => import('./de/x.js'),`. */
const LANGUAGE_ENTRY = /^\s*('?[\w-]+'?): \(\) => import\('(\.\/[\w-]+\/[\w-]+\.js)'\),$/gm;

/** What loads a language's part in the classic script (src/internal/classic-catalogues.ts). */
const RUNTIME = resolve('src/internal/classic-catalogues.ts');

/**
 * A language file's messages, read at build time. The files are data: an `import type` and a
 * `Messages` annotation are their only TypeScript, so those go and the rest is imported as is
 * (anything else fails the build here rather than shipping wrong words).
 */
async function readMessages(file: string): Promise<Record<string, unknown>> {
  const source = readFileSync(file, 'utf8')
    .replace(/^import type .*;$/gm, '')
    .replace(/export const messages: Messages =/, 'export const messages =');
  const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`;
  const { messages } = (await import(url)) as { messages: Record<string, unknown> };
  return messages;
}

/**
 * A language's file: data on a global, no code of its own. Parts in a fixed order, so a build
 * writes the same bytes whatever order the bundler read the parts in.
 */
function languageScript(lang: string, parts: Map<string, Record<string, unknown>>): string {
  const byPart = Object.fromEntries([...parts].sort(([a], [b]) => (a < b ? -1 : 1)));
  return (
    `/* backprop-elements: the "${lang}" messages backprop-elements.classic.js fetches beside itself */\n` +
    `(self.${LANGUAGES_GLOBAL} = self.${LANGUAGES_GLOBAL} || {})[${JSON.stringify(lang)}] = ${JSON.stringify(byPart)};\n`
  );
}

/**
 * The classic script carries English only (each element's messages.ts, as in every build); a
 * page in another language fetches that language's file, one classic script per language
 * written beside it (backprop-elements.classic.<lang>.js, every part of the language: a page
 * that cannot load modules has every element already). Each list of a part's languages
 * (src/i18n/<part>.ts) becomes a list of `classicPart(lang, part)` calls, which fetch the
 * language's file once and hand over the part; the messages themselves are collected here and
 * written out as the files.
 */
export function classicCatalogues(): Plugin {
  const languages = new Map<string, Map<string, Record<string, unknown>>>();
  return {
    name: 'backprop-classic-catalogues',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/][\w-]+\.ts$/.test(id)) return null;
      const part = basename(id, '.ts');
      const entries = [...code.matchAll(LANGUAGE_ENTRY)];
      if (entries.length === 0) throw new Error(`classic build: no languages read from ${id}`);
      const table: string[] = [];
      for (const [, quoted, path] of entries) {
        const lang = quoted.replace(/'/g, '');
        const messages = await readMessages(resolve(dirname(id), path.replace(/\.js$/, '.ts')));
        if (!languages.has(lang)) languages.set(lang, new Map());
        languages.get(lang)!.set(part, messages);
        table.push(
          `${quoted}: () => classicPart(${JSON.stringify(lang)}, ${JSON.stringify(part)})`,
        );
      }
      return [
        `import { classicPart } from ${JSON.stringify(RUNTIME)};`,
        `export const translations = { ${table.join(', ')} };`,
      ].join('\n');
    },
    generateBundle() {
      for (const [lang, parts] of languages) {
        this.emitFile({
          type: 'asset',
          fileName: classicLanguageFile(lang),
          source: languageScript(lang, parts),
        });
      }
    },
  };
}
