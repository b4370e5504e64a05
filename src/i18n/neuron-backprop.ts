import type { Translations } from '../internal/i18n.js';

/**
 * <neuron-backprop>'s words in each shipped language: one chunk each, fetched the first time
 * the element shows that language (registered by the element's messages.ts).
 */
export const translations: Translations = {
  es: () => import('./es/neuron-backprop.js'),
  de: () => import('./de/neuron-backprop.js'),
  fr: () => import('./fr/neuron-backprop.js'),
  'pt-BR': () => import('./pt-BR/neuron-backprop.js'),
  'zh-CN': () => import('./zh-CN/neuron-backprop.js'),
  ja: () => import('./ja/neuron-backprop.js'),
  hi: () => import('./hi/neuron-backprop.js'),
  ar: () => import('./ar/neuron-backprop.js'),
};
