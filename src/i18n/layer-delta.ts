import type { Translations } from '../internal/i18n.js';

/**
 * <layer-delta>'s words in each shipped language: one chunk each, fetched the first time
 * the element shows that language (registered by the element's messages.ts).
 */
export const translations: Translations = {
  es: () => import('./es/layer-delta.js'),
  de: () => import('./de/layer-delta.js'),
  fr: () => import('./fr/layer-delta.js'),
  'pt-BR': () => import('./pt-BR/layer-delta.js'),
  'zh-CN': () => import('./zh-CN/layer-delta.js'),
  ja: () => import('./ja/layer-delta.js'),
  hi: () => import('./hi/layer-delta.js'),
  ar: () => import('./ar/layer-delta.js'),
};
