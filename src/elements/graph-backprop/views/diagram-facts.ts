/**
 * What the diagram asks of a snapshot, worked out once per drawing rather than once per node or
 * edge: the pass's numbers and positions.
 */
import type { BackwardStep, ForwardStep, GradNode } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { activePass, type GraphModel } from '../graph-backprop-model.js';
import { concealmentOf } from '../ask-setting.js';
import { gradientsSoFar, tangentsSoFar } from '../graph-queries.js';
import type { PlacedEdge } from '../layout.js';

/**
 * What every node and edge asks of the pass on show, worked out once per drawing rather than once
 * per node (a node's completeness alone walked the whole pass for each of them).
 */
export interface PassFacts {
  readonly forward: boolean;
  /** Gradients so far (reverse) or tangents so far (forward). */
  readonly grads: Map<GradNode, number>;
  /** The node of the step taken last, lit on screen; undefined before the first. */
  readonly lit: GradNode | undefined;
  /** Each stepping node's step in the pass on show. */
  readonly stepOf: Map<GradNode, BackwardStep | ForwardStep>;
  /** The stepping nodes whose step has been taken. */
  readonly taken: ReadonlySet<GradNode>;
  /** Nodes read by a step not yet taken: their gradient is not complete (reverse mode). */
  readonly waiting: ReadonlySet<GradNode>;
  /** The edges' word for a local gradient, in the reader's language. */
  readonly localWord: string;
}

export function passFacts(model: GraphModel, l10n: Localizer): PassFacts {
  const forward = model.mode === 'forward';
  const { steps, done } = activePass(model);
  const stepOf = new Map<GradNode, BackwardStep | ForwardStep>();
  const taken = new Set<GradNode>();
  const waiting = new Set<GradNode>();
  steps.forEach((step, k) => {
    stepOf.set(step.node, step);
    if (k < done) taken.add(step.node);
    else for (const input of step.inputs) waiting.add(input.node);
  });
  return {
    forward,
    grads: forward ? tangentsSoFar(model) : gradientsSoFar(model),
    lit: done > 0 ? steps[done - 1].node : undefined,
    stepOf,
    taken,
    waiting,
    localWord: l10n.t('graph-backprop.edge.local'),
  };
}

/** Whether every user of `node` has passed its gradient back (always, in forward mode). */
export function complete(node: GradNode, model: GraphModel, facts: PassFacts): boolean {
  return facts.forward || node === model.graph.output || !facts.waiting.has(node);
}

/** What an edge shows: its numbers once its pass has crossed it, else its local gradient. */
export interface EdgeState {
  readonly active: boolean;
  readonly passed: boolean;
  /** The two factors of the edge's share, once there is one (backward: upstream × local). */
  readonly factors: readonly [number, number] | null;
  readonly share: number;
  readonly local: number;
  /** The share is a number the exercise hides for now. */
  readonly hidden: boolean;
}

export function edgeState(edge: PlacedEdge, model: GraphModel, facts: PassFacts): EdgeState {
  const user = model.graph.nodeById(edge.target)!;
  const local = user.localGrads[edge.index] ?? 0;
  const step = facts.stepOf.get(user);
  const input = step?.inputs[edge.index];
  const active = facts.lit === user;
  const passed = facts.taken.has(user);
  // What the edge carries once its pass has crossed it: backward, upstream × local; forward,
  // local × the input's tangent. Either way the product is the edge's share.
  if (facts.forward) {
    const tangentIn = (input as ForwardStep['inputs'][number] | undefined)?.tangentIn;
    return {
      active,
      passed,
      factors: tangentIn === undefined ? null : [local, tangentIn],
      share: input?.contribution ?? 0,
      local,
      hidden: false,
    };
  }
  return {
    active,
    passed,
    factors: input ? [(step as BackwardStep).upstream, local] : null,
    share: input?.contribution ?? 0,
    local,
    hidden: concealmentOf(model).contribution(model, user, edge.index),
  };
}
