import { contrast, over, rgba, type Rgba } from './colours.js';

/**
 * Lines a reader follows (wires, outlines, arrows, markers) must stand out at 3:1 from what lies
 * under them (WCAG 1.4.11, non-text contrast), in light and dark schemes alike. This reads every
 * SVG stroke an element draws, as painted, against its background; each element says which of
 * its strokes are not lines to read and what else it draws that counts.
 */
export interface StrokeRules {
  /** Strokes that are no line to read (besides those not painted or not displayed). */
  skip?: (node: SVGElement, style: CSSStyleDeclaration) => boolean;
  /** What lies under a stroke, where it is not the element's background. */
  under?: (node: SVGElement) => Rgba | undefined;
  /** Counts stroke-opacity and opacity, for translucent strokes. */
  opacity?: boolean;
  /** Passes over strokes in the background colour: halos that part a marker from lines behind. */
  halos?: boolean;
  /** Also reads the fill of these shapes (arrow heads), as a line. */
  fills?: string;
  /** How a stroke is named in the list (its class by default). */
  name?: (node: SVGElement) => string;
}

/** The element's background colour as the screen shows it. */
export function backgroundOf(element: Element): Rgba {
  return rgba(getComputedStyle(element).backgroundColor);
}

/** `name: ratio` when a paint over `under` is below 3:1, otherwise null. */
export function weakPaint(name: string, paint: Rgba, under: Rgba): string | null {
  if (paint[3] === 0) return null;
  const ratio = contrast(over(paint, under), under);
  return ratio < 3 ? `${name}: ${ratio.toFixed(2)}` : null;
}

/** Every SVG stroke (and fill, for `rules.fills`) below 3:1 against what lies under it. */
export function weakStrokes(element: Element, rules: StrokeRules = {}): string[] {
  const background = backgroundOf(element);
  const weak: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll<SVGElement>('svg *')) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || rules.skip?.(node, style)) continue;
    const name = rules.name?.(node) ?? node.getAttribute('class') ?? node.localName;
    const under = rules.under?.(node) ?? background;
    const paints: [string, string][] = [];
    if (style.stroke !== 'none') paints.push([name, style.stroke]);
    if (rules.fills && node.matches(rules.fills)) paints.push([`${name} fill`, style.fill]);
    for (const [label, colour] of paints) {
      const paint = rgba(colour);
      if (rules.opacity) paint[3] *= Number(style.strokeOpacity) * Number(style.opacity);
      if (rules.halos && paint.slice(0, 3).join() === background.slice(0, 3).join()) continue;
      const found = weakPaint(label, paint, under);
      if (found) weak.push(found);
    }
  }
  return [...new Set(weak)];
}
