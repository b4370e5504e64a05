// Generates custom-elements.json from the elements' JSDoc, or with --check compares a fresh
// generation against the committed file and fails when it is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

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
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.customElement);

if (!check) {
  writeFileSync(MANIFEST, fresh);
  console.log(
    `${MANIFEST}: ${elements.length} elements (${elements.map((e) => e.tagName ?? e.name).join(', ')})`,
  );
  process.exit(0);
}

const committed = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8') : '';
if (committed !== fresh) {
  console.error(
    `${MANIFEST} is stale: the elements' JSDoc changed since it was generated. Run \`npm run manifest\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`${MANIFEST} is up to date (${elements.length} elements).`);
