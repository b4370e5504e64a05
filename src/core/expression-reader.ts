/**
 * The expression reader: text such as `sigmoid(w*x + b)` into nodes, or why it is not an
 * expression, as a `ParseFault` without words. The core's `parse` (parser.ts) says the fault in
 * English (parse-words.ts) and throws it; an element that reports a refusal its own way reads with
 * this alone, and its page fetches the words with its first refusal.
 */
import { GradNode, apply, constant, variable } from './node.js';
import { FUNCTION_NAMES, OPS, isOpName, type OpName } from './ops.js';

/** Limits that keep a hostile attribute from freezing a page. */
export const LIMITS = {
  /** Characters in one expression. */
  maxLength: 2000,
  /** Nodes in the parsed graph (variables, numbers and ops). */
  maxNodes: 400,
  /** Nesting of parentheses, calls and unary minus. */
  maxDepth: 40,
} as const;

/** The result of parsing: the output node and every variable by name (one node per name). */
export interface ParsedExpression {
  readonly output: GradNode;
  readonly variables: ReadonlyMap<string, GradNode>;
  /** Where each variable first appears in the text. */
  readonly positions: ReadonlyMap<string, number>;
  /** Where each node is written: an op at its operator or function name, a leaf where it first appears. */
  readonly nodePositions: ReadonlyMap<GradNode, number>;
}

/**
 * Why text is not an expression, and where (0-based; may equal the text's length): what the
 * words quote, not the words. `found` is the token the reader stopped at ('' for the end).
 */
export type ParseFault = { readonly position: number } & (
  | {
      readonly reason: 'not-text' | 'empty' | 'too-deep' | 'too-large' | 'unmatched' | 'ends-early';
    }
  | { readonly reason: 'too-long'; readonly length: number }
  | { readonly reason: 'times' | 'character' | 'big-number'; readonly found: string }
  | { readonly reason: 'operator-before' | 'unexpected' | 'operand'; readonly found: string }
  | { readonly reason: 'unclosed'; readonly found: string; readonly openedAt: number }
  | { readonly reason: 'function-as-variable' | 'unknown-function'; readonly name: string }
  | {
      readonly reason: 'arity';
      readonly name: string;
      readonly arity: number;
      readonly got: number;
    }
);

/** Carries a fault out of the recursion to `readExpression`, which alone catches it. */
class Stop extends Error {
  constructor(readonly fault: ParseFault) {
    super(fault.reason);
  }
}

function stop(fault: ParseFault): never {
  throw new Stop(fault);
}

type Token =
  | { kind: 'number'; text: string; value: number; pos: number }
  | { kind: 'name'; text: string; pos: number }
  | { kind: 'symbol'; text: string; pos: number }
  | { kind: 'end'; text: ''; pos: number };

