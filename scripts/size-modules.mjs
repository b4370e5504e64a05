// `npm run size -- --modules`: what each file a page loads before its figures paint is made of.
// Builds the script tag's bundle again in memory (nothing is written) and prints, for the entry,
// the shared chunk and each element's chunk, its modules by gzip size, largest first. Each
// module's code is gzipped alone, before minifying, so the figures add up to more than the file:
// they rank what to cut, the file's own figure is what a page pays.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ENTRY = 'backprop-elements.js';
/** An element's chunk holds its define.ts (the chunk is a group, so it names no facade module). */
const isElement = (chunk) =>
  Object.keys(chunk.modules).some((id) => /[\\/]elements[\\/][\w-]+[\\/]define\.ts$/.test(id));

/** The files a page pays for before painting: the entry, each element's chunk, their imports. */
function paidFor(bundle) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const queue = [ENTRY, ...chunks.filter(isElement).map((chunk) => chunk.fileName)];
  const paid = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (paid.has(file) || !bundle[file]) continue;
    paid.add(file);
    queue.push(...bundle[file].imports);
  }
  return chunks.filter((chunk) => paid.has(chunk.fileName));
}

export async function printModules({ top = 12 } = {}) {
  const chunks = [];
  await build({
    configFile: 'vite.dist.config.ts',
    mode: 'script',
    logLevel: 'error',
    build: { write: false },
    plugins: [
      {
        name: 'size-modules',
        generateBundle(_options, bundle) {
          for (const chunk of paidFor(bundle)) {
            const modules = Object.entries(chunk.modules)
              .filter(([, module]) => module.renderedLength > 0 && module.code)
              .map(([id, module]) => ({
                name: id.replace(/\\/g, '/').replace(/^.*?\/(node_modules|src)\//, '$1/'),
                gzip: gzip(module.code),
              }))
              .sort((a, b) => b.gzip - a.gzip);
            chunks.push({ file: chunk.fileName, gzip: gzip(chunk.code), modules });
          }
        },
      },
    ],
  });
  chunks.sort((a, b) => a.file.localeCompare(b.file));
  for (const chunk of chunks) {
    // The file names carry this build's hashes; the tag or name is what a reader looks for.
    const name = chunk.file === ENTRY ? ENTRY : chunk.file.replace(/-[\w-]{8}\.js$/, '-*.js');
    console.log(`\n${name}  ${kB(chunk.gzip)} gzip`);
    for (const module of chunk.modules.slice(0, top))
      console.log(`  ${kB(module.gzip).padStart(8)}  ${module.name}`);
    const rest = chunk.modules.slice(top);
    if (rest.length > 0) console.log(`  ${''.padStart(8)}  … ${rest.length} more`);
  }
}
