import { html, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  ExerciseElement,
  type ExerciseEventMap,
} from '../../internal/exercise/exercise-element.js';
import { pendingStyles } from '../../internal/exercise/pending-mark.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import { rovingIndex, sliderKey, startDrag, toSvgPoint } from '../../internal/interaction.js';
import { LazyView } from '../../internal/lazy-view.js';
import { DragHold } from '../../internal/lifecycle.js';
import { readOnly, setting, state } from '../../internal/settings.js';
import { themeStyles } from '../../internal/theme.js';
import { LEVER_RANGE } from './chain-math.js';
import * as gears from './chain-rule-gears-model.js';
import { INPUT, LABELS, RATIOS, UNITS, VALUE } from './chain-rule-gears-settings.js';
import { chainRuleGearsStyles } from './chain-rule-gears.styles.js';
import { leverAtX } from './gear-geometry.js';
import { GEARS_QUESTIONS, gearsAsked, type GearsQuestion } from './gears-exercise.js';
import './messages.js';
import { withUnit } from './stage-text.js';
import { renderDiagram } from './views/diagram.js';
import { diagramStyles } from './views/diagram.styles.js';
import { renderFormula } from './views/formula.js';
import { formulaStyles } from './views/formula.styles.js';
import { gearStyles } from './views/gear.styles.js';
import { stageOf, type GearsHandlers } from './views/handlers.js';
import { renderReadouts } from './views/readouts.js';
import { readoutsStyles } from './views/readouts.styles.js';

/** Detail of the `input` and `change` events. */
export interface ChainRuleGearsDetail {
  /** The lever's displacement. */
  value: number;
  /** The displacement after each stage; the last is null while `ask="product"` hides it. */
  outputs: (number | null)[];
  /** The product of the ratios (the last stage's derivative with respect to the lever); null while asked. */
  product: number | null;
}

/** The events `<chain-rule-gears>` fires, for typed `addEventListener`. */
export interface ChainRuleGearsEventMap extends ExerciseEventMap {
  input: CustomEvent<ChainRuleGearsDetail>;
  change: CustomEvent<ChainRuleGearsDetail>;
}

/** The words of the questions, loaded when the element first asks. */
const questionWords = new LazyView(() => import('./views/questions.js'));

/** Lever keys closer together than this (the turn's length) move the gears without a turn. */
const KEY_RUN_MS = 300;

/** The lever as a slider: tenths with the arrows, whole units with Shift or the Page keys. */
const LEVER_KEYS = {
  min: -LEVER_RANGE,
  max: LEVER_RANGE,
  fine: gears.FINE_STEP,
  coarse: gears.COARSE_STEP,
};

