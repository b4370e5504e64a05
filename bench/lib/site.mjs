// Serves the project for the browser benches: a Vite dev server started here with the project's
// vite.config.ts on a free port, so `npm run bench` needs nothing already running. `root` is
// another checkout of the project when a run compares against an earlier commit
// (bench/lib/baseline.mjs): its own sources, pages and vite.config.ts, served the same way.
// Lit is resolved to its production build (not the development build Vite picks by default in
// dev), so update timings do not include Lit's dev-mode checks.
import { createServer } from 'vite';
import { join } from 'node:path';
import { PROJECT_ROOT } from './baseline.mjs';

export async function startSite({ root = PROJECT_ROOT } = {}) {
  const other = root !== PROJECT_ROOT;
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // Another checkout shares this one's node_modules (a symbolic link): its own cache of
    // pre-bundled dependencies, and this checkout's packages allowed to be served.
    ...(other ? { cacheDir: join(root, '.vite-bench') } : {}),
    resolve: { conditions: ['module', 'browser', 'production'] },
    server: {
      port: 0,
      strictPort: false,
      open: false,
      host: '127.0.0.1',
      hmr: false,
      ...(other ? { fs: { allow: [root, PROJECT_ROOT] } } : {}),
    },
  });
  await server.listen();
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => server.close() };
}
