// The embed builder: pick an element, its attributes and its language, see it live (directly or
// through the iframe embed page), and copy the script-tag snippet or the iframe snippet, or
// download the figure as a SCORM 1.2 package.
import { html, render, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import '../../src/all.js';
import { PAGE_PADDING } from '../../src/embed/embed-page.js';
import { DEFAULT_PASS_MARK } from '../../src/embed/embed-params.js';
import { embedQuery } from '../../src/embed/embed-request.js';
import type { HeightMessage } from '../../src/embed/height-reporter.js';
import type { ElementTag } from '../../src/element-tags.js';
import { attributeField, describe } from './attribute-field.js';
import { catalogue, type ElementInfo } from './catalogue.js';
import { downloadScormPackage } from './download.js';
import { askKinds, exerciseFields, readPassMark } from './exercise-fields.js';
import { LANGUAGES, languageChoice, languageField } from './languages.js';
import { iframeSnippet, scriptSnippet, type Attributes, type EmbedPage } from './snippets.js';

const DEFAULT_BASE = 'https://cdn.jsdelivr.net/npm/backprop-elements@0.1/dist/';
/**
 * The embed pages are served beside this builder (the built site), never from an npm CDN: those
 * send .html files as text/plain, so an iframe pointed there shows source text.
 */
const DEFAULT_PAGE_BASE = new URL('./', location.href).href;
const ELEMENTS = await catalogue();

interface BuilderState {
  info: ElementInfo;
  values: Record<string, Record<string, string>>;
  /** The figure's language: the preview's, and the one every snippet and package carries. */
  lang: string;
  preview: 'element' | 'iframe';
  /** Which embed page the iframe snippet (and the iframe preview) uses. */
  page: EmbedPage;
  base: string;
  /** Where embed.html and embed-standalone.html are served from (the iframe snippet's host). */
  pageBase: string;
  /** The figure's height as an embed page would report it, measured live in either preview. */
  frameHeight: number;
  /** The pass mark as typed, for figures that ask (see exercise-fields.ts). */
  passText: string;
  status: string;
}

// ?el=graph-backprop&preview=iframe&lang=de opens the builder on that element, preview and language;
// &ask= and &pass= on its exercise.
const startParams = new URLSearchParams(location.search);

const state: BuilderState = {
  info: ELEMENTS.find((info) => info.tag === startParams.get('el')) ?? ELEMENTS[0],
  values: Object.fromEntries(ELEMENTS.map((info) => [info.tag, { ...info.example }])),
  lang: languageChoice(startParams.get('lang')),
  preview: startParams.get('preview') === 'iframe' ? 'iframe' : 'element',
  page:
    startParams.get('page') === 'embed-standalone.html' ? 'embed-standalone.html' : 'embed.html',
  base: DEFAULT_BASE,
  pageBase: DEFAULT_PAGE_BASE,
  frameHeight: 480,
  passText: startParams.get('pass') ?? String(DEFAULT_PASS_MARK),
  status: '',
};

// &ask=product opens it asking (what the element declares; the preview checks the rest).
const startAsk = startParams.get('ask');
if (startAsk) state.values[state.info.tag].ask = startAsk;

/** The attributes the author set, in the manifest's order; booleans present only when on. */
function chosenAttributes(): Attributes {
  const values = state.values[state.info.tag];
  return state.info.attributes
    .filter((attribute) =>
      attribute.boolean ? values[attribute.name] === '' : values[attribute.name],
    )
    .map((attribute) => [attribute.name, values[attribute.name]]);
}

/**
 * The pass mark the iframe and the SCORM package carry: only for a figure that asks, and only
 * once the author typed a valid one (else the pages' own default applies).
 */
function chosenPass(): number | undefined {
  return state.values[state.info.tag].ask ? readPassMark(state.passText) : undefined;
}

function setValue(name: string, value: string | undefined): void {
  const values = state.values[state.info.tag];
  if (value === undefined) delete values[name];
  else values[name] = value;
  update();
}

/** Copies the snippet as it is at the moment of the click (heights arrive after a render). */
async function copy(snippet: () => string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet());
    state.status = `${what} copied to the clipboard.`;
  } catch {
    state.status = `Copying was refused here: select the ${what.toLowerCase()} and copy it by hand.`;
  }
  update();
}

/** A new height for the snippet: re-rendered at once, so what is shown is what is copied. */
function setFrameHeight(height: number): void {
  const rounded = Math.ceil(height);
  if (!(rounded > 0) || rounded === state.frameHeight) return;
  state.frameHeight = rounded;
  update();
}

