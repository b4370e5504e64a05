/**
 * What `<graph-backprop>` can ask and the numbers it hides, without DOM: `ask="steps"` asks, at
 * each backward step, what the stepped node passes back to each input (upstream × local) before
 * Step shows it; `ask="x w"` asks the final gradients of the named variables. In forward mode
 * `steps` asks each step's tangent instead, and names ask the last one, the output's tangent
 * d out/d wrt (forward mode traces one variable). The words around
 * each question and the fresh values of "Try new numbers" are in views/questions.ts, loaded when
 * the element first asks. The numbers are the core's (the recorded backward pass). Loaded before
 * the element's first update that asks something (a page whose figures ask nothing never loads
 * it); the `ask` setting itself and what the views ask of a concealment are ask-setting.ts.
 */
import { html } from 'lit';
import type { GradNode } from '../../core/index.js';
import { problem, type Problem } from '../../internal/attributes.js';
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { givenValue } from '../../internal/settings.js';
import { STEPS, type Concealment } from './ask-setting.js';
import type { AskingHost } from './asking.js';
import { activePass, stepTo, type GraphModel } from './graph-backprop-model.js';
import './views/questions.messages.js';

export type { Concealment };

/** A question's id: the step (1-based) and its input (1-based), or the variable's name. */
export const stepQuestionId = (step: number, input: number): string =>
  `step-${step + 1}-${input + 1}`;
export const gradientQuestionId = (name: string): string => `gradient-${name}`;
/** Forward mode's question at a step (1-based): the tangent that step computes. */
export const tangentQuestionId = (step: number): string => `tangent-${step + 1}`;

/** The forward steps asked: each with `steps`, else the last (the output's tangent) for names. */
export function askedTangents(model: GraphModel, ask: readonly string[]): number[] {
  const count = model.forward.steps.length;
  if (ask.includes(STEPS)) return [...Array(count).keys()];
  return ask.length > 0 && count > 0 ? [count - 1] : [];
}

/** The refusal for names of `ask` the expression lacks, or null when every name is its own. */
function unknownAsked(model: GraphModel, ask: readonly string[]): Problem | null {
  const { graph } = model;
  const unknown = ask.find((word) => word !== STEPS && !graph.variables.has(word));
  if (unknown === undefined) return null;
  const names = graph.variableNames.join(', ');
  const name = unknown.slice(0, 40);
  return problem('graph-backprop.problem.ask', { name, expr: graph.text, names });
}

/** The inputs a step's question asks about: every input but a constant, whose share teaches nothing. */
export function askedInputs(step: GraphModel['pass']['steps'][number]): number[] {
  return step.inputs.flatMap((input, index) => (input.node.op === 'const' ? [] : [index]));
}

/**
 * The numbers asked for, in the order they are answered: each step's contributions first (the
 * pass's order), then each named variable's gradient. Nothing while a domain problem stands,
 * when there are no numbers to predict.
 */
export function graphAsked(model: GraphModel, ask: readonly string[]): AskedNumber[] {
  if (model.problem || ask.length === 0) return [];
  if (model.mode === 'forward') {
    const { steps } = model.forward;
    return askedTangents(model, ask).map((k) => ({
      id: tangentQuestionId(k),
      expected: steps[k].tangent,
    }));
  }
  const asked: AskedNumber[] = [];
  if (ask.includes(STEPS)) {
    model.pass.steps.forEach((step, k) => {
      for (const i of askedInputs(step))
        asked.push({ id: stepQuestionId(k, i), expected: step.inputs[i].contribution });
    });
  }
  for (const name of ask) {
    const node = name === STEPS ? undefined : model.graph.variables.get(name);
    if (node) asked.push({ id: gradientQuestionId(name), expected: node.grad });
  }
  return asked;
}

/**
 * `ask` as given, checked against the graph: the questions in use then (`current` stays, less the
 * names the graph lacks, when `wanted` is refused) and the refusal, or null.
 */
export function checkAsk(
  model: GraphModel,
  wanted: readonly string[],
  current: readonly string[],
): { asking: readonly string[]; refused: Problem | null } {
  const refused = unknownAsked(model, wanted);
  if (!refused) return { asking: wanted, refused };
  const { variables } = model.graph;
  return { asking: current.filter((word) => word === STEPS || variables.has(word)), refused };
}

/** The snapshot as an asking figure shows it: its pass no further than `limit` steps. */
export function heldBack(model: GraphModel, limit: number): GraphModel {
  return activePass(model).done > limit ? stepTo(model, limit) : model;
}

/**
 * The snapshot as an asking figure shows it: with what `hidden` keeps from its views, and its pass
 * no further than the first step with a question still open.
 */
export function asAsked(
  model: GraphModel,
  hidden: Concealment,
  ask: readonly string[],
  isHidden: (id: string) => boolean,
): GraphModel {
  const shown = model.hidden === hidden ? model : { ...model, hidden };
  return heldBack(shown, stepLimit(shown, ask, isHidden));
}

/** The questions drawn now: those of the next step (with `steps`), then the named gradients. */
export function questionsOnShow(model: GraphModel, ask: readonly string[]): string[] {
  if (model.mode === 'forward') {
    const next = model.forward.done;
    return askedTangents(model, ask).includes(next) ? [tangentQuestionId(next)] : [];
  }
  const { steps, done } = model.pass;
  const next = steps[done];
  const ids =
    ask.includes(STEPS) && next && !model.problem
      ? askedInputs(next).map((i) => stepQuestionId(done, i))
      : [];
  for (const word of ask) if (word !== STEPS) ids.push(gradientQuestionId(word));
  return ids;
}

