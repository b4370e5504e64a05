import type { GradNode, NodeKind } from './node.js';

/** A problem with an expression or its values, with where it is (0-based index into the text). */
export class ExpressionError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'ExpressionError';
    this.position = position;
  }
}

/**
 * A value or gradient that has no finite number: an op given inputs outside its domain
 * (`log(-1)`, `x/0`, `sqrt(0)`'s infinite slope, `x^y` at a negative x) or a value or gradient
 * too large for a number (`x*1e308*10` at x = 0).
 * `gradients()` throws it instead of returning NaN. It is an ExpressionError, so one `catch`
 * handles both; `position` is where the op is written in the text (0 when the text is unknown).
 */
export class DomainError extends ExpressionError {
  /** The node where it happened (its `id` is stable within its ExpressionGraph). */
  readonly node: GradNode;
  /**
   * `node.op`: the op that failed (`log`, `div`, ...), or, for a gradient too large for a
   * number, the kind of node whose gradient it is (`var` for a variable, `const`, an op).
   */
  readonly op: NodeKind;

  constructor(message: string, position: number, node: GradNode) {
    super(message, position);
    this.name = 'DomainError';
    this.node = node;
    this.op = node.op;
  }
}
