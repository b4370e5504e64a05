import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * `style=${styleProps({ transform: 'rotate(30deg)', '--dx': '4px' })}`: like Lit's styleMap,
 * but always through the CSSOM (element.style), never a `style` attribute string. Lit's styleMap
 * writes its first render as an attribute string, which a strict Content Security Policy
 * (`style-src` without 'unsafe-inline') blocks, so the first frame would lose those styles.
 */
class StylePropsDirective extends Directive {
  /** What this directive last wrote, so an unchanged value is not written (and restyled) again. */
  #previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute: style=${styleProps({...})}');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous.keys()) {
      if (props[name] == null) {
        style.removeProperty(toCssName(name));
        this.#previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      const text = String(value);
      if (this.#previous.get(name) === text) continue;
      style.setProperty(toCssName(name), text);
      this.#previous.set(name, text);
    }
    return noChange;
  }
}

/** `fontSize` -> `font-size`; custom properties and kebab-case names pass unchanged. */
function toCssName(name: string): string {
  return name.startsWith('--') || name.includes('-')
    ? name
    : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const styleProps = directive(StylePropsDirective);
