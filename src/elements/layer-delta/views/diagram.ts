import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { Travel, WeightRef } from '../layer-delta-model.js';
import { toSvgPoint } from '../../../internal/interaction.js';
import {
  connectionAt,
  strokeScale,
  weightStrokeWidth,
  type DiagramLayout,
  type UnitPosition,
} from '../layout.js';
import { shrinkToFit, textWidth } from '../../../internal/svg-text-fit.js';
import { layerHeading, signedShort, unitLabel } from '../narration.js';

/**
 * The network diagram as an SVG template: connections coloured and sized by their weights
 * (dashed when negative, so the sign never rests on colour alone), units with activations and,
 * once the backward pass reaches them, deltas; and the dots that carry deltas back along W^T.
 *
 * The units are one composite with one Tab stop (roving tabindex): arrow keys move between
 * units and layers. Connections take no focus (an SVG element with a focus listener becomes a
 * Tab stop in Chromium, hundreds of them in a large network); they are dragged with a pointer,
 * and the weight editor's slider changes the chosen one from the keyboard.
 */

export interface DiagramView {
  l10n: Localizer;
  layout: DiagramLayout;
  sizes: readonly number[];
  weights: readonly (readonly (readonly number[])[])[];
  /** values[l]: x for l = 0, then each layer's activations. */
  values: readonly (readonly number[])[];
  /** deltas[l] for l >= 1 once revealed, otherwise null (index 0 is always null). */
  deltas: readonly (readonly number[] | null)[];
  lossText: string;
  selectedLayer: number;
  /** The unit each layer's arrow keys return to, and the layer holding the one Tab stop. */
  focusUnit: readonly number[];
  focusLayer: number;
  selectedWeight: WeightRef | null;
  travel: Travel | null;
  animate: boolean;
  /** The dots of the last step (travel.ts, with the reader's code), or nothing. */
  travelDots: unknown;
}

export interface DiagramHandlers {
  unitKey(event: KeyboardEvent, layer: number, unit: number): void;
  unitFocus(layer: number, unit: number): void;
  unitClick(layer: number, unit: number): void;
  weightPointerDown(event: PointerEvent, weight: WeightRef): void;
}

/**
 * The largest |w| but the editor's own weight's, which connection widths are measured against:
 * moving that weight (its slider, its field, a drag) then never rescales the other connections,
 * which would restyle, lay out and paint every one of them in that frame; the moved one is
 * drawn at full width once it outgrows them, so thicker still means larger. Only when every
 * other weight is 0 does the scale follow the moved one.
 */
function largestWeight(weights: DiagramView['weights'], except: WeightRef | null = null): number {
  let largest = 0;
  // Plain loops: this runs on every change, over every weight (304 in a 2-16-16-1 network).
  for (let k = 0; k < weights.length; k++) {
    const matrix = weights[k];
    const skipRow = except?.layer === k + 1 ? except.row : -1;
    for (let i = 0; i < matrix.length; i++) {
      const row = matrix[i];
      const skip = i === skipRow ? except!.column : -1;
      for (let j = 0; j < row.length; j++)
        if (j !== skip) largest = Math.max(largest, Math.abs(row[j]));
    }
  }
  if (largest > 0 || !except) return largest;
  return Math.abs(weights[except.layer - 1]?.[except.row]?.[except.column] ?? 0);
}

/**
 * The connections of one weight matrix (`k` = 0 for W₁), each one line made again only when what
 * it draws changes: a weight moved restyles its own line. A line takes no pointer itself: the
 * drawing finds the connection a pointer presses from where it is (`pressDrawing`), so a large
 * network is not drawn with an invisible wider line and a group beside each connection (two
 * thirds of its layout objects, at every first render).
 */