const BINARY: Record<string, { op: OpName; precedence: number; rightAssociative: boolean }> = {
  '+': { op: 'add', precedence: 1, rightAssociative: false },
  '-': { op: 'sub', precedence: 1, rightAssociative: false },
  '*': { op: 'mul', precedence: 2, rightAssociative: false },
  '/': { op: 'div', precedence: 2, rightAssociative: false },
  '^': { op: 'pow', precedence: 4, rightAssociative: true },
};
/** Unary minus binds tighter than * and looser than ^, so -x^2 is -(x^2). */
const UNARY_PRECEDENCE = 3;

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const space = /^\s+/.exec(rest);
    if (space) {
      pos += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], value: Number(number[0]), pos });
      pos += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos });
      pos += name[0].length;
      continue;
    }
    const ch = text[pos];
    if ('+-*/^(),'.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, pos });
      pos += 1;
      continue;
    }
    stop({ reason: ch === '×' || ch === '·' ? 'times' : 'character', found: ch, position: pos });
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;
  private nodeCount = 0;
  readonly variables = new Map<string, GradNode>();
  readonly positions = new Map<string, number>();
  readonly nodePositions = new Map<GradNode, number>();

  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    return this.tokens[this.index++];
  }

  private isSymbol(text: string): boolean {
    return this.current.kind === 'symbol' && this.current.text === text;
  }

  private count(node: GradNode, pos: number): GradNode {
    this.nodeCount += 1;
    if (this.nodeCount > LIMITS.maxNodes) {
      stop({ reason: 'too-large', position: pos });
    }
    this.nodePositions.set(node, pos);
    return node;
  }

  private enter(pos: number): void {
    this.depth += 1;
    if (this.depth > LIMITS.maxDepth) {
      stop({ reason: 'too-deep', position: pos });
    }
  }

  private leave(): void {
    this.depth -= 1;
  }

  parseAll(): GradNode {
    if (this.current.kind === 'end') stop({ reason: 'empty', position: 0 });
    const output = this.parseBinary(0);
    const token = this.current as Token; // parseBinary advanced past the first check
    if (token.kind !== 'end') {
      const { text: found, pos: position } = token;
      if (token.kind === 'symbol' && found === ')') stop({ reason: 'unmatched', position });
      const operand = token.kind === 'name' || token.kind === 'number' || found === '(';
      stop({ reason: operand ? 'operator-before' : 'unexpected', found, position });
    }
    return output;
  }

  /** Precedence climbing: parses operators that bind at least as tightly as `minPrecedence`. */
  private parseBinary(minPrecedence: number): GradNode {
    let left = this.parseUnary();
    for (;;) {
      const token = this.current;
      const info = token.kind === 'symbol' ? BINARY[token.text] : undefined;
      if (!info || info.precedence < minPrecedence) return left;
      this.advance();
      this.enter(token.pos);
      const right = this.parseBinary(info.rightAssociative ? info.precedence : info.precedence + 1);
      this.leave();
      left = this.count(apply(info.op, left, right), token.pos);
    }
  }

  private parseUnary(): GradNode {
    const token = this.current;
    if (token.kind === 'symbol' && (token.text === '-' || token.text === '+')) {
      this.advance();
      this.enter(token.pos);
      const operand = this.parseBinary(UNARY_PRECEDENCE);
      this.leave();
      return token.text === '-' ? this.count(apply('neg', operand), token.pos) : operand;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): GradNode {
    const token = this.advance();
    if (token.kind === 'number') {
      if (!Number.isFinite(token.value)) {
        stop({ reason: 'big-number', found: token.text, position: token.pos });
      }
      return this.count(constant(token.value, token.text), token.pos);
    }
    if (token.kind === 'name') return this.parseName(token);
    if (token.kind === 'symbol' && token.text === '(') {
      this.enter(token.pos);
      const inner = this.parseBinary(0);
      this.leave();
      this.expectClosing(token.pos);
      return inner;
    }
    if (token.kind === 'end') stop({ reason: 'ends-early', position: token.pos });
    return stop({ reason: 'operand', found: token.text, position: token.pos });
  }

  private expectClosing(openedAt: number): void {
    if (this.isSymbol(')')) {
      this.advance();
      return;
    }
    const { text: found, pos: position } = this.current;
    stop({ reason: 'unclosed', found, openedAt, position });
  }

  private parseName(token: Token & { kind: 'name' }): GradNode {
    const name = token.text;
    if (this.isSymbol('(')) return this.parseCall(token);
    if (isOpName(name) && FUNCTION_NAMES.includes(name)) {
      stop({ reason: 'function-as-variable', name, position: token.pos });
    }
    let node = this.variables.get(name);
    if (!node) {
      node = this.count(variable(name, 0), token.pos);
      this.variables.set(name, node);
      this.positions.set(name, token.pos);
    }
    return node;
  }

  private parseCall(token: Token & { kind: 'name' }): GradNode {
    const name = token.text;
    if (!isOpName(name) || !FUNCTION_NAMES.includes(name)) {
      stop({ reason: 'unknown-function', name, position: token.pos });
    }
    const open = this.advance();
    this.enter(open.pos);
    const args: GradNode[] = [];
    if (!this.isSymbol(')')) {
      args.push(this.parseBinary(0));
      while (this.isSymbol(',')) {
        this.advance();
        args.push(this.parseBinary(0));
      }
    }
    this.leave();
    this.expectClosing(open.pos);
    const arity = OPS[name].arity;
    if (args.length !== arity) {
      stop({ reason: 'arity', name, arity, got: args.length, position: token.pos });
    }
    return this.count(apply(name, ...args), token.pos);
  }
}

/**
 * Reads an expression such as `sigmoid(w*x + b)` into nodes, or says why it cannot (`fault`):
 * never throws. Variables start at 0; every occurrence of one name is the same node.
 */
export function readExpression(
  text: string,
): { ok: true; expression: ParsedExpression } | { ok: false; fault: ParseFault } {
  if (typeof text !== 'string') return { ok: false, fault: { reason: 'not-text', position: 0 } };
  if (text.length > LIMITS.maxLength) {
    const fault = { reason: 'too-long', length: text.length, position: LIMITS.maxLength } as const;
    return { ok: false, fault };
  }
  try {
    const parser = new Parser(tokenize(text));
    const output = parser.parseAll();
    const { variables, positions, nodePositions } = parser;
    return { ok: true, expression: { output, variables, positions, nodePositions } };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, fault: error.fault };
    throw error;
  }
}
