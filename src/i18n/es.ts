import type { Messages } from '../internal/i18n.js';

/** Catalogue for 'es'; keys and placeholders match the English messages exactly. */
export const messages: Messages = {};
