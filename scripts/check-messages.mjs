// `npm test` step: every catalogue in src/i18n/ has exactly the English keys, with the same
// placeholders, each key in the part a page fetches for it (src/i18n/<lang>/<tag>.ts for an
// element's `<tag>.*` keys, <lang>/shared.ts for the rest), every part listed where the code finds
// it (src/i18n/<part>.ts, registered by the element's messages.ts), and every English key is
// reachable from code a reader can run (see reachableCode below). Run with tsx so the TypeScript
// message modules load as they are.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new globalThis.URL('..', import.meta.url));
const src = join(root, 'src');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = walk(src);
const definesEnglish = sources.filter((file) =>
  /^\s*addEnglish\(/m.test(readFileSync(file, 'utf8')),
);
for (const file of definesEnglish) await import(pathToFileURL(file).href);
const { messagesOf } = await import(pathToFileURL(join(src, 'internal/i18n.ts')).href);
const english = messagesOf('en');

const forms = (message) => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message) =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .sort()
    .join(',');

const problems = [];
const catalogueDir = join(src, 'i18n');
const languageDirs = readdirSync(catalogueDir)
  .filter((name) => statSync(join(catalogueDir, name)).isDirectory())
  .sort();
// src/i18n/<part>.ts: where each part is in each language. `shared` every page may fetch; every
// other part is an element's, named by its tag, which the element's messages.ts registers, or
// words only some of its views need, named by its tag and what they are
// (`graph-backprop-faults`), which the module that brings those views registers.
const partNames = readdirSync(catalogueDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
const elementParts = partNames.filter((part) => part !== 'shared');
const elementTags = readdirSync(join(src, 'elements')).filter((name) =>
  statSync(join(src, 'elements', name)).isDirectory(),
);
if (!partNames.includes('shared')) problems.push('src/i18n/shared.ts is missing');
for (const part of partNames) {
  const module = await import(pathToFileURL(join(catalogueDir, `${part}.ts`)).href);
  const listed = Object.keys(module.translations ?? {}).sort();
  if (listed.join() !== languageDirs.join())
    problems.push(
      `src/i18n/${part}.ts lists ${listed.join(', ') || 'no language'}; the languages are ${languageDirs.join(', ')}`,
    );
  if (part === 'shared') continue;
  const tag = elementTags.find((name) => part === name || part.startsWith(`${name}-`));
  const registers = new RegExp(`addTranslations\\('${part}', translations\\)`);
  const registration = tag
    ? sources.find(
        (file) =>
          file.startsWith(join(src, 'elements', tag)) && registers.test(readFileSync(file, 'utf8')),
      )
    : undefined;
  if (!registration)
    problems.push(
      `no module in src/elements/${tag ?? part}/ registers its parts: addTranslations('${part}', translations)`,
    );
}

/** A language's parts, read from src/i18n/<lang>/, each key checked to be in the right part. */
async function catalogueOf(lang) {
  const messages = {};
  const files = readdirSync(join(catalogueDir, lang)).filter((file) => file.endsWith('.ts'));
  const parts = files.map((file) => file.replace(/\.ts$/, '')).sort();
  if (parts.join() !== partNames.join())
    problems.push(
      `${lang}: has the parts ${parts.join(', ')}; src/i18n/ lists ${partNames.join(', ')}`,
    );
  for (const part of parts) {
    const module = await import(pathToFileURL(join(catalogueDir, lang, `${part}.ts`)).href);
    for (const key of Object.keys(module.messages)) {
      const owner = elementParts.find((tag) => key.startsWith(`${tag}.`)) ?? 'shared';
      if (owner !== part)
        problems.push(`${lang}/${part}.ts: '${key}' belongs in ${lang}/${owner}.ts`);
    }
    Object.assign(messages, module.messages);
  }
  return messages;
}

for (const lang of languageDirs) {
  const messages = await catalogueOf(lang);
  for (const key of Object.keys(english)) {
    if (!(key in messages)) problems.push(`${lang}: missing '${key}'`);
    else if (placeholders(messages[key]) !== placeholders(english[key]))
      problems.push(
        `${lang}: '${key}' has placeholders {${placeholders(messages[key])}}, English has {${placeholders(english[key])}}`,
      );
  }
  for (const key of Object.keys(messages))
    if (!(key in english)) problems.push(`${lang}: '${key}' is not an English key`);
}

// A key is used when code that can run names it: a string literal, or a template whose fixed
// start it begins with (`neuron-backprop.trace.${name}`). What can run is what the bundler keeps
// of the shipped entries after tree-shaking, with the English lists themselves emptied: a key
// named only in a function nothing calls (or only in its own list) is reachable by no reader.
const code = await reachableCode();
const templatePrefixes = [...code.matchAll(/`([\w-]+\.[\w.-]*)\$\{/g)].map((match) => match[1]);
for (const key of Object.keys(english)) {
  const literal = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
  const built = templatePrefixes.some((prefix) => key.startsWith(prefix));
  if (!literal.test(code) && !built) problems.push(`en: '${key}' is reachable from no code`);
}

/**
 * The code of every shipped entry (the script tag with its chunks, the classic script's
 * elements, the embed pages), tree-shaken and not minified, without the English message lists.
 */
async function reachableCode() {
  const { build } = await import('vite');
  const englishLists = {
    name: 'check-messages-without-english-lists',
    enforce: 'pre',
    transform(source, id) {
      if (!id.startsWith(src) || !/\.ts$/.test(id)) return null;
      return source
        .replace(/addEnglish\(\{[\s\S]*?\n\}\);/g, 'addEnglish({});')
        .replace(/^(export const \w+: Messages = )\{[\s\S]*?\n\};/gm, '$1{};');
    },
  };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [englishLists],
    build: {
      write: false,
      minify: false,
      lib: {
        entry: {
          autoload: join(src, 'autoload.ts'),
          all: join(src, 'all.ts'),
          embed: join(src, 'embed/embed.ts'),
          standalone: join(src, 'embed/standalone.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: { external: (id) => /^(katex|virtual:)/.test(id) || id.includes('.css') },
    },
  });
  return [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((item) => item.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

const languages = languageDirs.length + 1;
if (problems.length > 0) {
  console.error(`Message catalogues: ${problems.length} problems`);
  for (const problem of problems.slice(0, 200)) console.error(`  ${problem}`);
  if (problems.length > 200) console.error(`  … and ${problems.length - 200} more`);
  process.exit(1);
}
console.log(
  `Message catalogues: ${Object.keys(english).length} keys in ${languages} languages, all complete (${relative(root, catalogueDir)}/)`,
);
