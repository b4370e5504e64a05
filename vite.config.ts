import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * KaTeX's fonts are resolved beside the module that registers them (`./fonts/` next to
 * src/internal/tex-fonts.ts in development, next to the bundle in dist/); the dev server
 * answers those URLs from the katex package so nothing is copied into src/.
 */
function katexFonts(): Plugin {
  return {
    name: 'katex-fonts',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/fonts\/(KaTeX_[\w-]+\.woff2)(\?.*)?$/.exec(request.url ?? '');
        if (!match) return next();
        response.setHeader('Content-Type', 'font/woff2');
        response.end(readFileSync(require.resolve(`katex/dist/fonts/${match[1]}`)));
      });
    },
  };
}

// `npm start` serves demo/ (the lesson with live widgets); `npm run build` writes it to dist/site.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [katexFonts()],
  server: { host: 'localhost', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  build: { outDir: '../dist/site', emptyOutDir: true },
});
