// Generated from custom-elements.json by `npm run manifest` (scripts/framework-types.mjs).
// Do not edit: change the elements’ JSDoc or types and regenerate.
// Svelte 5 types for the elements (svelte-check, the editor). Load them once:
//   import type {} from 'backprop-elements/svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type {
  ChainRuleGears,
  ChainRuleGearsEventMap,
} from '../dist/types/elements/chain-rule-gears/chain-rule-gears.js';
import type {
  GraphBackprop,
  GraphBackpropEventMap,
} from '../dist/types/elements/graph-backprop/graph-backprop.js';
import type {
  LayerDelta,
  LayerDeltaEventMap,
} from '../dist/types/elements/layer-delta/layer-delta.js';
import type {
  NeuronBackprop,
  NeuronBackpropEventMap,
} from '../dist/types/elements/neuron-backprop/neuron-backprop.js';
import type {
  TrainNetwork,
  TrainNetworkEventMap,
} from '../dist/types/elements/train-network/train-network.js';

/** Svelte's own attributes (class, style, id, aria-*...) and the element's, which win. */
export type ElementProps<E extends EventTarget, Own> = Own & Omit<HTMLAttributes<E>, keyof Own>;

/** Props of `<chain-rule-gears>`: Drag a lever and watch each gear turn by its local ratio; the chain rule multiplies them. */
export interface ChainRuleGearsProps {
  /**
   * Each stage's ratio (its local derivative), separated by spaces or commas: 1 to 6 numbers from
   * −10 to 10. A negative ratio turns that gear the other way; 0 disengages it and stops the rest.
   * Also settable from script as an array of numbers; reads back the ratios in use. (attribute `ratios`)
   */
  ratios?: ChainRuleGears['ratios'] | string;
  /**
   * `product` to ask the reader for d(last)/d(lever) before it is shown: the total, the last
   * gear's turn and every sentence that would tell it are hidden until answered or revealed.
   * Empty (the default) asks nothing. (attribute `ask`)
   */
  ask?: ChainRuleGears['ask'] | string;
  /**
   * The lever's starting displacement, from −10 to 10, where Reset returns it. Setting it moves
   * the lever there too (no events); the property reads back the starting displacement, and
   * `value` the lever's live one. (attribute `input`)
   */
  input?: ChainRuleGears['input'] | string;
  /**
   * Optional names, separated by commas (or an array from script): the lever first, then each
   * gear, shown as given. Defaults to "lever, gear 1, gear 2, …" in the reader's language. (attribute `labels`)
   */
  labels?: ChainRuleGears['labels'] | string;
  /**
   * Optional units, separated by commas (or an array from script): the lever's first, then each
   * gear's, such as `cm, °, °`. A gear without one repeats the previous gear's. Defaults to `cm`
   * for the lever and `°` for gears (from the reader's language catalogue). (attribute `units`)
   */
  units?: ChainRuleGears['units'] | string;
  /**
   * The lever's live displacement, kept inside −10 to 10. Setting it moves the lever without
   * firing `input` or `change` (after `input`, when both are set together); a value that is not
   * a number is refused with an `error` event and the lever stays put; null leaves it.
   */
  value?: ChainRuleGears['value'];
  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1. (attribute `tolerance`)
   */
  tolerance?: ChainRuleGears['tolerance'] | string;
  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored. (attribute `attempts`)
   */
  attempts?: ChainRuleGears['attempts'] | string;
  /** While the reader moves the lever (drag or key). Detail: `{ value, outputs, product }`. */
  oninput?: (event: ChainRuleGearsEventMap['input']) => void;
  /** When the reader finishes a move (pointer released, key pressed, reset). Same detail. */
  onchange?: (event: ChainRuleGearsEventMap['change']) => void;
  /** When an attribute or property holds a value it cannot use, or script sets a read-only property. Detail: `{ attribute, message }`. */
  onerror?: (event: ChainRuleGearsEventMap['error']) => void;
  /** When the reader checks an answer or shows it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`. */
  onanswer?: (event: ChainRuleGearsEventMap['answer']) => void;
}

