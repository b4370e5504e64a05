import { html, type TemplateResult } from 'lit';

/**
 * Text whose numbers are marked with U+2066 … U+2069 (narration.ts `isolate`), rendered with
 * each number in a left-to-right span: on a right-to-left page the words follow the page while
 * "−0.5" keeps its minus in front. The marks themselves are dropped.
 */
export function isolated(text: string): Array<string | TemplateResult> {
  return text
    .split(/[\u2066\u2069]/)
    .map((part, i) => (i % 2 === 1 ? html`<span class="ltr">${part}</span>` : part));
}
