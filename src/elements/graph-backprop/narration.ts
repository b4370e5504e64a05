/**
 * What the live region says after each thing the reader does, in words (no symbols a screen
 * reader would spell out). Pure functions of a snapshot.
 */
import type { GradNode } from '../../core/index.js';
import { spokenNumber } from '../../internal/format.js';
import { nodeKind, nodeName } from './describe.js';
import type { GraphModel } from './graph-backprop-model.js';
import { currentStep, finalGradient } from './graph-queries.js';

/** After a step, or Reset: what the step passed back, or that the pass is at its start. */
export function narrateStep(model: GraphModel): string {
  const current = currentStep(model);
  if (!current) return 'Back at the start: only the output has its gradient, 1.';
  const { done, steps } = model.pass;
  const parts = current.inputs.map(
    (input) =>
      `${nodeName(input.node)} gets ${spokenNumber(input.contribution)}: upstream ${spokenNumber(current.upstream)} times local ${spokenNumber(input.local)}`,
  );
  const end = done === steps.length ? ' All gradients are done.' : '';
  return `Step ${done} of ${steps.length}: ${nodeName(current.node)} passes gradient ${spokenNumber(current.upstream)}. ${parts.join('. ')}.${end}`;
}

export function narrateSelection(model: GraphModel, node: GradNode): string {
  const grad = spokenNumber(finalGradient(model, node));
  return `Selected ${nodeName(node)}, ${nodeKind(node)}: value ${spokenNumber(node.value)}, gradient ${grad}.`;
}

/** After the reader set a variable: its value, then the output and its gradient, or the problem. */
export function narrateVariable(model: GraphModel, name: string): string {
  const node = model.graph.variables.get(name);
  if (!node) return '';
  const value = `${name} is ${spokenNumber(node.value)}.`;
  if (model.problem) return `${value} ${model.problem.message}.`;
  const output = spokenNumber(model.graph.output.value);
  return `${value} Output ${output}; gradient of ${name} ${spokenNumber(finalGradient(model, node))}.`;
}

export function narrateNewGraph(model: GraphModel): string {
  return `New graph: output ${spokenNumber(model.graph.output.value)}, ${model.pass.steps.length} backward steps.`;
}

export function narratePause(model: GraphModel): string {
  return `Paused at step ${model.pass.done} of ${model.pass.steps.length}.`;
}
