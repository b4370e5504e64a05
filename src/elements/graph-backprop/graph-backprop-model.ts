/**
 * What one <graph-backprop> shows, without DOM: an immutable snapshot (the parsed graph at its
 * values, the recorded backward pass and how far the reader has stepped, the selection, the
 * expression box's draft) and pure functions that return a new snapshot for every change.
 * The element holds one snapshot and replaces it; nothing here changes a snapshot once made.
 */
import {
  ExpressionGraph,
  type BackwardStep,
  type DomainProblem,
  type ForwardStep,
  type GradNode,
} from '../../core/index.js';
import type { Parsed } from '../../internal/attributes.js';
import { ENGLISH, type MessageRef } from '../../internal/localizer.js';
import './messages.js';
import { advance, isFinished, rerecord, seek, startPass, type StepPass } from './step-pass.js';

export const DEFAULT_EXPR = 'sigmoid(w*x + b)';

/** A variable not given in `values` starts here. */
export const DEFAULT_VARIABLE_VALUE = 1;

/** The reader can set a variable anywhere from −VALUE_LIMIT to VALUE_LIMIT. */
export const VALUE_LIMIT = 1000;

/** Names that would read as a broken number on screen. */
const CONFUSING_NAMES = new Set(['NaN', 'Infinity', 'undefined', 'null']);

export type Direction = 'right' | 'down';

/** Which pass the reader steps through: gradients back from the output, or a tangent forward. */
export type Mode = 'reverse' | 'forward';
export const MODES: readonly Mode[] = ['reverse', 'forward'];

/** Why typed text does not parse, and where. */
export interface ParseFailure {
  /** In English; the expression engine's own reasons have no translation (see `ref`). */
  readonly message: string;
  /** The message to show in the reader's language, when it is one of ours. */
  readonly ref?: MessageRef;
  /** 0-based index of the character the parser stopped at (may equal the text's length). */
  readonly position: number;
}

export interface GraphModel {
  /**
   * This snapshot's own graph, evaluated at its values with one full backward pass run. A change
   * of values builds a new graph, so the nodes a view holds keep the numbers it drew.
   */
  readonly graph: ExpressionGraph;
  /** The first op given inputs outside its domain, or null. */
  readonly problem: DomainProblem | null;
  /** The recorded backward pass and how many of its steps the reader has taken. */
  readonly pass: StepPass<BackwardStep>;
  /** Forward mode's recorded pass for `wrt` and how many of its steps the reader has taken. */
  readonly forward: StepPass<ForwardStep>;
  /** The variable whose tangent forward mode traces ('' when the expression has none). */
  readonly wrt: string;
  /** The variable asked for (the `wrt` setting or the reader's pick); '' for the first. */
  readonly wrtWanted: string;
  readonly mode: Mode;
  /** Each node's gradient after the whole pass. */
  readonly finalGrads: ReadonlyMap<GradNode, number>;
  /** The last good `values`; an expression the reader types starts from them. */
  readonly startValues: Readonly<Record<string, number>>;
  /** The node whose details panel is open. */
  readonly selectedId: string | null;
  readonly playing: boolean;
  /** The expression box's text while the reader types, or null to show the graph's own text. */
  readonly draft: string | null;
  readonly draftError: ParseFailure | null;
  /** Whether the panel's value field holds text that is not a number. */
  readonly valueInvalid: boolean;
  /** Inputs left to output right, or top to bottom on a narrow screen. */
  readonly direction: Direction;
}

/** The graph for `text`, or why it cannot be drawn (refusing names that look like broken numbers). */
export function parseExpression(
  text: string,
): { ok: true; graph: ExpressionGraph } | ({ ok: false } & ParseFailure) {
  let graph: ExpressionGraph;
  try {
    graph = new ExpressionGraph(text);
  } catch (error) {
    const position = (error as { position?: number }).position ?? 0;
    return { ok: false, message: (error as Error).message, position };
  }
  for (const name of graph.variableNames) {
    if (CONFUSING_NAMES.has(name)) {
      const ref = { key: 'graph-backprop.problem.confusingName', params: { name } };
      const message = ENGLISH.text(ref);
      return { ok: false, message, ref, position: graph.positions.get(name) ?? 0 };
    }
  }
  return { ok: true, graph };
}