/** Props of `<graph-backprop>`: Backpropagation through a small computation graph, one node at a time. */
export interface GraphBackpropProps {
  /**
   * The expression, in the core's syntax: `+ - * / ^`, unary minus, and the functions sigmoid,
   * relu, tanh, exp, log, sqrt, sin, cos, abs, bce(p, y), bce_logits(z, y) and mse(p, y).
   * Reads back the expression drawn, which the reader may have typed (with `editable`). (attribute `expr`)
   */
  expr?: GraphBackprop['expr'] | string;
  /**
   * Starting values such as `x=2, w=-1, b=0.5` (as a property, text or `{ x: 2, w: -1 }`). A
   * variable not given here starts at 1; an entry that is not `name=number` is reported and left
   * out while the others apply; a name that is not in the expression is reported (and the whole
   * set refused). Setting it replaces the reader's edits. Reads back every variable's value now. (attribute `values`)
   */
  values?: GraphBackprop['values'] | string;
  /**
   * The node whose details panel is open: a variable's name (`w`) or a node id (`n3`, as in
   * `node-select`). Empty for none. Reads back the node open now, also when the reader opened it:
   * a variable by its name, any other node by its id. (attribute `selected`)
   */
  selected?: GraphBackprop['selected'] | string;
  /**
   * Which pass Step and Play walk through: `reverse` (the default) sends the gradient back from
   * the output; `forward` carries the tangent of `wrt` forward from the inputs. Reads back the
   * pass on show, which the reader may have switched. (attribute `mode`)
   */
  mode?: GraphBackprop['mode'];
  /**
   * The variable whose tangent forward mode traces (its tangent starts at 1, every other
   * input's at 0); empty for the first variable. Reads back the variable traced now, which the
   * reader may have picked. (attribute `wrt`)
   */
  wrt?: GraphBackprop['wrt'] | string;
  /**
   * Shows an expression box where the reader types a new expression; a typing mistake is pointed
   * out and the previous graph stays until the text parses. (attribute `editable`)
   */
  editable?: GraphBackprop['editable'] | string;
  /**
   * What the reader predicts before it is shown: `steps` (at each backward step, what the node
   * passes back to each input, upstream × local, before Step shows it; Step waits for the
   * answers) and/or variable names such as `x w` (their final gradients, hidden until answered).
   * A name the expression lacks is refused with a note and an `error` event. With `mode="forward"`
   * the questions are the tangents: `steps` asks at each forward step the tangent the node
   * computes (local × input tangent, added over its inputs) before Step shows it; variable names
   * ask the last one only, the output's tangent d out/d `wrt` (forward mode traces one variable).
   * With `ask` the pass is the one `mode` and `wrt` name (the reader's switch is hidden); another
   * mode or `wrt` asks afresh. Empty (the default) asks nothing. Reads back the questions in use. (attribute `ask`)
   */
  ask?: GraphBackprop['ask'] | string;
  /**
   * Steps done in the pass of the mode on show, 0 to `totalSteps` (a set is rounded and
   * clamped, and applied after the other settings given with it). Setting it fires no event.
   */
  step?: GraphBackprop['step'];
  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1. (attribute `tolerance`)
   */
  tolerance?: GraphBackprop['tolerance'] | string;
  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored. (attribute `attempts`)
   */
  attempts?: GraphBackprop['attempts'] | string;
  /** The reader selected a node. Detail: `{ id, op, label, value, grad }` (`grad` null while `ask` hides it). */
  'onnode-select'?: (event: GraphBackpropEventMap['node-select']) => void;
  /** The backward pass took a step (Step button or Play). Detail: `{ step, total, id }`. */
  'onbackward-step'?: (event: GraphBackpropEventMap['backward-step']) => void;
  /** In forward mode, a node's tangent was computed (Step button or Play). Detail: `{ step, total, id, tangent }`. */
  'onforward-step'?: (event: GraphBackpropEventMap['forward-step']) => void;
  /** The reader is changing a variable (drag, keys, panel field) or the expression. Detail: `{ name, value }`. */
  oninput?: (event: GraphBackpropEventMap['input']) => void;
  /** The reader finished a change. Detail: `{ name, value }`. */
  onchange?: (event: GraphBackpropEventMap['change']) => void;
  /** An attribute holds a value the element cannot use, or a read-only property was set. Detail: `{ attribute, message }`; does not bubble. */
  onerror?: (event: GraphBackpropEventMap['error']) => void;
  /** When the reader checks an answer or shows it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`. */
  onanswer?: (event: GraphBackpropEventMap['answer']) => void;
}