function renderWires(view: DiagramView, k: number, largest: number): unknown[] {
  const { layout, weights } = view;
  const layer = k + 1;
  return weights[k].flatMap((row, i) =>
    row.map((w, j) => {
      const from = layout.positions[layer - 1][j];
      const to = layout.positions[layer][i];
      const width = weightStrokeWidth(w, largest, layout.roomy);
      const sign = signClass(w);
      return guard(
        [from, to, width, sign],
        () =>
          svg`<line class="connection ${sign}" data-weight="${layer} ${i} ${j}"
            x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y} stroke-width=${width}></line>`,
      );
    }),
  );
}

/**
 * The casing of the weight editor's connection, in the accent colour, under the matrix's lines:
 * choosing another weight moves it and leaves every line as it was.
 */
function renderHalo(view: DiagramView, k: number, largest: number): unknown {
  const chosen = view.selectedWeight;
  if (chosen?.layer !== k + 1) return nothing;
  const from = view.layout.positions[k][chosen.column];
  const to = view.layout.positions[k + 1][chosen.row];
  const w = view.weights[k][chosen.row]?.[chosen.column] ?? 0;
  const width = weightStrokeWidth(w, largest, view.layout.roomy) + 6;
  return svg`<line class="halo" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y} stroke-width=${width}></line>`;
}

/**
 * A drawing per weight matrix, laid under the units' (network.ts): a change in one matrix leaves
 * the paint of the others as it was, and the browser reuses it whole. A matrix whose weights,
 * scale and chosen weight did not change is not even compared.
 */
export function renderWireDrawings(view: DiagramView): unknown[] {
  const { layout, weights, selectedWeight } = view;
  const largest = strokeScale(largestWeight(weights, selectedWeight));
  const viewBox = `0 0 ${layout.width} ${layout.height}`;
  return weights.map((matrix, k) => {
    const chosen = selectedWeight?.layer === k + 1 ? selectedWeight : null;
    const key = [layout, matrix, largest, chosen?.row, chosen?.column];
    return guard(
      key,
      () =>
        html`<svg class="wires" viewBox=${viewBox} aria-hidden="true">
          ${renderHalo(view, k, largest)}${renderWires(view, k, largest)}
        </svg>`,
    );
  });
}

/** How far from a connection's line a pointer still takes it, in the drawing's units. */
const REACH = 6;

/** The connection under a pointer on the drawing's box, or null (over a unit, or none near). */
function connectionUnder(event: PointerEvent, layout: DiagramLayout): WeightRef | null {
  // A unit lies on top and takes its own pointer.
  if ((event.target as Element | null)?.closest('.unit')) return null;
  const box = event.currentTarget as Element | null;
  const drawing = box?.querySelector<SVGSVGElement>('svg.diagram');
  if (!drawing) return null;
  return connectionAt(layout, toSvgPoint(drawing, event.clientX, event.clientY), REACH);
}

/** A pointer pressed on the drawing's box: a drag of the connection nearest it, if one is near. */
export function pressDrawing(
  event: PointerEvent,
  layout: DiagramLayout,
  handlers: DiagramHandlers,
): void {
  const ref = connectionUnder(event, layout);
  if (ref) handlers.weightPointerDown(event, ref);
}

/**
 * A pointer moving over the drawing's box: the drag cursor where a press would take a
 * connection. Left as it is while a button is down (a drag under way keeps its cursor).
 */
export function hoverDrawing(event: PointerEvent, layout: DiagramLayout): void {
  if (event.buttons !== 0) return;
  const box = event.currentTarget as Element | null;
  box?.classList.toggle('over-connection', connectionUnder(event, layout) !== null);
}

function renderLossLinks(view: DiagramView): SVGTemplateResult[] {
  const last = view.layout.positions[view.layout.positions.length - 1];
  const loss = view.layout.loss;
  return last.map(
    (p) => svg`<line class="loss-link" x1=${p.x} y1=${p.y} x2=${loss.x} y2=${loss.y}></line>`,
  );
}

