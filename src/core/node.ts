import { getOp, type OpName } from './ops.js';

/** What kind of node: a named variable, a literal number, or an op from the table. */
export type NodeKind = 'var' | 'const' | OpName;

let nextId = 0;

/**
 * One scalar in a computation graph, in micrograd's spirit, with one difference:
 * the local gradient for each input is stored here as data (`localGrads`) rather than
 * hidden in a closure, so a generic backward loop can both compute and report each step.
 */
export class GradNode {
  /** Stable id within a graph: `n0`, `n1`, ... in creation order. */
  id: string;
  readonly op: NodeKind;
  readonly inputs: readonly GradNode[];
  /** Variable name for `var` nodes, the number's text for `const` nodes, the op name otherwise. */
  readonly label: string;
  value: number;
  /** d(output)/d(this node), filled by a backward pass. */
  grad = 0;
  /** d(this node)/d(seeded leaf), filled by a forward-mode pass (`forwardTangents`). */
  tangent = 0;
  /** d(this)/d(inputs[i]) at the current values. */
  localGrads: number[];

  constructor(op: NodeKind, inputs: readonly GradNode[], value: number, label?: string) {
    this.id = `n${nextId++}`;
    this.op = op;
    this.inputs = inputs;
    this.label = label ?? op;
    this.value = value;
    this.localGrads = [];
    if (op !== 'var' && op !== 'const') this.recompute();
  }

  /** Recomputes value and local gradients from the inputs' current values. */
  recompute(): void {
    if (this.op === 'var' || this.op === 'const') return;
    const spec = getOp(this.op);
    const args = this.inputs.map((input) => input.value);
    this.value = spec.forward(args);
    this.localGrads = spec.partials(args, this.value);
  }

  get isLeaf(): boolean {
    return this.inputs.length === 0;
  }
}

/** A named input. */
export function variable(name: string, value = 0): GradNode {
  return new GradNode('var', [], value, name);
}

/** A literal number. */
export function constant(value: number, text = String(value)): GradNode {
  return new GradNode('const', [], value, text);
}

/** Applies an op from the table to input nodes. */
export function apply(op: OpName, ...inputs: GradNode[]): GradNode {
  const spec = getOp(op);
  if (inputs.length !== spec.arity) {
    throw new RangeError(`${op} takes ${spec.arity} input(s), got ${inputs.length}`);
  }
  return new GradNode(op, inputs, 0);
}