/** Props of `<layer-delta>`: Backpropagation through layers: δ_l = (W_{l+1}^T δ_{l+1}) ⊙ f′(z_l), and its cost. */
export interface LayerDeltaProps {
  /** Layer sizes, input first: 3 to 6 layers of 1 to 16 units, e.g. `2 3 1`. (attribute `sizes`) */
  sizes?: LayerDelta['sizes'] | string;
  /**
   * The hidden layers' activation: `sigmoid`, `tanh` or `relu`. With `loss="bce"` the output
   * layer is sigmoid, with `loss="ce"` a softmax over all outputs; with `mse` it uses this too. (attribute `activation`)
   */
  activation?: LayerDelta['activation'];
  /**
   * The loss: `bce` (binary cross-entropy, the default), `mse` (squared error) or `ce` (softmax
   * with categorical cross-entropy: at least two outputs, and `y` one-hot or a probability
   * vector summing to 1; anything else is refused with a note and an `error` event). (attribute `loss`)
   */
  loss?: LayerDelta['loss'];
  /**
   * `deltas` to ask the reader, before the backward pass reaches each layer, for the δ of that
   * layer's first unit (always the first, so the question stays put while the reader explores);
   * `deltas-all` for every unit's δ in turn. Step backward waits (aria-disabled) until the
   * layer's questions are answered or shown; until then its δ, its weight gradients and all that
   * follows from them are hidden. Empty (the default) asks nothing. (attribute `ask`)
   */
  ask?: LayerDelta['ask'] | string;
  /** Seed for the initial weights (a whole number of at least 0; default 1). (attribute `seed`) */
  seed?: LayerDelta['seed'] | string;
  /**
   * The input vector, one number per input unit, separated by spaces or commas (or an array).
   * Default: 0.5, −1, 0.8, … as many as the input layer has units. Reads back the values in
   * use, the reader's edits included; setting it replaces them. (attribute `x`)
   */
  x?: LayerDelta['x'] | string;
  /**
   * The target vector, one number per output unit (from 0 to 1 with `loss="bce"`; one-hot or
   * a probability vector with `loss="ce"`). Default: 1, 0, 1, … (with `ce`: 1, 0, 0, …).
   * Reads back like `x`. (attribute `y`)
   */
  y?: LayerDelta['y'] | string;
  /**
   * The weights, `weights[l][i][j]` connecting unit j of layer l to unit i of layer l + 1.
   * Settable (a copy is kept; assign a new array to change it), applied after the other settings
   * given with it; refused with an `error` event when its shape does not match `sizes`. Reads
   * return a copy of the weights in use, the reader's edits included.
   */
  weights?: LayerDelta['weights'];
  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  biases?: LayerDelta['biases'];
  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1. (attribute `tolerance`)
   */
  tolerance?: LayerDelta['tolerance'] | string;
  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored. (attribute `attempts`)
   */
  attempts?: LayerDelta['attempts'] | string;
  /** The reader selected a layer. Detail: `{ layer }` (index into `sizes`). */
  'onlayer-select'?: (event: LayerDeltaEventMap['layer-select']) => void;
  /** The reader stepped the backward pass one layer. Detail: `{ step, total, layer }`. */
  'onbackward-step'?: (event: LayerDeltaEventMap['backward-step']) => void;
  /** The reader is changing x, y or a weight. Detail: `{ field, index, value }`. */
  oninput?: (event: LayerDeltaEventMap['input']) => void;
  /** The reader committed a change to x, y or a weight. Detail: `{ field, index, value }`. */
  onchange?: (event: LayerDeltaEventMap['change']) => void;
  /** The reader checked a predicted δ or showed it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`. */
  onanswer?: (event: LayerDeltaEventMap['answer']) => void;
  /** An attribute or property was refused, or the pass has a number too large for a float (`attribute` is then the read-only `activations`, `deltas` or `weightGradients` that would hold it). Detail: `{ attribute, message }`. Does not bubble. */
  onerror?: (event: LayerDeltaEventMap['error']) => void;
}

