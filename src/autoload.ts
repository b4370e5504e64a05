/**
 * The script-tag entry, dist/backprop-elements.js. It registers no element up front: it loads
 * each element's chunk when the tag first appears in the page (element-loader.ts), so a post
 * that shows one figure fetches that figure's code and not the other three.
 *
 * Lit and the shared base class load with this file: every element needs them, and holding them
 * here means an element costs one more request, not a chain of two. The core does not: each
 * element's chunk brings the parts it uses (the parser for graph-backprop, the dense module for
 * layer-delta), and a page that wants the core itself imports dist/npm/core.js.
 */
export { BackpropElement, type ErrorDetail } from './internal/base-element.js';
export { setFontBase } from './internal/tex-fonts.js';
export { addMessages, SHIPPED_LANGUAGES } from './internal/i18n.js';
export { discover, loadAll, loadElement } from './element-loader.js';
export { ELEMENT_TAGS, type ElementTag } from './element-tags.js';

import { autoload } from './element-loader.js';

autoload();