/** How many steps the reader may take: up to the first one with a question still open. */
export function stepLimit(
  model: GraphModel,
  ask: readonly string[],
  isHidden: (id: string) => boolean,
): number {
  if (model.mode === 'forward') {
    const open = askedTangents(model, ask).find((k) => isHidden(tangentQuestionId(k)));
    return open ?? Infinity;
  }
  if (!ask.includes(STEPS)) return Infinity;
  const { steps } = model.pass;
  const open = steps.findIndex((step, k) =>
    askedInputs(step).some((i) => isHidden(stepQuestionId(k, i))),
  );
  return open < 0 ? steps.length : open;
}

/** Hides what `isHidden` (the element's open questions) says, for the questions of `ask`. */
export function concealment(
  ask: () => readonly string[],
  isHidden: (id: string) => boolean,
): Concealment {
  const gradientHidden = (node: GradNode): boolean =>
    node.op === 'var' && ask().includes(node.label) && isHidden(gradientQuestionId(node.label));
  const stepHidden = (model: GraphModel, user: GradNode, index: number): boolean => {
    if (!ask().includes(STEPS)) return false;
    const k = model.pass.steps.findIndex((step) => step.node === user);
    return k >= 0 && isHidden(stepQuestionId(k, index));
  };
  // Forward mode: the output's tangent is the traced variable's gradient.
  const tangentHidden = (model: GraphModel, node: GradNode): boolean =>
    model.mode === 'forward' &&
    node.op === 'var' &&
    node.label === model.wrt &&
    isHidden(tangentQuestionId(model.forward.steps.length - 1));
  const active = (): boolean => ask().length > 0;
  const contribution: Concealment['contribution'] = (model, user, index) =>
    active() && (stepHidden(model, user, index) || gradientHidden(user.inputs[index]));
  return {
    contribution,
    soFar: (model, node) =>
      active() &&
      model.pass.steps.some(
        (step, k) =>
          k < model.pass.done &&
          step.inputs.some(
            (input, index) => input.node === node && contribution(model, step.node, index),
          ),
      ),
    gradient: (model, node) =>
      active() &&
      (tangentHidden(model, node) ||
        gradientHidden(node) ||
        (ask().includes(STEPS) &&
          model.pass.steps.some((step) =>
            step.inputs.some((input, i) => input.node === node && stepHidden(model, step.node, i)),
          ))),
  };
}

/**
 * What the element asks now, kept between its updates (asking.ts asks it): the questions in use
 * (`ask` once its names are checked against the expression), what they hide and how many steps
 * the reader may take.
 */
export class AskingRules {
  /** The questions in use: `ask` once its names are checked against the expression. */
  questions: readonly string[] = [];
  /** The graph the questions were asked on: another one (a new or typed expression) asks afresh. */
  private askedGraph?: GraphModel['graph'];
  /** The pass they were asked of (mode and `wrt`): another one asks afresh too. */
  private askedPass?: string;
  /** What the exercise hides, read by the views, the narration and the properties. */
  private readonly hiding: Concealment;

  constructor(
    private readonly host: AskingHost,
    /** Shows (or, with null, clears) the refusal of a name of `ask` the expression lacks. */
    private readonly check: (refused: Problem | null) => void,
    /** Whether question `id` is asked and still open: its number must not show. */
    private readonly isHidden: (id: string) => boolean,
  ) {
    this.hiding = concealment(() => this.questions, isHidden);
  }

  /**
   * `ask` checked against the expression whenever either changes; a new graph or pass asks from
   * the start. With questions the figure's pass is held at the first open step. Answers the
   * snapshot as the figure shows it.
   */
  apply(model: GraphModel, askGiven: boolean): GraphModel {
    const pass = `${model.mode} ${model.wrt}`;
    const newGraph = model.graph !== this.askedGraph || pass !== this.askedPass;
    this.askedGraph = model.graph;
    this.askedPass = pass;
    // Answers given on another graph say nothing about this one's numbers.
    if (newGraph && !askGiven) this.host.resetExercise();
    if (askGiven || newGraph) {
      const wanted = givenValue<readonly string[]>(this.host, 'ask') ?? [];
      const { asking, refused } = checkAsk(model, wanted, this.questions);
      this.check(refused);
      this.questions = asking;
    }
    if (this.questions.length === 0) return model;
    return asAsked(model, this.hiding, this.questions, this.isHidden);
  }

  /** Whether the next step waits for the reader's answers. */
  locked(model: GraphModel): boolean {
    if (this.questions.length === 0) return false;
    const limit = stepLimit(model, this.questions, this.isHidden);
    return activePass(model).done >= limit;
  }

  /** The numbers asked for now (the element's `askedNumbers`). */
  asked(model: GraphModel): AskedNumber[] {
    return this.questions.length > 0 ? graphAsked(model, this.questions) : [];
  }

  /** The questions drawn now, under the controls, and whether Step waits; none while it asks nothing. */
  view(model: GraphModel, renderQuestion: (id: string) => unknown) {
    if (this.questions.length === 0) return undefined;
    return {
      questions: html`<div class="questions" part="questions">
        ${questionsOnShow(model, this.questions).map(renderQuestion)}
      </div>`,
      locked: this.locked(model),
    };
  }
}
