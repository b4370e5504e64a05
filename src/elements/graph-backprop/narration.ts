/**
 * What the live region says after each thing the reader does, in the reader's language and in
 * words (no symbols a screen reader would spell out). Pure functions of a snapshot. The element
 * speaks on a commit only: a key, the end of a drag, a step; never on every pointer move.
 * Part of the reader's chunk with its English (narration.messages.ts), beside the actions that
 * say it: nothing is said before the reader's first action, so it is fetched then, or sooner
 * when the page is idle (waiting-handlers.ts), and the figure paints without it.
 */
import type { GradNode } from '../../core/index.js';
import type { Localizer } from '../../internal/localizer.js';
// Numbers are spoken with the shared words ("minus 2"), also when no element has loaded them.
import '../../internal/messages.js';
import { nodeKind, nodeName } from './describe.js';
import type { GraphModel } from './graph-backprop-model.js';
import { concealmentOf } from './ask-setting.js';
import { currentStep, shownGradient } from './graph-queries.js';
import { currentForwardStep } from './node-uses.js';
import './narration.messages.js';

/** A number in words, or "hidden until you answer" while an exercise hides it. */
function spokenOrHidden(value: number | null, l10n: Localizer): string {
  return value === null ? l10n.t('exercise.notYet') : l10n.spoken(value);
}

/** After a step, or Reset: what the step passed back, or that the pass is at its start. */
export function narrateStep(model: GraphModel, l10n: Localizer): string {
  const current = currentStep(model);
  if (!current) return l10n.t('graph-backprop.say.start');
  const { done, steps } = model.pass;
  const sentences = [
    l10n.t('graph-backprop.say.step', {
      step: done,
      total: steps.length,
      name: nodeName(current.node, l10n),
      gradient: l10n.spoken(current.upstream),
    }),
    ...current.inputs.map((input, index) =>
      l10n.t('graph-backprop.say.contribution', {
        name: nodeName(input.node, l10n),
        contribution: concealmentOf(model).contribution(model, current.node, index)
          ? l10n.t('exercise.notYet')
          : l10n.spoken(input.contribution),
        upstream: l10n.spoken(current.upstream),
        local: l10n.spoken(input.local),
      }),
    ),
  ];
  if (done === steps.length) sentences.push(l10n.t('graph-backprop.say.done'));
  return sentences.join(' ');
}

/** During Play: one short sentence per step, so the next step does not cut a long one off. */
export function narratePlayStep(model: GraphModel, l10n: Localizer): string {
  const current = currentStep(model);
  if (!current) return '';
  const { done, steps } = model.pass;
  const short = l10n.t('graph-backprop.say.playStep', {
    step: done,
    total: steps.length,
    name: nodeName(current.node, l10n),
  });
  return done === steps.length ? `${short} ${l10n.t('graph-backprop.say.done')}` : short;
}

export function narrateSelection(model: GraphModel, node: GradNode, l10n: Localizer): string {
  return l10n.t('graph-backprop.say.selected', {
    name: nodeName(node, l10n),
    kind: nodeKind(node, l10n),
    value: l10n.spoken(node.value),
    gradient: spokenOrHidden(shownGradient(model, node), l10n),
  });
}

/** After the reader set a variable: its value, then the output and its gradient, or the problem. */
export function narrateVariable(model: GraphModel, name: string, l10n: Localizer): string {
  const node = model.graph.variables.get(name);
  if (!node) return '';
  const value = l10n.spoken(node.value);
  if (model.problem) {
    const { reason, params } = model.problem;
    const problem = l10n.t(`graph-backprop.reason.${reason}`, params);
    return l10n.t('graph-backprop.say.variableProblem', { name, value, problem });
  }
  return l10n.t('graph-backprop.say.variable', {
    name,
    value,
    output: l10n.spoken(model.graph.output.value),
    gradient: spokenOrHidden(shownGradient(model, node), l10n),
  });
}

export function narrateNewGraph(model: GraphModel, l10n: Localizer): string {
  return l10n.t('graph-backprop.say.newGraph', {
    output: l10n.spoken(model.graph.output.value),
    count: model.pass.steps.length,
  });
}

export function narrateClosed(_model: GraphModel, l10n: Localizer): string {
  return l10n.t('graph-backprop.say.closed');
}

export function narratePause(model: GraphModel, l10n: Localizer): string {
  return l10n.t('graph-backprop.say.paused', {
    step: model.pass.done,
    total: model.pass.steps.length,
  });
}

/** After a forward-mode step: the node's new tangent; at the end, that it is the gradient. */
export function narrateForwardStep(model: GraphModel, l10n: Localizer): string {
  const current = currentForwardStep(model);
  if (!current) return l10n.t('graph-backprop.say.mode.forward', { wrt: model.wrt });
  const { done, steps } = model.forward;
  const step = l10n.t('graph-backprop.say.forwardStep', {
    step: done,
    total: steps.length,
    name: nodeName(current.node, l10n),
    tangent: l10n.spoken(current.tangent),
  });
  if (done < steps.length) return step;
  const end = l10n.t('graph-backprop.say.forwardDone', {
    tangent: l10n.spoken(current.tangent),
    wrt: model.wrt,
  });
  return `${step} ${end}`;
}

/** After the reader switched passes. */
export function narrateMode(model: GraphModel, l10n: Localizer): string {
  return model.mode === 'forward'
    ? l10n.t('graph-backprop.say.mode.forward', { wrt: model.wrt })
    : l10n.t('graph-backprop.say.mode.reverse');
}
