/**
 * The lesson's picker for the figures' language: sets `lang` (and `dir` for right-to-left
 * languages) on every figure, which re-renders in that language. The lesson's own prose stays
 * English. The choice is kept in the URL (`?lang=de`) so a link shows the same figures.
 */
import { ELEMENT_TAGS } from '../src/element-tags.js';

const LANGUAGES: ReadonlyArray<[tag: string, name: string, dir?: 'rtl']> = [
  ['en', 'English'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['pt-BR', 'Português (Brasil)'],
  ['zh-CN', '中文（简体）'],
  ['ja', '日本語'],
  ['hi', 'हिन्दी'],
  ['ar', 'العربية', 'rtl'],
];

function apply(lang: string): void {
  const dir = LANGUAGES.find(([tag]) => tag === lang)?.[2] ?? 'ltr';
  for (const figure of document.querySelectorAll<HTMLElement>(ELEMENT_TAGS.join(','))) {
    figure.setAttribute('lang', lang);
    figure.setAttribute('dir', dir);
  }
}

export function mountLanguagePicker(select: HTMLSelectElement): void {
  for (const [tag, name] of LANGUAGES) {
    const option = document.createElement('option');
    option.value = tag;
    option.textContent = name;
    option.lang = tag;
    select.append(option);
  }
  const asked = new URLSearchParams(location.search).get('lang');
  const start = LANGUAGES.some(([tag]) => tag === asked) ? asked! : 'en';
  select.value = start;
  if (start !== 'en') apply(start);
  select.addEventListener('change', () => {
    apply(select.value);
    const url = new URL(location.href);
    if (select.value === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
