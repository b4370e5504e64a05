import { defineConfig } from 'vite';

// `npm start` serves demo/ (the lesson with live widgets); `npm run build` writes it to dist/site.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { host: 'localhost', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  build: { outDir: '../dist/site', emptyOutDir: true },
});
