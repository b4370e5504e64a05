/**
 * Reading an element's forced-colours (Windows high contrast) rules from its stylesheets. The
 * test runner's Chromium launcher cannot emulate forced colours for every test file
 * (forced-colors.test.ts emulates it once, for all elements), so the element tests check that
 * each colour token or selector they name is given a system colour there.
 */

/**
 * The system colours a forced-colours rule may use. Keywords, so in any case: a CSS property such
 * as `stroke` reads back lowercase, a custom property as written.
 */
export const SYSTEM_COLOUR =
  /^(Canvas|CanvasText|LinkText|Highlight|HighlightText|GrayText|ButtonText)$/i;

/** Style rules inside `@media (forced-colors: active)` of the element's adopted stylesheets. */
export function forcedColourRules(element: Element): CSSStyleRule[] {
  return element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

/**
 * Every value forced colours give `property` (a custom property or a CSS one), from any rule or,
 * with `selector`, from the rules whose selector list holds it.
 */
export function forcedValues(element: Element, property: string, selector?: string): string[] {
  return forcedColourRules(element)
    .filter((rule) => selector === undefined || rule.selectorText.split(/,\s*/).includes(selector))
    .map((rule) => rule.style.getPropertyValue(property).trim())
    .filter(Boolean);
}
