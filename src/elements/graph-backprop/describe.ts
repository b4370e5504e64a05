/**
 * Words and TeX for nodes, without DOM: what a node is called on screen, in the live region and
 * in formulas, in the reader's language. The op table supplies the rules; this module names
 * and parenthesises.
 */
import { getOp, type GradNode, type OpName } from '../../core/index.js';
import type { Localizer } from '../../internal/localizer.js';
import './messages.js';

const SYMBOLS: Partial<Record<OpName, string>> = {
  add: '+',
  sub: '−',
  mul: '×',
  div: '÷',
  pow: 'xⁿ',
  neg: '−x',
  sigmoid: 'σ',
  // bce_logits is bce composed with sigmoid; its name is too wide for a narrow node.
  bce_logits: 'bce∘σ',
};

/** The short mark drawn in a node: a variable's name, a number, or the op's symbol. */
export function nodeSymbol(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var') return node.label;
  // A constant shows its number in full, unless that is too long for its node (0.000012345).
  if (node.op === 'const') {
    const full = l10n.number(node.value, 6);
    return full.length <= 7 ? full : l10n.number(node.value);
  }
  return SYMBOLS[node.op] ?? node.op;
}

/** How the node is named in a sentence: "w", "the constant 2", "the multiply node". */
export function nodeName(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var') return node.label;
  if (node.op === 'const')
    return l10n.t('graph-backprop.name.constant', { value: nodeSymbol(node, l10n) });
  return l10n.t('graph-backprop.name.op', { kind: nodeKind(node, l10n) });
}

/** What the node is, for headings: "variable", "constant" or "multiply node". */
export function nodeKind(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var') return l10n.t('graph-backprop.kind.variable');
  if (node.op === 'const') return l10n.t('graph-backprop.kind.constant');
  // Every op of the core has its kind in the catalogue: `graph-backprop.kind.mul`, ...
  return l10n.t(`graph-backprop.kind.${node.op}`);
}

/** Words inside TeX's \text{}: the characters TeX would read as commands escaped. */
export function texText(words: string): string {
  return `\\text{${words.replace(/[\\{}$&#^_%~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))}}`;
}

/** A variable's name for TeX: one letter as math, longer names upright. */
export function texName(name: string): string {
  const safe = name.replace(/_/g, '\\_');
  return name.length === 1 ? safe : `\\mathrm{${safe}}`;
}

/** How tightly a node's TeX binds, to decide where parentheses are needed. */
function binding(node: GradNode): number {
  switch (node.op) {
    case 'add':
    case 'sub':
      return 1;
    case 'mul':
      return 2;
    case 'neg':
      return 3;
    case 'pow':
      return 4;
    default:
      return 5; // leaves, functions with their own brackets, fractions
  }
}

const wrap = (tex: string): string => `\\left(${tex}\\right)`;

/** Wraps each input's TeX where the op would otherwise read wrongly (a·(b + c), (a·b)^2). */
function argumentTexts(node: GradNode, texts: readonly string[]): string[] {
  const own = binding(node);
  return node.inputs.map((input, index) => {
    const inner = binding(input);
    const text = texts[index];
    if (own === 5) return text; // functions and fractions bracket their own inputs
    if (node.op === 'pow') return index === 0 && inner < 5 ? wrap(text) : text;
    if (node.op === 'sub' && index === 1) return inner <= own ? wrap(text) : text;
    return inner < own ? wrap(text) : text;
  });
}

/** The TeX of the sub-expression that computes `node`, in variable names. */
export function expressionTex(
  node: GradNode,
  l10n: Localizer,
  memo = new Map<GradNode, string>(),
): string {
  const known = memo.get(node);
  if (known !== undefined) return known;
  let text: string;
  if (node.op === 'var') text = texName(node.label);
  else if (node.op === 'const') text = l10n.tex(node.value);
  else {
    const inputs = node.inputs.map((input) => expressionTex(input, l10n, memo));
    text = getOp(node.op).tex(argumentTexts(node, inputs));
  }
  memo.set(node, text);
  return text;
}

/**
 * A node as math, never an internal id and never words: a variable by its name, a constant by
 * its number, any other node by the sub-expression it computes, in parentheses (`(w \\cdot x)`).
 */
export function nodeTex(node: GradNode, l10n: Localizer): string {
  if (node.op === 'var') return texName(node.label);
  if (node.op === 'const') return l10n.tex(node.value);
  return `\\left(${expressionTex(node, l10n)}\\right)`;
}