/** The `expr` setting's parser: the text itself, once it parses. */
export function parseExpressionSetting(text: string): Parsed<string> {
  const parsed = parseExpression(text);
  if (parsed.ok) return { ok: true, value: text };
  const ref = parsed.ref ?? {
    key: 'graph-backprop.problem.parse',
    params: { message: parsed.message },
  };
  return { ok: false, message: ENGLISH.text(ref), ref };
}

/** Why a setting was refused: English, and the message to show in the reader's language. */
export interface Verdict {
  readonly message: string;
  readonly ref: MessageRef;
}

const verdict = (key: string, params: MessageRef['params']): Verdict => {
  const ref = { key, params };
  return { message: ENGLISH.text(ref), ref };
};

/** Every variable of `graph` with a value: from `values`, else the default. */
function valuesFor(
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
): Record<string, number> {
  const start: Record<string, number> = Object.create(null) as Record<string, number>;
  // Own properties only: a variable called `constructor` must not start as Object.
  for (const name of graph.variableNames) {
    const own = Object.prototype.hasOwnProperty.call(values, name);
    start[name] = own ? values[name] : DEFAULT_VARIABLE_VALUE;
  }
  return start;
}

/** The graph fields of a snapshot: `graph` (fresh, not shared) set to `values` and run backward. */
function evaluated(
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
  position: Pick<GraphModel, 'pass' | 'forward' | 'wrtWanted'>,
): Pick<GraphModel, 'graph' | 'problem' | 'pass' | 'finalGrads' | 'forward' | 'wrt'> {
  graph.setValues(valuesFor(graph, values));
  const problem = graph.findProblem();
  const steps = graph.backward();
  const finalGrads = new Map(graph.nodes.map((node) => [node, node.grad]));
  const wanted = position.wrtWanted;
  const wrt = graph.variables.has(wanted) ? wanted : (graph.variableNames[0] ?? '');
  const tangentSteps = wrt ? graph.forwardTangents(wrt) : [];
  const forward = rerecord(position.forward, tangentSteps);
  return { graph, problem, pass: rerecord(position.pass, steps), finalGrads, forward, wrt };
}

/** Both passes at their start, for a new graph. */
function atStart(model: Pick<GraphModel, 'wrtWanted'>) {
  const { wrtWanted } = model;
  return { pass: startPass<BackwardStep>([]), forward: startPass<ForwardStep>([]), wrtWanted };
}

/** A snapshot of `text` (the default expression unless given) with every variable at 1. */
export function createModel(text = DEFAULT_EXPR): GraphModel {
  const parsed = parseExpression(text);
  const graph = parsed.ok ? parsed.graph : new ExpressionGraph(DEFAULT_EXPR);
  return {
    ...evaluated(graph, {}, atStart({ wrtWanted: '' })),
    wrtWanted: '',
    mode: 'reverse',
    startValues: {},
    selectedId: null,
    playing: false,
    draft: null,
    draftError: null,
    valueInvalid: false,
    direction: 'right',
  };
}

/** A new graph: the pass restarts and stops playing, a selection it does not have closes. */
function withGraph(
  model: GraphModel,
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
): GraphModel {
  const selectedId = model.selectedId && graph.nodeById(model.selectedId) ? model.selectedId : null;
  const fresh = evaluated(graph, values, atStart(model));
  return { ...model, ...fresh, selectedId, playing: false };
}

/** The `expr` setting applied: the new graph with every variable at 1, the draft dropped. */
export function applyExpression(model: GraphModel, text: string): GraphModel {
  const parsed = parseExpression(text);
  if (!parsed.ok) return model;
  return { ...withGraph(model, parsed.graph, {}), draft: null, draftError: null };
}

/**
 * The `values` setting applied: every variable starts again from it (replacing the reader's
 * edits; the step position is kept). A name the expression does not have refuses the whole set.
 */
