/**
 * The notes for refused values and their words, fetched the first time an element refuses one:
 * a page whose settings are all good never loads them. An element's reports queue what they are
 * told until they are here (problem-reports.ts), and `updateComplete` waits for them, so a
 * refusal shows its note and fires its `error` event as a refusal always does, a fetch later.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Problem } from './attributes.js';
import type { ErrorDetail } from './problem-reports.js';
import { addEnglish, translate } from './i18n.js';
import type { LazyView } from './lazy-view.js';
import type { Localizer } from './localizer.js';

// The words of the attribute parsers (attributes.ts) and of a set read-only property.
addEnglish({
  'attr.expected': 'expected {expected}',
  'attr.expectedGot': 'expected {expected}, got {got}',
  'attr.listEntry': "expected {expected}; '{entry}' is not {kind}",
  'attr.nothing': 'nothing',
  'attr.emptyEntry': 'an empty entry',
  'attr.notFinite': 'a value that is not a finite number',
  'attr.quoted': "'{text}'",
  'attr.number': 'a number',
  'attr.numberFromTo': 'a number from {min} to {max}',
  'attr.wholeFromTo': 'a whole number from {min} to {max}',
  'attr.list': {
    one: '{count} {kind} separated by spaces or commas',
    other: '{count} {kind} separated by spaces or commas',
  },
  'attr.listBetween': '{min} to {max} {kind} separated by spaces or commas',
  'attr.numbers': 'numbers',
  'attr.numbersFromTo': 'numbers from {min} to {max}',
  'attr.wholesFromTo': 'whole numbers from {min} to {max}',
  'attr.oneOf': 'expected one of {choices}, got {got}',
  'attr.unreadable':
    'expected a value that can be read as text; this one contains itself or cannot be read',
  'problem.readOnly': '{property} is read-only; the value set was ignored',
});

/**
 * A check's problem worked out by a module of the element's own, fetched the first time a check
 * refuses (layer-delta's refusals.ts, which brings the words of its notes): `problem` is called
 * with the module once it is here.
 */
export interface ProblemFrom<M extends object> {
  readonly from: LazyView<M>;
  problem(module: M): Problem | null;
  /**
   * Where the problem's words are in the reader's language, when they are a catalogue part of
   * their own (graph-backprop's parse faults): the fetch of the words in `lang`, null once here.
   * The verdict waits for them, so its note and `error` event speak the element's language.
   */
  words?(module: M, lang: string): Promise<void> | null;
}

/**
 * One verdict for the notes: the parser's or a check's on a setting (null clears that kind of
 * refusal, never the other; a check's problem may come from a module, `ProblemFrom`), or a set
 * of a read-only property, which is reported and ignored. `given` says whether the setting was
 * given since the element's last update: a check repeats its refusal on every update, and only
 * a new refusal or a value just given fires `error`.
 */
export type Verdict =
  | {
      label: string;
      kind: 'parse' | 'check';
      problem: Problem | ProblemFrom<object> | null;
      given?: boolean;
    }
  | { readOnly: string; problem?: undefined };

export const styles = css`
  .errors {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
    color: var(--bp-fg);
    font-size: 0.9em;
    list-style: none;
  }
  .error-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .errors strong {
    color: var(--bp-error);
  }
`;

/** One element's refused values, by the name the note shows, the parser's and a check's apart. */
export class ProblemNotes {
  readonly #problems = new Map<string, { parse?: Problem; check?: Problem }>();

  /**
   * Takes the verdicts at the front of `held` (removing them) as far as the module each needs is
   * here, and its words in the reader's language (`wait` is given their fetch, after which the
   * element takes the rest); one whose module could not be fetched is dropped. Returns what their
   * `error` events carry, in order (null: a refusal cleared).
   */
  takeHeld(
    held: Verdict[],
    l10n: Localizer,
    wait: (load: Promise<void>) => void,
  ): (ErrorDetail | null)[] {
    const reports: (ErrorDetail | null)[] = [];
    while (held.length > 0) {
      // The module the verdict's problem comes from, if any.
      const told = held[0].problem;
      const source = told?.from;
      if (source && !source.ready && !source.unavailable) break;
      const words = source?.ready && told!.words?.(source.ready, l10n.lang);
      if (words) {
        wait(words);
        break;
      }
      const report = source?.unavailable ? undefined : this.#take(held[0], l10n);
      held.shift();
      if (report !== undefined) reports.push(report);
    }
    return reports;
  }

  /**
   * Takes one verdict whose module, if any, is here: undefined when nothing the element shows
   * changed, else what its `error` event carries (null when a refusal was cleared and none is to
   * be reported).
   */
  #take(verdict: Verdict, l10n: Localizer): ErrorDetail | null | undefined {
    if ('readOnly' in verdict) {
      const property = verdict.readOnly;
      return {
        attribute: property,
        message: translate(l10n.lang, 'problem.readOnly', { property }),
      };
    }
    const { label, kind } = verdict;
    const told = verdict.problem;
    const problem = told?.from ? told.problem(told.from.ready!) : told;
    const entry = this.#problems.get(label) ?? {};
    const before = entry[kind];
    if (!problem && !before) return undefined;
    // A check's refusal stays quiet while it repeats what the note already says.
    if (problem && kind === 'check' && before?.message === problem.message && !verdict.given)
      return undefined;
    const next = { ...entry, [kind]: problem ?? undefined };
    if (next.parse || next.check) this.#problems.set(label, next);
    else this.#problems.delete(label);
    return problem ? { attribute: label, message: note(problem, l10n) } : null;
  }

  /** The visible notes, or nothing when every value was taken. */
  render(l10n: Localizer): TemplateResult | typeof nothing {
    if (this.#problems.size === 0) return nothing;
    return html`<div class="errors" part="error" role="alert">
      <ul class="error-list">
        ${[...this.#problems].map(
          ([label, { parse, check }]) =>
            html`<li><strong>${label}</strong>: ${note((parse ?? check)!, l10n)}</li>`,
        )}
      </ul>
    </div>`;
  }
}

/** A refusal's note in the reader's language (English when it has no message key). */
function note(problem: Problem, l10n: Localizer): string {
  const text = problem.ref ? l10n.text(problem.ref) : problem.message;
  return withoutNonFiniteWords(text, l10n.t('attr.notFinite'));
}

/** A quoted run that holds NaN or Infinity, whatever quotes the note's language uses. */
const QUOTED_NON_FINITE =
  /['‘’“”「」«»][^'‘’“”「」«»]*(?:NaN|Infinity)[^'‘’“”「」«»]*['‘’“”「」«»]/g;

/**
 * Whether a note quoting `text` would show other words in its place (below): a refusal that
 * names such a text says its sentence without it.
 */
export const replacedInNotes = (text: string): boolean => /NaN|Infinity|undefined/.test(text);

/**
 * Names NaN and Infinity in words inside a message: a note that quotes a reader's `NaN` back
 * would put on screen the very words the elements promise never to show. A quoted value is
 * replaced by `notFinite`, the words in the note's language.
 */
export function withoutNonFiniteWords(
  message: string,
  notFinite = 'a value that is not a finite number',
): string {
  return message
    .replace(QUOTED_NON_FINITE, notFinite)
    .replace(/[+-]?Infinity/g, 'an infinite value')
    .replace(/NaN/g, 'not-a-number')
    .replace(/'?undefined'?/g, 'nothing');
}
