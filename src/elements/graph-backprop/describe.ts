/**
 * Words and TeX for nodes, without DOM: what a node is called on screen, in the live region and
 * in formulas. The op table supplies the rules; this module only names and parenthesises.
 */
import { getOp, type GradNode, type OpName } from '../../core/index.js';
import { formatNumber, texFactor, texNumber } from '../../internal/format.js';

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

const WORDS: Partial<Record<OpName, string>> = {
  add: 'add',
  sub: 'subtract',
  mul: 'multiply',
  div: 'divide',
  pow: 'power',
  neg: 'negate',
  log: 'log',
  exp: 'exp',
};

/** The short mark drawn in a node: a variable's name, a number, or the op's symbol. */
export function nodeSymbol(node: GradNode): string {
  if (node.op === 'var') return node.label;
  // A constant is labelled as it was typed, unless that is too long for its node (0.000012345).
  if (node.op === 'const') return node.label.length <= 7 ? node.label : formatNumber(node.value);
  return SYMBOLS[node.op] ?? node.op;
}

/** How the node is named in words: "w", "the constant 2", "the multiply node". */
export function nodeName(node: GradNode): string {
  if (node.op === 'var') return node.label;
  if (node.op === 'const') return `the constant ${node.label}`;
  return `the ${WORDS[node.op] ?? node.op} node`;
}

/** What the node is, for panel headings: "variable", "constant" or the op's name. */
export function nodeKind(node: GradNode): string {
  if (node.op === 'var') return 'variable';
  if (node.op === 'const') return 'constant';
  return `${WORDS[node.op] ?? node.op} node`;
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
export function expressionTex(node: GradNode, memo = new Map<GradNode, string>()): string {
  const known = memo.get(node);
  if (known !== undefined) return known;
  let text: string;
  if (node.op === 'var') text = texName(node.label);
  else if (node.op === 'const') text = texNumber(node.value);
  else {
    const inputs = node.inputs.map((input) => expressionTex(input, memo));
    text = getOp(node.op).tex(argumentTexts(node, inputs));
  }
  memo.set(node, text);
  return text;
}

/** The op applied to its inputs' current numbers: `(-1) \cdot 2`. */
export function numericTex(node: GradNode): string {
  if (node.op === 'var' || node.op === 'const') return texNumber(node.value);
  const args = node.inputs.map((input) => texFactor(input.value));
  return getOp(node.op).tex(args);
}

/** Each input's local-gradient rule (`\frac{\partial(uv)}{\partial u} = v`). */
export function ruleTex(node: GradNode): readonly string[] {
  if (node.op === 'var' || node.op === 'const') return [];
  return getOp(node.op).gradTex;
}

/** Each input's local gradient with the numbers plugged in, before it is worked out. */
export function pluggedTex(node: GradNode): string[] {
  if (node.op === 'var' || node.op === 'const') return [];
  const args = node.inputs.map((input) => texFactor(input.value));
  return getOp(node.op).gradValueTex(args, texFactor(node.value));
}

/** Which letter the op's rule uses for input `index`: u, v. */
export function ruleLetter(index: number): string {
  return index === 0 ? 'u' : 'v';
}
