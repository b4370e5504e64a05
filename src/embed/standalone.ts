/**
 * Entry of embed-standalone.html: the embed page with everything inside one file (all four
 * elements, KaTeX, its CSS and the fonts as data: URLs), so it needs no other request: it works
 * from any static host without CORS, from an LMS's file area, offline, and in a frame sandboxed
 * with `allow-scripts` alone. Built by scripts/build-standalone.mjs.
 */
import { registerInlineFonts } from './inline-fonts.js';
import '../elements/chain-rule-gears/define.js';
import '../elements/graph-backprop/define.js';
import '../elements/layer-delta/define.js';
import '../elements/neuron-backprop/define.js';
import { mountEmbed } from './embed-page.js';

// Before any formula: KaTeX's own registration then finds these faces and adds no file URLs.
registerInlineFonts();
const container = document.querySelector<HTMLElement>('main') ?? document.body;
mountEmbed(container);
