/**
 * One way for an element to take its settings, and one rule for read-only properties. Both are
 * decorators the elements share:
 *
 * ```ts
 * @setting({ attribute: 'learning-rate', parse: numberIn({ min: 0.001, max: 10 }), fallback: 0.5 })
 * learningRate!: number;
 *
 * @readOnly
 * get loss(): number { ... }
 * ```
 *
 * The rule, the same for every setting of every element:
 * - A setting is an attribute and a property of the same name (camelCase for dashed names), or a
 *   property alone (`attribute: false`). The property takes the attribute's text or a value of
 *   the right type (`el.ratios = [2, 3]`).
 * - Accepted, the value is *given*: the element applies it at its next update, with the other
 *   settings given since the last one, in the element's own order (what others depend on first,
 *   values the reader also changes last). Refused (by its parser, or because it does not fit
 *   another setting), the value in use stays, and the refusal is one visible note and one `error`
 *   event. A check against another setting adds its own verdict; it never clears the parser's.
 *   A value read entry by entry (`values="x=abc, y=3"`) is taken in part: the good entries are
 *   given and the first bad one is reported the same way.
 * - The property reads back what the element uses: until the update, a value just given; after
 *   it, what the element's model holds (`read`), else the value given. A setting that a check
 *   against another one can refuse has a `read`, so it never reads back a refused value: what
 *   the element uses is kept once, in its model.
 * - Nothing here throws: a value that cannot even be read (one that contains itself, a getter
 *   that throws, a revoked Proxy) is refused like any other.
 */
import type { ReactiveElement } from 'lit';
import { refusal, type Parsed, type Problem } from './attributes.js';
import type { ProblemFrom } from './problem-notes.js';

/**
 * A parser's refusal whose words a module of the element's own works out, fetched with the first
 * one (as a check's problem may be, `ProblemFrom`): the value is refused at once, and its note
 * and `error` event follow once the module is here (problem-reports.ts holds the verdict).
 */
export type RefusalFrom = { readonly ok: false } & ProblemFrom<object>;

export interface SettingSpec<T> {
  /** The attribute's name, or false for a property that script alone sets. */
  attribute: string | false;
  /** Reads the attribute's text (or a script value turned into text by `asText`). */
  parse: (text: string) => Parsed<T> | RefusalFrom;
  /** Reads a value set from script, when text would lose something; defaults to `asText` + `parse`. */
  parseValue?: (value: unknown) => Parsed<T> | RefusalFrom;
  /**
   * What the element uses while the attribute is absent (or the property set to null). Without
   * one (undefined), setting null or undefined leaves the value where it is.
   */
  fallback: T;
  /**
   * What the property reads back once the element has applied what it was given: the value in
   * its model (a slider's live x, the sizes drawn). Without one, the value given, which suits a
   * setting nothing else can refuse and the reader cannot change.
   */
  read?: (element: never) => T;
}

/** What the element class must offer the decorators (BackpropElement does). */
export interface SettingsHost extends ReactiveElement {
  /** Called by a setting's setter with the parser's verdict on a new value (null: accepted). */
  settingChanged(name: string, problem: Problem | ProblemFrom<object> | null): void;
  /** Called when script sets a read-only property. */
  readOnlySet(property: string): void;
  /** Applies settings made since the last update now, when one is pending (outside an update). */
  settle(): void;
}

/** Deeper than this, a script value is refused rather than read. */
const MAX_DEPTH = 8;

/**
 * Script values as attribute text: numbers, arrays (space separated), `{ x: 2 }` as `x=2`. Only
 * an object's own keys count. Throws on a value that contains itself or nests too deep; the
 * setter catches that (and a getter or Proxy that throws) and refuses the value.
 */
export function asText(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value;
  if (depth > MAX_DEPTH) throw new RangeError('nested too deep');
  if (Array.isArray(value)) return value.map((item) => asText(item, depth + 1)).join(' ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}=${asText(item, depth + 1)}`)
      .join(', ');
  }
  return String(value);
}

/** The last value each setting was given. */
const GIVEN = Symbol();
/** The settings given since the last update. */
const PENDING = Symbol();
type WithSlots = SettingsHost & {
  [GIVEN]?: Map<string, unknown>;
  [PENDING]?: Set<string>;
};

/** Every set counts as a change, even to the value in use: it also moves the reset point. */
const ALWAYS_CHANGED = { attribute: false, hasChanged: () => true } as const;

/** The last accepted value of a setting (or its fallback): what the element applies and checks. */
function given(element: WithSlots, name: string, spec: SettingSpec<unknown>): unknown {
  const values = element[GIVEN];
  return values?.has(name) ? values.get(name) : spec.fallback;
}

/** The value a setting was last given (or its fallback), whatever its live `read` reports. */
export function givenValue<T>(element: object, name: string): T {
  const spec = settingsOf(element.constructor).get(name);
  if (!spec) return undefined as T;
  return given(element as WithSlots, name, spec) as T;
}

/** Whether a setting was given (set and accepted) since the element's last update. */
export function wasGiven(element: object, name: string): boolean {
  return (element as WithSlots)[PENDING]?.has(name) ?? false;
}

/** The note's name for a setting: its attribute, or the property's name. */
export function settingLabel(ctor: object, name: string): string {
  const spec = settingsOf(ctor).get(name);
  return spec && spec.attribute !== false ? spec.attribute : name;
}

/** Called by the base class once an update has applied the settings given before it. */
export function settingsApplied(element: object): void {
  (element as WithSlots)[PENDING]?.clear();
}

