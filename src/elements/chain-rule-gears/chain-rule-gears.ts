import { html, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../internal/style-props.js';
import { BackpropElement } from '../../internal/base-element.js';
import {
  parseLabelList,
  parseNumber,
  parseNumberList,
  type Parsed,
} from '../../internal/attributes.js';
import { formatNumber, spokenNumber, texFactor, texNumber } from '../../internal/format.js';
import { keyStep, startDrag } from '../../internal/interaction.js';
import { tex } from '../../internal/tex.js';
import { themeStyles } from '../../internal/theme.js';
import {
  LEVER_RANGE,
  MAX_RATIO,
  MAX_STAGES,
  chainProduct,
  clampLever,
  factorTex,
  stageOutputs,
  totalTex,
} from './chain-math.js';
import { chainRuleGearsStyles } from './chain-rule-gears.styles.js';
import { gearPath, layoutTrain, rackTeethPath, type TrainLayout } from './gear-geometry.js';
import {
  narrateChain,
  ratioWords,
  signedDisplacement,
  spokenDisplacement,
  stageNames,
  stageUnits,
  withUnit,
} from './stage-text.js';

/** Detail of the `input` and `change` events. */
export interface ChainRuleGearsDetail {
  /** The lever's displacement. */
  value: number;
  /** The displacement after each stage. */
  outputs: number[];
  /** The product of the ratios: the last stage's derivative with respect to the lever. */
  product: number;
}

const DEFAULT_RATIOS = [2, 3];
const DEFAULT_INPUT = 1;
const FINE_STEP = 0.1;
const COARSE_STEP = 1;

/** The attributes this element checks. */
type CheckedAttribute = 'ratios' | 'input' | 'labels' | 'units';

const RATIO_RULE = { min: -MAX_RATIO, max: MAX_RATIO, minLength: 1, maxLength: MAX_STAGES };

/** Snaps a lever position to tenths (no float dust, no −0) and keeps it in range. */
const snap = (value: number): number => clampLever(Math.round(value * 10) / 10) || 0;

const signClass = (value: number): string =>
  value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero';

/** Ratios from an attribute string or an array set from script, checked by the same rule. */
function readRatios(value: string | readonly number[]): Parsed<number[]> {
  if (typeof value === 'string') return parseNumberList(value, RATIO_RULE);
  return parseNumberList(value.map((ratio) => String(ratio)).join(' '), RATIO_RULE);
}

/**
 * A lever drives a train of meshed gears. Each stage turns by its own ratio times what drove it,
 * so the lever's effect on the last gear is the product of the ratios: the chain rule.
 *
 * @summary Drag a lever and watch each gear turn by its local ratio; the chain rule multiplies them.
 *
 * @fires input - While the reader moves the lever (drag or key). Detail: `{ value, outputs, product }`.
 * @fires change - When the reader finishes a move (pointer released, key pressed, reset). Same detail.
 * @fires error - When an attribute holds a value it cannot use. Detail: `{ attribute, message }`.
 *
 * @csspart diagram - The figure holding the lever, the gears and the readouts.
 * @csspart panel - The list of each stage's displacement with its unit.
 * @csspart formula - The chain rule with one factor per stage and the live numbers.
 * @csspart controls - The row with the reset button.
 * @csspart error - The note listing refused attribute values.
 *
 * @cssprop [--chain-rule-gears-metal=mix of --bp-muted and --bp-surface] - Fill of gears and rack.
 * @cssprop [--chain-rule-gears-edge=mix of --bp-fg and --bp-surface] - Outline of gears and rack.
 * @cssprop [--chain-rule-gears-mark=var(--bp-accent)] - The index mark that shows each gear's turn.
 * @cssprop [--chain-rule-gears-max-height=320px] - Tallest the diagram may grow in wide columns.
 * @cssprop [--bp-positive=#1f5fad] - Colour of positive displacements and ratios.
 * @cssprop [--bp-negative=#b3470b] - Colour of negative displacements and ratios.
 * @cssprop [--bp-highlight=#f5c542] - Marks the gear and factor the reader points at.
 * @cssprop [--bp-duration=300ms] - Length of the turning animation (0 with reduced motion).
 */
export class ChainRuleGears extends BackpropElement {
  static override tagName = 'chain-rule-gears';
  static override styles = [themeStyles, chainRuleGearsStyles];

  /**
   * Each stage's ratio (its local derivative), separated by spaces or commas: 1 to 6 numbers from
   * −10 to 10. A negative ratio turns that gear the other way; 0 disengages it and stops the rest.
   * Also settable from script as an array of numbers.
   * @attr ratios
   */
  @property() ratios: string | number[] | null = '2 3';

  /**
   * The lever's starting displacement, from −10 to 10. Changing it moves the lever (no events).
   * @attr input
   */
  @property() input: string | number | null = '1';

  /**
   * Optional names, separated by commas: the lever first, then each gear.
   * Defaults to "lever, gear 1, gear 2, …".
   * @attr labels
   */
  @property() labels: string | null = null;

  /**
   * Optional units, separated by commas: the lever's first, then each gear's, such as `cm, °, °`.
   * A gear without one repeats the previous gear's. Defaults to `cm` for the lever and `°` for gears.
   * @attr units
   */
  @property() units: string | null = null;

  @state() private stageRatios: number[] = DEFAULT_RATIOS;
  @state() private startValue = DEFAULT_INPUT;
  @state() private leverValue = DEFAULT_INPUT;
  @state() private names: string[] = [];
  @state() private unitList: string[] = [];
  @state() private activeStage: number | null = null;
  @state() private dragging = false;

  private givenLabels: string[] = [];
  private givenUnits: string[] = [];
  private layout: TrainLayout = layoutTrain(DEFAULT_RATIOS);
  private gearPaths: string[] = [];

  /** The lever's live displacement. Setting it moves the lever without firing events. */
  get value(): number {
    return this.leverValue;
  }
  set value(next: number) {
    if (typeof next !== 'number' || !Number.isFinite(next)) return;
    this.leverValue = clampLever(next);
  }

  /** The displacement after each stage, read-only: ratios `2 3` with input 1 give `[2, 6]`. */
  get outputs(): number[] {
    return stageOutputs(this.stageRatios, this.leverValue);
  }

  /** The total derivative of the last stage with respect to the lever: the product of the ratios. */
  get product(): number {
    return chainProduct(this.stageRatios);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ratios')) this.readRatiosAttribute();
    if (changed.has('input')) this.readInputAttribute();
    if (changed.has('labels')) {
      const parsed = parseLabelList(this.labels, MAX_STAGES + 1);
      if (parsed.ok) this.givenLabels = parsed.value;
      this.refuse('labels', parsed.ok ? null : parsed.message);
    }
    if (changed.has('units')) {
      const parsed = parseLabelList(this.units, MAX_STAGES + 1);
      if (parsed.ok) this.givenUnits = parsed.value;
      this.refuse('units', parsed.ok ? null : parsed.message);
    }
    const stages = this.stageRatios.length;
    this.names = stageNames(this.givenLabels, stages);
    this.unitList = stageUnits(this.givenUnits, stages);
  }

  /** Reports a refused value (or clears it with null), in words a reader can see. */
  private refuse(attribute: CheckedAttribute, message: string | null): void {
    this.reportProblem(attribute, message);
  }

  private readRatiosAttribute(): void {
    const parsed = readRatios(this.ratios ?? DEFAULT_RATIOS);
    if (!parsed.ok) {
      this.refuse('ratios', parsed.message);
      return;
    }
    this.refuse('ratios', null);
    this.stageRatios = parsed.value;
    this.layout = layoutTrain(parsed.value);
    this.gearPaths = this.layout.gears.map((gear) => gearPath(gear.teeth, gear.pitchRadius));
    if (this.activeStage !== null && this.activeStage > parsed.value.length) {
      this.activeStage = null;
    }
  }

  private readInputAttribute(): void {
    const text = this.input === null ? String(DEFAULT_INPUT) : String(this.input);
    const parsed = parseNumber(text, { min: -LEVER_RANGE, max: LEVER_RANGE });
    if (!parsed.ok) {
      this.refuse('input', parsed.message);
      return;
    }
    this.refuse('input', null);
    this.startValue = parsed.value;
    this.leverValue = parsed.value;
  }

  // ---- reader actions -------------------------------------------------------------------

  private get detail(): ChainRuleGearsDetail {
    return { value: this.leverValue, outputs: this.outputs, product: this.product };
  }

  private narrate(): void {
    this.announce(
      narrateChain(this.names, this.unitList, this.leverValue, this.stageRatios, this.outputs),
    );
  }

  /** Moves the lever for the reader; returns whether it moved. */
  private moveLever(next: number): boolean {
    const snapped = snap(next);
    if (snapped === this.leverValue) return false;
    this.leverValue = snapped;
    this.emit('input', this.detail);
    return true;
  }

  private onHandleKey(event: KeyboardEvent): void {
    let target: number | null = null;
    if (event.key === 'Home') target = -LEVER_RANGE;
    else if (event.key === 'End') target = LEVER_RANGE;
    else {
      const step = keyStep(event, FINE_STEP, COARSE_STEP);
      if (step !== null) target = this.leverValue + step;
    }
    if (target === null) return;
    event.preventDefault();
    if (this.moveLever(target)) this.emit('change', this.detail);
    this.narrate();
  }

  /** Horizontal SVG units per CSS pixel of the drawn diagram. */
  private unitsPerPixel(svgElement: SVGSVGElement): number {
    const box = svgElement.getBoundingClientRect();
    if (box.width === 0) return 1;
    // The viewBox keeps its aspect ratio, so the scale is set by whichever side is tighter.
    return Math.max(this.layout.width / box.width, this.layout.height / box.height);
  }

  /** The lever position under a pointer's x. */
  private valueAtPointer(svgElement: SVGSVGElement, clientX: number): number {
    const box = svgElement.getBoundingClientRect();
    const scale = this.unitsPerPixel(svgElement);
    const drawnWidth = this.layout.width / scale;
    const left = box.left + (box.width - drawnWidth) / 2;
    const x = (clientX - left) * scale;
    const { zeroX, unit } = this.layout.ruler;
    return (x - zeroX) / unit;
  }

  private onLeverPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    const svgElement = (event.currentTarget as SVGElement).ownerSVGElement;
    if (!svgElement) return;
    event.preventDefault();
    const handle = this.renderRoot.querySelector<SVGGElement>('.handle');
    handle?.focus({ preventScroll: true });
    const before = this.leverValue;
    const onHandle = handle !== null && event.composedPath().includes(handle);
    if (!onHandle) this.moveLever(this.valueAtPointer(svgElement, event.clientX));
    const grabbed = this.leverValue;
    const scale = this.unitsPerPixel(svgElement);
    this.dragging = true;
    startDrag(event, {
      move: (dx) => {
        this.moveLever(grabbed + (dx * scale) / this.layout.ruler.unit);
      },
      end: () => {
        this.dragging = false;
        if (this.leverValue !== before) {
          this.emit('change', this.detail);
          this.narrate();
        }
      },
    });
  }

  private onReset(): void {
    if (this.moveLever(this.startValue)) this.emit('change', this.detail);
    this.narrate();
  }

  private highlight(stage: number): void {
    this.activeStage = stage;
  }

  private unhighlight(stage: number): void {
    if (this.activeStage === stage) this.activeStage = null;
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`${this.renderProblems()}
      <div class="layout">
        <figure part="diagram">${this.renderDiagram()} ${this.renderReadouts()}</figure>
        ${this.renderFormula()}
      </div>
      <div class="controls" part="controls">
        <button type="button" @click=${this.onReset}>
          Reset ${this.names[0]} to ${withUnit(formatNumber(this.startValue), this.unitList[0])}
        </button>
      </div>
      ${this.renderLiveRegion()}`;
  }

  private renderDiagram(): TemplateResult {
    const { width, height } = this.layout;
    return html`<svg
      class=${this.dragging ? 'dragging' : ''}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-label="A ${this.names[0]} driving ${this.stageRatios.length} gears"
    >
      ${this.renderRuler()} ${this.renderLever()}
      ${this.layout.gears.map((_, i) => this.renderGear(i))}
    </svg>`;
  }

  private renderRuler(): TemplateResult {
    const { ruler } = this.layout;
    const ticks = [];
    for (let cm = -LEVER_RANGE; cm <= LEVER_RANGE; cm++) {
      const x = ruler.zeroX + cm * ruler.unit;
      const major = cm % 5 === 0;
      const length = cm === 0 ? 12 : major ? 8 : 4;
      ticks.push(
        svg`<line class=${major ? 'major' : ''} x1=${x} x2=${x} y1=${ruler.y - length} y2=${ruler.y}></line>`,
      );
    }
    return svg`<g class="ruler" aria-hidden="true">
      <line class="rail" x1=${ruler.x0} x2=${ruler.x1} y1=${ruler.y} y2=${ruler.y}></line>
      ${ticks}
    </g>`;
  }

  private renderLever(): TemplateResult {
    const { ruler, rack, width } = this.layout;
    const shift = this.leverValue * ruler.unit;
    const slide = styleProps({ transform: `translateX(${shift}px)` });
    const handleX = ruler.zeroX;
    const name = this.names[0];
    const unit = this.unitList[0];
    const stages = this.stageRatios.length;
    const last = this.outputs[stages - 1];
    const valueText = `${spokenDisplacement(this.leverValue, unit)}; ${this.names[stages]} turns ${spokenDisplacement(last, this.unitList[stages])}`;
    return svg`<g class="lever" @pointerdown=${this.onLeverPointerDown}>
      <rect class="lever-hit" x="0" y="0" width=${width} height=${rack.pitchY + 2}></rect>
      <g class="slide" style=${slide}>
        <rect class="rack-body" x=${rack.x0} y=${rack.top} width=${rack.x1 - rack.x0} height=${rack.body}></rect>
        <path class="rack-teeth" d=${rackTeethPath(rack)}></path>
        <g
          class="handle"
          role="slider"
          tabindex="0"
          aria-label=${`${name} displacement`}
          aria-orientation="horizontal"
          aria-valuemin=${-LEVER_RANGE}
          aria-valuemax=${LEVER_RANGE}
          aria-valuenow=${this.leverValue}
          aria-valuetext=${valueText}
          @keydown=${this.onHandleKey}
        >
          <circle class="handle-hit" cx=${handleX} cy=${ruler.y - 2} r="16" fill="transparent"></circle>
          <rect class="handle-ring" x=${handleX - 10} y=${ruler.y - 15} width="20" height=${rack.top + rack.body - ruler.y + 18} rx="6"></rect>
          <rect class="handle-grip" x=${handleX - 7} y=${ruler.y - 12} width="14" height=${rack.top + rack.body - ruler.y + 12} rx="4"></rect>
          <line class="handle-line" x1=${handleX} x2=${handleX} y1=${ruler.y - 8} y2=${rack.top + rack.body - 3}></line>
        </g>
      </g>
    </g>`;
  }

  private renderGear(index: number): TemplateResult {
    const gear = this.layout.gears[index];
    const stage = index + 1;
    const ratio = this.stageRatios[index];
    const displacement = this.outputs[index];
    const unit = this.unitList[stage];
    const turn = styleProps({ transform: `rotate(${displacement}deg)` });
    const active = this.activeStage === stage;
    const label = `${this.names[stage]}: ${ratioWords(ratio)}; turned ${spokenDisplacement(displacement, unit)}`;
    const markLength = Math.max(gear.pitchRadius - 6, gear.pitchRadius * 0.6);
    const fontSize = Math.min(13, Math.max(10, gear.pitchRadius * 0.45));
    const hubRadius = fontSize * 0.85;
    return svg`<g transform="translate(${gear.cx} ${gear.cy})">
      <g
        class="gear ${active ? 'active' : ''} ${gear.disengaged ? 'disengaged' : ''}"
        data-stage=${stage}
        role="img"
        tabindex="0"
        aria-label=${label}
        @pointerenter=${() => this.highlight(stage)}
        @pointerleave=${() => this.unhighlight(stage)}
        @focus=${() => this.highlight(stage)}
        @blur=${() => this.unhighlight(stage)}
      >
        <circle class="gear-ring" r=${gear.tipRadius + 2.5}></circle>
        <g class="turn" style=${turn}>
          <path class="gear-body" d=${this.gearPaths[index]} transform="rotate(${gear.phase})"></path>
          <line class="gear-mark" x1=${hubRadius + 1} y1="0" x2=${markLength} y2="0" transform="rotate(-90)"></line>
        </g>
        <circle class="hub" r=${hubRadius}></circle>
        <text class="gear-number" font-size=${fontSize} aria-hidden="true">${stage}</text>
      </g>
    </g>`;
  }

  private renderReadouts(): TemplateResult {
    const values = [this.leverValue, ...this.outputs];
    return html`<ol class="readouts" part="panel" aria-label="Displacement of each stage">
      ${values.map((value, stage) => {
        const active = stage > 0 && this.activeStage === stage;
        return html`<li class="readout ${active ? 'active' : ''}" data-stage=${stage}>
          <span class="name">${this.names[stage]}</span>
          <span class="amount ${signClass(value)}"
            >${signedDisplacement(value, this.unitList[stage])}</span
          >
        </li>`;
      })}
    </ol>`;
  }

  private renderFormula(): TemplateResult {
    const stages = this.stageRatios.length;
    const product = this.product;
    const columns: TemplateResult[] = [
      html`<span
        class="column total"
        role="img"
        aria-label=${`d ${this.names[stages]} over d ${this.names[0]} equals ${spokenNumber(product)}`}
      >
        <span class="sym">${tex(totalTex(stages))}</span>
        <span class="num ${signClass(product)}">${tex(texNumber(product))}</span>
      </span>`,
      this.renderOperator('=', '='),
    ];
    for (let stage = stages; stage >= 1; stage--) {
      columns.push(this.renderFactor(stage));
      if (stage > 1) columns.push(this.renderOperator('\\cdot', '\\times'));
    }
    const lastName = this.names[stages];
    const perUnit = withUnit('1', this.unitList[0]);
    return html`<div class="formula" part="formula">
      <p class="formula-title">The chain rule, one factor per gear</p>
      <div class="equation">${columns}</div>
      <p class="summary">
        Each ${perUnit} of ${this.names[0]} turns ${lastName} by
        <strong class=${signClass(product)}
          >${signedDisplacement(product, this.unitList[stages])}</strong
        >.
      </p>
    </div>`;
  }

  private renderOperator(symbolTex: string, numberTex: string): TemplateResult {
    return html`<span class="column op" aria-hidden="true">
      <span class="sym">${tex(symbolTex)}</span><span class="num">${tex(numberTex)}</span>
    </span>`;
  }

  private renderFactor(stage: number): TemplateResult {
    const ratio = this.stageRatios[stage - 1];
    const active = this.activeStage === stage;
    const label =
      `factor for ${this.names[stage]}: d ${this.names[stage]} over d ${this.names[stage - 1]}` +
      ` equals ${spokenNumber(ratio)}`;
    return html`<span
      class="column factor ${active ? 'active' : ''}"
      data-stage=${stage}
      role="img"
      tabindex="0"
      aria-label=${label}
      @pointerenter=${() => this.highlight(stage)}
      @pointerleave=${() => this.unhighlight(stage)}
      @focus=${() => this.highlight(stage)}
      @blur=${() => this.unhighlight(stage)}
    >
      <span class="sym">${tex(factorTex(stage))}</span>
      <span class="num ${signClass(ratio)}">${tex(texFactor(ratio))}</span>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chain-rule-gears': ChainRuleGears;
  }
}
