import {
  html,
  type CSSResult,
  type LitElement,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  catalogueLanguage,
  isLoaded,
  languageOf,
  loadCatalogue,
  textDirectionOf,
  watchLanguage,
} from './i18n.js';
import type { Problem } from './attributes.js';
import type { LazyView } from './lazy-view.js';
import { localizerFor, type Localizer } from './localizer.js';
import './messages.js';
import {
  readOnly,
  readOnlyNamesOf,
  settingLabel,
  settingsApplied,
  wasGiven,
  type SettingsHost,
} from './settings.js';
import { adoptSheet, adoptSheets, sheetsOf } from './restyle.js';
import { adoptTexStyles, cancelTexWait, whenTexReady } from './tex.js';
import { ReportingElement, type ErrorDetail, type ProblemFrom } from './problem-reports.js';

export type { ErrorDetail, ProblemFrom } from './problem-reports.js';

/** The events a reader's action starts with, which first apply settings made before it. */
const READER_ACTIONS = ['click', 'keydown', 'pointerdown', 'input', 'change'] as const;

/** The events every element fires, besides its own. */
export interface BackpropEventMap {
  error: CustomEvent<ErrorDetail>;
}

/** The page's reduced-motion query, made on first use (see `reducedMotion`). */
let reducedMotionQuery: MediaQueryList | null | undefined;

/**
 * The small base every element extends:
 * - `define()` registers the tag once, so a page that loads the script twice keeps working;
 * - `emit()` fires bubbling, composed events;
 * - attributes are declared with `@setting` (settings.ts): a refused value becomes a visible note
 *   plus one `error` event, and the last good value stays; a `@readOnly` property ignores sets
 *   and reports them with an `error` event, so a framework passing every prop never throws
 *   (problem-reports.ts: the notes and their words are fetched with the first refusal);
 * - `announce()` narrates changes in a polite live region;
 * - a reader's action starts from every setting made before it (see `createRenderRoot`);
 * - KaTeX loads on first connection and its stylesheet is adopted into the shadow root.
 */
