/**
 * Why text is not an expression, in English: the words of the core's `parse` errors, for a fault
 * the reader (expression-reader.ts) found. Apart from the reader, so code that reports a refusal
 * its own way fetches them only with its first refusal. The templates are the one source of these
 * words: `faultMessage` fills them in English, and an element registers the same templates as its
 * English messages to word a fault by `faultWords` in the reader's language. `{at}` is a 0-based
 * position in the text, `{found}` the token the reader stopped at; `arity` has a form for one
 * argument and one for more, picked by `{count}`.
 */
import { LIMITS, type ParseFault } from './expression-reader.js';
import { FUNCTION_NAMES } from './ops.js';
import { fillWords, type WordParams } from './reason-words.js';
import { closest } from './suggest.js';

export const FAULT_WORDS = {
  notText: 'the expression must be text',
  tooLong: 'the expression is too long ({length} characters, at most {max})',
  times: "unexpected '{found}' at {at}: write * to multiply",
  character: "unexpected character '{found}' at {at}",
  tooLarge: 'the expression is too large (more than {max} nodes)',
  tooDeep: 'the expression nests too deeply (more than {max} levels)',
  empty: 'the expression is empty',
  unmatched: "unmatched ')' at {at}",
  operatorBefore: "expected an operator before '{found}' at {at} (write * to multiply)",
  operatorBeforeEnd: 'expected an operator before the end at {at} (write * to multiply)',
  unexpected: "unexpected '{found}' at {at}",
  unexpectedEnd: 'unexpected the end at {at}',
  bigNumber: 'the number {found} at {at} is too large',
  endsEarly: "the expression ends too early: expected a number, name or '(' at {at}",
  operand: "expected a number, name or '(' at {at}, found '{found}'",
  operandEnd: "expected a number, name or '(' at {at}, found the end",
  unclosed: "expected ')' at {at}, found '{found}'",
  unclosedEnd: "expected ')' at {at} to close the '(' at {opened}",
  functionAsVariable: "'{name}' is a function: write {name}(...) at {at}",
  unknownFunction: "unknown function '{name}', did you mean '{suggestion}'?",
  unknownFunctionKnown: "unknown function '{name}' (known: {known})",
  // `{count}` is how many arguments the function takes.
  arity: {
    one: "'{name}' takes {count} argument, got {got}",
    other: "'{name}' takes {count} arguments, got {got}",
  },
} as const;

export type FaultWordsCode = keyof typeof FAULT_WORDS;

/** Which words say `fault`, and what fills them. */
export function faultWords(fault: ParseFault): { words: FaultWordsCode; params: WordParams } {
  const at = fault.position;
  // The words for a token, or their variant for the end of the text.
  const token = (found: string, words: FaultWordsCode, atEnd: FaultWordsCode) => ({
    words: found === '' ? atEnd : words,
    params: { found, at },
  });
  switch (fault.reason) {
    case 'not-text':
      return { words: 'notText', params: {} };
    case 'too-long':
      return { words: 'tooLong', params: { length: fault.length, max: LIMITS.maxLength } };
    case 'times':
    case 'character':
      return { words: fault.reason, params: { found: fault.found, at } };
    case 'too-large':
      return { words: 'tooLarge', params: { max: LIMITS.maxNodes } };
    case 'too-deep':
      return { words: 'tooDeep', params: { max: LIMITS.maxDepth } };
    case 'empty':
      return { words: 'empty', params: {} };
    case 'unmatched':
      return { words: 'unmatched', params: { at } };
    case 'operator-before':
      return token(fault.found, 'operatorBefore', 'operatorBeforeEnd');
    case 'unexpected':
      return token(fault.found, 'unexpected', 'unexpectedEnd');
    case 'big-number':
      return { words: 'bigNumber', params: { found: fault.found, at } };
    case 'ends-early':
      return { words: 'endsEarly', params: { at } };
    case 'operand':
      return token(fault.found, 'operand', 'operandEnd');
    case 'unclosed': {
      const { words, params } = token(fault.found, 'unclosed', 'unclosedEnd');
      return { words, params: { ...params, opened: fault.openedAt } };
    }
    case 'function-as-variable':
      return { words: 'functionAsVariable', params: { name: fault.name, at } };
    case 'unknown-function': {
      const suggestion = closest(fault.name, FUNCTION_NAMES);
      const { name } = fault;
      return suggestion
        ? { words: 'unknownFunction', params: { name, suggestion } }
        : { words: 'unknownFunctionKnown', params: { name, known: FUNCTION_NAMES.join(', ') } };
    }
    case 'arity':
      return { words: 'arity', params: { name: fault.name, count: fault.arity, got: fault.got } };
  }
}

/** The English of `fault`, as `ExpressionError.message`. */
export function faultMessage(fault: ParseFault): string {
  const { words, params } = faultWords(fault);
  const template = FAULT_WORDS[words];
  const text =
    typeof template === 'string' ? template : params.count === 1 ? template.one : template.other;
  return fillWords(text, params);
}
