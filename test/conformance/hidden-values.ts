/**
 * "Predict, then check" must not give the answer away: before a question is answered, none of
 * its hidden numbers may be found anywhere a reader or a page can look. This gathers all of it
 * (every text node of the shadow tree, typeset formulas and the live region included; every
 * attribute of every node, aria-*, title and style among them; every public property the
 * element's class chain declares) and looks for each hidden value written in every way the
 * elements write numbers (3 to 6 digits, signed, in the page's decimal style, in words).
 */
import { formatNumber } from '../../src/internal/format.js';
import { localizerFor } from '../../src/internal/localizer.js';

/** Properties meant to hold the answers (documented for authors), not looked at. */
const ANSWER_PROPERTIES = new Set(['answers']);

/**
 * Where a drawing's geometry goes, in SVG units: a gear's radius of 6 is not the product 6; nor
 * is a text's baseline shift (dy) or a number field's step. Everything else is read: text,
 * aria-*, title, style (a rotation would tell), data-*.
 */
const GEOMETRY = new Set(
  'x y x1 x2 y1 y2 dx dy cx cy r rx ry d points transform viewbox width height font-size class step'.split(
    ' ',
  ),
);

/**
 * KaTeX's own layout: the em offsets in the style of its spans ("vertical-align: -0.35em") are
 * no numbers of the figure. A formula's numbers are in its text, which is read.
 */
const isTypesetLayout = (node: Element, attribute: string): boolean =>
  attribute === 'style' && node.closest('.katex') !== null;

/** Every way a number may be written for `lang`: text, signed, words, TeX, raw. */
export function writings(value: number, lang = 'en'): string[] {
  const l10n = localizerFor(lang);
  const out = new Set<string>();
  for (const digits of [2, 3, 4, 5, 6]) {
    for (const v of [value, Math.abs(value)]) {
      out.add(formatNumber(v, digits));
      out.add(l10n.number(v, digits));
      out.add(l10n.signed(v, digits));
      out.add(l10n.spoken(v, digits));
      out.add(l10n.tex(v, digits));
    }
  }
  out.add(String(value));
  out.add(String(Math.abs(value)));
  return [...out].filter((text) => text !== '' && text !== '0');
}

/** The text nodes and every attribute of the element's shadow tree, with where each was found. */
function shadowPieces(element: Element): [string, string][] {
  const root = element.shadowRoot!;
  const pieces: [string, string][] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    const parent = node.parentElement;
    pieces.push([`text in <${parent?.localName}.${parent?.className}>`, node.textContent ?? '']);
  }
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.attributes)
      if (!GEOMETRY.has(attribute.name.toLowerCase()) && !isTypesetLayout(node, attribute.name))
        pieces.push([`${attribute.name} of <${node.localName}>`, attribute.value]);
    if (node instanceof HTMLInputElement) pieces.push([`value of <input>`, node.value]);
  }
  return pieces;
}

/**
 * Every property a page can read: the getters the element's classes declare, except Lit's
 * internal state (declared private, the element's own bookkeeping, not its API).
 */
function publicProperties(element: Element): [string, unknown][] {
  const names = new Set<string>();
  const lit = element.constructor as unknown as {
    elementProperties?: Map<string, { state?: boolean }>;
  };
  const internal = (name: string): boolean => lit.elementProperties?.get(name)?.state === true;
  for (
    let proto = Object.getPrototypeOf(element);
    proto && proto !== HTMLElement.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith('_') || name === 'constructor' || ANSWER_PROPERTIES.has(name)) continue;
      if (internal(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor?.get) names.add(name);
    }
  }
  const record = element as unknown as Record<string, unknown>;
  return [...names].map((name) => {
    try {
      return [name, record[name]];
    } catch (error) {
      return [name, error];
    }
  });
}

/** Numbers anywhere inside a property's value (arrays and plain objects, a few levels deep). */
function numbersIn(value: unknown, depth = 0): number[] {
  if (typeof value === 'number') return [value];
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (value instanceof Node) return [];
  return Object.values(value as Record<string, unknown>).flatMap((v) => numbersIn(v, depth + 1));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a hidden value shows, or an empty list. A writing counts as a whole number only: "6" is
 * not found in "16", "0.6" or "6.5".
 */
export function findHidden(element: Element, hidden: readonly number[], lang = 'en'): string[] {
  const found: string[] = [];
  const pieces = shadowPieces(element);
  for (const value of hidden) {
    for (const writing of writings(value, lang)) {
      const pattern = new RegExp(`(?<![\\d.,{])${escape(writing)}(?![.,{]?\\d)`);
      for (const [where, text] of pieces)
        if (pattern.test(text)) found.push(`${writing} (${value}) in ${where}: "${text.trim()}"`);
    }
    for (const [name, property] of publicProperties(element)) {
      for (const number of numbersIn(property)) {
        if (Math.abs(number - value) <= 1e-9 * Math.max(1, Math.abs(value)))
          found.push(`${value} in property ${name}`);
      }
    }
  }
  return found;
}
