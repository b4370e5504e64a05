import type { Translations } from '../internal/i18n.js';

/**
 * The languages shipped besides English, each with the part of its messages every element shares
 * (attribute notes, numbers, exercises, the loader and embed pages). A language is shipped when
 * it is here; each element lists its own part per language in src/i18n/<tag>.ts.
 */
export const translations: Translations = {
  es: () => import('./es/shared.js'),
  de: () => import('./de/shared.js'),
  fr: () => import('./fr/shared.js'),
  'pt-BR': () => import('./pt-BR/shared.js'),
  'zh-CN': () => import('./zh-CN/shared.js'),
  ja: () => import('./ja/shared.js'),
  hi: () => import('./hi/shared.js'),
  ar: () => import('./ar/shared.js'),
};
