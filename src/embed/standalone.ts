/**
 * Entry of embed-standalone.html: the embed page with everything inside one file (every
 * element, KaTeX, its CSS and the fonts as data: URLs), so it needs no other request: it works
 * from any static host without CORS, from an LMS's file area, offline, and in a frame sandboxed
 * with `allow-scripts` alone. It is also a SCORM package's launch page. Built by
 * scripts/build-standalone.mjs.
 */
import { registerInlineFonts } from './inline-fonts.js';
import { mainActionOf } from './standalone-elements.js';
import { applyPageLanguage, mountEmbed } from './embed-page.js';
import { embedConfig } from './embed-params.js';
import { onMainAction } from './main-action.js';
import { startScorm } from './scorm-runtime.js';

// Before any formula: KaTeX's own registration then finds these faces and adds no file URLs.
registerInlineFonts();
const config = embedConfig();
// The messages are in the page (see page-catalogues.ts): no request, only a parse.
await applyPageLanguage(config);
const container = document.querySelector<HTMLElement>('main') ?? document.body;
const element = mountEmbed(container, config);

// A page baked with `scorm: true` (a SCORM package's launch page) reports completion to the
// LMS, if one is around.
const mainAction = element && mainActionOf(element.localName);
if (config.scorm && element && mainAction) {
  const session = startScorm();
  if (session) onMainAction(element, mainAction, () => session.complete());
}
