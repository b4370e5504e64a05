import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { katexCssAsText, katexFontsBesideResolver } from './scripts/katex-fonts-plugin.js';

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

const STANDALONE = 'dist/embed-standalone.html';

const SITE_ROOT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="0; url=demo/" />
    <title>backprop-elements</title>
  </head>
  <body>
    <p><a href="demo/">backprop-elements: the lesson, the embed builder and the embed pages</a></p>
  </body>
</html>
`;

/**
 * Vite prints the server's root URL; the lesson lives under /demo/, so the root sends the reader
 * there instead of answering 404.
 */
function rootToLesson(): Plugin {
  return {
    name: 'root-to-lesson',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/' && request.url !== '/index.html') return next();
        response.statusCode = 302;
        response.setHeader('Location', '/demo/');
        response.end();
      });
    },
  };
}

/**
 * The single-file embed page (built by `npm run build:dist`, which `npm run build` runs first)
 * sits beside the other pages of the site: the builder wraps it into SCORM packages and authors
 * point iframes at it. `npm start` serves the last one built.
 */
function standaloneEmbed(): Plugin {
  return {
    name: 'standalone-embed',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!/\/embed-standalone\.html(\?.*)?$/.test(request.url ?? '')) return next();
        if (!existsSync(STANDALONE)) {
          response.statusCode = 404;
          response.end('embed-standalone.html is not built yet: run npm run build:dist');
          return;
        }
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync(STANDALONE));
      });
    },
    generateBundle() {
      if (!existsSync(STANDALONE)) {
        this.error(`${STANDALONE} is missing: run npm run build:dist before the site build`);
      }
      // Beside the other pages, which the site keeps under demo/ as in the sources.
      this.emitFile({
        type: 'asset',
        fileName: 'demo/embed-standalone.html',
        source: readFileSync(STANDALONE),
      });
      // The site's root (what GitHub Pages serves first) leads to the lesson.
      this.emitFile({ type: 'asset', fileName: 'index.html', source: SITE_ROOT });
    },
  };
}

/** Every page in demo/: the lesson, the embed builder, the embed page and each element's page. */
function demoPages(): Record<string, string> {
  const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));
  return Object.fromEntries(pages.map((name) => [name.replace(/\.html$/, ''), `demo/${name}`]));
}

// `npm start` serves the demo (the lesson with live widgets, under /demo/) from the project root,
// so demo pages load the sources as /src/...; `npm run build` writes the site to dist/site.
export default defineConfig({
  // Relative URLs, so the site works from any folder (GitHub Pages serves it under /<repo>/).
  base: './',
  publicDir: false,
  plugins: [
    rootToLesson(),
    katexFonts(),
    standaloneEmbed(),
    katexCssAsText(),
    katexFontsBesideResolver({ optional: true }),
  ],
  server: { host: 'localhost', port: 5173, strictPort: false, open: '/demo/' },
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    rollupOptions: { input: demoPages() },
  },
});
