import { tidy } from '../../internal/interaction.js';
import {
  DEFAULT_INPUTS,
  evaluateNeuron,
  gradientStep,
  PARAMETER_LIMIT,
  type NeuronInputs,
  type NeuronState,
  type Traced,
} from './neuron-math.js';

/**
 * What <neuron-backprop> shows, as one immutable snapshot, and the rules that change it: a
 * setting applied, a slider moved, the traced parameter picked, a gradient step, a reset, a frame
 * of the step's animation. Every rule returns a new snapshot; nothing here touches the DOM.
 */

/** The values the reader moves with a slider. */
export type SliderName = keyof NeuronInputs;

export interface SliderSpec {
  /** Its symbol; the word for its role is the message `neuron-backprop.role.<name>`. */
  readonly name: SliderName;
  readonly min: number;
  readonly max: number;
  /** Arrow-key step and Shift/Page step. */
  readonly fine: number;
  readonly coarse: number;
}

export const SLIDERS: readonly SliderSpec[] = [
  { name: 'x', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'w', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'b', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'y', min: 0, max: 1, fine: 0.05, coarse: 0.25 },
];

export function sliderSpec(name: SliderName): SliderSpec {
  return SLIDERS.find((spec) => spec.name === name)!;
}

export const DEFAULT_LEARNING_RATE = 0.5;
export const LEARNING_RATE_RANGE = { min: 0.001, max: 10 } as const;

/** The last gradient step, shown until something else moves the values. */
export interface StepRecord {
  readonly before: NeuronState;
  readonly after: NeuronState;
  /** The values before the first of an unbroken run of steps: the plot's scale comes from them. */
  readonly origin: Readonly<NeuronInputs>;
}

export interface NeuronModel {
  /** The values the settings give (attributes, properties or defaults); Reset returns to them. */
  readonly start: Readonly<NeuronInputs>;
  readonly startTraced: Traced;
  /** The live values, with everything computed from them. */
  readonly state: NeuronState;
  /** The parameter whose derivative is traced now. */
  readonly traced: Traced;
  readonly learningRate: number;
  readonly lastStep?: StepRecord;
  /** Where the plot draws the point while a gradient step animates; undefined otherwise. */
  readonly plotInputs?: Readonly<NeuronInputs>;
}

export function initialModel(): NeuronModel {
  return {
    start: { ...DEFAULT_INPUTS },
    startTraced: 'w',
    state: evaluateNeuron(DEFAULT_INPUTS),
    traced: 'w',
    learningRate: DEFAULT_LEARNING_RATE,
  };
}

/** The live values changed: the last step's record and its animation no longer apply. */
function withInputs(model: NeuronModel, inputs: Readonly<NeuronInputs>): NeuronModel {
  return { ...model, state: evaluateNeuron(inputs), lastStep: undefined, plotInputs: undefined };
}

const clamp = (spec: SliderSpec, value: number): number =>
  Math.min(spec.max, Math.max(spec.min, value));

/** A setting of x, w, b or y: moves both the starting value and the live one. */
export function setStartValue(model: NeuronModel, name: SliderName, value: number): NeuronModel {
  return withInputs(
    { ...model, start: { ...model.start, [name]: value } },
    { ...model.state.inputs, [name]: value },
  );
}

/** A setting of the traced parameter: moves both the starting choice and the live one. */
export function setStartTraced(model: NeuronModel, traced: Traced): NeuronModel {
  return { ...model, startTraced: traced, traced };
}

export function setLearningRate(model: NeuronModel, learningRate: number): NeuronModel {
  return learningRate === model.learningRate ? model : { ...model, learningRate };
}

/** The reader moved a slider to `value`, kept within its range. */
export function moveInput(model: NeuronModel, name: SliderName, value: number): NeuronModel {
  return withInputs(model, { ...model.state.inputs, [name]: clamp(sliderSpec(name), value) });
}

/** A pointer's value: long decimals rounded to hundredths, plenty to read and to type back. */
export function pointerValue(raw: number): number {
  return tidy(Math.round(raw * 100) / 100, 0.01);
}

/** The value an arrow or Page key moves a slider to, by tidy steps within its range. */
export function keyedValue(model: NeuronModel, name: SliderName, delta: number): number {
  const spec = sliderSpec(name);
  return clamp(spec, tidy(model.state.inputs[name] + delta, spec.fine));
}

/** The reader pressed an input box to trace its derivative. */
export function trace(model: NeuronModel, traced: Traced): NeuronModel {
  return traced === model.traced ? model : { ...model, traced };
}

/** One gradient step on w and b, remembered so the panel can show before and after. */
export function takeStep(model: NeuronModel): NeuronModel {
  const before = model.state;
  const after = evaluateNeuron(gradientStep(before.inputs, model.learningRate));
  const origin = model.lastStep?.origin ?? before.inputs;
  return { ...model, state: after, lastStep: { before, after, origin }, plotInputs: undefined };
}

export function reset(model: NeuronModel): NeuronModel {
  return { ...withInputs(model, model.start), traced: model.startTraced };
}

const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * The plotted point at `progress` (0 to 1) of the last step's animation: it slides from the old
 * w and b to the new ones while every number elsewhere already shows the result. At 1 (or with
 * no step to animate) the plot follows the live values again.
 */
export function animateStep(model: NeuronModel, progress: number): NeuronModel {
  const step = model.lastStep;
  if (!step || progress >= 1) {
    return model.plotInputs === undefined ? model : { ...model, plotInputs: undefined };
  }
  const from = step.before.inputs;
  const to = step.after.inputs;
  const eased = easeInOut(Math.max(0, progress));
  return {
    ...model,
    plotInputs: { ...to, w: from.w + (to.w - from.w) * eased, b: from.b + (to.b - from.b) * eased },
  };
}

/** The inputs the plot draws now. */
export function plottedInputs(model: NeuronModel): Readonly<NeuronInputs> {
  return model.plotInputs ?? model.state.inputs;
}
