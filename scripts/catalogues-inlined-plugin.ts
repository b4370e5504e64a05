import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** One language's entry in a part's list (src/i18n/<part>.ts): `de: () => import('./de/x.js'),`. */
const LANGUAGE_ENTRY = /^\s*('?[\w-]+'?): \(\) => import\('(\.\/[\w-]+\/[\w-]+\.js)'\),$/gm;

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
 * A classic script inlines every language anyway: each list of a part's languages
 * (src/i18n/<part>.ts) becomes that part's words in every language, handed over when asked, so
 * the bundle carries no lazy-module wrapper per language and part. The keys are written once
 * per part, each language a list of its texts in the keys' order (the pairs are made when the
 * language is first asked for): eight copies of every key would cost the script more than the
 * few bytes that put them back together.
 */
export function cataloguesInlined(): Plugin {
  return {
    name: 'backprop-catalogues-inlined',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/][\w-]+\.ts$/.test(id)) return null;
      const entries = [...code.matchAll(LANGUAGE_ENTRY)];
      if (entries.length === 0) throw new Error(`classic build: no languages read from ${id}`);
      const languages = await Promise.all(
        entries.map(([, , path]) =>
          readMessages(resolve(dirname(id), path.replace(/\.js$/, '.ts'))),
        ),
      );
      const keys = [...new Set(languages.flatMap((messages) => Object.keys(messages)))];
      // A key a language lacks is null in its list, and left out of its messages.
      const texts = languages.map((messages) =>
        JSON.stringify(keys.map((key) => messages[key] ?? null)),
      );
      const table = entries.map(
        ([, lang], i) => `${lang}: () => Promise.resolve({ messages: pair(${texts[i]}) })`,
      );
      return [
        `const keys = ${JSON.stringify(keys)};`,
        `const pair = (texts) => Object.fromEntries(keys.map((key, i) => [key, texts[i]]).filter(([, text]) => text !== null));`,
        `export const translations = { ${table.join(', ')} };`,
      ].join('\n');
    },
  };
}