/** Props of `<neuron-backprop>`: One neuron, three chain factors, and the simple answer (a − y)x they multiply to. */
export interface NeuronBackpropProps {
  /**
   * What the reader predicts before it is shown: `factors` (∂L/∂a, ∂a/∂z and ∂z/∂w of the traced
   * parameter, in turn; their product waits until all three are answered) and/or `gradient`
   * (∂L/∂w itself, the factors shown). Empty (the default) asks nothing. (attribute `ask`)
   */
  ask?: NeuronBackprop['ask'] | string;
  /** The input x, from -6 to 6 (default 1.5). Reads the live value. (attribute `x`) */
  x?: NeuronBackprop['x'] | string;
  /** The weight w, from -6 to 6 (default 0.8). Reads the live value. (attribute `w`) */
  w?: NeuronBackprop['w'] | string;
  /** The bias b, from -6 to 6 (default -0.4). Reads the live value. (attribute `b`) */
  b?: NeuronBackprop['b'] | string;
  /** The label y, 0 or 1 (default 1); other values are refused. Reads the live value. (attribute `y`) */
  y?: NeuronBackprop['y'] | string;
  /**
   * Which derivative is traced: `w`, `b` or `x` (default `w`). Reads the live choice: the reader
   * can change it by pressing an input box, which is not reflected back to the attribute. (attribute `wrt`)
   */
  wrt?: NeuronBackprop['wrt'];
  /**
   * How far a gradient step moves w and b, as a multiple of their gradients: a number from
   * 0.001 to 10 (default 0.5). (attribute `learning-rate`)
   */
  learningRate?: NeuronBackprop['learningRate'] | string;
  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1. (attribute `tolerance`)
   */
  tolerance?: NeuronBackprop['tolerance'] | string;
  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored. (attribute `attempts`)
   */
  attempts?: NeuronBackprop['attempts'] | string;
  /**
   * How far a gradient step moves w and b, as a multiple of their gradients: a number from
   * 0.001 to 10 (default 0.5). (the attribute of `learningRate`)
   */
  'learning-rate'?: string | number;
  /** While the reader drags a slider, presses a key on it, picks the traced parameter, takes a step or resets. `detail`: `{ source, values, wrt, loss }`. */
  oninput?: (event: NeuronBackpropEventMap['input']) => void;
  /** When the reader commits a change (slider released, key pressed, step taken). Same `detail` as `input`. */
  onchange?: (event: NeuronBackpropEventMap['change']) => void;
  /** When an attribute holds a value the element cannot use, or a read-only property is set. `detail`: `{ attribute, message }`. Does not bubble. */
  onerror?: (event: NeuronBackpropEventMap['error']) => void;
  /** When the reader checks an answer or shows it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`. */
  onanswer?: (event: NeuronBackpropEventMap['answer']) => void;
}

