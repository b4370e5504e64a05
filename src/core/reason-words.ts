import type { GradNode } from './node.js';

/**
 * The English of the reasons the core gives for a graph it cannot compute, as templates: the one
 * source of these words. The core fills them for `findProblem().message`; an element registers
 * the same templates as its English messages and words a reason by its code in the reader's
 * language (each reason comes with its code and parameters). `{op}` is an op's name as written in
 * an expression (`sqrt`), `{name}` a node's (a variable's name, a number's text, an op's name),
 * `{wrt}` the variable forward mode is seeded on.
 */
export const REASON_WORDS = {
  div: 'division by zero',
  powZero: 'zero raised to a negative power',
  slope: '{op} has an infinite slope at 0',
  powSlope: '{op} has an infinite slope at 0 (a power between 0 and 1)',
  powFraction: 'a negative number raised to a fractional power',
  powVaries: 'a negative number raised to a power that varies has no slope in the power',
  log: 'log needs a positive input',
  sqrt: 'sqrt needs an input of zero or more',
  bce: 'bce needs a probability p between 0 and 1',
  value: '{op} gives a result too large for a number',
  local: 'the local gradient of {op} is too large for a number',
  gradient: 'the gradient of {name} is too large for a number',
  gradientVar: "the gradient of '{name}' is too large for a number",
  tangent: "the tangent of {name} with respect to '{wrt}' is too large for a number",
  tangentVar: "the tangent of '{name}' with respect to '{wrt}' is too large for a number",
} as const;

export type ReasonCode = keyof typeof REASON_WORDS;

export type WordParams = Readonly<Record<string, string | number>>;

/** A template with its `{placeholders}` filled from `params`, in English. */
export function fillWords(text: string, params: WordParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/**
 * A problem at one node: an op given inputs outside its domain, or a value, local gradient,
 * gradient or tangent that is too large for a number. `message` is the reason in English;
 * `reason` and `params` are the same for wording it in another language.
 */
export interface DomainProblem {
  readonly node: GradNode;
  readonly message: string;
  readonly reason: ReasonCode;
  readonly params: WordParams;
}

export function problemAt(node: GradNode, reason: ReasonCode, params: WordParams): DomainProblem {
  return { node, message: fillWords(REASON_WORDS[reason], params), reason, params };
}
