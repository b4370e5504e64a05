/**
 * What one <graph-backprop> shows, without DOM: a snapshot (the parsed graph at its values, the
 * recorded passes and how far the reader has stepped, the selection, the expression box's draft)
 * and functions that return a new snapshot for every change. An expression is parsed once: its
 * graph is kept for as long as the text stays, and a change of values sets them on it and runs it
 * again, so the variables' values live in one place, the graph's nodes, and so do the gradients.
 * The changes only a reader's actions make are reader-changes.ts, which loads with them.
 */
import {
  ParsedGraph,
  readExpression,
  type BackwardStep,
  type DomainProblem,
  type ForwardStep,
  type ParseFault,
} from '../../core/index.js';
import type { Parsed, Problem } from '../../internal/attributes.js';
import type { Concealment } from './ask-setting.js';
import './messages.js';
import {
  isFinished,
  rerecord,
  rerecordLater,
  seek,
  startPass,
  type StepPass,
} from './step-pass.js';

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

/**
 * Why text cannot be drawn, without its words: the expression engine's fault, or a variable name
 * that would read as a broken number. The words come with the first refusal
 * (expression-refusal.ts).
 */
export type ExpressionFault =
  | ParseFault
  | { readonly reason: 'confusing-name'; readonly name: string; readonly position: number };

/** Why typed text does not parse (the expression engine's own reasons have no `ref`), and where. */
export interface ParseFailure extends Problem {
  /** 0-based index of the character the parser stopped at (may equal the text's length). */
  readonly position: number;
}

/** An expression's graph: read by the core, its faults worded only when shown. */
export type ExpressionGraph = ParsedGraph;

/**
 * A setting that does not fit the expression, without its words: a `values` name it lacks, a
 * `selected` node it does not have, a `wrt` that is not one of its variables. The words come with
 * the first such refusal (refusals.ts).
 */
export interface Misfit {
  readonly setting: 'values' | 'selected' | 'wrt';
  /** The name given (for `selected`, the reference as given, trimmed). */
  readonly name: string;
  readonly graph: ExpressionGraph;
}

export interface GraphModel {
  /**
   * The graph of the expression, evaluated at the variables' values with one full backward pass
   * run: each node holds its value and its gradient. Kept while the text stays; a change of
   * values runs it again in place.
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
  readonly mode: Mode;
  /** The node whose details panel is open. */
  readonly selectedId: string | null;
  readonly playing: boolean;
  /** The expression box's text while the reader types, or null to show the graph's own text. */
  readonly draft: string | null;
  /** Why the draft is not drawn, without its words (the expression box words it). */
  readonly draftError: ExpressionFault | null;
  /** Whether the panel's value field holds text that is not a number. */
  readonly valueInvalid: boolean;
  /** Inputs left to output right, or top to bottom on a narrow screen. */
  readonly direction: Direction;
  /** The reader is typing an expression: the direction holds until they finish. */
  readonly typing: boolean;
  /** What an exercise (`ask`) keeps hidden for now; nothing when absent. */
  readonly hidden?: Concealment;
}

/**
 * Graphs parsed by the `expr` setting's check, waiting for the element that applies it, so the
 * text is parsed once. Each is handed out once: two elements never share a graph's nodes.
 */
const parsedForSetting = new Map<string, ExpressionGraph>();

/** The graph for `text`, or why it cannot be drawn (refusing names that look like broken numbers). */
export function parseExpression(
  text: string,
): { ok: true; graph: ExpressionGraph } | { ok: false; fault: ExpressionFault } {
  const waiting = parsedForSetting.get(text);
  if (waiting) {
    parsedForSetting.delete(text);
    return { ok: true, graph: waiting };
  }
  const read = readExpression(text);
  if (!read.ok) return read;
  const graph = new ParsedGraph(text, read.expression);
  for (const name of graph.variableNames) {
    if (CONFUSING_NAMES.has(name)) {
      const position = graph.positions.get(name) ?? 0;
      return { ok: false, fault: { reason: 'confusing-name', name, position } };
    }
  }
  return { ok: true, graph };
}

/**
 * The `expr` setting's reading: the text itself, once it parses, its graph kept for the update
 * that applies it; else the fault, which the setting's parser words (graph-backprop-settings.ts).
 */
export function readExpressionSetting(
  text: string,
): { ok: true; value: string } | { ok: false; fault: ExpressionFault } {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  parsedForSetting.set(text, parsed.graph);
  return { ok: true, value: text };
}

/**
 * Every variable of `graph` with a value: from `values` (its own keys only, so a variable named
 * `constructor` is not Object's), else the default.
 */
function valuesFor(
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
): Map<string, number> {
  return new Map(
    graph.variableNames.map((name) => [
      name,
      Object.hasOwn(values, name) ? values[name] : DEFAULT_VARIABLE_VALUE,
    ]),
  );
}

/**
 * The graph fields of a snapshot: `graph` set to `values` and run backward (forward mode's pass is
 * recorded when first read).
 */