export function applyStartValues(
  model: GraphModel,
  values: Readonly<Record<string, number>>,
): { model: GraphModel; problem: Verdict | null } {
  const { graph } = model;
  const unknown = Object.keys(values).find((name) => !graph.variables.has(name));
  if (unknown !== undefined) {
    const names = graph.variableNames.join(', ');
    const params = { name: unknown, expr: graph.text, names };
    const problem = names
      ? verdict('graph-backprop.problem.unknownVariable', params)
      : verdict('graph-backprop.problem.unknownVariableNone', params);
    return { model, problem };
  }
  const fresh = new ExpressionGraph(graph.text);
  return {
    model: { ...model, ...evaluated(fresh, values, model), startValues: values },
    problem: null,
  };
}

/** The `selected` setting applied: a variable's name or a node id; empty closes the panel. */
export function applySelection(
  model: GraphModel,
  reference: string,
): { model: GraphModel; problem: Verdict | null } {
  const wanted = reference.trim();
  if (wanted === '') return { model: select(model, null), problem: null };
  const { graph } = model;
  const node = graph.variables.get(wanted) ?? graph.nodeById(wanted);
  if (node) return { model: select(model, node.id), problem: null };
  const names = graph.variableNames.join(', ');
  const params = { names, last: `n${graph.nodes.length - 1}`, got: wanted.slice(0, 40) };
  const problem = names
    ? verdict('graph-backprop.problem.selected', params)
    : verdict('graph-backprop.problem.selectedNoVariables', params);
  return { model, problem };
}

/** The settings as last given (attribute or property), before the element applies them. */
export interface GraphSettings {
  readonly expr: string;
  readonly values: Readonly<Record<string, number>>;
  readonly selected: string;
  readonly mode?: Mode;
  readonly wrt?: string;
}

/**
 * The settings set since the last update (`given`, by name) applied in order: the
 * expression, then the values and the selection, which name its variables and nodes and so are
 * checked again against a new expression. Returns the verdicts on those two (null when good).
 */
export function applySettings(
  model: GraphModel,
  settings: GraphSettings,
  given: ReadonlySet<string>,
): { model: GraphModel; verdicts: Map<string, Verdict | null> } {
  const verdicts = new Map<string, Verdict | null>();
  const newExpression = given.has('expr');
  let next = newExpression ? applyExpression(model, settings.expr) : model;
  if (newExpression || given.has('values')) {
    const applied = applyStartValues(next, settings.values);
    next = applied.model;
    verdicts.set('values', applied.problem);
  }
  if (newExpression || given.has('selected')) {
    const applied = applySelection(next, settings.selected);
    next = applied.model;
    verdicts.set('selected', applied.problem);
  }
  if (given.has('mode')) next = withMode(next, settings.mode ?? 'reverse');
  if (newExpression || given.has('wrt')) {
    const name = (settings.wrt ?? '').trim();
    const known = name === '' || next.graph.variables.has(name);
    if (known) next = withWrt(next, name);
    const names = next.graph.variableNames.join(', ');
    const params = { name: name.slice(0, 40), expr: next.graph.text, names };
    verdicts.set('wrt', known ? null : verdict('graph-backprop.problem.wrt', params));
  }
  return { model: next, verdicts };
}

/** A step count from script: a number, or numeric text; anything else is not a number (0 steps). */
export function asStepCount(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
}

/** `editable` as an attribute is on whatever its text (as HTML's booleans are)... */
export const parseEditableText = (): Parsed<boolean> => ({ ok: true, value: true });
/** ...and as a property, whatever its truth. */
export const parseEditableValue = (value: unknown): Parsed<boolean> => ({
  ok: true,
  value: Boolean(value),
});

export function clampValue(value: number): number {
  return Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, value));
}

/** One variable set by the reader (clamped); everything is recomputed, the step position kept. */
export function setVariable(model: GraphModel, name: string, value: number): GraphModel {
  if (!model.graph.variables.has(name)) return model;
  const values = { ...model.graph.values(), [name]: clampValue(value) };
  const fresh = new ExpressionGraph(model.graph.text);
  return { ...model, ...evaluated(fresh, values, model), valueInvalid: false };
}