/** Props of `<train-network>`: Mini-batch gradient descent on 2-D data: the decision boundary, the losses, and any weight's gradient. */
export interface TrainNetworkProps {
  /**
   * What the reader predicts before it is shown: `gradient`, ∂L/∂w of the selected connection
   * (the first connection into the output while none is selected) for a batch of one, the first
   * example of the next mini-batch: δ_j·a_i, plus the regularisation term. The gradient panel
   * stays open with the question in it (and w, which that term needs); the product, the mean and
   * the update show a question mark and Play, Step and `train()` wait until it is answered. Empty
   * (the default) asks nothing. (attribute `ask`)
   */
  ask?: TrainNetwork['ask'] | string;
  /**
   * The `dataset` attribute: `circle`, `xor`, `gauss`, `spiral` (classification), `plane`, `wave`
   * (regression). Its property is `datasetName`, as `dataset` is every HTML element's
   * `data-*` map. (attribute `dataset`)
   */
  datasetName?: TrainNetwork['datasetName'];
  /** Classes of the classification sets, 2 to 5. (attribute `classes`) */
  classes?: TrainNetwork['classes'] | string;
  /** Units per hidden layer: 1 to 6 layers of 1 to 8 units, e.g. `8 8`. (attribute `sizes`) */
  sizes?: TrainNetwork['sizes'] | string;
  /** The hidden layers' activation: `relu`, `tanh`, `sigmoid` or `linear`. (attribute `activation`) */
  activation?: TrainNetwork['activation'];
  /** The step size η, from 0.00001 to 10. (attribute `learning-rate`) */
  learningRate?: TrainNetwork['learningRate'] | string;
  /** Examples per mini-batch, 1 to 100. (attribute `batch-size`) */
  batchSize?: TrainNetwork['batchSize'] | string;
  /** `none`, `l1` (rate·Σ|w|) or `l2` (rate·½Σw²); biases are not regularised. (attribute `regularization`) */
  regularization?: TrainNetwork['regularization'];
  /** The regularisation rate λ, 0 to 10. (attribute `regularization-rate`) */
  regularizationRate?: TrainNetwork['regularizationRate'] | string;
  /** Noise in the generated data, 0 to 0.5. (attribute `noise`) */
  noise?: TrainNetwork['noise'] | string;
  /** The share of points used for training, 0.1 to 0.9; the rest are test points. (attribute `train-ratio`) */
  trainRatio?: TrainNetwork['trainRatio'] | string;
  /** The inputs: space-separated names from `x1 x2 x1^2 x2^2 x1*x2 sin(x1) sin(x2)`. (attribute `features`) */
  features?: TrainNetwork['features'] | string;
  /** Seed for the data, the split, the initial weights and the batch order (a whole number). (attribute `seed`) */
  seed?: TrainNetwork['seed'] | string;
  /**
   * The test accuracy, 0 to 1, that counts as the figure done: the `epoch` event says
   * `goalReached` from then on, and a SCORM package built from the figure reports completion. (attribute `goal-accuracy`)
   */
  goalAccuracy?: TrainNetwork['goalAccuracy'] | string;
  /**
   * The author's own data: `x y label` triples separated by `;` (x and y from −6 to 6, the label
   * a class from 0 to 4), up to 1,000 points; or an array of `{ x, y, label }`. Reads back every
   * point, the reader's included. (attribute `points`)
   */
  points?: TrainNetwork['points'] | string;
  /**
   * The weights, `weights[l][i][j]` joining unit j of layer l to unit i of layer l + 1. Settable
   * (a copy is kept), applied after the other settings given with it, as a new epoch 0; refused
   * with an `error` event when its shape does not match the network. Reads return a copy.
   */
  weights?: TrainNetwork['weights'];
  /** The biases, `biases[l][i]` for unit i of layer l + 1. Settable like `weights`. */
  biases?: TrainNetwork['biases'];
  /**
   * How close an answer must be, relative to the expected value (default 0.01, 1 %), with a floor
   * of 0.001 for answers near 0. A number from 0 to 1. (attribute `tolerance`)
   */
  tolerance?: TrainNetwork['tolerance'] | string;
  /**
   * Attempts per question, a whole number from 1 to 100; unlimited while absent. "Show answer"
   * appears after the second wrong try; after the last attempt the answer is shown, unscored. (attribute `attempts`)
   */
  attempts?: TrainNetwork['attempts'] | string;
  /**
   * The `dataset` attribute: `circle`, `xor`, `gauss`, `spiral` (classification), `plane`, `wave`
   * (regression). Its property is `datasetName`, as `dataset` is every HTML element's
   * `data-*` map. (the attribute of `datasetName`)
   */
  dataset?: string | number;
  /** The step size η, from 0.00001 to 10. (the attribute of `learningRate`) */
  'learning-rate'?: string | number;
  /** Examples per mini-batch, 1 to 100. (the attribute of `batchSize`) */
  'batch-size'?: string | number;
  /** The regularisation rate λ, 0 to 10. (the attribute of `regularizationRate`) */
  'regularization-rate'?: string | number;
  /** The share of points used for training, 0.1 to 0.9; the rest are test points. (the attribute of `trainRatio`) */
  'train-ratio'?: string | number;
  /**
   * The test accuracy, 0 to 1, that counts as the figure done: the `epoch` event says
   * `goalReached` from then on, and a SCORM package built from the figure reports completion. (the attribute of `goalAccuracy`)
   */
  'goal-accuracy'?: string | number;
  /** During Play, at most once per frame, when an epoch completed. Detail: `{ epoch, trainLoss, testLoss, accuracy, goalReached }`. */
  onepoch?: (event: TrainNetworkEventMap['epoch']) => void;
  /** The reader changed a setting or a point. Detail: `{ setting, value }`. */
  onchange?: (event: TrainNetworkEventMap['change']) => void;
  /** The loss exploded; training paused and rewound. Detail: `{ epoch, learningRate }`. */
  ondiverged?: (event: TrainNetworkEventMap['diverged']) => void;
  /** An attribute or property was refused. Detail: `{ attribute, message }`. Does not bubble. */
  onerror?: (event: TrainNetworkEventMap['error']) => void;
  /** When the reader checks an answer or shows it (with `ask`). Detail: `{ question, given, expected, correct, attempt, revealed }`. */
  onanswer?: (event: TrainNetworkEventMap['answer']) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'chain-rule-gears': ElementProps<ChainRuleGears, ChainRuleGearsProps>;
    'graph-backprop': ElementProps<GraphBackprop, GraphBackpropProps>;
    'layer-delta': ElementProps<LayerDelta, LayerDeltaProps>;
    'neuron-backprop': ElementProps<NeuronBackprop, NeuronBackpropProps>;
    'train-network': ElementProps<TrainNetwork, TrainNetworkProps>;
  }
}