/**
 * A lever drives a train of meshed gears. Each stage turns by its own ratio times what drove it,
 * so the lever's effect on the last gear is the product of the ratios: the chain rule.
 *
 * @summary Drag a lever and watch each gear turn by its local ratio; the chain rule multiplies them.
 *
 * @fires input - While the reader moves the lever (drag or key). Detail: `{ value, outputs, product }`.
 * @fires change - When the reader finishes a move (pointer released, key pressed, reset). Same detail.
 * @fires error - When an attribute or property holds a value it cannot use, or script sets a
 * read-only property. Detail: `{ attribute, message }`.
 *
 * @fires answer - When the reader checks an answer or shows it (with `ask`). Detail:
 * `{ question, given, expected, correct, attempt, revealed }`.
 *
 * @csspart diagram - The figure holding the lever, the gears and the readouts.
 * @csspart panel - The list of each stage's displacement with its unit.
 * @csspart formula - The chain rule with one factor per stage and the live numbers.
 * @csspart controls - The row with the reset button.
 * @csspart error - The note listing refused attribute values.
 * @csspart answer - The field where the reader predicts a hidden number (with `ask`).
 * @csspart exercise - The score line and the "Try new numbers" button (with `ask`).
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
export class ChainRuleGears extends ExerciseElement<ChainRuleGearsEventMap> {
  static override tagName = 'chain-rule-gears';
  static override styles = [
    themeStyles,
    chainRuleGearsStyles,
    diagramStyles,
    gearStyles,
    readoutsStyles,
    formulaStyles,
    pendingStyles,
  ];

  /**
   * Each stage's ratio (its local derivative), separated by spaces or commas: 1 to 6 numbers from
   * −10 to 10. A negative ratio turns that gear the other way; 0 disengages it and stops the rest.
   * Also settable from script as an array of numbers; reads back the ratios in use.
   * @attr ratios
   */
  @setting({ ...RATIOS, read: (element: ChainRuleGears) => element.model.ratios })
  ratios!: readonly number[];

  /**
   * `product` to ask the reader for d(last)/d(lever) before it is shown: the total, the last
   * gear's turn and every sentence that would tell it are hidden until answered or revealed.
   * Empty (the default) asks nothing.
   * @attr ask
   */
  @setting(askSetting(GEARS_QUESTIONS))
  declare ask: readonly GearsQuestion[];

  /**
   * The lever's starting displacement, from −10 to 10, where Reset returns it. Setting it moves
   * the lever there too (no events); the property reads back the starting displacement, and
   * `value` the lever's live one.
   * @attr input
   */
  @setting({ ...INPUT, read: (element: ChainRuleGears) => element.model.start })
  input!: number;

  /**
   * Optional names, separated by commas (or an array from script): the lever first, then each
   * gear, shown as given. Defaults to "lever, gear 1, gear 2, …" in the reader's language.
   * @attr labels
   */
  @setting({ ...LABELS, read: (element: ChainRuleGears) => element.model.givenLabels })
  labels!: readonly string[];

  /**
   * Optional units, separated by commas (or an array from script): the lever's first, then each
   * gear's, such as `cm, °, °`. A gear without one repeats the previous gear's. Defaults to `cm`
   * for the lever and `°` for gears (from the reader's language catalogue).
   * @attr units
   */
  @setting({ ...UNITS, read: (element: ChainRuleGears) => element.model.givenUnits })
  units!: readonly string[];

  /** The one reactive field: replaced by a new snapshot on every change, never mutated. */
  @state() private model: gears.GearsModel = gears.createGears();

  /**
   * The lever's live displacement, kept inside −10 to 10. Setting it moves the lever without
   * firing `input` or `change` (after `input`, when both are set together); a value that is not
   * a number is refused with an `error` event and the lever stays put; null leaves it.
   */
  @setting({ ...VALUE, read: (element: ChainRuleGears) => element.model.value })
  value!: number;

  /**
   * The displacement after each stage, read-only: ratios `2 3` with input 1 give `[2, 6]`. The
   * last is null while `ask="product"` hides it (it is the product times the lever).
   */
  @readOnly
  get outputs(): (number | null)[] {
    return gears.shownOutputs(this.model, this.concealed());
  }

  /**
   * The total derivative of the last stage with respect to the lever: the product of the ratios.
   * Null while `ask="product"` hides it; `answers` has it for the author.
   */
  @readOnly
  get product(): number | null {
    return gears.shownProduct(this.model, this.concealed());
  }

  /** Whether the product is asked and not answered yet: then it is hidden everywhere. */
  private concealed(): boolean {
    return this.isHidden('product');
  }

  protected override askedNumbers() {
    return gearsAsked(this.model, this.ask);
  }

  protected override exerciseQuestions() {
    return questionWords.use(this)?.gearsQuestions(gears.viewOf(this.model, this.l10n), this.ask);
  }

  protected override drawNewNumbers(random: () => number): void {
    const ratios = questionWords.use(this)?.drawRatios(random, this.model.ratios.length);
    if (ratios) this.model = gears.withRatios(this.model, ratios);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let model = this.model;
    if (changed.has('ratios')) model = gears.withRatios(model, this.ratios);
    if (changed.has('input')) model = gears.withStart(model, this.input);
    if (changed.has('labels')) model = gears.withLabels(model, this.labels);
    if (changed.has('units')) model = gears.withUnits(model, this.units);
    // The live value last, so it wins over `input` given with it.
    if (changed.has('value')) model = gears.placeLever(model, this.value);
    this.model = model;
  }

  // ---- reader actions -------------------------------------------------------------------

  /** Takes a reader's move; fires `input` and returns true when the lever really moved. */
  private commit(next: gears.GearsModel): boolean {
    if (next === this.model) return false;
    this.model = next;
    this.emit<ChainRuleGearsDetail>('input', gears.eventDetail(this.model, this.concealed()));
    return true;
  }

  private finish(): void {
    this.emit<ChainRuleGearsDetail>('change', gears.eventDetail(this.model, this.concealed()));
  }

  private narrate(): void {
    this.announce(gears.narration(this.model, this.l10n, this.concealed()));
  }

  /** When the last lever key came, and whether it came within a turn of the one before. */
  private lastKeyAt = -Infinity;
  private keyRun = false;
  /** Ends the run of keys under way a turn's length after its last key. */
  private runEnd?: ReturnType<typeof setTimeout>;

  /**
   * Keys faster than a turn lasts (a held key) make the gears follow at once, as a drag does,
   * and, as a drag does, narrate once they stop: the first key of a run is narrated at once,
   * the rest when no key has come for a turn's length, with the gears' names (diagram.ts). The
   * slider's value text follows every key.
   */
  private readonly onLeverKey = (event: KeyboardEvent): void => {
    const target = sliderKey(event, this.model.value, LEVER_KEYS);
    if (target === null) return;
    event.preventDefault();
    this.keyRun = event.timeStamp - this.lastKeyAt < KEY_RUN_MS;
    this.lastKeyAt = event.timeStamp;
    if (this.commit(gears.moveLever(this.model, target))) this.finish();
    if (!this.keyRun) return this.narrate();
    clearTimeout(this.runEnd);
    this.runEnd = setTimeout(() => this.endKeyRun(true), KEY_RUN_MS);
  };

  /** The run of keys is over: the gears turn again, and `narrate` says where the run ended. */
  private endKeyRun(narrate = false): void {
    clearTimeout(this.runEnd);
    this.runEnd = undefined;
    this.keyRun = false;
    if (narrate) this.narrate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endKeyRun();
  }

  /** The lever drag under way, ended when the element leaves the page mid-drag. */
  private readonly drag = new DragHold(this);

  private readonly onLeverPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.endKeyRun();
    // The ruler's SVG, which stays put: the rack's own SVG slides with the lever.
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.stage > svg');
    if (!svgElement) return;
    event.preventDefault();
    const handle = this.renderRoot.querySelector<SVGGElement>('.handle');
    handle?.focus({ preventScroll: true });
    const { value: before } = this.model;
    const layout = gears.layoutOf(this.model);
    // Pointer positions in diagram units, through the viewBox and any transform on the page.
    const leverAt = (pointer: PointerEvent): number =>
      leverAtX(layout, toSvgPoint(svgElement, pointer.clientX, pointer.clientY).x);
    // A press beside the handle jumps the lever there first, then drags from that point.
    const onHandle = handle !== null && event.composedPath().includes(handle);
    if (!onHandle) this.commit(gears.moveLever(this.model, leverAt(event)));
    const grabbed = this.model.value - leverAt(event);
    this.model = gears.withDragging(this.model, true);
    this.drag.hold(
      startDrag(event, {
        move: (_dx, _dy, pointer) => {
          this.commit(gears.moveLever(this.model, grabbed + leverAt(pointer)));
        },
        end: () => {
          this.model = gears.withDragging(this.model, false);
          if (this.model.value === before) return;
          this.finish();
          this.narrate();
        },
      }),
    );
  };

  private readonly onReset = (): void => {
    this.endKeyRun();
    if (this.commit(gears.resetLever(this.model))) this.finish();
    this.narrate();
  };

  private readonly onStageIn = (event: Event): void => {
    this.model = gears.highlight(this.model, stageOf(event));
  };

  private readonly onStageOut = (event: Event): void => {
    this.model = gears.unhighlight(this.model, stageOf(event));
  };

  private readonly onGearFocus = (event: Event): void => {
    this.model = gears.focusGear(this.model, stageOf(event));
  };

  /** Arrows, Home and End move focus along the gears; the gear's focus handler does the rest. */
  private readonly onGearKey = (event: KeyboardEvent): void => {
    const next = rovingIndex(event, stageOf(event) - 1, this.model.ratios.length);
    if (next === null) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`.gear[data-stage="${next + 1}"]`)?.focus();
  };

  private readonly handlers: GearsHandlers = {
    leverPointerDown: this.onLeverPointerDown,
    leverKey: this.onLeverKey,
    stageIn: this.onStageIn,
    stageOut: this.onStageOut,
    gearFocus: this.onGearFocus,
    gearKey: this.onGearKey,
    reset: this.onReset,
  };

  // ---- rendering ------------------------------------------------------------------------

  /**
   * What the spoken texts say: the model, except during a drag, where it started, and what the
   * gears' names say: the same, and during a run of keys where it started (diagram.ts).
   */
  private spokenModel: gears.GearsModel = this.model;
  private namedModel: gears.GearsModel = this.model;

  protected override render(): TemplateResult {
    const { handlers } = this;
    const concealed = this.concealed();
    const model = gears.viewOf(this.model, this.l10n, concealed);
    if (!model.dragging) this.spokenModel = this.model;
    if (!model.dragging && !this.keyRun) this.namedModel = this.model;
    const spoken = gears.viewOf(this.spokenModel, this.l10n, concealed);
    const named = gears.viewOf(this.namedModel, this.l10n, concealed);
    const { l10n } = model;
    return html`${this.renderProblems()}
      <div class="layout">
        <figure part="diagram">
          ${renderDiagram(model, handlers, { spoken, named }, model.dragging || this.keyRun)}
          ${renderReadouts(model)}
        </figure>
        ${renderFormula(model, handlers, this.renderQuestion('product'))}
      </div>
      <div class="controls" part="controls">
        <button type="button" @click=${handlers.reset}>
          ${guard([model.start, model.names, model.units, l10n], () =>
            l10n.t('chain-rule-gears.reset', {
              lever: model.names[0],
              amount: withUnit(l10n.number(model.start), model.units[0]),
            }),
          )}
        </button>
      </div>
      ${this.renderExercise()} ${this.renderLiveRegion()}`;
  }
}
