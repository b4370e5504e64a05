import { posix } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The text src/element-preload.ts holds until the script-tag build replaces it with each
 * element chunk's dependency list. Kept in step with that file by hand (the plugin fails the
 * build when it cannot find it).
 */
export const DEPENDENCY_LIST_PLACEHOLDER = '__BACKPROP_ELEMENT_CHUNK_DEPENDENCIES__';

interface OutputChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  facadeModuleId: string | null;
  moduleIds: string[];
}

/** A chunk and every chunk it reaches through static imports. */
function staticClosure(start: string, chunks: Map<string, OutputChunkLike>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(chunks.get(file)?.imports ?? []));
  }
  return seen;
}

/**
 * Writes, into the chunk that holds the loader, what each element chunk imports statically
 * (shared chunks such as the theme or the math helpers), so the loader can ask for all of them
 * beside the element's own chunk (`<link rel="modulepreload">`) instead of the browser finding
 * them one import level at a time: one round trip instead of two or three.
 *
 * The list reads `tag=file file;tag=file`, each file relative to the loader's chunk, largest
 * first, leaving out the element chunk itself (the loader's import() asks for it) and what the
 * loader's chunk already imports (loaded with it). No quotes, so it fits whatever quotes the
 * minifier chose.
 */
export function elementChunkDependencies(
  elementOf: (id: string | null) => string | undefined,
): Plugin {
  return {
    name: 'backprop-element-chunk-dependencies',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = new Map<string, OutputChunkLike>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item as OutputChunkLike);
      }
      const hosts = [...chunks.values()].filter((c) =>
        c.code.includes(DEPENDENCY_LIST_PLACEHOLDER),
      );
      if (hosts.length !== 1) {
        this.error(
          `expected one chunk holding ${DEPENDENCY_LIST_PLACEHOLDER} (src/element-preload.ts), found ${hosts.length}`,
        );
      }
      const host = hosts[0];
      const alreadyLoaded = staticClosure(host.fileName, chunks);
      const entries: string[] = [];
      for (const chunk of chunks.values()) {
        // An element's chunk is the one holding its define.ts: with the build's chunk groups it is
        // not always that module's facade, so look through every module in the chunk.
        const tag = [chunk.facadeModuleId, ...(chunk.moduleIds ?? [])]
          .map((id) => elementOf(id))
          .find((found) => found !== undefined);
        if (!tag) continue;
        const files = [...staticClosure(chunk.fileName, chunks)]
          .filter((file) => file !== chunk.fileName && !alreadyLoaded.has(file))
          // Largest first: a browser opens a few connections per host at a time, and the
          // small files wait least for one.
          .sort((a, b) => chunks.get(b)!.code.length - chunks.get(a)!.code.length)
          .map((file) => posix.relative(posix.dirname(host.fileName), file));
        if (files.some((file) => /[\s;=]/.test(file))) {
          this.error(`a chunk name has a space, ';' or '=' in it: ${files.join(', ')}`);
        }
        if (files.length > 0) entries.push(`${tag}=${files.join(' ')}`);
      }
      host.code = host.code.split(DEPENDENCY_LIST_PLACEHOLDER).join(entries.sort().join(';'));
    },
  };
}
