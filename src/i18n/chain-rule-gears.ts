import type { Translations } from '../internal/i18n.js';

/**
 * <chain-rule-gears>'s words in each shipped language: one chunk each, fetched the first time
 * the element shows that language (registered by the element's messages.ts).
 */
export const translations: Translations = {
  es: () => import('./es/chain-rule-gears.js'),
  de: () => import('./de/chain-rule-gears.js'),
  fr: () => import('./fr/chain-rule-gears.js'),
  'pt-BR': () => import('./pt-BR/chain-rule-gears.js'),
  'zh-CN': () => import('./zh-CN/chain-rule-gears.js'),
  ja: () => import('./ja/chain-rule-gears.js'),
  hi: () => import('./hi/chain-rule-gears.js'),
  ar: () => import('./ar/chain-rule-gears.js'),
};
