// `npm test` step: every catalogue in src/i18n/ has exactly the English keys, with the same
// placeholders, and every English key is used somewhere in the sources. Run with tsx so the
// TypeScript message modules load as they are.
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
for (const name of readdirSync(catalogueDir).filter((file) => file.endsWith('.ts'))) {
  const lang = name.replace(/\.ts$/, '');
  const { messages } = await import(pathToFileURL(join(catalogueDir, name)).href);
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

// A key is used when some source names it as a string literal outside the English lists, or
// builds it from a template whose fixed start it begins with (`neuron-backprop.trace.${name}`).
const code = sources
  .filter((file) => !file.startsWith(catalogueDir))
  .map((file) =>
    readFileSync(file, 'utf8')
      .replace(/addEnglish\(\{[\s\S]*?\n\}\);/g, '')
      .replace(/^export const \w+: Messages = \{[\s\S]*?\n\};/gm, ''),
  )
  .join('\n');
const templatePrefixes = [...code.matchAll(/`([\w-]+\.[\w.-]*)\$\{/g)].map((match) => match[1]);
for (const key of Object.keys(english)) {
  const literal = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
  const built = templatePrefixes.some((prefix) => key.startsWith(prefix));
  if (!literal.test(code) && !built) problems.push(`en: '${key}' is used nowhere`);
}

const languages = readdirSync(catalogueDir).filter((file) => file.endsWith('.ts')).length + 1;
if (problems.length > 0) {
  console.error(`Message catalogues: ${problems.length} problems`);
  for (const problem of problems.slice(0, 200)) console.error(`  ${problem}`);
  if (problems.length > 200) console.error(`  … and ${problems.length - 200} more`);
  process.exit(1);
}
console.log(
  `Message catalogues: ${Object.keys(english).length} keys in ${languages} languages, all complete (${relative(root, catalogueDir)}/)`,
);
