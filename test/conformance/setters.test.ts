import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { LitElement } from 'lit';
import type { BackpropElement } from '../../src/internal/base-element.js';
import { findNonFinite } from './screen.js';
import { collectUncaught } from './uncaught.js';

/**
 * No public setter ever throws: frameworks pass whatever an app holds (null, a half-loaded
 * object, a string from a form). Every settable or read-only public property of every element
 * gets values of every wrong kind; nothing throws, nothing uncaught escapes, and no NaN or
 * Infinity reaches the screen.
 */

const HOSTILE: unknown[] = [
  null,
  undefined,
  NaN,
  Infinity,
  -1e308,
  '',
  'banana',
  '1,,2',
  0,
  -5,
  {},
  [],
  [[[]]],
  [['x']],
  { x: 'y' },
  true,
  () => 1,
  // Values no text can be made of: each is refused, never thrown on.
  (() => {
    const array: unknown[] = [1];
    array.push(array);
    return array;
  })(),
  (() => {
    const object: Record<string, unknown> = {};
    object.self = object;
    return object;
  })(),
  Object.defineProperty({}, 'x', {
    enumerable: true,
    get() {
      throw new Error('unreadable');
    },
  }),
  (() => {
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    return revocable.proxy;
  })(),
];

/** The base class's protected getters, which TypeScript keeps from users and frameworks. */
const PROTECTED = new Set(['l10n', 'reducedMotion']);

/**
 * Public accessors (read-only ones too: a framework sets those as well), from the element's
 * class up to the base's public ones; Lit's internal `@state` fields and the base's protected
 * getters are private to TypeScript users, so they are left out.
 */
function publicSetters(element: HTMLElement): string[] {
  const declared = (element.constructor as typeof BackpropElement).elementProperties;
  const names = new Set<string>();
  for (
    let proto = Object.getPrototypeOf(element);
    proto && proto !== LitElement.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      const internal = declared.get(name)?.state || PROTECTED.has(name) || name.startsWith('_');
      if ((descriptor.get || descriptor.set) && !internal) names.add(name);
    }
  }
  return [...names].sort();
}

describe('no public setter ever throws', () => {
  const uncaught = collectUncaught();

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: every public property takes every kind of wrong value`, async () => {
      const name = unsafeStatic(tag);
      const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        staticHtml`<${name}></${name}>`,
      );
      const setters = publicSetters(element);
      expect(setters.length, 'has settable properties').to.be.greaterThan(3);
      const thrown: string[] = [];
      for (const property of setters) {
        for (const value of HOSTILE) {
          try {
            (element as unknown as Record<string, unknown>)[property] = value;
            await element.updateComplete;
          } catch (error) {
            thrown.push(`${property} = ${String(value)}: ${(error as Error).message}`);
          }
        }
      }
      expect(thrown, 'setters that threw').to.deep.equal([]);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(findNonFinite(element), 'NaN or Infinity on screen').to.equal(null);
    });
  }
});