export function evaluated(
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
  position: Pick<GraphModel, 'pass' | 'forward' | 'wrt'>,
): Pick<GraphModel, 'graph' | 'problem' | 'pass' | 'forward' | 'wrt'> {
  graph.setValues(Object.fromEntries(valuesFor(graph, values)));
  const problem = graph.findProblem();
  const steps = graph.backward();
  const wrt = tracedIn(graph, position.wrt);
  // Recorded when first read: at once in forward mode, not at all while a value is dragged in
  // reverse mode.
  const forward = rerecordLater(position.forward, () => (wrt ? graph.forwardTangents(wrt) : []));
  return { graph, problem, pass: rerecord(position.pass, steps), forward, wrt };
}

/** The variable forward mode traces: `wanted` when the graph has it, else its first. */
function tracedIn(graph: ExpressionGraph, wanted: string): string {
  return graph.variables.has(wanted) ? wanted : (graph.variableNames[0] ?? '');
}

/** Both passes at their start, for a new graph. */
function atStart(model: Pick<GraphModel, 'wrt'>) {
  return { pass: startPass<BackwardStep>([]), forward: startPass<ForwardStep>([]), wrt: model.wrt };
}

/** A snapshot of `text` (the default expression unless given) with every variable at 1. */
export function createModel(text = DEFAULT_EXPR): GraphModel {
  const parsed = parseExpression(text);
  if (!parsed.ok) return createModel();
  const { graph } = parsed;
  return {
    ...evaluated(graph, {}, atStart({ wrt: '' })),
    mode: 'reverse',
    selectedId: null,
    playing: false,
    draft: null,
    draftError: null,
    valueInvalid: false,
    direction: 'right',
    typing: false,
  };
}

/** A new graph: the pass restarts and stops playing, a selection it does not have closes. */
export function withGraph(
  model: GraphModel,
  graph: ExpressionGraph,
  values: Readonly<Record<string, number>>,
): GraphModel {
  // A node id names another node in another graph: only a variable's panel stays open, by name.
  const open = model.selectedId ? model.graph.nodeById(model.selectedId) : undefined;
  const selectedId = open?.op === 'var' ? (graph.variables.get(open.label)?.id ?? null) : null;
  const fresh = evaluated(graph, values, atStart(model));
  return { ...model, ...fresh, selectedId, playing: false };
}

/** The `expr` setting applied: the new graph with every variable at 1, the draft dropped. */
export function applyExpression(model: GraphModel, text: string): GraphModel {
  const parsed = parseExpression(text);
  if (!parsed.ok) return model;
  return { ...withGraph(model, parsed.graph, {}), draft: null, draftError: null, typing: false };
}

/**
 * The `values` setting applied: every variable starts again from it (replacing the reader's
 * edits; the step position is kept). A name the expression does not have refuses the whole set.
 */
export function applyStartValues(
  model: GraphModel,
  values: Readonly<Record<string, number>>,
): { model: GraphModel; misfit: Misfit | null } {
  const { graph } = model;
  const unknown = Object.keys(values).find((name) => !graph.variables.has(name));
  if (unknown !== undefined) return { model, misfit: { setting: 'values', name: unknown, graph } };
  return { model: { ...model, ...evaluated(graph, values, model) }, misfit: null };
}

/** The `selected` setting applied: a variable's name or a node id; empty closes the panel. */
export function applySelection(
  model: GraphModel,
  reference: string,
): { model: GraphModel; misfit: Misfit | null } {
  const wanted = reference.trim();
  if (wanted === '') return { model: select(model, null), misfit: null };
  const { graph } = model;
  const node = graph.variables.get(wanted) ?? graph.nodeById(wanted);
  if (node) return { model: select(model, node.id), misfit: null };
  return { model, misfit: { setting: 'selected', name: wanted, graph } };
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
 * checked again against a new expression. Returns the verdicts on those, and on `wrt` (null when
 * good).
 */
export function applySettings(
  model: GraphModel,
  settings: GraphSettings,
  given: ReadonlySet<string>,
): { model: GraphModel; verdicts: Map<string, Misfit | null> } {
  const verdicts = new Map<string, Misfit | null>();
  const newExpression = given.has('expr');
  let next = newExpression ? applyExpression(model, settings.expr) : model;
  if (newExpression || given.has('values')) {
    const applied = applyStartValues(next, settings.values);
    next = applied.model;
    verdicts.set('values', applied.misfit);
  }
  if (newExpression || given.has('selected')) {
    const applied = applySelection(next, settings.selected);
    next = applied.model;
    verdicts.set('selected', applied.misfit);
  }
  if (given.has('mode')) next = withMode(next, settings.mode ?? 'reverse');
  if (newExpression || given.has('wrt')) {
    const name = (settings.wrt ?? '').trim();
    const known = name === '' || next.graph.variables.has(name);
    if (known) next = withWrt(next, name);
    verdicts.set('wrt', known ? null : { setting: 'wrt', name, graph: next.graph });
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

/** Opens the panel of a node (by id), or closes it with null. */
export function select(model: GraphModel, id: string | null): GraphModel {
  const selectedId = id !== null && model.graph.nodeById(id) ? id : null;
  return selectedId === model.selectedId ? model : { ...model, selectedId, valueInvalid: false };
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
  const target = tracedIn(graph, name);
  if (target === model.wrt) return model;
  const forward = startPass<ForwardStep>(target ? graph.forwardTangents(target) : []);
  return { ...model, wrt: target, forward, playing: false };
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

export function withDirection(model: GraphModel, direction: Direction): GraphModel {
  return direction === model.direction ? model : { ...model, direction };
}
