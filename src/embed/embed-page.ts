import { embedConfig, type EmbedConfig } from './embed-params.js';
import { ignoredParametersNote, readEmbedRequest } from './embed-request.js';
import { reportHeightToParent } from './height-reporter.js';
import { onMainAction } from './main-action.js';
import { startScorm } from './scorm-runtime.js';
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
 * Renders the one element the page's parameters ask for (see embed-params.ts) into `container`
 * and starts reporting the page's height to the parent frame. Attribute values go through
 * setAttribute, never through HTML. Parameters the element does not read are named in a note
 * above it, so a misspelt one is seen rather than silently giving a different figure. A page
 * baked with `scorm: true` also reports completion to the LMS, if one is around.
 */
export function mountEmbed(
  container: HTMLElement,
  config: EmbedConfig = embedConfig(),
): HTMLElement | null {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  reportHeightToParent();

  const request = readEmbedRequest(config.query, observedAttributesOf);
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
  );
  container.replaceChildren(...(note ? [paragraph('embed-note', 'note', note)] : []), element);

  if (config.scorm) {
    const session = startScorm();
    if (session) onMainAction(element, request.tag, () => session.complete());
  }
  return element;
}
