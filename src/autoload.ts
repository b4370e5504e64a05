/**
 * The script-tag entry, dist/backprop-elements.js. It registers no element up front: it loads
 * each element's chunk when the tag first appears in the page (element-loader.ts), so a post
 * that shows one figure fetches that figure's code and not the other three, and a page with
 * none fetches nothing more.
 *
 * This file holds only the loader and the catalogue bookkeeping. Lit, the base class and the
 * machinery every element shares are one chunk (chunks/shared-*.js) whose download the loader
 * starts beside the first element's chunk. The core is mostly not shared: each element's chunk
 * brings the parts it uses (the parser for graph-backprop, the dense module for layer-delta); only
 * its few smallest modules several elements use are in the shared chunk or one beside it
 * (vite.dist.config.ts). A page that wants the core itself imports dist/npm/core.js.
 */
export { setFontBase } from './internal/tex-fonts.js';
export { addMessages, SHIPPED_LANGUAGES } from './internal/i18n.js';
export { discover, loadAll, loadElement } from './element-loader.js';
export { ELEMENT_TAGS, type ElementTag } from './element-tags.js';

import { autoload } from './element-loader.js';

autoload();
