import type { Translations } from '../internal/i18n.js';

/**
 * Why an expression cannot be read (the core's parse faults), in each shipped language: one
 * chunk each, fetched the first time a <graph-backprop> says why in that language (registered
 * by the element's fault-words.ts, which comes with its first refused expression).
 */
export const translations: Translations = {
  es: () => import('./es/graph-backprop-faults.js'),
  de: () => import('./de/graph-backprop-faults.js'),
  fr: () => import('./fr/graph-backprop-faults.js'),
  'pt-BR': () => import('./pt-BR/graph-backprop-faults.js'),
  'zh-CN': () => import('./zh-CN/graph-backprop-faults.js'),
  ja: () => import('./ja/graph-backprop-faults.js'),
  hi: () => import('./hi/graph-backprop-faults.js'),
  ar: () => import('./ar/graph-backprop-faults.js'),
};
