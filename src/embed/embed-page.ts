import { loadCatalogue } from '../internal/i18n.js';
import { embedConfig, pageLanguage, passMark, type EmbedConfig } from './embed-params.js';
import { ignoredParametersNote, readEmbedRequest, sayIn } from './embed-request.js';
import { reportHeightToParent } from './height-reporter.js';
import type { ElementTag } from '../element-tags.js';

/** The page's padding on each side, in CSS pixels: the frame is the figure's height plus twice this. */
export const PAGE_PADDING = 1;

/**
 * The page's own few rules, as a constructed sheet: a strict CSP (`style-src 'self'`, or the
 * standalone page's hash-only policy) blocks inline <style> and style="" but not stylesheets
 * built through the CSSOM.
 */
const PAGE_CSS = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: ${PAGE_PADDING}px; background: transparent; }
  .embed-message, .embed-note { margin: 8px; padding: 8px 12px; border-radius: 8px; }
  .embed-message { border: 1px solid #b3261e; }
  .embed-note { border: 1px solid #8a6d00; font-size: 0.875rem; }
`;

function observedAttributesOf(tag: ElementTag): readonly string[] | undefined {
  const constructor = customElements.get(tag) as
    (CustomElementConstructor & { observedAttributes?: readonly string[] }) | undefined;
  return constructor ? (constructor.observedAttributes ?? []) : undefined;
}

function paragraph(className: string, role: string, text: string): HTMLElement {
  const message = document.createElement('p');
  message.className = className;
  message.setAttribute('role', role);
  message.textContent = text;
  return message;
}

/**
 * Marks the page with the language its `lang` parameter asks for (and `dir="rtl"` for a
 * right-to-left one), which the element follows as the nearest `lang`, and fetches that
 * language's messages. Resolves when the page's own notes can be shown in it (in English if the
 * catalogue could not be fetched).
 */
export function applyPageLanguage(config: EmbedConfig = embedConfig()): Promise<void> {
  const { lang, dir, catalogue } = pageLanguage(config.query);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  return loadCatalogue(catalogue);
}

/**
 * Renders the one element the page's parameters ask for (see embed-params.ts) into `container`
 * and starts reporting the page's height to the parent frame. Attribute values go through
 * setAttribute, never through HTML. Parameters the element does not read are named in a note
 * above it, so a misspelt one is seen rather than silently giving a different figure. The notes
 * are in the page's language: call `applyPageLanguage` first and wait for it. (SCORM reporting
 * is the single-file page's: only it is ever baked into a package; see standalone.ts.)
 */
export function mountEmbed(
  container: HTMLElement,
  config: EmbedConfig = embedConfig(),
): HTMLElement | null {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  reportHeightToParent();

  const say = sayIn(pageLanguage(config.query).catalogue);
  const request = readEmbedRequest(config.query, observedAttributesOf, say);
  if (!request.ok) {
    container.replaceChildren(paragraph('embed-message', 'alert', request.message));
    return null;
  }
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  document.title = `${request.tag} · backprop-elements`;
  const note = ignoredParametersNote(
    request.tag,
    request.ignored,
    observedAttributesOf(request.tag) ?? [],
    say,
  );
  // The pass mark is the page's own parameter: one it cannot use gets a note of its own.
  const { value, refused } = passMark(config.query);
  const notes = [
    note,
    refused === undefined ? '' : say('embed.badPassMark', { got: refused, fallback: value }),
  ];
  container.replaceChildren(
    ...notes.filter(Boolean).map((text) => paragraph('embed-note', 'note', text)),
    element,
  );
  return element;
}