/** What one unit draws: when none of it changed, the unit is neither labelled nor drawn again. */
interface UnitInputs {
  l10n: Localizer;
  layer: number;
  unit: number;
  layerCount: number;
  p: UnitPosition;
  radius: number;
  roomy: boolean;
  value: number;
  delta: number | null;
  selected: boolean;
  fresh: boolean;
  tabStop: boolean;
  handlers: DiagramHandlers;
}

/**
 * What a unit shows of its numbers, as the reader sees and hears them: its activation and δ as
 * its accessible name says them, its shade (compact) or digits (roomy), and its δ's digits and
 * sign.
 */
interface UnitShown {
  activationText: string;
  deltaText: string;
  shade: string;
  valueDigits: string;
  deltaDigits: string;
  deltaSign: string;
}

function unitShown(inputs: UnitInputs): UnitShown {
  const { l10n, roomy, value, delta } = inputs;
  // In the compact layout the fill shows the activation's size instead of its digits (none for a
  // number that is not finite).
  const shade = roomy ? 0 : 0.08 + 0.5 * Math.min(1, Math.abs(value));
  return {
    // The name speaks both numbers as `number` writes them (localizer.ts: `spoken`).
    activationText: l10n.number(value),
    deltaText: delta === null ? '' : l10n.number(delta),
    shade: shade > 0 ? shade.toFixed(2) : '',
    valueDigits: roomy ? l10n.number(value, 2) : '',
    deltaDigits: delta !== null && roomy ? signedShort(l10n, delta) : '',
    deltaSign: delta === null ? '' : signClass(delta),
  };
}

function drawUnit(inputs: UnitInputs, shown: UnitShown): SVGTemplateResult {
  const { l10n, layer, unit, p, roomy, value, delta, handlers } = inputs;
  const classes = [
    'unit',
    layer === 0 ? 'input' : '',
    inputs.selected ? 'selected' : '',
    delta === null ? '' : `has-delta ${shown.deltaSign}`,
    inputs.fresh ? 'fresh' : '',
  ].join(' ');
  const label = unitLabel(l10n, {
    layer,
    unit,
    layerCount: inputs.layerCount,
    activation: value,
    delta,
  });
  const r = inputs.radius;
  const { shade } = shown;
  // The numbers sit beside the focusable group, not inside it: the group's name (its
  // aria-label) then stays the one source of what a screen reader hears.
  return svg`<g
      class=${classes}
      role="button"
      tabindex=${inputs.tabStop ? '0' : '-1'}
      aria-label=${label}
      data-unit="${layer} ${unit}"
      @keydown=${(event: KeyboardEvent) => handlers.unitKey(event, layer, unit)}
      @focus=${() => handlers.unitFocus(layer, unit)}
      @click=${() => handlers.unitClick(layer, unit)}
    >
      <circle class="body" cx=${p.x} cy=${p.y} r=${r}></circle>
      ${delta === null ? nothing : svg`<circle class="delta-mark" cx=${p.x} cy=${p.y} r=${(r * 0.78).toFixed(1)}></circle>`}
      ${shade !== '' ? svg`<circle class="shade" cx=${p.x} cy=${p.y} r=${r} fill-opacity=${shade}></circle>` : nothing}
    </g>
    <g class=${`unit-text ${classes.replace('unit', '')}`} aria-hidden="true">
      ${
        roomy
          ? svg`<text class="value" x=${p.x} y=${p.y} dy="0.35em">${shown.valueDigits}</text>`
          : nothing
      }
      ${
        delta !== null && roomy
          ? svg`<text class="delta" x=${p.x} y=${p.y + r + 16}>δ ${shown.deltaDigits}</text>`
          : nothing
      }
      ${
        delta !== null && delta !== 0
          ? svg`<text class="sign" x=${p.x} y=${p.y} dy="0.35em">${delta > 0 ? '+' : '−'}</text>`
          : nothing
      }
    </g>`;
}

