/**
 * Every string a reader sees or hears comes from a message catalogue. English is built in: each
 * element's `messages.ts` adds its part when the element's code loads, so a page pays only for
 * the English of the elements it shows. Every other language ships in parts, each its own chunk
 * (`src/i18n/<lang>/shared.ts`, and `src/i18n/<lang>/<tag>.ts` per element): the shared part
 * (attribute notes, numbers, exercises, the loader and embed pages) and the part of each element
 * a page shows, fetched the first time that element needs the language. The element's code
 * brings the list of its parts (`src/i18n/<tag>.ts`, registered with `addTranslations`), so a
 * page fetches nothing of the elements it does not show. A page can override any message or add
 * a language with `addMessages(lang, messages)`.
 *
 * Messages are whole sentences with named placeholders (`'{name} is {value}'`), never fragments
 * glued in English word order; a message that counts something has one form per plural category
 * (`{ one: '{count} step', other: '{count} steps' }`), chosen with `Intl.PluralRules`.
 */
import { translations as SHIPPED } from '../i18n/shared.js';

/** One message: a sentence, or its forms per plural category (`other` is required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type Messages = Readonly<Record<string, Message>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** One part of the catalogues, by language: each fetches that language's messages of the part. */
export type Translations = Readonly<Record<string, () => Promise<{ messages: Messages }>>>;

/**
 * The part every element uses; its languages (SHIPPED, src/i18n/shared.ts) are the languages
 * shipped besides English.
 */
const SHARED = 'shared';

/** What a bare language (or a script subtag) means when only a regional catalogue ships. */
const ALIASES: Record<string, string> = { pt: 'pt-BR', zh: 'zh-CN', 'zh-Hans': 'zh-CN' };

const withEnglish = (shipped: Translations): readonly string[] => ['en', ...Object.keys(shipped)];
// Marked pure: a bundle that never reads it (the embed page's) leaves it out.
export const SHIPPED_LANGUAGES = /* @__PURE__ */ withEnglish(SHIPPED);

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/**
 * The messages so far, by language: the shipped ones loaded (English: every element's, as its
 * code loads) with the page's own on top.
 */
const catalogues = new Map<string, Record<string, Message>>([['en', {}]]);
/** What a page added with `addMessages`, by language: it wins over shipped messages arriving later. */
const added = new Map<string, Messages>();

/** How many times any catalogue changed: words kept by a view are stale once it moves on. */
let generation = 0;

/** Adds `messages` to a language's catalogue (English's unless given); the page's own stay on top. */
function merge(messages: Messages, lang = 'en'): void {
  catalogues.set(lang, { ...catalogues.get(lang), ...messages, ...added.get(lang) });
  generation += 1;
}

/**
 * Changes whenever a catalogue does (an element's words loaded, a page's `addMessages`): a
 * Localizer made before may hold words that have changed since (localizer.ts makes a new one).
 */
export function catalogueGeneration(): number {
  return generation;
}

/** Each element's parts, by its tag. */
const parts = new Map<string, Translations>([[SHARED, SHIPPED]]);
/** Fetches started and parts arrived, by `<lang>/<part>`. */
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** A copy of one language's messages as loaded so far (for tools and tests). */
export function messagesOf(lang: string): Messages {
  return { ...catalogues.get(lang) };
}

/** Adds English messages; each element's `messages.ts` calls it once. */
export const addEnglish: (messages: Messages) => void = merge;

/**
 * Registers where an element's messages in each shipped language are (`src/i18n/<tag>.ts`);
 * each element's `messages.ts` calls it once with its tag, which the element then asks for.
 */
export function addTranslations(part: string, translations: Translations): void {
  parts.set(part, translations);
}

/**
 * Overrides messages or adds a language, at any time: `addMessages('es', { 'gears.reset':
 * 'Volver' })`, or a whole catalogue for a language the package does not ship. Elements showing
 * that language re-render.
 */
export function addMessages(lang: string, messages: Messages): void {
  const tag = canonical(lang);
  if (!tag) return;
  added.set(tag, { ...added.get(tag), ...messages });
  merge({}, tag);
  for (const listener of listeners) listener();
}

