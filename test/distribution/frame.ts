import { waitUntil } from '@open-wc/testing';
import { openFormulas } from '../conformance/open-formulas.js';

/** Loads `src` in a fresh iframe of the given width and resolves once it has loaded. */
export async function openFrame(src: string, width = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '600';
  frame.title = 'page under test';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${src}`)), {
      once: true,
    });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Waits until `tag` inside the frame is upgraded and shows KaTeX output in its shadow root
 * (opening the panel that holds its formulas first, where they wait for a reader).
 */
export async function waitForFormula(frame: HTMLIFrameElement, tag: string): Promise<Element> {
  const document = frame.contentDocument!;
  await waitUntil(
    () => {
      const element = document.querySelector(tag);
      if (element) openFormulas(element);
      return element?.shadowRoot?.querySelector('.katex');
    },
    `${tag} never showed a typeset formula`,
    { timeout: 15000 },
  );
  return document.querySelector(tag)!;
}
