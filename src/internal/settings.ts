/**
 * One declarative way for an element to read its attributes, and one rule for read-only
 * properties. Both are decorators the four elements share:
 *
 * ```ts
 * @setting({ attribute: 'learning-rate', parse: numberIn({ min: 0.001, max: 10 }), fallback: 0.5 })
 * learningRate!: number;
 *
 * @readOnly
 * get loss(): number { ... }
 * ```
 *
 * A setting is an attribute and a property of the same name (camelCase for dashed names). The
 * property accepts the attribute's text or a value of the right type (`el.ratios = [2, 3]`),
 * and reads back what the element uses: the last good value, or the fallback while the
 * attribute is absent, or, for a value the reader changes too, the live value (`read`). A
 * refused value keeps the last good one and is reported once, as a visible note and an `error`
 * event, when the element next updates. Nothing here throws.
 */
import type { ReactiveElement } from 'lit';
import type { Parsed } from './attributes.js';
import type { MessageRef } from './localizer.js';

export interface SettingSpec<T> {
  /** The attribute's name; the property is the decorated field. */
  attribute: string;
  /** Reads the attribute's text (or a script value turned into text by `asText`). */
  parse: (text: string) => Parsed<T>;
  /** Reads a value set from script, when text would lose something; defaults to `asText` + `parse`. */
  parseValue?: (value: unknown) => Parsed<T>;
  /** What the element uses while the attribute is absent (or set to null). */
  fallback: T;
  /**
   * For a value the reader can change too (a slider's x, the traced parameter): what the
   * property reads back now. Without it the property reads the last good value set.
   */
  read?: (element: never) => T;
}

/** What the element class must offer the decorators (BackpropElement does). */
export interface SettingsHost extends ReactiveElement {
  /** Called by a setting's setter with the verdict on a new value. */
  settingChanged(attribute: string, message: string | null, ref?: MessageRef): void;
  /** Called when script sets a read-only property. */
  readOnlySet(property: string): void;
}

/** Script values as attribute text: numbers, arrays (space separated), `{ x: 2 }` as `x=2`. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(asText).join(' ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}=${asText(item)}`)
      .join(', ');
  }
  return String(value);
}

const VALUES = Symbol('setting values');
const PENDING = Symbol('settings set since the last update');
type WithValues = SettingsHost & { [VALUES]?: Map<string, unknown>; [PENDING]?: Set<string> };

/** Every set counts as a change, even to the value in use: it also moves the reset point. */
const ALWAYS_CHANGED = { attribute: false, hasChanged: () => true } as const;

/** The value a setting was last given (or its fallback), whatever its live `read` reports. */
export function settingValue<T>(element: object, name: string): T {
  const values = (element as WithValues)[VALUES];
  const spec = settingsOf(element.constructor).get(name);
  return (values?.has(name) ? values.get(name) : spec?.fallback) as T;
}

/** Called by the base class once an update has applied the settings set before it. */
export function settingsApplied(element: object): void {
  (element as WithValues)[PENDING]?.clear();
}

/** Every class's settings, by property name, so the base class can list them. */
const SPECS = new WeakMap<object, Map<string, SettingSpec<unknown>>>();

/** The settings declared on an element class and its ancestors. */
export function settingsOf(ctor: object): Map<string, SettingSpec<unknown>> {
  const all = new Map<string, SettingSpec<unknown>>();
  const chain: object[] = [];
  for (let c: object | null = ctor; c; c = Object.getPrototypeOf(c)) chain.unshift(c);
  for (const c of chain) for (const [name, spec] of SPECS.get(c) ?? []) all.set(name, spec);
  return all;
}

/** Declares an attribute-backed property; see the module comment. */
export function setting<T>(spec: SettingSpec<T>) {
  return (prototype: object, name: string): void => {
    const ctor = prototype.constructor as typeof ReactiveElement;
    if (!SPECS.has(ctor)) SPECS.set(ctor, new Map());
    SPECS.get(ctor)!.set(name, spec as SettingSpec<unknown>);
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: WithValues): T {
        // A value just set reads back as set until the update that applies it.
        if (spec.read && this.hasUpdated && !this[PENDING]?.has(name))
          return (spec.read as (element: unknown) => T)(this);
        const values = this[VALUES];
        return (values?.has(name) ? values.get(name) : spec.fallback) as T;
      },
      set(this: WithValues, next: unknown) {
        const values = (this[VALUES] ??= new Map());
        const old = (this as unknown as Record<string, unknown>)[name];
        let parsed: Parsed<T>;
        if (next === null || next === undefined) parsed = { ok: true, value: spec.fallback };
        else if (typeof next !== 'string' && spec.parseValue) parsed = spec.parseValue(next);
        else parsed = spec.parse(asText(next));
        if (parsed.ok) {
          values.set(name, parsed.value);
          (this[PENDING] ??= new Set()).add(name);
          this.settingChanged(spec.attribute, null);
          this.requestUpdate(name, old, ALWAYS_CHANGED);
        } else {
          this.settingChanged(spec.attribute, parsed.message, parsed.ref);
        }
      },
    });
    // Lit observes the attribute and routes it through the accessor above.
    ctor.createProperty(name, { attribute: spec.attribute, noAccessor: true });
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
 * Marks a getter as a read-only property. Frameworks set every prop they are given
 * (`name in element`), so a set must not throw: it is ignored and reported as an `error` event.
 */
export function readOnly(
  prototype: object,
  name: string,
  descriptor: PropertyDescriptor,
): PropertyDescriptor {
  const ctor = prototype.constructor;
  if (!READ_ONLY.has(ctor)) READ_ONLY.set(ctor, new Set());
  READ_ONLY.get(ctor)!.add(name);
  return {
    ...descriptor,
    set(this: SettingsHost) {
      this.readOnlySet(name);
    },
  };
}
