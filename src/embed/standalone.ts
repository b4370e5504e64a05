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
import { embedConfig, passMark } from './embed-params.js';
import { onMainAction } from './main-action.js';
import { asksSomething, reportExercise } from './scorm-exercise.js';
import { startScorm } from './scorm-runtime.js';
import { reportScoreToParent } from './score-reporter.js';

// Before any formula: KaTeX's own registration then finds these faces and adds no file URLs.
registerInlineFonts();
const config = embedConfig();
// The messages are in the page (see page-catalogues.ts): no request, only a parse.
await applyPageLanguage(config);
const container = document.querySelector<HTMLElement>('main') ?? document.body;
const element = mountEmbed(container, config);

// A page baked with `scorm: true` (a SCORM package's launch page) reports to the LMS, if one is
// around: a figure that asks, its score, answers and pass or fail against the pass mark; any
// other, completion once the reader has done its main action. Without an LMS the page tells its
// parent the score, like embed.html.
const session = config.scorm && element ? startScorm() : undefined;
const mainAction = element && mainActionOf(element.localName);
if (session && element && asksSomething(element)) {
  reportExercise(session, element, passMark(config.query).value);
} else if (session && element && mainAction) {
  onMainAction(element, mainAction, () => session.complete());
}
if (!session && element) reportScoreToParent(element);
