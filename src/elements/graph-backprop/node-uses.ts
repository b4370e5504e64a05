/**
 * What the views a reader opens (the details panel, forward mode's strip, the questions) and the
 * reader's actions ask of a snapshot: where a node is used and what each use passed back, how far
 * each pass has reached it, a variable's value, forward mode's step and pass tally. Not part of
 * the first load: it comes with the first of them. Pure functions of a GraphModel; no DOM.
 */
import { passesNeeded, type ForwardStep, type GradNode } from '../../core/index.js';
import { DEFAULT_VARIABLE_VALUE, type GraphModel } from './graph-backprop-model.js';
import { lastTaken } from './step-pass.js';

/** One use of a node: which node reads it, through which input, and what that edge passes back. */
export interface NodeUse {
  readonly user: GradNode;
  readonly index: number;
  readonly upstream: number;
  readonly local: number;
  readonly contribution: number;
}

export function valueOf(model: GraphModel, name: string): number {
  return model.graph.variables.get(name)?.value ?? DEFAULT_VARIABLE_VALUE;
}

/** Every place `node` is read, with the numbers of the full pass. */
export function usesOf(model: GraphModel, node: GradNode): NodeUse[] {
  const uses: NodeUse[] = [];
  for (const step of model.pass.steps) {
    step.inputs.forEach((input, index) => {
      if (input.node !== node) return;
      const { local, contribution } = input;
      uses.push({ user: step.node, index, upstream: step.upstream, local, contribution });
    });
  }
  return uses;
}

/** Whether the step of `user` (the node reading an edge) has been taken yet. */
export function hasPassed(model: GraphModel, user: GradNode): boolean {
  const index = model.pass.steps.findIndex((step) => step.node === user);
  return index >= 0 && index < model.pass.done;
}

/** Whether every user of `node` has passed its gradient back by now. */
export function isComplete(model: GraphModel, node: GradNode): boolean {
  if (node === model.graph.output) return true;
  return usesOf(model, node).every((use) => hasPassed(model, use.user));
}

/** Forward mode's step taken last (its node is lit), or null before the first. */
export function currentForwardStep(model: GraphModel): ForwardStep | null {
  return lastTaken(model.forward);
}

/** Whether forward mode has computed `node`'s tangent by now (the step into it was taken). */
export function hasReached(model: GraphModel, node: GradNode): boolean {
  const index = model.forward.steps.findIndex((step) => step.node === node);
  return index >= 0 && index < model.forward.done;
}

/** Passes to get every gradient of the one output: one per variable forward, one reverse. */
export function passTally(model: GraphModel): { forward: number; reverse: number } {
  return passesNeeded(model.graph.variableNames.length, 1);
}
