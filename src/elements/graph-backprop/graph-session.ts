/**
 * The state one <graph-backprop> shows, without DOM: a parsed graph, its variables' values,
 * the recorded backward pass and how many of its steps the reader has taken.
 * The element keeps one session and swaps it when a new expression parses.
 */
import {
  ExpressionGraph,
  checkGradient,
  gradientsAfter,
  type BackwardStep,
  type DomainProblem,
  type GradNode,
  type GradientCheck,
} from '../../core/index.js';

/** A variable not given in `values` starts here. */
export const DEFAULT_VARIABLE_VALUE = 1;

/** Names that would read as a broken number on screen. */
const CONFUSING_NAMES = new Set(['NaN', 'Infinity', 'undefined', 'null']);

/** One use of a node: which node reads it, through which input, and what that edge passes back. */
export interface NodeUse {
  readonly user: GradNode;
  readonly index: number;
  readonly upstream: number;
  readonly local: number;
  readonly contribution: number;
}

/** Parses an expression, refusing names that would look like a broken number. Throws on error. */
export function parseGraph(text: string): ExpressionGraph {
  const graph = new ExpressionGraph(text);
  for (const name of graph.variableNames) {
    if (CONFUSING_NAMES.has(name)) {
      const error = new Error(`'${name}' reads as a broken number; choose another variable name`);
      throw Object.assign(error, { position: graph.positions.get(name) ?? 0 });
    }
  }
  return graph;
}

export class GraphSession {
  readonly graph: ExpressionGraph;
  private recorded: BackwardStep[] = [];
  private finalGrads = new Map<GradNode, number>();
  private problemFound: DomainProblem | null = null;
  private stepCount = 0;

  constructor(graph: ExpressionGraph, values: Readonly<Record<string, number>> = {}) {
    this.graph = graph;
    const start: Record<string, number> = {};
    for (const name of graph.variableNames) start[name] = values[name] ?? DEFAULT_VARIABLE_VALUE;
    this.setValues(start);
  }

  /** Names in `values` that are not variables of the expression. */
  unknownNames(values: Readonly<Record<string, number>>): string[] {
    return Object.keys(values).filter((name) => !this.graph.variables.has(name));
  }

  /** Sets the known variables and recomputes everything; the step position is kept. */
  setValues(values: Readonly<Record<string, number>>): void {
    const known = Object.fromEntries(
      Object.entries(values).filter(([name]) => this.graph.variables.has(name)),
    );
    this.graph.setValues(known);
    this.problemFound = this.graph.findProblem();
    this.recorded = this.graph.backward();
    this.finalGrads = new Map(this.graph.nodes.map((node) => [node, node.grad]));
    this.stepCount = Math.min(this.stepCount, this.recorded.length);
  }

  values(): Record<string, number> {
    return this.graph.values();
  }

  valueOf(name: string): number {
    return this.graph.variables.get(name)?.value ?? DEFAULT_VARIABLE_VALUE;
  }

  get problem(): DomainProblem | null {
    return this.problemFound;
  }

  get output(): GradNode {
    return this.graph.output;
  }

  get steps(): readonly BackwardStep[] {
    return this.recorded;
  }

  get totalSteps(): number {
    return this.recorded.length;
  }

  get step(): number {
    return this.stepCount;
  }

  set step(count: number) {
    const whole = Number.isFinite(count) ? Math.round(count) : 0;
    this.stepCount = Math.max(0, Math.min(this.recorded.length, whole));
  }

  /** The step taken last (its node is lit), or null before the first. */
  get currentStep(): BackwardStep | null {
    return this.stepCount > 0 ? this.recorded[this.stepCount - 1] : null;
  }

  /** Gradients as far as the pass has got: the output's 1, plus what has flowed back so far. */
  gradientsSoFar(): Map<GradNode, number> {
    return gradientsAfter(this.recorded, this.graph.output, this.stepCount);
  }

  /** Each node's gradient after the whole pass. */
  finalGradient(node: GradNode): number {
    return this.finalGrads.get(node) ?? 0;
  }

  /** d output / d variable for every variable, after the whole pass. */
  gradients(): Record<string, number> {
    return Object.fromEntries(
      [...this.graph.variables].map(([name, node]) => [name, this.finalGradient(node)]),
    );
  }

  /** Whether every user of `node` has passed its gradient back by now. */
  isComplete(node: GradNode): boolean {
    if (node === this.graph.output) return true;
    const passed = new Set(this.recorded.slice(0, this.stepCount).map((step) => step.node));
    return this.usesOf(node).every((use) => passed.has(use.user));
  }

  /** Whether the edge into `user` (input `index`) has carried its contribution yet. */
  hasPassed(user: GradNode): boolean {
    const index = this.recorded.findIndex((step) => step.node === user);
    return index >= 0 && index < this.stepCount;
  }

  /** Every place `node` is read, with the numbers of the full pass. */
  usesOf(node: GradNode): NodeUse[] {
    const uses: NodeUse[] = [];
    for (const step of this.recorded) {
      step.inputs.forEach((input, index) => {
        if (input.node !== node) return;
        uses.push({
          user: step.node,
          index,
          upstream: step.upstream,
          local: input.local,
          contribution: input.contribution,
        });
      });
    }
    return uses;
  }

  /** The finite-difference check for a variable, or null when a domain problem makes it moot. */
  check(name: string): GradientCheck | null {
    if (this.problemFound || !this.graph.variables.has(name)) return null;
    // checkGradient restores the values it nudges, so the recorded pass stays valid.
    const result = checkGradient(this.graph, name);
    const finite = Number.isFinite(result.numeric) && Number.isFinite(result.autodiff);
    return finite ? result : null;
  }

  /** A variable's node or a node by id (`n3`), for the `selected` attribute. */
  resolve(reference: string): GradNode | undefined {
    return this.graph.variables.get(reference) ?? this.graph.nodeById(reference);
  }
}
