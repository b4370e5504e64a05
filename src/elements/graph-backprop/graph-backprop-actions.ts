/**
 * What each reader action does, DOM-free: the next snapshot, the events the element fires (in
 * order), the sentence it announces (in the reader's language, English by default) and the node
 * keyboard focus moves to. The element only applies an outcome; the timer behind Play, the
 * pointer capture of a drag and the focus itself stay in the element.
 */
import type { GradNode } from '../../core/index.js';
import { parseNumber } from '../../internal/attributes.js';
import { rovingIndex } from '../../internal/interaction.js';
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import type {
  BackwardStepDetail,
  ForwardStepDetail,
  GraphEditDetail,
  NodeSelectDetail,
} from './graph-backprop-events.js';
import * as rules from './graph-backprop-model.js';
import * as changes from './reader-changes.js';
import * as ask from './graph-queries.js';
import { currentForwardStep, valueOf } from './node-uses.js';
import {
  narrateClosed,
  narrateForwardStep,
  narrateMode,
  narrateNewGraph,
  narratePause,
  narratePlayStep,
  narrateSelection,
  narrateStep,
  narrateVariable,
} from './narration.js';
import { isFinished } from './step-pass.js';
import { typeExpression } from './typing.js';
import { keyedValue, type KeyPress } from './variable-keys.js';

export type OutcomeEvent =
  | { type: 'node-select'; detail: NodeSelectDetail }
  | { type: 'backward-step'; detail: BackwardStepDetail }
  | { type: 'forward-step'; detail: ForwardStepDetail }
  | { type: 'input' | 'change'; detail: GraphEditDetail };

export interface Outcome {
  readonly model: rules.GraphModel;
  readonly events: readonly OutcomeEvent[];
  /** What the live region says (narration.ts), or null to leave it. */
  readonly say: string | null;
  /** The node (by id) that keyboard focus moves to once drawn, or null to leave focus. */
  readonly focus: string | null;
}

const quiet = (model: rules.GraphModel): Outcome => ({ model, events: [], say: null, focus: null });

/** The reader opens a node's details: `node-select`, and the node read out. */
export function pickNode(
  model: rules.GraphModel,
  node: GradNode,
  l10n: Localizer = ENGLISH,
): Outcome {
  const next = rules.select(model, node.id);
  const { id, op, label, value } = node;
  const grad = ask.shownGradient(next, node);
  return {
    model: next,
    events: [{ type: 'node-select', detail: { id, op, label, value, grad } }],
    say: narrateSelection(next, node, l10n),
    focus: null,
  };
}

/** The reader closes the panel; focus returns to the node it described, keeping their place. */
export function closePanel(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  return {
    model: rules.select(model, null),
    events: [],
    say: narrateClosed(model, l10n),
    focus: model.selectedId,
  };
}

/**
 * The reader changes a variable: `input`; when committed (a key, a typed value's Enter) also
 * `change` and the new numbers read out. A drag's moves are not committed.
 */
export function editVariable(
  model: rules.GraphModel,
  name: string,
  value: number,
  commit: boolean,
  l10n: Localizer = ENGLISH,
): Outcome {
  const next = changes.setVariable(model, name, value);
  const detail: GraphEditDetail = { name, value: valueOf(next, name) };
  if (!commit) return { ...quiet(next), events: [{ type: 'input', detail }] };
  return {
    model: next,
    events: [
      { type: 'input', detail },
      { type: 'change', detail },
    ],
    say: narrateVariable(next, name, l10n),
    focus: null,
  };
}

/** A drag that moved a variable ends: `change` with its last value, and the numbers read out. */
export function endDrag(
  model: rules.GraphModel,
  name: string,
  value: number,
  l10n: Localizer = ENGLISH,
): Outcome {
  return {
    model,
    events: [{ type: 'change', detail: { name, value: changes.clampValue(value) } }],
    say: narrateVariable(model, name, l10n),
    focus: null,
  };
}

/**
 * A key on a focused node, or null when the key is not the element's (its default then stays).
 * Enter and Space open the details, Escape closes them, a variable takes the slider keys, and
 * the arrows move between nodes (only Up and Down on a variable, whose Left and Right set it).
 */
export function pressKey(
  model: rules.GraphModel,
  node: GradNode,
  press: KeyPress,
  l10n: Localizer = ENGLISH,
): Outcome | null {
  if (press.key === 'Enter' || press.key === ' ') return pickNode(model, node, l10n);
  if (press.key === 'Escape') return model.selectedId === null ? null : closePanel(model, l10n);
  const value = keyedValue(node, press);
  if (value !== null) return editVariable(model, node.label, value, true, l10n);
  if (node.op === 'var' && press.key !== 'ArrowUp' && press.key !== 'ArrowDown') return null;
  const nodes = model.graph.nodes;
  // rovingIndex reads the key only.
  const next = rovingIndex(press, nodes.indexOf(node), nodes.length);
  return next === null ? null : { ...quiet(model), focus: nodes[next].id };
}

