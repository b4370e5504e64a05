/**
 * The details panel's numerical check of a gradient, without DOM: part of the panel's chunk,
 * loaded when a reader first opens a node.
 */
import {
  ParsedGraph,
  centralDifference,
  readExpression,
  relativeError,
  type BackwardStep,
  type GradientCheck,
  type GradNode,
} from '../../core/index.js';
import type { GraphModel } from './graph-backprop-model.js';
import { finalGradient } from './graph-queries.js';

/** The nudge h of the numerical check (scaled by the value's size, as `centralDifference` does). */
const CHECK_STEP = 1e-5;

/** By the recorded pass, which is new whenever the graph runs at other values. */
const checks = new WeakMap<readonly BackwardStep[], Map<string, GradientCheck | null>>();

/**
 * The finite-difference check for any node: the output's central difference as that node's value
 * is nudged (its inputs held, everything after it recomputed), against the backward pass's
 * gradient. Null when a domain problem makes it moot or a nudge leaves the numbers finite no more.
 * It nudges a copy of the graph, so the snapshot's own stays as drawn; remembered per snapshot.
 */
export function checkFor(model: GraphModel, node: GradNode): GradientCheck | null {
  const { graph } = model;
  if (model.problem || graph.nodeById(node.id) !== node) return null;
  let known = checks.get(model.pass.steps);
  if (!known) checks.set(model.pass.steps, (known = new Map()));
  if (known.has(node.id)) return known.get(node.id)!;
  const read = readExpression(graph.text);
  if (!read.ok) return null; // never: the text was read once already
  const copy = new ParsedGraph(graph.text, read.expression);
  copy.setValues(graph.values());
  // Node ids are positions in topological order, the same in the copy.
  const index = copy.nodes.findIndex((candidate) => candidate.id === node.id);
  const target = copy.nodes[index];
  const later = copy.nodes.slice(index + 1).filter((candidate) => !candidate.isLeaf);
  const outputAt = (value: number): number => {
    target.value = value;
    for (const candidate of later) candidate.recompute();
    return copy.output.value;
  };
  const numeric = centralDifference(outputAt, node.value, CHECK_STEP);
  outputAt(node.value);
  const autodiff = finalGradient(model, node);
  const finite = Number.isFinite(numeric) && Number.isFinite(autodiff);
  const result = {
    autodiff,
    numeric,
    relativeError: relativeError(autodiff, numeric),
    h: CHECK_STEP,
  };
  known.set(node.id, finite ? result : null);
  return known.get(node.id)!;
}
