import { ExpressionError } from './errors.js';
import { GradNode, apply, constant, variable } from './node.js';
import { FUNCTION_NAMES, OPS, isOpName, type OpName } from './ops.js';
import { closest } from './suggest.js';

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
    if (ch === '×' || ch === '·') {
      throw new ExpressionError(`unexpected '${ch}' at ${pos}: write * to multiply`, pos);
    }
    throw new ExpressionError(`unexpected character '${ch}' at ${pos}`, pos);
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end' : `'${token.text}'`;
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
      throw new ExpressionError(
        `the expression is too large (more than ${LIMITS.maxNodes} nodes)`,
        pos,
      );
    }
    this.nodePositions.set(node, pos);
    return node;
  }

  private enter(pos: number): void {
    this.depth += 1;
    if (this.depth > LIMITS.maxDepth) {
      throw new ExpressionError(
        `the expression nests too deeply (more than ${LIMITS.maxDepth} levels)`,
        pos,
      );
    }
  }

  private leave(): void {
    this.depth -= 1;
  }

  parseAll(): GradNode {
    if (this.current.kind === 'end') throw new ExpressionError('the expression is empty', 0);
    const output = this.parseBinary(0);
    const token = this.current as Token; // parseBinary advanced past the first check
    if (token.kind !== 'end') {
      if (token.kind === 'symbol' && token.text === ')') {
        throw new ExpressionError(`unmatched ')' at ${token.pos}`, token.pos);
      }
      if (token.kind === 'name' || token.kind === 'number' || token.text === '(') {
        throw new ExpressionError(
          `expected an operator before ${describe(token)} at ${token.pos} (write * to multiply)`,
          token.pos,
        );
      }
      throw new ExpressionError(`unexpected ${describe(token)} at ${token.pos}`, token.pos);
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
        throw new ExpressionError(
          `the number ${token.text} at ${token.pos} is too large`,
          token.pos,
        );
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
    if (token.kind === 'end') {
      throw new ExpressionError(
        `the expression ends too early: expected a number, name or '(' at ${token.pos}`,
        token.pos,
      );
    }
    throw new ExpressionError(
      `expected a number, name or '(' at ${token.pos}, found ${describe(token)}`,
      token.pos,
    );
  }

  private expectClosing(openedAt: number): void {
    if (this.isSymbol(')')) {
      this.advance();
      return;
    }
    const token = this.current;
    const hint =
      token.kind === 'end' ? ` to close the '(' at ${openedAt}` : `, found ${describe(token)}`;
    throw new ExpressionError(`expected ')' at ${token.pos}${hint}`, token.pos);
  }

  private parseName(token: Token & { kind: 'name' }): GradNode {
    const name = token.text;
    if (this.isSymbol('(')) return this.parseCall(token);
    if (isOpName(name) && FUNCTION_NAMES.includes(name)) {
      throw new ExpressionError(
        `'${name}' is a function: write ${name}(...) at ${token.pos}`,
        token.pos,
      );
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
      const suggestion = closest(name, FUNCTION_NAMES);
      const hint = suggestion
        ? `, did you mean '${suggestion}'?`
        : ` (known: ${FUNCTION_NAMES.join(', ')})`;
      throw new ExpressionError(`unknown function '${name}'${hint}`, token.pos);
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
      const plural = arity === 1 ? 'argument' : 'arguments';
      throw new ExpressionError(
        `'${name}' takes ${arity} ${plural}, got ${args.length}`,
        token.pos,
      );
    }
    return this.count(apply(name, ...args), token.pos);
  }
}

/**
 * Parses an expression such as `sigmoid(w*x + b)` into a graph. Variables start at 0;
 * every occurrence of one name is the same node. Throws ExpressionError with a position.
 */
export function parse(text: string): ParsedExpression {
  if (typeof text !== 'string') throw new ExpressionError('the expression must be text', 0);
  if (text.length > LIMITS.maxLength) {
    throw new ExpressionError(
      `the expression is too long (${text.length} characters, at most ${LIMITS.maxLength})`,
      LIMITS.maxLength,
    );
  }
  const parser = new Parser(tokenize(text));
  const output = parser.parseAll();
  return {
    output,
    variables: parser.variables,
    positions: parser.positions,
    nodePositions: parser.nodePositions,
  };
}
