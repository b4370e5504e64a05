import type { Translations } from '../internal/i18n.js';

/**
 * <graph-backprop>'s words in each shipped language: one chunk each, fetched the first time
 * the element shows that language (registered by the element's messages.ts).
 */
export const translations: Translations = {
  es: () => import('./es/graph-backprop.js'),
  de: () => import('./de/graph-backprop.js'),
  fr: () => import('./fr/graph-backprop.js'),
  'pt-BR': () => import('./pt-BR/graph-backprop.js'),
  'zh-CN': () => import('./zh-CN/graph-backprop.js'),
  ja: () => import('./ja/graph-backprop.js'),
  hi: () => import('./hi/graph-backprop.js'),
  ar: () => import('./ar/graph-backprop.js'),
};
