/**
 * How the details panel writes a node inside a derivative: a variable by its name, a constant by
 * its number, any other node by the sub-expression it computes. Never an internal id, never words
 * as a fraction's part.
 */
import type { GradNode } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { nodeTex, texName, texText } from '../describe.js';

/** `\frac{\partial out}{\partial w}`, or `\frac{\partial out}{\partial (w \cdot x)}` for an op. */
export function outPartialTex(node: GradNode, l10n: Localizer): string {
  const out = texText(l10n.t('graph-backprop.tex.out'));
  return `\\frac{\\partial ${out}}{\\partial ${nodeTex(node, l10n)}}`;
}

/** `\frac{\partial (w \cdot x)}{\partial w}`: the node's tangent with respect to `wrt`. */
export function tangentTex(node: GradNode, wrt: string, l10n: Localizer): string {
  return `\\frac{\\partial ${nodeTex(node, l10n)}}{\\partial ${texName(wrt)}}`;
}