/** `es-mx` → `es-MX`; null for something that is not a language tag. */
export function canonical(lang: string | null | undefined): string | null {
  if (!lang) return null;
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The catalogue a language tag uses: itself when known, else its base language (`es-MX` →
 * `es`), else English. Known means shipped or added with `addMessages`.
 */
export function catalogueLanguage(lang: string | null | undefined): string {
  const tag = canonical(lang);
  if (!tag) return 'en';
  // A canonical tag (`de`, `pt-BR`) is never one of Object's own names (`valueOf`).
  const known = (candidate: string): boolean => candidate in SHIPPED || catalogues.has(candidate);
  if (known(tag)) return tag;
  if (ALIASES[tag]) return ALIASES[tag];
  const parts = tag.split('-');
  for (let length = parts.length - 1; length > 0; length--) {
    const shorter = parts.slice(0, length).join('-');
    if (known(shorter)) return shorter;
    if (ALIASES[shorter]) return ALIASES[shorter];
  }
  return 'en';
}

/**
 * The parts `lang` needs: the shared one and, given an element's tag, that element's, each when
 * it ships in that language (none for English and added languages).
 */
function partsNeeded(lang: string, part = SHARED): string[] {
  return [SHARED, part].filter((name) => parts.get(name)?.[lang]);
}

/**
 * Whether a catalogue is ready to use without waiting: its shared part and, given an element's
 * tag, that element's part (English and added languages always are).
 */
export function isLoaded(lang: string, part?: string): boolean {
  return partsNeeded(lang, part).every((name) => loaded.has(`${lang}/${name}`));
}

/**
 * Fetches a shipped language's shared part and, given an element's tag, that element's part,
 * each once; resolves at once for English and added languages. A part that cannot be fetched
 * leaves its words in English (and is tried again next time).
 */
export function loadCatalogue(lang: string, part = SHARED): Promise<void> {
  const loads = [SHARED, part].map((name) => {
    const key = `${lang}/${name}`;
    const fetchPart = parts.get(name)?.[lang];
    if (fetchPart && !loading.has(key)) {
      const load = fetchPart().then(
        (module) => {
          merge(module.messages, lang);
          loaded.add(key);
        },
        () => {
          // Unreachable file (a self-host that copied only the main script): stay in English.
          loading.delete(key);
        },
      );
      loading.set(key, load);
    }
    return loading.get(key);
  });
  return Promise.all(loads).then(() => {});
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** The raw message for a key in a language, falling back to English, then to the key. */
function lookup(lang: string, key: string): Message {
  return catalogues.get(lang)?.[key] ?? catalogues.get('en')![key] ?? key;
}

/**
 * A message with its placeholders filled. `count` (a number) picks the plural form; the
 * placeholder `{count}` shows it through `formatCount`.
 */
export function translate(
  lang: string,
  key: string,
  params: MessageParams = {},
  formatCount: (value: number) => string = String,
): string {
  const message = lookup(lang, key);
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = typeof params.count === 'number' ? params.count : NaN;
    const category = Number.isFinite(count) ? pluralCategory(lang, count) : 'other';
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value) : value;
  });
}

/** Writing direction of a language tag. */
export function directionOf(lang: string | null | undefined): 'ltr' | 'rtl' {
  const base = (canonical(lang) ?? 'en').split('-')[0];
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}

/**
 * The nearest `lang`: the element's own attribute, else its closest ancestor's (through shadow
 * roots), else the document's. An empty `lang=""` means unknown, which reads as English.
 */
export function languageOf(element: Element): string {
  return nearestAttribute(element, 'lang') ?? '';
}

/**
 * The direction text runs in around an element: the nearest `dir` of `ltr` or `rtl`, else its
 * language's (a Hebrew page without a Hebrew catalogue still runs right to left).
 */
export function textDirectionOf(element: Element): 'ltr' | 'rtl' {
  const dir = nearestAttribute(element, 'dir', /^(ltr|rtl)$/i)?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : directionOf(languageOf(element));
}

function nearestAttribute(element: Element, name: string, valid?: RegExp): string | null {
  let node: Element | null = element;
  while (node) {
    for (let at: Element | null = node.closest(`[${name}]`); at;) {
      const value = at.getAttribute(name) ?? '';
      if (!valid || valid.test(value)) return value;
      at = at.parentElement?.closest(`[${name}]`) ?? null;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes anywhere in the document (or messages
 * are added); one observer serves every element. Returns the function that stops listening.
 */
export function watchLanguage(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(() => {
      for (const each of listeners) each();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}