/** Opens the panel of a node (by id), or closes it with null. */
export function select(model: GraphModel, id: string | null): GraphModel {
  const selectedId = id !== null && model.graph.nodeById(id) ? id : null;
  return selectedId === model.selectedId ? model : { ...model, selectedId, valueInvalid: false };
}

/** Marks whether the panel's value field holds something that is not a number. */
export function markValueField(model: GraphModel, invalid: boolean): GraphModel {
  return invalid === model.valueInvalid ? model : { ...model, valueInvalid: invalid };
}

/** The pass the reader is stepping through: backward, or forward in forward mode. */
export function activePass(model: GraphModel): StepPass<BackwardStep | ForwardStep> {
  return model.mode === 'forward' ? model.forward : model.pass;
}

/** The active pass replaced (unchanged snapshot when it is the same). */
function withActive(model: GraphModel, move: <S>(pass: StepPass<S>) => StepPass<S>): GraphModel {
  if (model.mode === 'forward') {
    const forward = move(model.forward);
    return forward === model.forward ? model : { ...model, forward };
  }
  const pass = move(model.pass);
  return pass === model.pass ? model : { ...model, pass };
}

/** The active pass moved to `count` steps taken (rounded and clamped). */
export function stepTo(model: GraphModel, count: number): GraphModel {
  return withActive(model, (pass) => seek(pass, count));
}

/** One step further; at the end, unchanged. */
export function stepOnce(model: GraphModel): GraphModel {
  return withActive(model, advance);
}

/** Whether Step and Play can do anything: a pass to take and no domain problem in the way. */
export function canStep(model: GraphModel): boolean {
  return model.problem === null && activePass(model).steps.length > 0;
}

/** The other pass on show; a play stops, each pass keeps its position. */
export function withMode(model: GraphModel, mode: Mode): GraphModel {
  return mode === model.mode ? model : { ...model, mode, playing: false };
}

/** Forward mode traces another variable's tangent, from the start of its pass. */
export function withWrt(model: GraphModel, name: string): GraphModel {
  const { graph } = model;
  const target = graph.variables.has(name) ? name : (graph.variableNames[0] ?? '');
  if (target === model.wrt) return name === model.wrtWanted ? model : { ...model, wrtWanted: name };
  const moved = { ...model, wrtWanted: name, forward: startPass<ForwardStep>([]) };
  const fresh = new ExpressionGraph(model.graph.text);
  return { ...moved, ...evaluated(fresh, model.graph.values(), moved), playing: false };
}

/** Playing from where the pass is, or from the start if it had finished. */
export function startPlaying(model: GraphModel): GraphModel {
  if (!canStep(model)) return model;
  const from = isFinished(activePass(model)) ? stepTo(model, 0) : model;
  return { ...from, playing: true };
}

export function stopPlaying(model: GraphModel): GraphModel {
  return model.playing ? { ...model, playing: false } : model;
}

/** Back to the start of the pass, not playing. */
export function resetPass(model: GraphModel): GraphModel {
  return stopPlaying(stepTo(model, 0));
}

/**
 * The reader's text in the expression box. Text that does not parse is pointed out and the graph
 * stays; text that parses to a new graph replaces it, keeping the values of the variables that
 * survive the edit (new ones start from `values`, else at 1).
 */
export function typeExpression(model: GraphModel, text: string): GraphModel {
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    const { message, position, ref } = parsed;
    return { ...model, draft: text, draftError: { message, position, ref } };
  }
  const typed = { ...model, draft: text, draftError: null };
  if (parsed.graph.text === model.graph.text) return typed;
  const kept = { ...model.startValues, ...model.graph.values() };
  return withGraph(typed, parsed.graph, kept);
}

export function withDirection(model: GraphModel, direction: Direction): GraphModel {
  return direction === model.direction ? model : { ...model, direction };
}
