/**
 * The notes for settings that do not fit the expression: a `values` name it lacks, a `selected`
 * node it does not have, a `wrt` that is not one of its variables. The model says which setting
 * misfits and how (graph-backprop-model.ts); this words it. No page whose settings fit needs it:
 * it is fetched with the first such refusal, and the base holds the note until it is here.
 */
import { problem, type Problem } from '../../internal/attributes.js';
import { replacedInNotes } from '../../internal/problem-notes.js';
import type { Misfit } from './graph-backprop-model.js';
import './refusals.messages.js';

/** The note and `error` message of a setting that does not fit the expression. */
export function misfitProblem(misfit: Misfit): Problem {
  const { graph } = misfit;
  const names = graph.variableNames.join(', ');
  const expr = graph.text;
  switch (misfit.setting) {
    case 'values': {
      // Not quoted back: a note shows other words in place of NaN or Infinity.
      if (replacedInNotes(misfit.name))
        return problem('graph-backprop.problem.brokenName', { expr });
      const params = { name: misfit.name, expr, names };
      return names
        ? problem('graph-backprop.problem.unknownVariable', params)
        : problem('graph-backprop.problem.unknownVariableNone', params);
    }
    case 'selected': {
      const params = { names, last: `n${graph.nodes.length - 1}`, got: misfit.name.slice(0, 40) };
      return names
        ? problem('graph-backprop.problem.selected', params)
        : problem('graph-backprop.problem.selectedNoVariables', params);
    }
    case 'wrt':
      return problem('graph-backprop.problem.wrt', { name: misfit.name.slice(0, 40), expr, names });
  }
}
