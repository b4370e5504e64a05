import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { signClass } from '../../../internal/format.js';
import { plottedInputs, type NeuronModel } from '../neuron-backprop-model.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';
import {
  evaluateNeuron,
  lossCurve,
  PARAMETER_LIMIT,
  type NeuronInputs,
  type Traced,
} from '../neuron-math.js';

/**
 * The loss plotted against the traced parameter, the current point, and the tangent whose slope
 * is the gradient. SVG with a viewBox, so it scales with its container; text stays in the SVG's
 * own units and the element caps the plot's width so labels never grow huge.
 *
 * After a gradient step the plot keeps its scale and shows where the point was, on the curve it
 * was on. A step moves w and b together, so the curve against one of them moves too: the old
 * curve is drawn dashed under the new one, with the old point on it, and the caption says so.
 */

const WIDTH = 320;
const HEIGHT = 210;
const MARGIN = { left: 40, right: 14, top: 12, bottom: 40 };
const PLOT_RIGHT = WIDTH - MARGIN.right;
const PLOT_BOTTOM = HEIGHT - MARGIN.bottom;
const AREA_WIDTH = PLOT_RIGHT - MARGIN.left;
const AREA_HEIGHT = PLOT_BOTTOM - MARGIN.top;
/** Half the tangent's length, in parameter units. */
const TANGENT_REACH = 2;

const sx = (value: number): number =>
  MARGIN.left + ((value + PARAMETER_LIMIT) / (2 * PARAMETER_LIMIT)) * (PLOT_RIGHT - MARGIN.left);

/** A round upper bound for the loss axis and a tick spacing giving at most five ticks. */
export function lossAxis(maxLoss: number): { top: number; step: number } {
  const steps = [0.25, 0.5, 1, 2, 5, 10, 20];
  const step = steps.find((candidate) => maxLoss / candidate <= 4) ?? 20;
  return { top: Math.max(step, Math.ceil(maxLoss / step) * step), step };
}

const fixed = (value: number): string => value.toFixed(2);

export interface LossPlotOptions {
  /** The values drawn (they lag the real ones while a gradient step animates). */
  inputs: Readonly<NeuronInputs>;
  traced: Traced;
  /** Where the point was before the last gradient step, drawn hollow on its own (dashed) curve. */
  previous?: Readonly<NeuronInputs>;
  /**
   * The values the loss axis is scaled for: those before a run of gradient steps, so the axis
   * holds still while the point slides down. Without it, the drawn values.
   */
  scaleFor?: Readonly<NeuronInputs>;
  l10n: Localizer;
  /** The gradient waits for the reader's answer: no tangent, and no slope in the plot's name. */
  slopeHidden?: boolean;
}

/** The loss axis for a plot: the scale values' curve, and room for every point drawn. */
export function plotAxis(
  traced: Traced,
  inputs: Readonly<NeuronInputs>,
  previous?: Readonly<NeuronInputs>,
  scaleFor: Readonly<NeuronInputs> = inputs,
): { top: number; step: number } {
  const points = [inputs, ...(previous ? [previous] : [])].map((at) => evaluateNeuron(at).loss);
  return lossAxis(Math.max(curveTop(scaleFor, traced), ...points));
}

/** The last curve top worked out, by the inputs other than the traced one. */
let lastTop: { key: string; top: number } | undefined;

/**
 * The highest loss on the curve against the traced value. The curve does not depend on where
 * the traced value is, so a move of it (a slider's usual change) reuses the last top instead of
 * sampling the curve again on every render.
 */
function curveTop(inputs: Readonly<NeuronInputs>, traced: Traced): number {
  const others: NeuronInputs = { ...inputs, [traced]: 0 };
  const key = `${traced} ${others.x} ${others.w} ${others.b} ${others.y}`;
  if (lastTop?.key !== key) {
    const top = Math.max(...lossCurve(inputs, traced).map(([, loss]) => loss));
    lastTop = { key, top };
  }
  return lastTop.top;
}

const pathOf = (curve: Array<[number, number]>, sy: (loss: number) => number): string =>
  curve
    .map(([value, loss], i) => `${i === 0 ? 'M' : 'L'}${fixed(sx(value))} ${fixed(sy(loss))}`)
    .join(' ');