/**
 * In the script-tag preview the element's own height, plus the embed page's padding, is the
 * height its iframe will report; measured whenever it changes, like the embed page does.
 */
const elementHeight = new ResizeObserver((entries) => {
  if (state.preview !== 'element') return;
  const border = entries.at(-1)!.target.getBoundingClientRect().height;
  setFrameHeight(border + 2 * PAGE_PADDING);
});

/** The preview speaks the chosen language, as the snippet's element will (`lang`, and `dir`). */
function applyLanguage(element: HTMLElement): void {
  const dir = LANGUAGES.find((language) => language.tag === state.lang)?.dir ?? 'ltr';
  if (element.lang !== state.lang) element.lang = state.lang;
  if (element.dir !== dir) element.dir = dir;
}

/** The live element, with attributes set one by one (never through HTML). */
function previewElement(): HTMLElement {
  const element = document.createElement(state.info.tag);
  for (const [name, value] of chosenAttributes()) element.setAttribute(name, value);
  applyLanguage(element);
  elementHeight.disconnect();
  elementHeight.observe(element);
  return element;
}

let previewKey = '';
let previewNode: HTMLElement | undefined;

function preview() {
  if (state.preview === 'iframe') {
    const query = embedQuery(state.info.tag, chosenAttributes(), state.lang, chosenPass());
    const src = `./${state.page}?${query}`;
    return html`<iframe
      class="embed-frame"
      src=${src}
      title="${state.info.tag} as an iframe embed"
      height=${state.frameHeight}
    ></iframe>`;
  }
  // Rebuild the element only when the tag changes; attributes update in place, as on a page.
  if (previewKey !== state.info.tag || !previewNode) {
    previewKey = state.info.tag;
    previewNode = previewElement();
  } else {
    const chosen = new Map(chosenAttributes());
    for (const attribute of state.info.attributes) {
      const value = chosen.get(attribute.name);
      if (value === undefined) previewNode.removeAttribute(attribute.name);
      else if (previewNode.getAttribute(attribute.name) !== value)
        previewNode.setAttribute(attribute.name, value);
    }
    applyLanguage(previewNode);
  }
  return previewNode;
}

function chooseLanguage(lang: string): void {
  state.lang = languageChoice(lang);
  update();
}

function chooseElement(tag: ElementTag): void {
  state.info = ELEMENTS.find((info) => info.tag === tag) ?? ELEMENTS[0];
  state.status = '';
  update();
}