export class BackpropElement<Events extends object = BackpropEventMap>
  extends ReportingElement
  implements SettingsHost
{
  /** The tag this class registers by default. */
  static tagName = '';

  /** Registers the element under `tag` unless that tag is already defined. */
  static define(tag = this.tagName): void {
    if (!tag || customElements.get(tag)) return;
    customElements.define(tag, this);
  }

  #languageTag = 'en';
  #direction: 'ltr' | 'rtl' = 'ltr';
  /** Made on first use after each language switch (a new one, so views see the change). */
  #localizer?: Localizer;
  #languageLoad: Promise<void> = Promise.resolve();
  #stopWatchingLanguage?: () => void;
  #liveMessage = '';

  readonly #onTexReady = (): void => {
    if (this.shadowRoot) adoptTexStyles(this.shadowRoot);
    this.requestUpdate();
  };

  constructor() {
    super();
    // A framework may set a read-only name before the tag is defined; that own property would
    // hide the getter for good.
    for (const name of readOnlyNamesOf(this.constructor)) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        delete (this as Record<string, unknown>)[name];
        this.readOnlySet(name);
      }
    }
  }

  /**
   * The reader's language for views: messages, and numbers in text, TeX and words. It follows
   * the nearest `lang` (the element's, an ancestor's, the document's), falling back from
   * `es-MX` to `es` and from unknown languages to English.
   */
  protected override get l10n(): Localizer {
    return (this.#localizer ??= localizerFor(this.#languageTag, this.#direction));
  }

  /** The catalogue language in use (`es` for a page in `es-MX`; `en` when unknown). Read-only. */
  @readOnly
  get language(): string {
    return this.#languageTag;
  }

  readonly #followLanguage = (): void => {
    const wanted = catalogueLanguage(languageOf(this));
    // The element's own words in that language are the catalogue part named after its tag.
    const part = (this.constructor as typeof BackpropElement).tagName;
    const apply = (): void => {
      if (catalogueLanguage(languageOf(this)) !== wanted) return;
      // A new Localizer even for the same language: `addMessages` may have changed its words.
      this.#languageTag = wanted;
      this.#direction = textDirectionOf(this);
      this.#localizer = undefined;
      this.requestUpdate();
    };
    if (isLoaded(wanted, part)) apply();
    else this.#languageLoad = loadCatalogue(wanted, part).then(apply);
  };

  /** Code a render asked for and lacks (a view loaded on first use); see `awaitLoad`. */
  readonly #loads = new Set<Promise<unknown>>();

  /** @internal Re-renders once `load` settles; `updateComplete` waits for it meanwhile. */
  override awaitLoad(load: Promise<unknown>): void {
    if (this.#loads.has(load)) return;
    this.#loads.add(load);
    const settled = (): void => void (this.#loads.delete(load), this.requestUpdate());
    load.then(settled, settled);
  }

  /** Styles of views loaded on first use, in the order they were first drawn. */
  readonly #viewStyles = new Set<CSSResult>();

  /**
   * @internal Adds a view's styles to the shadow root (once), when the view is first drawn. Where
   * Lit builds no stylesheet (no adoptable sheets), the rules go in as a `<style>`, as Lit's own do.
   */
  override adoptViewStyles(styles: CSSResult): void {
    const root = this.shadowRoot;
    if (!root || this.#viewStyles.has(styles)) return;
    this.#viewStyles.add(styles);
    const sheet = styles.styleSheet;
    if (sheet) adoptSheet(root, sheet);
    else
      root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
  }

  /** Resolves once the reader's catalogue and any view being loaded are shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const load = this.#languageLoad;
    await load;
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    // A render may ask for a view, whose arrival renders again (and may ask for another).
    while (this.#loads.size > 0) {
      await Promise.allSettled(this.#loads);
      if (this.isUpdatePending) done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    super.update(changed);
    settingsApplied(this);
    if (focused && (!focused.isConnected || focused.matches(':disabled')))
      this.#rescueFocus(focused);
  }

  /**
   * The focused control disabled itself (Step at the last step, Reset at the start) or left the
   * template: move focus to the nearest control that still works, so it does not fall to
   * <body> and a keyboard reader keeps their place.
   */
  #rescueFocus(lost: HTMLElement): void {
    const candidates = [
      ...this.shadowRoot!.querySelectorAll<HTMLElement>(
        'button:not(:disabled), input:not(:disabled), select:not(:disabled), [tabindex="0"]',
      ),
    ];
    if (candidates.length === 0) return;
    const near = lost.isConnected
      ? candidates.filter((candidate) => candidate.parentElement === lost.parentElement)
      : [];
    const pool = near.length > 0 ? near : candidates;
    const after = lost.isConnected
      ? pool.find(
          (candidate) => lost.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
      : undefined;
    (after ?? pool[pool.length - 1]).focus();
  }

  /**
   * Typed listeners for the element's own events (`Events`), so
   * `el.addEventListener('backward-step', (e) => e.detail.step)` type-checks.
   */
  override addEventListener<K extends keyof Events & string>(
    type: K,
    listener: (this: this, event: Events[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof Events & string>(
    type: K,
    listener: (this: this, event: Events[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }

  /**
   * A reader's action starts from every setting made before it: `el.w = 2` and a click on a
   * button in the same task (a script, a test, assistive technology) act on w = 2, as they would
   * once the update had run. Read-only properties do the same (settings.ts).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const settle = (): void => this.settle();
    for (const type of READER_ACTIONS) root.addEventListener(type, settle, { capture: true });
    return root;
  }

  #updating = false;

  /**
   * @internal The one place settings are applied ahead of the scheduled update: once drawn,
   * outside an update under way.
   */
  settle(): void {
    if (this.hasUpdated && this.isUpdatePending && !this.#updating) this.performUpdate();
  }

  protected override performUpdate(): void {
    this.#updating = true;
    try {
      super.performUpdate();
    } finally {
      this.#updating = false;
    }
  }

  /**
   * Moved into another document (an iframe's): stylesheets constructed for the old document
   * cannot be adopted there, so they are built again for the new one.
   */
  adoptedCallback(): void {
    if (!this.shadowRoot) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    adoptSheets(this.shadowRoot, sheetsOf(styles));
    adoptTexStyles(this.shadowRoot);
    for (const { styleSheet } of this.#viewStyles) {
      if (styleSheet) adoptSheet(this.shadowRoot, styleSheet);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    whenTexReady(this.#onTexReady);
    this.#stopWatchingLanguage = watchLanguage(this.#followLanguage);
    this.#followLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelTexWait(this.#onTexReady);
    this.#stopWatchingLanguage?.();
    this.#stopWatchingLanguage = undefined;
  }

  /**
   * Fires an event. Events bubble and cross shadow boundaries like native `input`/`change`,
   * except `error`, which stays on the element as a native `<img>` error does: a bubbling
   * `error` reaching `window` would look like an uncaught exception to page error trackers.
   */
  protected override emit<T>(name: string, detail?: T): boolean {
    const bubbles = name !== 'error';
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles, composed: bubbles, cancelable: false }),
    );
  }

  /**
   * The verdict of a check that needs more than one setting (x must match sizes, a `values` name
   * must be in the expression), made while applying settings in `willUpdate`. A refusal keeps the
   * value in use (the property reads it back), shows a note and fires `error` when the verdict is
   * new or the setting was just given; null clears this check's note, never the parser's. A
   * problem whose words or working-out come with a module fetched on first refusal is given as
   * `{ from, problem }` (problem-reports.ts): it counts as if told now, once the module is here.
   */
  protected check<M extends object>(name: string, problem: Problem | ProblemFrom<M> | null): void {
    const label = settingLabel(this.constructor, name);
    this.report({ label, kind: 'check', problem, given: wasGiven(this, name) });
  }

  /** Narrates a change to screen readers. */
  protected announce(message: string): void {
    // Re-announce identical text by toggling a zero-width space, or the live region stays quiet.
    this.#liveMessage =
      message === this.#liveMessage.replace(/\u200b$/, '') ? `${message}\u200b` : message;
    this.requestUpdate();
  }

  /**
   * Narrates a sentence made by a module fetched on first use (the element's spoken sentences):
   * now when the module is here, else once it arrives (`updateComplete` waits for it).
   */
  protected announceFrom<M extends object>(
    source: LazyView<M>,
    sentence: (module: M) => string,
  ): void {
    const module = source.ready;
    if (module) return this.announce(sentence(module));
    this.awaitLoad(source.load().then((loaded) => this.announce(sentence(loaded))));
  }

  /** The polite live region; put it once in the element's template. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.#liveMessage}
    </div>`;
  }

  /** The live region's current text, for tests and narration checks. Read-only. */
  @readOnly
  get announcement(): string {
    return this.#liveMessage.replace(/\u200b$/, '');
  }

  protected get reducedMotion(): boolean {
    // One query list for the page (its `matches` follows the setting): renders read this, and a
    // new list per read was a cost on every drag frame.
    reducedMotionQuery ??=
      typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
    return reducedMotionQuery?.matches ?? false;
  }
}
