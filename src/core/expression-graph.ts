import { ParsedGraph } from './graph.js';
import { parse } from './parser.js';

/**
 * The graph of an expression given as text, such as `sigmoid(w*x + b)`: a `ParsedGraph` whose
 * constructor throws an ExpressionError (with its position) for text that is not an expression.
 */
export class ExpressionGraph extends ParsedGraph {
  constructor(text: string) {
    super(text, parse(text));
  }
}
