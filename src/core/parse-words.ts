/**
 * Why text is not an expression, in English: the words of the core's `parse` errors, for a fault
 * the reader (expression-reader.ts) found. Apart from the reader, so code that reports a refusal
 * its own way fetches them only with its first refusal.
 */
import { LIMITS, type ParseFault } from './expression-reader.js';
import { FUNCTION_NAMES } from './ops.js';
import { closest } from './suggest.js';

/** A token the reader stopped at, as the words quote it ('' is the end of the text). */
const quoted = (found: string): string => (found === '' ? 'the end' : `'${found}'`);

/** The English of `fault`, as `ExpressionError.message`. */
export function faultMessage(fault: ParseFault): string {
  const at = fault.position;
  switch (fault.reason) {
    case 'not-text':
      return 'the expression must be text';
    case 'too-long':
      return `the expression is too long (${fault.length} characters, at most ${LIMITS.maxLength})`;
    case 'times':
      return `unexpected '${fault.found}' at ${at}: write * to multiply`;
    case 'character':
      return `unexpected character '${fault.found}' at ${at}`;
    case 'too-large':
      return `the expression is too large (more than ${LIMITS.maxNodes} nodes)`;
    case 'too-deep':
      return `the expression nests too deeply (more than ${LIMITS.maxDepth} levels)`;
    case 'empty':
      return 'the expression is empty';
    case 'unmatched':
      return `unmatched ')' at ${at}`;
    case 'operator-before':
      return `expected an operator before ${quoted(fault.found)} at ${at} (write * to multiply)`;
    case 'unexpected':
      return `unexpected ${quoted(fault.found)} at ${at}`;
    case 'big-number':
      return `the number ${fault.found} at ${at} is too large`;
    case 'ends-early':
      return `the expression ends too early: expected a number, name or '(' at ${at}`;
    case 'operand':
      return `expected a number, name or '(' at ${at}, found ${quoted(fault.found)}`;
    case 'unclosed': {
      const hint =
        fault.found === ''
          ? ` to close the '(' at ${fault.openedAt}`
          : `, found ${quoted(fault.found)}`;
      return `expected ')' at ${at}${hint}`;
    }
    case 'function-as-variable':
      return `'${fault.name}' is a function: write ${fault.name}(...) at ${at}`;
    case 'unknown-function': {
      const suggestion = closest(fault.name, FUNCTION_NAMES);
      const hint = suggestion
        ? `, did you mean '${suggestion}'?`
        : ` (known: ${FUNCTION_NAMES.join(', ')})`;
      return `unknown function '${fault.name}'${hint}`;
    }
    case 'arity': {
      const plural = fault.arity === 1 ? 'argument' : 'arguments';
      return `'${fault.name}' takes ${fault.arity} ${plural}, got ${fault.got}`;
    }
  }
}
