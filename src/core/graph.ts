import { backward, forward, topologicalOrder, type BackwardStep } from './backward.js';
import { ExpressionError } from './errors.js';
import { forwardTangents, type ForwardStep } from './forward-mode.js';
import type { GradNode } from './node.js';
import { getOp, type OpName } from './ops.js';
import type { ParsedExpression } from './expression-reader.js';
import { gradientProblem, passShape, tangentProblem, type PassShape } from './pass-problems.js';
import { problemAt, type DomainProblem } from './reason-words.js';

export type { DomainProblem };

/** A short description of a value that is not a finite number, for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 20))}`;
  // NaN, Infinity, -Infinity and null read as themselves.
  return typeof value === 'number' || value === null
    ? String(value)
    : `a value of type ${typeof value}`;
}

/**
 * A parsed expression ready for widgets: nodes in topological order with stable ids
 * (`n0` ... inputs first), variables by name, and forward/backward passes on demand.
 * A variable may have any name, `constructor` and `__proto__` included: names are looked up in
 * Maps and own properties only, and the records it returns have no prototype.
 * Made from what `readExpression` read (an element that words its own refusals); `ExpressionGraph`
 * (expression-graph.ts) is the same made from text, which throws when it is not an expression.
 */
export class ParsedGraph {
  readonly text: string;
  readonly output: GradNode;
  /** Every node, inputs before the nodes that use them. */
  readonly nodes: readonly GradNode[];
  readonly variables: ReadonlyMap<string, GradNode>;
  readonly positions: ReadonlyMap<string, number>;
  /** Where each node is written in `text` (an op at its operator or function name). */
  readonly nodePositions: ReadonlyMap<GradNode, number>;
  /** Nodes that depend on a variable, for the ops' domain checks: the rest are fixed numbers. */
  private readonly varies = new Set<GradNode>();
  /** The nodes by index, for findProblem's own passes. */
  private readonly shape: PassShape;
  /** The nodes by id: a drawing looks up each edge's ends on every change. */
  private readonly byId: ReadonlyMap<string, GradNode>;

  constructor(text: string, parsed: ParsedExpression) {
    this.text = text;
    this.output = parsed.output;
    this.variables = parsed.variables;
    this.positions = parsed.positions;
    this.nodePositions = parsed.nodePositions;
    this.nodes = topologicalOrder(parsed.output);
    this.nodes.forEach((node, index) => {
      node.id = `n${index}`;
    });
    this.byId = new Map(this.nodes.map((node) => [node.id, node]));
    for (const node of this.nodes) {
      if (node.op === 'var' || node.inputs.some((input) => this.varies.has(input))) {
        this.varies.add(node);
      }
    }
    this.shape = passShape(this.nodes);
  }

  get variableNames(): string[] {
    return [...this.variables.keys()];
  }

  /**
   * Sets variables by name and recomputes every value. Only own properties of `values` are read.
   * A name that is not a variable, or a value that is not a finite number (`'2'`, null, NaN,
   * `10n`, an object), throws ExpressionError naming the variable, and nothing is set: no value
   * is converted, so '2' never becomes "21".
   */
  setValues(values: Readonly<Record<string, number>>): void {
    const entries = Object.entries(values) as Array<[string, unknown]>;
    for (const [name, value] of entries) {
      if (!this.variables.has(name)) {
        throw new ExpressionError(`'${name}' is not a variable of ${this.text}`, 0);
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ExpressionError(
          `the value of '${name}' must be a finite number, not ${describeValue(value)}`,
          this.positions.get(name) ?? 0,
        );
      }
    }
    for (const [name, value] of entries) this.variables.get(name)!.value = value as number;
    forward(this.nodes);
  }

  /** Current value of every variable, in an object without a prototype. */
  values(): Record<string, number> {
    return this.byName((node) => node.value);
  }

  /** Runs a full backward pass and returns its steps. */
  backward(): BackwardStep[] {
    return backward(this.output, this.nodes);
  }

  /**
   * Runs a forward-mode pass seeded on the variable `name` (tangent 1, every other leaf 0) and
   * returns its steps; `output.tangent` is then d(output)/d(name). An unknown name throws.
   */
  forwardTangents(name: string): ForwardStep[] {
    const node = this.variables.get(name);
    if (!node) throw new ExpressionError(`'${name}' is not a variable of ${this.text}`, 0);
    return forwardTangents(this.output, node, this.nodes);
  }

  /** d(output)/d(variable) for every variable, after `backward()`, without a prototype. */
  gradients(): Record<string, number> {
    return this.byName((node) => node.grad);
  }

  /** One number per variable, in an object without Object.prototype: `.toString` is a variable's. */
  private byName(read: (node: GradNode) => number): Record<string, number> {
    const result = Object.create(null) as Record<string, number>;
    for (const [name, node] of this.variables) result[name] = read(node);
    return result;
  }

  /**
   * The first problem of the graph at its current values, or null when every number a widget
   * shows is finite. In order: an op given inputs outside its domain, or a value or local
   * gradient too large for a number (inputs first); then a gradient of the backward pass too
   * large for a number (output first, as the pass runs); then, unless `tangents` is false, a
   * tangent of forward mode seeded on any variable. The passes are worked out here without
   * touching the nodes' `grad` and `tangent`, so it may be called before or after them.
   */
  findProblem(options: { tangents?: boolean } = {}): DomainProblem | null {
    for (const node of this.nodes) {
      if (node.isLeaf) continue;
      // The arrays are made only for an op with a domain to check (not +, ×, tanh...): this runs
      // on every change of a value.
      const { op } = node;
      const reason = getOp(op as OpName).reason?.(
        node.inputs.map((i) => i.value),
        node.inputs.map((input) => !this.varies.has(input)),
      );
      if (reason) return problemAt(node, reason, { op });
      if (!Number.isFinite(node.value)) return problemAt(node, 'value', { op });
      if (node.localGrads.some((g) => !Number.isFinite(g))) {
        return problemAt(node, 'local', { op });
      }
    }
    const gradient = gradientProblem(this.shape);
    return gradient || options.tangents === false ? gradient : tangentProblem(this.shape);
  }

  nodeById(id: string): GradNode | undefined {
    return this.byId.get(id);
  }
}