/**
 * One unit, drawn and named again only when its own numbers, selection or focus changed: a
 * weight moved reaches the units downstream of it, and the accessible names of the others
 * (built through the message catalogue) are not rebuilt; of those it reaches, only the ones whose
 * shown digits, shade or name changed are drawn again.
 */
function renderUnit(
  view: DiagramView,
  handlers: DiagramHandlers,
  layer: number,
  unit: number,
  p: UnitPosition,
): unknown {
  const { layout } = view;
  const inputs: UnitInputs = {
    l10n: view.l10n,
    layer,
    unit,
    layerCount: view.sizes.length,
    p,
    radius: layout.radius,
    roomy: layout.roomy,
    value: view.values[layer][unit],
    delta: view.deltas[layer]?.[unit] ?? null,
    selected: layer === view.selectedLayer,
    fresh: view.travel !== null && view.travel.layer === layer && view.animate,
    tabStop: view.focusLayer === layer && view.focusUnit[layer] === unit,
    handlers,
  };
  return guard(Object.values(inputs), () => {
    // Its numbers moved, but often (a third of the units a weight in W₁ reaches) not by a digit
    // the reader sees or hears: then it is neither drawn again nor compared part by part.
    const shown = unitShown(inputs);
    // Everything drawn but the raw numbers, which `shown` stands for as the reader gets them.
    const drawn = Object.values({ ...inputs, value: null, delta: inputs.delta === null });
    const deps = [...drawn, ...Object.values(shown)];
    return guard(deps, () => drawUnit(inputs, shown));
  });
}

/**
 * The column headings, each shrunk into the room between its neighbours: a language's words
 * ("Ausgabe", "Verlust") can be far longer than "out" and "loss".
 */
function renderHeadings(view: DiagramView): SVGTemplateResult[] {
  const { layout, sizes, l10n } = view;
  const columns = [
    ...sizes.map((_, l) => ({
      x: layout.positions[l][0].x,
      text: layerHeading(l10n, l, sizes.length),
      selected: l === view.selectedLayer,
    })),
    { x: layout.loss.x, text: l10n.t('layer-delta.heading.loss'), selected: false },
  ];
  const fontSize = layout.roomy ? HEADING_FONT.roomy : HEADING_FONT.compact;
  return columns.map(({ x, text, selected }, i) => {
    const gaps = [columns[i - 1], columns[i + 1]].filter(Boolean).map((c) => Math.abs(c.x - x));
    const room = Math.min(...gaps) - HEADING_GAP;
    const fit = shrinkToFit(textWidth(text, fontSize), room, x, layout.headerY);
    return svg`<text class="heading ${selected ? 'selected' : ''}" x=${x} y=${layout.headerY} transform=${fit ?? nothing}>${text}</text>`;
  });
}

/** The headings' font sizes in diagram units (diagram.styles.ts) and the space kept between them. */
const HEADING_FONT = { roomy: 15, compact: 18 } as const;
const HEADING_GAP = 6;

export function renderDiagram(view: DiagramView, handlers: DiagramHandlers): SVGTemplateResult {
  const { layout } = view;
  return svg`
    <g class="headings" aria-hidden="true">${guard(
      [view.l10n, layout, view.sizes, view.selectedLayer],
      () => renderHeadings(view),
    )}</g>
    <g class="links" aria-hidden="true">${guard([layout], () => renderLossLinks(view))}</g>
    <g class="loss-node" aria-hidden="true">
      <circle cx=${layout.loss.x} cy=${layout.loss.y} r=${layout.roomy ? 20 : 14}></circle>
      <text class="loss-label" x=${layout.loss.x} y=${layout.loss.y} dy="0.35em">L</text>
      <text class="loss-value" x=${layout.loss.x} y=${layout.loss.y + (layout.roomy ? 36 : 28)}>${view.lossText}</text>
    </g>
    <g class="units">
      ${layout.positions.map((column, l) =>
        column.map((p, k) => renderUnit(view, handlers, l, k, p)),
      )}
    </g>
    ${view.travelDots}
  `;
}
