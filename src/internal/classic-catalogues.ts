import type { Messages } from './i18n.js';

/**
 * The classic script's other languages. The classic script carries English only; each shipped
 * language is one more classic script beside it (`backprop-elements.classic.de.js`, written by
 * scripts/classic-catalogues-plugin.ts), fetched the first time an element needs that language.
 * A `<script>` element rather than `import()` or `fetch()`: it works wherever the classic script
 * itself does, pages opened from file:// and hosts that send no CORS headers included, and under
 * a Content-Security-Policy that allows the classic script's own origin or its nonce. The file runs no code
 * of its own: it puts its messages, by catalogue part, on a global (`LANGUAGES_GLOBAL`), where
 * every copy of the classic script on the page reads them.
 *
 * In the classic build each list of a part's languages (src/i18n/<part>.ts) becomes a list of
 * `classicPart(lang, part)` calls, so i18n.ts loads, waits and falls back to English exactly as
 * it does with the script tag's chunks.
 */

/** A language file's messages, by catalogue part (`shared`, or an element's tag). */
export type ClassicLanguage = Readonly<Record<string, Messages>>;

/** The global a language file puts its messages on, by language. */
export const LANGUAGES_GLOBAL = 'BackpropElementsLanguages';

/** A language's file, beside the classic script. */
export const classicLanguageFile = (lang: string): string => `backprop-elements.classic.${lang}.js`;

/**
 * The classic script's nonce, read while the script runs (its modules run with it): a page whose
 * policy allows scripts by nonce rather than by origin gets its language files the same way.
 */
const scriptNonce =
  typeof document === 'undefined'
    ? '' // read by the build too, for the files' names
    : ((document.currentScript as HTMLScriptElement | null)?.nonce ?? '');

const requests = new Map<string, Promise<ClassicLanguage>>();

function arrived(lang: string): ClassicLanguage | undefined {
  const shelf = (globalThis as Record<string, unknown>)[LANGUAGES_GLOBAL] as
    Record<string, ClassicLanguage> | undefined;
  return shelf && Object.prototype.hasOwnProperty.call(shelf, lang) ? shelf[lang] : undefined;
}

/**
 * A language's file, added to the page once. A file that cannot be fetched, or that holds no
 * messages for `lang`, rejects and is forgotten, so the next element that needs the language
 * tries again.
 */
function fetchLanguage(lang: string): Promise<ClassicLanguage> {
  let request = requests.get(lang);
  if (request) return request;
  request = new Promise<ClassicLanguage>((resolve, reject) => {
    const here = arrived(lang);
    if (here) return resolve(here);
    // Beside the classic script: its build defines import.meta.url as the script's own URL.
    const url = new URL(classicLanguageFile(lang), import.meta.url).href;
    const script = document.createElement('script');
    script.src = url;
    if (scriptNonce) script.nonce = scriptNonce;
    script.onload = () => {
      script.remove();
      const language = arrived(lang);
      if (language) resolve(language);
      else reject(new Error(`backprop-elements: ${url} holds no messages for "${lang}"`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`backprop-elements: could not fetch ${url}`));
    };
    (document.head ?? document.documentElement).append(script);
  });
  requests.set(lang, request);
  request.catch(() => requests.delete(lang));
  return request;
}

/** One catalogue part of a language, from that language's file. */
export function classicPart(lang: string, part: string): Promise<{ messages: Messages }> {
  return fetchLanguage(lang).then((language) => {
    const messages = Object.prototype.hasOwnProperty.call(language, part) ? language[part] : null;
    if (!messages) throw new Error(`backprop-elements: no "${part}" messages for "${lang}"`);
    return { messages };
  });
}
