import { backward, forward, topologicalOrder, type BackwardStep } from './backward.js';
import { ExpressionError } from './errors.js';
import { forwardTangents, type ForwardStep } from './forward-mode.js';
import type { GradNode } from './node.js';
import { getOp } from './ops.js';
import { parse } from './parser.js';

/** A problem at one node: an op given inputs outside its domain, or a non-finite result. */
export interface DomainProblem {
  readonly node: GradNode;
  readonly message: string;
}

/**
 * A parsed expression ready for widgets: nodes in topological order with stable ids
 * (`n0` ... inputs first), variables by name, and forward/backward passes on demand.
 */
export class ExpressionGraph {
  readonly text: string;
  readonly output: GradNode;
  /** Every node, inputs before the nodes that use them. */
  readonly nodes: readonly GradNode[];
  readonly variables: ReadonlyMap<string, GradNode>;
  readonly positions: ReadonlyMap<string, number>;
  /** Where each node is written in `text` (an op at its operator or function name). */
  readonly nodePositions: ReadonlyMap<GradNode, number>;

  constructor(text: string) {
    const parsed = parse(text);
    this.text = text;
    this.output = parsed.output;
    this.variables = parsed.variables;
    this.positions = parsed.positions;
    this.nodePositions = parsed.nodePositions;
    this.nodes = topologicalOrder(parsed.output);
    this.nodes.forEach((node, index) => {
      node.id = `n${index}`;
    });
  }

  get variableNames(): string[] {
    return [...this.variables.keys()];
  }

  /** Sets variables by name (unknown names throw) and recomputes every value. */
  setValues(values: Readonly<Record<string, number>>): void {
    for (const [name, value] of Object.entries(values)) {
      const node = this.variables.get(name);
      if (!node) throw new ExpressionError(`'${name}' is not a variable of ${this.text}`, 0);
      node.value = value;
    }
    forward(this.nodes);
  }

  /** Current value of every variable. */
  values(): Record<string, number> {
    return Object.fromEntries([...this.variables].map(([name, node]) => [name, node.value]));
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

  /** d(output)/d(variable) for every variable, after `backward()`. */
  gradients(): Record<string, number> {
    return Object.fromEntries([...this.variables].map(([name, node]) => [name, node.grad]));
  }

  /** The first node whose inputs are outside its op's domain or whose value is not finite. */
  findProblem(): DomainProblem | null {
    for (const node of this.nodes) {
      if (node.op === 'var' || node.op === 'const') continue;
      const spec = getOp(node.op);
      const reason = spec.domain?.(node.inputs.map((input) => input.value));
      if (reason) return { node, message: reason };
      if (!Number.isFinite(node.value) || node.localGrads.some((g) => !Number.isFinite(g))) {
        return { node, message: `${node.op} gives a result too large to show` };
      }
    }
    return null;
  }

  nodeById(id: string): GradNode | undefined {
    return this.nodes.find((node) => node.id === id);
  }
}
