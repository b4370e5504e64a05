/** What <graph-backprop> tells the page: each event's detail, and the map for typed listeners. */
import type { ExerciseEventMap } from '../../internal/exercise/exercise-element.js';

/** Detail of `node-select`. */
export interface NodeSelectDetail {
  /** Node id as drawn (`n0` ... inputs first). */
  id: string;
  /** `var`, `const` or the op's name (`mul`, `sigmoid`, ...). */
  op: string;
  /** The variable's name, the number's text, or the op's name. */
  label: string;
  value: number;
  /** d output / d node after the full backward pass; null while `ask` hides it. */
  grad: number | null;
}

/** Detail of `backward-step`. */
export interface BackwardStepDetail {
  /** Steps done after this one, 1 to `total`. */
  step: number;
  total: number;
  /** The node that just passed its gradient to its inputs. */
  id: string;
}

/** Detail of `forward-step`. */
export interface ForwardStepDetail {
  /** Steps done after this one, 1 to `total`. */
  step: number;
  total: number;
  /** The node whose tangent was just computed. */
  id: string;
  /** Its tangent: d node / d `wrt`, the sum of local gradient × input tangent. */
  tangent: number;
}

/** Detail of `input` and `change` when the reader edits a variable or the expression. */
export interface GraphEditDetail {
  /** The variable's name, or `expr` for the expression box. */
  name: string;
  /** The variable's new value, or the new expression text. */
  value: number | string;
}

/** The events of <graph-backprop>, for typed `addEventListener`. */
export interface GraphBackpropEventMap extends ExerciseEventMap {
  'node-select': CustomEvent<NodeSelectDetail>;
  'backward-step': CustomEvent<BackwardStepDetail>;
  'forward-step': CustomEvent<ForwardStepDetail>;
  input: CustomEvent<GraphEditDetail>;
  change: CustomEvent<GraphEditDetail>;
}