export function renderLossPlot({
  inputs,
  traced,
  previous,
  scaleFor,
  l10n,
  slopeHidden = false,
}: LossPlotOptions): TemplateResult {
  const axis = plotAxis(traced, inputs, previous, scaleFor);
  const sy = (loss: number): number =>
    PLOT_BOTTOM - (Math.min(loss, axis.top * 1.5) / axis.top) * (PLOT_BOTTOM - MARGIN.top);
  const state = evaluateNeuron(inputs);
  const p = inputs[traced];
  const slope = state.gradients[traced];
  // A move of the traced value, the usual change, keeps the curve against it: its path and the
  // grid are made again only when the axis or the other inputs change.
  const others = { ...inputs, [traced]: 0 };
  const path = guard([axis.top, traced, others.x, others.w, others.b, others.y], () =>
    pathOf(lossCurve(inputs, traced), sy),
  );
  const previousPath = previous ? pathOf(lossCurve(previous, traced), sy) : null;
  const ends = [p - TANGENT_REACH, p + TANGENT_REACH];
  const [t0, t1] = ends.map((value) => [sx(value), sy(state.loss + slope * (value - p))]);
  const before = previous ? [sx(previous[traced]), sy(evaluateNeuron(previous).loss)] : null;
  const label = l10n.t(
    slopeHidden ? 'neuron-backprop.plot.labelHidden' : 'neuron-backprop.plot.label',
    {
      symbol: traced,
      min: l10n.spoken(-PARAMETER_LIMIT),
      max: l10n.spoken(PARAMETER_LIMIT),
      value: l10n.spoken(p),
      loss: l10n.spoken(state.loss),
      slope: l10n.spoken(slope),
    },
  );

  // The curve and tangent are clipped to the plot area by a nested <svg> viewport (its viewBox
  // equals its box, so coordinates are unchanged), not by clip-path="url(#plot-area)": Chromium's
  // matched-properties cache keeps computed styles with that url() reference, whose resolved
  // clipPath holds the shadow root, so hundreds of detached elements stayed alive with all their
  // nodes and listeners (bench/memory.mjs).
  return html`<svg
    class="plot"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-label=${label}
    preserveAspectRatio="xMidYMid meet"
  >
    ${guard([axis.top, axis.step, traced, l10n], () => renderGrid(axis, sy, traced, l10n))}
    <svg
      class="plot-area"
      x=${MARGIN.left}
      y=${MARGIN.top}
      width=${AREA_WIDTH}
      height=${AREA_HEIGHT}
      viewBox="${MARGIN.left} ${MARGIN.top} ${AREA_WIDTH} ${AREA_HEIGHT}"
      overflow="hidden"
      aria-hidden="true"
    >
      ${previousPath ? svg`<path class="curve-before" d=${previousPath}></path>` : nothing}
      <path class="curve" d=${path}></path>
      ${
        slopeHidden
          ? nothing
          : svg`<line
              class="tangent ${signClass(slope)}"
              x1=${fixed(t0[0])}
              y1=${fixed(t0[1])}
              x2=${fixed(t1[0])}
              y2=${fixed(t1[1])}
            ></line>`
      }
      ${
        before
          ? svg`<circle class="before" cx=${fixed(before[0])} cy=${fixed(before[1])} r="5"></circle>`
          : nothing
      }
    </svg>
    <circle
      class="point"
      cx=${fixed(sx(p))}
      cy=${fixed(sy(state.loss))}
      r="5.5"
      aria-hidden="true"
    ></circle>
  </svg>`;
}

/** Grid lines, tick numbers and axis names. */
function renderGrid(
  axis: { top: number; step: number },
  sy: (loss: number) => number,
  traced: Traced,
  l10n: Localizer,
): TemplateResult {
  const xTicks = [-PARAMETER_LIMIT, -PARAMETER_LIMIT / 2, 0, PARAMETER_LIMIT / 2, PARAMETER_LIMIT];
  const yTicks: number[] = [];
  for (let tick = 0; tick <= axis.top + 1e-9; tick += axis.step) yTicks.push(tick);
  return svg`<g class="grid" aria-hidden="true">
      ${yTicks.map(
        (
          tick,
        ) => svg`<line x1=${MARGIN.left} x2=${PLOT_RIGHT} y1=${fixed(sy(tick))} y2=${fixed(sy(tick))}></line>
          <text class="tick" x=${MARGIN.left - 6} y=${fixed(sy(tick) + 4)} text-anchor="end">${l10n.number(tick)}</text>`,
      )}
      ${xTicks.map(
        (
          tick,
        ) => svg`<line x1=${fixed(sx(tick))} x2=${fixed(sx(tick))} y1=${MARGIN.top} y2=${PLOT_BOTTOM}></line>
          <text class="tick" x=${fixed(sx(tick))} y=${PLOT_BOTTOM + 17} text-anchor="middle">${l10n.number(tick)}</text>`,
      )}
      <text
        class="axis-label"
        x=${(MARGIN.left + PLOT_RIGHT) / 2}
        y=${HEIGHT - 4}
        text-anchor="middle"
      >
        ${traced}
      </text>
      <text class="axis-label" x="10" y=${MARGIN.top + 12} text-anchor="middle">L</text>
    </g>`;
}

/** The plot with its caption, which names the tangent's slope: the traced gradient. */
export function renderLossFigure(
  model: NeuronModel,
  l10n: Localizer,
  slopeHidden = false,
): TemplateResult {
  const { state, traced, lastStep, plotInputs } = model;
  const slope = state.gradients[traced];
  return html`<figure class="plot-box" part="plot">
    ${renderLossPlot({
      inputs: plottedInputs(model),
      traced,
      // The hollow "before" point and its curve appear once the animated point has arrived.
      previous: plotInputs ? undefined : lastStep?.before.inputs,
      scaleFor: lastStep?.origin,
      l10n,
      slopeHidden,
    })}
    <figcaption class="legend">
      ${messageParts(l10n, 'neuron-backprop.plot.legend', {
        symbol: traced,
        slope: slopeHidden
          ? pendingMark(l10n)
          : html`<strong class="slope ltr ${signClass(slope)}">${l10n.signed(slope)}</strong>`,
      })}
      ${
        lastStep && !plotInputs
          ? html`<span class="legend-before">${l10n.t('neuron-backprop.plot.before')}</span>`
          : nothing
      }
    </figcaption>
  </figure>`;
}
