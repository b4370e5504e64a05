import { addEnglish } from './i18n.js';

/**
 * The note shown where code could not be fetched: a whole element (by the script tag's loader)
 * or a view loaded on first use. Its own module so the loader carries it without the rest of
 * the shared messages.
 */
addEnglish({
  'loader.missing':
    'This interactive figure (<{tag}>) could not load: a file it needs is missing or ' +
    'unreachable. A site hosting backprop-elements must serve the whole dist/ folder ' +
    '(chunks/ and fonts/ beside backprop-elements.js).',
});