function template() {
  // Functions, so a copy takes the snippet as it is at the click, not at the last render.
  const scriptText = () =>
    scriptSnippet(state.info.tag, chosenAttributes(), state.base, state.lang);
  const iframeText = () =>
    iframeSnippet(
      state.info.tag,
      chosenAttributes(),
      state.pageBase,
      state.frameHeight,
      state.page,
      state.lang,
      chosenPass(),
    );
  return html`
    <div class="builder">
      <form class="choices" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>Element</legend>
          <div class="tags">
            ${ELEMENTS.map(
              (info) =>
                html`<label class="tag-choice">
                  <input
                    type="radio"
                    name="tag"
                    .checked=${live(info.tag === state.info.tag)}
                    @change=${() => chooseElement(info.tag)}
                  />
                  <code>&lt;${info.tag}&gt;</code>
                </label>`,
            )}
          </div>
          <p class="summary">${describe(state.info.summary)}</p>
        </fieldset>
        <fieldset>
          <legend>Attributes</legend>
          ${state.info.attributes
            // `ask` has its own checkboxes where the element declares its question kinds.
            .filter(
              (attribute) => attribute.name !== 'ask' || askKinds(state.info.tag).length === 0,
            )
            .map((attribute) => attributeField(attribute, state.values[state.info.tag], setValue))}
          <button type="button" class="secondary" @click=${resetPreset}>Back to the example</button>
        </fieldset>
        ${exerciseFields(
          {
            tag: state.info.tag,
            ask: state.values[state.info.tag].ask,
            description:
              state.info.attributes.find((attribute) => attribute.name === 'ask')?.description ??
              '',
            passText: state.passText,
            setAsk: (value) => setValue('ask', value),
            setPass: (text) => {
              state.passText = text;
              update();
            },
          },
          describe,
        )}
        ${languageField(state.lang, chooseLanguage)}
      </form>

      <section class="preview" aria-labelledby="preview-title">
        <div class="preview-head">
          <h2 id="preview-title">Live preview</h2>
          <div class="switch" role="group" aria-label="Preview as">
            ${(['element', 'iframe'] as const).map(
              (mode) =>
                html`<button
                  type="button"
                  aria-pressed=${state.preview === mode ? 'true' : 'false'}
                  @click=${() => choosePreview(mode)}
                >
                  ${mode === 'element' ? 'Script tag' : 'Iframe'}
                </button>`,
            )}
          </div>
        </div>
        <div class="stage">${preview()}</div>
      </section>

      <section class="snippets" aria-labelledby="snippets-title">
        <h2 id="snippets-title">Copy the snippet</h2>
        <div class="field">
          <label for="base">Where the package's <code>dist/</code> files are served from</label>
          <input
            id="base"
            type="url"
            spellcheck="false"
            .value=${live(state.base)}
            @input=${(event: Event) => {
              state.base = (event.target as HTMLInputElement).value || DEFAULT_BASE;
              update();
            }}
          />
        </div>
        <h3>Script tag <span class="note">for pages that allow scripts</span></h3>
        <pre><code>${scriptText()}</code></pre>
        <button type="button" @click=${() => copy(scriptText, 'The script-tag snippet')}>
          Copy HTML
        </button>
        <h3>Iframe <span class="note">for pages that strip scripts (many LMSs)</span></h3>
        <div class="field">
          <label for="page-base">Where the embed pages are served from</label>
          <input
            id="page-base"
            type="url"
            spellcheck="false"
            .value=${live(state.pageBase)}
            @input=${(event: Event) => {
              state.pageBase = (event.target as HTMLInputElement).value || DEFAULT_PAGE_BASE;
              update();
            }}
          />
          <p class="hint">
            This site, or your own copy of it. Not an npm CDN: they serve pages as plain text.
          </p>
        </div>
        <fieldset class="page-choice">
          <legend>The iframe shows</legend>
          ${(
            [
              ['embed.html', 'embed.html: small; its host must allow cross-origin scripts'],
              [
                'embed-standalone.html',
                'embed-standalone.html: one file, needs nothing; may be sandboxed',
              ],
            ] as const
          ).map(
            ([page, label]) =>
              html`<label
                ><input
                  type="radio"
                  name="page"
                  .checked=${live(state.page === page)}
                  @change=${() => {
                    state.page = page;
                    update();
                  }}
                />
                ${label}</label
              >`,
          )}
        </fieldset>
        <pre><code>${iframeText()}</code></pre>
        <button type="button" @click=${() => copy(iframeText, 'The iframe snippet')}>
          Copy iframe
        </button>
        <h3>SCORM package <span class="note">for an LMS activity: nothing to host</span></h3>
        <p class="hint">
          A zip to import as a SCORM 1.2 activity (Moodle, Blackboard, Brightspace, Canvas's SCORM
          tool): the figure as one page, marked completed once the reader has done its main action;
          a figure that asks reports its score, passed or failed against the pass mark, each answer,
          and resumes where the reader left off.
        </p>
        <button type="button" @click=${downloadPackage}>Download SCORM package</button>
        <p class="status" role="status">${state.status || nothing}</p>
      </section>
    </div>
  `;
}

function choosePreview(mode: BuilderState['preview']): void {
  state.preview = mode;
  update();
  // The script-tag preview measures its element again (the observer skipped the iframe mode).
  if (mode === 'element' && previewNode) {
    setFrameHeight(previewNode.getBoundingClientRect().height + 2 * PAGE_PADDING);
  }
}

async function downloadPackage(): Promise<void> {
  state.status = 'Building the SCORM package…';
  update();
  state.status = await downloadScormPackage(
    state.info.tag,
    chosenAttributes(),
    state.lang,
    chosenPass(),
  );
  update();
}

function resetPreset(): void {
  state.values[state.info.tag] = { ...state.info.example };
  update();
}

const root = document.querySelector<HTMLElement>('#builder')!;
function update(): void {
  render(template(), root);
}

// The iframe preview fits its content the same way the copied snippet does, and the snippet
// carries the height the frame reports.
addEventListener('message', (event: MessageEvent<HeightMessage>) => {
  if (event.data?.type !== 'backprop-elements:height') return;
  const frame = root.querySelector<HTMLIFrameElement>('iframe.embed-frame');
  if (!frame || frame.contentWindow !== event.source) return;
  frame.height = String(event.data.height);
  setFrameHeight(event.data.height);
});

update();
