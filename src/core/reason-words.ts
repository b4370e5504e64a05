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
  divisionByZero: 'division by zero',
  zeroToNegativePower: 'zero raised to a negative power',
  infiniteSlope: '{op} has an infinite slope at 0',
  powInfiniteSlope: '{op} has an infinite slope at 0 (a power between 0 and 1)',
  negativeToFraction: 'a negative number raised to a fractional power',
  negativeToVaryingPower:
    'a negative number raised to a power that varies has no slope in the power',
  logNotPositive: 'log needs a positive input',
  sqrtNegative: 'sqrt needs an input of zero or more',
  bceProbability: 'bce needs a probability p between 0 and 1',
  valueTooLarge: '{op} gives a result too large for a number',
  localGradientTooLarge: 'the local gradient of {op} is too large for a number',
  gradientTooLarge: 'the gradient of {name} is too large for a number',
  variableGradientTooLarge: "the gradient of '{name}' is too large for a number",
  tangentTooLarge: "the tangent of {name} with respect to '{wrt}' is too large for a number",
  variableTangentTooLarge:
    "the tangent of '{name}' with respect to '{wrt}' is too large for a number",
} as const;

export type ReasonCode = keyof typeof REASON_WORDS;

/** A template's words: one sentence, or one per English plural form (picked by `count`). */
export type Words = string | { readonly one: string; readonly other: string };

export type WordParams = Readonly<Record<string, string | number>>;

/** `words` with its `{placeholders}` filled from `params`, in English. */
export function fillWords(words: Words, params: WordParams = {}): string {
  const text = typeof words === 'string' ? words : params.count === 1 ? words.one : words.other;
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
