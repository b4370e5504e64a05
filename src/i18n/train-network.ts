import type { Translations } from '../internal/i18n.js';

/**
 * <train-network>'s words in each shipped language: one chunk each, fetched the first time
 * the element shows that language (registered by the element's messages.ts).
 */
export const translations: Translations = {
  es: () => import('./es/train-network.js'),
  de: () => import('./de/train-network.js'),
  fr: () => import('./fr/train-network.js'),
  'pt-BR': () => import('./pt-BR/train-network.js'),
  'zh-CN': () => import('./zh-CN/train-network.js'),
  ja: () => import('./ja/train-network.js'),
  hi: () => import('./hi/train-network.js'),
  ar: () => import('./ar/train-network.js'),
};
