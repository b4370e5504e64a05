/**
 * Views a reader opens on demand (a details panel, a second mode, an editor) are not part of an
 * element's first load: each is its own chunk, fetched the first time it is drawn or, sooner,
 * when the page is idle after the element's first render, so opening it shows no wait.
 */
import type { CSSResult } from 'lit';
import type { Localizer } from './localizer.js';
import './loader-messages.js';
import { texInFlight } from './tex.js';

/**
 * What a view needs of its element: re-render when the code it asked for arrives, and take the
 * view's own styles into its shadow root when the view is first drawn there.
 */
export interface LoadHost {
  awaitLoad(load: Promise<unknown>): void;
  adoptViewStyles(styles: CSSResult): void;
}

/**
 * A view's module. Its `styles` come with it rather than in the element's own stylesheet: the
 * page that never opens the view never pays for them.
 */
export interface ViewModule {
  readonly styles?: CSSResult;
}

export class LazyView<M extends object> {
  #module: M | undefined;
  #loading: Promise<M> | undefined;
  #failed = false;

  /**
   * @param importer fetches the module; a plain property, which a test replaces with a fetch
   *   that fails (a self-host missing its chunks).
   */
  constructor(public importer: () => Promise<M>) {}

  /**
   * The view's module when it is here, its styles adopted by `host`. Otherwise undefined, and the
   * element re-renders when it arrives (a fetch that failed is not retried on every render:
   * `failed` says so).
   */
  use(host: LoadHost): M | undefined {
    if (!this.#module && !this.#failed) host.awaitLoad(this.load());
    const styles = (this.#module as ViewModule | undefined)?.styles;
    if (styles) host.adoptViewStyles(styles);
    return this.#module;
  }

  /** The module when it is here, without asking for it. */
  get ready(): M | undefined {
    return this.#module;
  }

  /** Whether the fetch failed (a self-host missing chunks/, a network error). */
  get unavailable(): boolean {
    return this.#failed;
  }

  /** Fetches the module once; a failure is remembered, and a later `load` tries again. */
  load(): Promise<M> {
    this.#loading ??= this.importer().then(
      (module) => {
        this.#failed = false;
        return (this.#module = module);
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.#failed = true;
        throw error;
      },
    );
    return this.#loading;
  }
}

/** The note shown in place of a view whose code could not be fetched. */
export function unavailableText(l10n: Localizer, tag: string): string {
  return l10n.t('loader.missing', { tag });
}

const scheduled = new WeakSet<LazyView<object>>();

/**
 * Starts fetching `views` once the page is idle (requestIdleCallback, else a short timeout), so
 * they are here before a reader opens them; each view is scheduled once per page. While KaTeX is
 * still downloading then (a figure that typesets as it first paints), they wait for it: on a
 * slow network they would share its bandwidth and put off the formulas a reader sees first. A
 * view the reader opens meanwhile is fetched at once (`use`).
 */
export function prefetchWhenIdle(views: readonly LazyView<object>[]): void {
  const due = views.filter((view) => !scheduled.has(view));
  if (due.length === 0) return;
  for (const view of due) scheduled.add(view);
  const start = (): void => {
    const tex = texInFlight();
    if (tex) {
      void tex.then(start);
      return;
    }
    for (const view of due) view.load().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
