/**
 * Entry of embed.html: loads the one element the page's parameters name, then renders it.
 * Built as dist/embed.js beside dist/backprop-elements.js, whose loader it shares.
 */
import { loadElement } from '../autoload.js';
import { isElementTag } from '../element-tags.js';
import { mountEmbed } from './embed-page.js';
import { embedConfig } from './embed-params.js';

const config = embedConfig();
const tag = new URLSearchParams(config.query).get('el');
// A tag that fails to load is reported by mountEmbed as "not available here".
if (isElementTag(tag)) await loadElement(tag).catch(() => undefined);

const container = document.querySelector<HTMLElement>('main') ?? document.body;
mountEmbed(container, config);
