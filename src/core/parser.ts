/**
 * The core's expression parser: `parse` reads text into nodes (expression-reader.ts) and throws
 * an ExpressionError in English (parse-words.ts) for text that is not an expression.
 */
import { ExpressionError } from './errors.js';
import { readExpression, type ParsedExpression } from './expression-reader.js';
import { faultMessage } from './parse-words.js';

export type { ParsedExpression } from './expression-reader.js';

/**
 * Parses an expression such as `sigmoid(w*x + b)` into a graph. Variables start at 0;
 * every occurrence of one name is the same node. Throws ExpressionError with a position.
 */
export function parse(text: string): ParsedExpression {
  const read = readExpression(text);
  if (!read.ok) throw new ExpressionError(faultMessage(read.fault), read.fault.position);
  return read.expression;
}
