/**
 * Entry of embed.html: loads the one element the page's parameters name, then renders it.
 * Built as dist/embed.js beside dist/backprop-elements.js, whose loader it shares.
 */
import { loadElement } from '../autoload.js';
import { isElementTag } from '../element-tags.js';
import { applyPageLanguage, mountEmbed } from './embed-page.js';
import { embedConfig } from './embed-params.js';
import { reportScoreToParent } from './score-reporter.js';

const config = embedConfig();
const tag = new URLSearchParams(config.query).get('el');
// The element's code and the language's messages are fetched side by side. A tag that fails to
// load is reported by mountEmbed as "not available here".
await Promise.all([
  applyPageLanguage(config),
  isElementTag(tag) ? loadElement(tag).catch(() => undefined) : undefined,
]);

const container = document.querySelector<HTMLElement>('main') ?? document.body;
const element = mountEmbed(container, config);
// A figure that asks tells the parent its score after each answer (no SCORM on this page).
if (element) reportScoreToParent(element);
