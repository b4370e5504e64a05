import { readEmbedRequest } from './embed-request.js';
import { reportHeightToParent } from './height-reporter.js';
import type { ElementTag } from '../element-tags.js';

/**
 * The page's own few rules, as a constructed sheet: a strict CSP (`style-src 'self'`) blocks
 * inline <style> and style="" but not stylesheets built through the CSSOM.
 */
const PAGE_CSS = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: 1px; background: transparent; }
  .embed-message { margin: 8px; padding: 8px 12px; border: 1px solid #b3261e; border-radius: 8px; }
`;

function observedAttributesOf(tag: ElementTag): readonly string[] | undefined {
  const constructor = customElements.get(tag) as
    (CustomElementConstructor & { observedAttributes?: readonly string[] }) | undefined;
  return constructor ? (constructor.observedAttributes ?? []) : undefined;
}

function showMessage(container: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.className = 'embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  container.replaceChildren(message);
}

/**
 * Renders the one element the URL asks for into `container` and starts reporting the page's
 * height to the parent frame. Attribute values go through setAttribute, never through HTML.
 */
export function mountEmbed(container: HTMLElement, search = location.search): HTMLElement | null {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  reportHeightToParent();

  const request = readEmbedRequest(search, observedAttributesOf);
  if (!request.ok) {
    showMessage(container, request.message);
    return null;
  }
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  if (request.ignored.length > 0) {
    console.warn(
      `backprop-elements embed: ignored unknown parameters ${request.ignored.join(', ')}`,
    );
  }
  document.title = `${request.tag} · backprop-elements`;
  container.replaceChildren(element);
  return element;
}