/**
 * One step of the pass on show: `forward-step` with the new tangent or `backward-step`, and the
 * step read out (briefly while playing, so the next step does not cut a long sentence off).
 * At the end of the pass, nothing happens.
 */
export function step(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  const next = changes.stepOnce(model);
  if (next === model) return quiet(model);
  if (next.mode === 'forward') {
    const { done, steps } = next.forward;
    const { node, tangent } = currentForwardStep(next)!;
    const detail = { step: done, total: steps.length, id: node.id, tangent };
    return {
      model: next,
      events: [{ type: 'forward-step', detail }],
      say: narrateForwardStep(next, l10n),
      focus: null,
    };
  }
  const { done, steps } = next.pass;
  const id = ask.currentStep(next)!.node.id;
  return {
    model: next,
    events: [{ type: 'backward-step', detail: { step: done, total: steps.length, id } }],
    say: next.playing ? narratePlayStep(next, l10n) : narrateStep(next, l10n),
    focus: null,
  };
}

/** The Step button: a play stops, then one step. */
export function pressStep(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  return step(rules.stopPlaying(model), l10n);
}

/** One tick of Play: a step, and the play stops once the pass is done. */
export function playTick(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  if (!model.playing) return quiet(model);
  const stepped = step(model, l10n);
  if (!isFinished(rules.activePass(stepped.model))) return stepped;
  return { ...stepped, model: rules.stopPlaying(stepped.model) };
}

/** The Pause button: the play stops where it is, and says where. */
export function pause(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  const next = rules.stopPlaying(model);
  return { ...quiet(next), say: narratePause(next, l10n) };
}

/** The Reset button: back to the start of the pass on show, which is read out. */
export function reset(model: rules.GraphModel, l10n: Localizer = ENGLISH): Outcome {
  const next = changes.resetPass(model);
  const say = next.mode === 'forward' ? narrateForwardStep(next, l10n) : narrateStep(next, l10n);
  return { ...quiet(next), say };
}

/** The reader switches passes: a play stops, `change` names the mode, the pass is read out. */
export function switchMode(
  model: rules.GraphModel,
  mode: rules.Mode,
  l10n: Localizer = ENGLISH,
): Outcome {
  const next = rules.stopPlaying(rules.withMode(model, mode));
  return {
    model: next,
    events: [{ type: 'change', detail: { name: 'mode', value: mode } }],
    say: narrateMode(next, l10n),
    focus: null,
  };
}

/** The reader picks the variable forward mode traces: a play stops, `change` names it. */
export function pickWrt(model: rules.GraphModel, name: string, l10n: Localizer = ENGLISH): Outcome {
  const next = rules.stopPlaying(rules.withWrt(model, name));
  return {
    model: next,
    events: [{ type: 'change', detail: { name: 'wrt', value: next.wrt } }],
    say: narrateMode(next, l10n),
    focus: null,
  };
}

/**
 * The panel's value field, as typed (read in the reader's language: `0,5` in German). Text that
 * is not a number marks the field and changes nothing; a number edits the variable, and a
 * commit (Enter, blur) fires `change` even when the value is the same.
 */
export function typeValue(
  model: rules.GraphModel,
  name: string,
  text: string,
  commit: boolean,
  l10n: Localizer = ENGLISH,
): Outcome {
  const limit = rules.VALUE_LIMIT;
  const parsed = parseNumber(l10n.read(text), { min: -limit, max: limit });
  const marked = changes.markValueField(model, !parsed.ok);
  if (!parsed.ok) return quiet(marked);
  if (parsed.value === valueOf(marked, name) && !commit) return quiet(marked);
  return editVariable(marked, name, parsed.value, commit, l10n);
}

/**
 * The expression box, as typed. Text that parses to another graph draws it (`input` and the new
 * graph read out); a typing mistake is pointed out and the graph stays. A commit also fires
 * `change` with the text.
 */
export function editExpression(
  model: rules.GraphModel,
  text: string,
  commit: boolean,
  l10n: Localizer = ENGLISH,
  start: Readonly<Record<string, number>> = {},
): Outcome {
  const next = typeExpression(model, text, start, commit);
  const redrawn = next.graph !== model.graph;
  const events: OutcomeEvent[] = [];
  if (redrawn) events.push({ type: 'input', detail: { name: 'expr', value: text } });
  if (commit) events.push({ type: 'change', detail: { name: 'expr', value: text } });
  return {
    model: next,
    events,
    say: redrawn ? narrateNewGraph(next, l10n) : null,
    focus: null,
  };
}
