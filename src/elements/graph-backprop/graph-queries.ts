/**
 * Questions the diagram, the strips and the element's properties ask of a snapshot: gradients
 * and tangents so far and at the end, the step taken last, the node open. What only the views a
 * reader opens and the reader's actions ask is node-uses.ts, which loads with them.
 * Pure functions of a GraphModel; no DOM.
 */
import {
  gradientsAfter,
  tangentsAfter,
  type BackwardStep,
  type GradNode,
} from '../../core/index.js';
import type { GraphModel } from './graph-backprop-model.js';
import { concealmentOf } from './ask-setting.js';
import { lastTaken } from './step-pass.js';

/** The output's value, or NaN while a domain problem (log of a negative, ...) is shown. */
export function outputValue(model: GraphModel): number {
  return model.problem ? NaN : model.graph.output.value;
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

/** Tangents d node / d wrt as far as forward mode has got: the seeds, plus each node reached. */
export function tangentsSoFar(model: GraphModel): Map<GradNode, number> {
  const wrt = model.graph.variables.get(model.wrt);
  if (!wrt) return new Map();
  return tangentsAfter(model.forward.steps, wrt, model.forward.done);
}
