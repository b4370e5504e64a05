// Generates custom-elements.json from the elements' JSDoc, and from it the framework types
// (scripts/framework-types.mjs) and the editors' data (scripts/editor-data.mjs); with --check
// compares a fresh generation against the committed files and fails when any is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import prettier from 'prettier';
import { editorData } from './editor-data.mjs';
import { frameworkTypes } from './framework-types.mjs';
import { elementsOf, untypedEventsMessage } from './manifest-elements.mjs';
import { expandStringUnions } from './manifest-types.mjs';

const MANIFEST = 'custom-elements.json';
const check = process.argv.includes('--check');

const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
// The analyzer lists modules in the order the file system returns them, which differs between
// machines and even between checkouts; sorted by path, the file is the same everywhere.
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
// Private members are not part of any element's API: listing them told editors about internals
// and made the file stale whenever a private helper's comment changed.
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  if (declaration.members) {
    declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
  }
}
expandStringUnions(manifest);
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

const elements = elementsOf(manifest);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const generated = { ...frameworkTypes(elements), ...editorData(elements, pkg) };
// Formatted as `npm run lint` expects them, so a fresh generation is byte-identical.
const files = { [MANIFEST]: fresh };
for (const [path, text] of Object.entries(generated)) {
  const options = await prettier.resolveConfig(path);
  files[path] = await prettier.format(text, { ...options, filepath: path });
}
const tags = elements.map((element) => element.tag).join(', ');
// Framework handlers need every event's detail type; until an element exports its event map,
// its handlers take a plain CustomEvent, and the check below fails.
const untyped = elements.map(untypedEventsMessage).filter(Boolean);
for (const message of untyped) console.warn(message);

if (!check) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`${Object.keys(files).join(', ')}: ${elements.length} elements (${tags})`);
  process.exit(0);
}

const stale = Object.entries(files)
  .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
  .map(([path]) => path);
if (untyped.length > 0) process.exit(1);
if (stale.length > 0) {
  console.error(
    `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: the elements' JSDoc or types changed since they were generated. Run \`npm run manifest\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`${Object.keys(files).join(', ')} are up to date (${elements.length} elements).`);
