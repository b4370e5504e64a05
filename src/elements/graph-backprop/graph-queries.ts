/**
 * Questions the views, the narration and the element's properties ask of a snapshot: gradients so
 * far and at the end, which edges the pass has crossed, where a node is used.
 * Pure functions of a GraphModel; no DOM.
 */
import {
  gradientsAfter,
  passesNeeded,
  tangentsAfter,
  type BackwardStep,
  type ForwardStep,
  type GradNode,
} from '../../core/index.js';
import { DEFAULT_VARIABLE_VALUE, type GraphModel } from './graph-backprop-model.js';
import { concealmentOf } from './ask-setting.js';
import { lastTaken } from './step-pass.js';

/** One use of a node: which node reads it, through which input, and what that edge passes back. */
export interface NodeUse {
  readonly user: GradNode;
  readonly index: number;
  readonly upstream: number;
  readonly local: number;
  readonly contribution: number;
}

/** The output's value, or NaN while a domain problem (log of a negative, ...) is shown. */
export function outputValue(model: GraphModel): number {
  return model.problem ? NaN : model.graph.output.value;
}

export function valueOf(model: GraphModel, name: string): number {
  return model.graph.variables.get(name)?.value ?? DEFAULT_VARIABLE_VALUE;
}

/** The step taken last (its node is lit), or null before the first. */
export function currentStep(model: GraphModel): BackwardStep | null {
  return lastTaken(model.pass);
}

/** Gradients as far as the pass has got: the output's 1, plus what has flowed back so far. */
export function gradientsSoFar(model: GraphModel): Map<GradNode, number> {
  return gradientsAfter(model.pass.steps, model.graph.output, model.pass.done);
}

/** A node's gradient after the whole pass (the graph has run it; the node holds it). */
export function finalGradient(_model: GraphModel, node: GradNode): number {
  return node.grad;
}

/** A node's gradient after the whole pass as a page may see it: null while an exercise hides it. */
export function shownGradient(model: GraphModel, node: GradNode): number | null {
  return concealmentOf(model).gradient(model, node) ? null : finalGradient(model, node);
}

/** d output / d variable for every variable, after the whole pass (null while hidden). */
export function gradients(model: GraphModel): Record<string, number | null> {
  return Object.fromEntries(
    [...model.graph.variables].map(([name, node]) => [name, shownGradient(model, node)]),
  );
}

/**
 * Whether the gradient a node has so far (what the steps taken brought it) is hidden: some
 * share the pass has already passed it is a hidden number.
 */
export function soFarHidden(model: GraphModel, node: GradNode): boolean {
  const hidden = concealmentOf(model);
  // Without questions, no walk over the pass for every node drawn.
  if (!hidden.active()) return false;
  return model.pass.steps.some(
    (step, k) =>
      k < model.pass.done &&
      step.inputs.some(
        (input, index) => input.node === node && hidden.contribution(model, step.node, index),
      ),
  );
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

/** The node whose panel is open, if any. */
export function selectedNode(model: GraphModel): GradNode | undefined {
  return model.selectedId ? model.graph.nodeById(model.selectedId) : undefined;
}

/** The open panel as the `selected` attribute would name it: a variable's name, a node id, or ''. */
export function selectionReference(model: GraphModel): string {
  const node = selectedNode(model);
  if (!node) return '';
  return node.op === 'var' ? node.label : node.id;
}

/** Forward mode's step taken last (its node is lit), or null before the first. */
export function currentForwardStep(model: GraphModel): ForwardStep | null {
  return lastTaken(model.forward);
}

/** Tangents d node / d wrt as far as forward mode has got: the seeds, plus each node reached. */
export function tangentsSoFar(model: GraphModel): Map<GradNode, number> {
  const wrt = model.graph.variables.get(model.wrt);
  if (!wrt) return new Map();
  return tangentsAfter(model.forward.steps, wrt, model.forward.done);
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
