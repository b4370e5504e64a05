/**
 * The part of every element that reports refused values: the parser's verdicts and the sets of
 * read-only properties wait for the element's next update; the notes and their words
 * (problem-notes.ts) are fetched with the first refusal on the page, and so is the code of an
 * element's own whose words or working-out only a refusal needs (`ProblemFrom`). What is told
 * before the code it needs is here is held and taken in order once it is (`updateComplete` waits
 * for it): held or not, a verdict counts as it did when it was told.
 */
import { LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import type { Problem } from './attributes.js';
import { LazyView } from './lazy-view.js';
import type { Localizer } from './localizer.js';
import type { ProblemFrom, ProblemNotes, Verdict } from './problem-notes.js';

export type { ProblemFrom } from './problem-notes.js';

/** The notes for refused values and their words: fetched with the first refusal on the page. */
const notes = new LazyView(() => import('./problem-notes.js'));

/** Detail of every `error` event the elements fire. */
export interface ErrorDetail {
  /** The attribute (or reader field) whose value was refused. */
  attribute: string;
  /** What was expected, in words. */
  message: string;
}

/**
 * What `BackpropElement` (base-element.ts) builds on for refused values; it gives the words
 * (`l10n`), the wait for code (`awaitLoad`) and the `error` event (`emit`).
 */
export abstract class ReportingElement extends LitElement {
  /**
   * Refused values, by the name the note shows: the parser's refusal and a check against another
   * setting are kept apart, so a check that passes never clears what the parser refused. Made
   * with the first refusal, once the notes are here.
   */
  #problems?: ProblemNotes;
  /** Verdicts told before the code they need arrived, taken in order when it does. */
  #held: Verdict[] = [];
  /** The parser's verdicts on settings set since the last update, reported when it runs. */
  #verdicts = new Map<string, Problem | ProblemFrom<object> | null>();
  /** Read-only properties set since the last update (the sets ignored), reported when it runs. */
  #readOnlySets = new Set<string>();

  protected abstract get l10n(): Localizer;
  protected abstract emit<T>(name: string, detail?: T): boolean;
  abstract awaitLoad(load: Promise<unknown>): void;
  abstract adoptViewStyles(styles: CSSResult): void;

  /** @internal Called by a `@setting` setter; the verdict is reported on the next update. */
  settingChanged(name: string, problem: Problem | ProblemFrom<object> | null): void {
    this.#verdicts.set(name, problem);
    this.requestUpdate();
  }

  /** @internal Called by a `@readOnly` property's setter; the set is ignored. */
  readOnlySet(property: string): void {
    this.#readOnlySets.add(property);
    this.requestUpdate();
  }

  protected override update(changed: PropertyValues): void {
    for (const [label, problem] of this.#verdicts) this.report({ label, kind: 'parse', problem });
    this.#verdicts.clear();
    for (const property of this.#readOnlySets) this.report({ readOnly: property });
    this.#readOnlySets.clear();
    super.update(changed);
  }

  /**
   * Hands a verdict to the notes; a change to them re-renders, and a refusal fires `error`.
   * Before the first refusal the notes are not here: a clearing verdict has nothing to clear;
   * anything else is held, with every verdict after it, until the notes and the module its
   * problem comes from arrive (`updateComplete` waits for them). Held verdicts the notes cannot
   * come for are dropped, and the next refusal asks for them again.
   */
  protected report(verdict: Verdict): void {
    const { problem } = verdict;
    const source = problem?.from;
    // A module of the element's that failed is not asked for again on every update (each
    // would start another); its verdicts are dropped.
    if (source?.unavailable || (!notes.ready && !this.#held.length && problem === null)) return;
    this.#held.push(verdict);
    if (!notes.ready) this.awaitLoad(notes.load().then(this.#takeHeld, () => (this.#held = [])));
    if (source && !source.ready) this.awaitLoad(source.load().finally(this.#takeHeld));
    this.#takeHeld();
  }

  /** The verdicts held, in order, as far as the code each needs is here (problem-notes.ts). */
  readonly #takeHeld = (): void => {
    const module = notes.ready;
    if (!module) return;
    const problems = (this.#problems ??= new module.ProblemNotes());
    const wait = (load: Promise<void>): void => this.awaitLoad(load.then(this.#takeHeld));
    for (const report of problems.takeHeld(this.#held, this.l10n, wait)) {
      this.requestUpdate();
      if (report) this.emit<ErrorDetail>('error', report);
    }
  };

  /** The visible notes for refused values; put it at the top of the element's template. */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (!this.#problems) return nothing;
    notes.use(this);
    return this.#problems.render(this.l10n);
  }
}