/** Every class's settings, by property name, so the base class can list them. */
const SPECS = new WeakMap<object, Map<string, SettingSpec<unknown>>>();
/**
 * Each class's settings with its ancestors', made on first use: updates ask for them (a check's
 * label, a value given), and the table changes only when a class declares a setting.
 */
let tables = new WeakMap<object, ReadonlyMap<string, SettingSpec<unknown>>>();

/** The settings declared on an element class and its ancestors. */
export function settingsOf(ctor: object): ReadonlyMap<string, SettingSpec<unknown>> {
  const made = tables.get(ctor);
  if (made) return made;
  const table = new Map<string, SettingSpec<unknown>>();
  const chain: object[] = [];
  for (let c: object | null = ctor; c; c = Object.getPrototypeOf(c)) chain.unshift(c);
  for (const c of chain) for (const [name, spec] of SPECS.get(c) ?? []) table.set(name, spec);
  tables.set(ctor, table);
  return table;
}

/** The parser's verdict on a value set from script or markup; never throws. */
function parseSet<T>(spec: SettingSpec<T>, next: unknown): Parsed<T> | RefusalFrom {
  if (next === null || next === undefined) return { ok: true, value: spec.fallback };
  try {
    if (typeof next !== 'string' && spec.parseValue) return spec.parseValue(next);
    return spec.parse(asText(next));
  } catch {
    return refusal('attr.unreadable');
  }
}

/** Declares an attribute-backed property; see the module comment. */
export function setting<T>(spec: SettingSpec<T>) {
  return (prototype: object, name: string): void => {
    const ctor = prototype.constructor as typeof ReactiveElement;
    if (!SPECS.has(ctor)) SPECS.set(ctor, new Map());
    SPECS.get(ctor)!.set(name, spec as SettingSpec<unknown>);
    tables = new WeakMap();
    const label = spec.attribute === false ? name : spec.attribute;
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: WithSlots): T {
        if (spec.read && this.hasUpdated && !this[PENDING]?.has(name))
          return (spec.read as (element: unknown) => T)(this);
        return given(this, name, spec as SettingSpec<unknown>) as T;
      },
      set(this: WithSlots, next: unknown) {
        if ((next === null || next === undefined) && spec.fallback === undefined) return;
        const parsed = parseSet(spec, next);
        if (!parsed.ok) {
          this.settingChanged(label, parsed);
          return;
        }
        const old = (this as unknown as Record<string, unknown>)[name];
        (this[GIVEN] ??= new Map()).set(name, parsed.value);
        const pending = (this[PENDING] ??= new Set());
        pending.add(name);
        // Taken in part (the good entries of a list): the rest is reported all the same.
        this.settingChanged(label, parsed.problem ?? null);
        this.requestUpdate(name, old, ALWAYS_CHANGED);
      },
    });
    // Lit observes the attribute and routes it through the accessor above; it also takes over
    // a value set on the element before its tag was defined.
    ctor.createProperty(name, { attribute: spec.attribute, noAccessor: true });
  };
}

/**
 * A private field whose change re-renders the element, with no attribute: what Lit's `@state()`
 * does for these classes (legacy decorators), without the module that also serves the
 * standard decorators and that every page would fetch. On a getter and setter of the class's
 * own, they stay as written (the setter calls `requestUpdate`): Lit only knows the name as state.
 */
export function state() {
  return (prototype: object, name: string, accessor?: PropertyDescriptor): void => {
    const ctor = prototype.constructor as typeof ReactiveElement;
    ctor.createProperty(name, {
      state: true,
      attribute: false,
      noAccessor: accessor !== undefined,
    });
  };
}

/** Property names declared read-only on a class, for the base class's upgrade check. */
const READ_ONLY = new WeakMap<object, Set<string>>();

/** The read-only property names of a class and its ancestors. */
export function readOnlyNamesOf(ctor: object): string[] {
  const names: string[] = [];
  for (let c: object | null = ctor; c; c = Object.getPrototypeOf(c))
    names.push(...(READ_ONLY.get(c) ?? []));
  return names;
}

/**
 * Marks a public method: like a read-only property and a reader's action, it acts on every
 * setting made before it (`el.weights = w; el.train(1)` trains w; `el.expr = 'x*y';
 * el.stepBackward()` steps the new graph), not on what the last update applied.
 */
export function acting(
  _prototype: object,
  _name: string,
  descriptor: PropertyDescriptor,
): PropertyDescriptor {
  const method = descriptor.value as (this: SettingsHost, ...args: unknown[]) => unknown;
  return {
    ...descriptor,
    value(this: SettingsHost, ...args: unknown[]) {
      this.settle();
      return method.apply(this, args);
    },
  };
}

/**
 * Marks a getter as a read-only property. Frameworks set every prop they are given
 * (`name in element`), so a set must not throw: it is ignored and reported as an `error` event.
 * What it reads follows every setting made before it (`el.value = 3; el.outputs`), as a reader's
 * action does.
 */
export function readOnly(
  prototype: object,
  name: string,
  descriptor: PropertyDescriptor,
): PropertyDescriptor {
  const ctor = prototype.constructor;
  if (!READ_ONLY.has(ctor)) READ_ONLY.set(ctor, new Set());
  READ_ONLY.get(ctor)!.add(name);
  const read = descriptor.get!;
  return {
    ...descriptor,
    get(this: SettingsHost) {
      this.settle();
      return read.call(this);
    },
    set(this: SettingsHost) {
      this.readOnlySet(name);
    },
  };
}
