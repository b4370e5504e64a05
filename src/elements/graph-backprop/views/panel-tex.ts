/**
 * The details panel's words and TeX for a node: what its op does, its local-gradient rule and
 * the rule with the numbers in. Part of the panel's chunk, loaded when a reader first opens it.
 */
import { getOp, OP_RULES, type GradNode } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import './panel.messages.js';

/** What an op does, as a sentence in the reader's language (empty for leaves). */
export function opDescription(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var' || node.op === 'const') return '';
  // Every op of the core has its sentence in the catalogue (the core's own table is English
  // only): `graph-backprop.op.mul`, ...
  return l10n.t(`graph-backprop.op.${node.op}`);
}

/** The op applied to its inputs' current numbers: `(-1) \cdot 2`. */
export function numericTex(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var' || node.op === 'const') return l10n.tex(node.value);
  const args = node.inputs.map((input) => l10n.texFactor(input.value));
  return getOp(node.op).tex(args);
}

/** Each input's local-gradient rule (`\frac{\partial(uv)}{\partial u} = v`). */
export function ruleTex(node: GradNode): readonly string[] {
  if (node.op === 'var' || node.op === 'const') return [];
  return OP_RULES[node.op].rules;
}

/** Each input's local gradient with the numbers plugged in, before it is worked out. */
export function pluggedTex(node: GradNode, l10n: Localizer): string[] {
  if (node.op === 'var' || node.op === 'const') return [];
  const args = node.inputs.map((input) => l10n.texFactor(input.value));
  return OP_RULES[node.op].plugged(args, l10n.texFactor(node.value));
}

/** Which letter the op's rule uses for input `index`: u, v. */
export function ruleLetter(index: number): string {
  return index === 0 ? 'u' : 'v';
}

/** An outer pair of parentheses dropped, so `(-1)` and `-1` compare as the same number. */
const bare = (tex: string): string => tex.replace(/^\((.*)\)$/, '$1');

/**
 * `a = b = c` with a step that only repeats the one before said once, in its later (worked-out)
 * form: `v = 2`, not `v = 2 = 2`; `u = -3`, not `u = (-3) = -3`.
 */
export function equalities(parts: readonly string[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (kept.length > 0 && bare(kept[kept.length - 1]) === bare(part)) kept[kept.length - 1] = part;
    else kept.push(part);
  }
  return kept.join(' = ');
}
