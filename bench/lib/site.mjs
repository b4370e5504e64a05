// Serves the project for the browser benches: a Vite dev server started here with the project's
// vite.config.ts on a free port, so `npm run bench` needs nothing already running.
// Lit is resolved to its production build (not the development build Vite picks by default in
// dev), so update timings do not include Lit's dev-mode checks.
import { createServer } from 'vite';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function startSite() {
  const server = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    clearScreen: false,
    resolve: { conditions: ['module', 'browser', 'production'] },
    server: { port: 0, strictPort: false, open: false, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => server.close() };
}
