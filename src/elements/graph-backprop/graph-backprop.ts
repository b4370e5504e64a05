import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { GradNode } from '../../core/index.js';
import { parseAssignments, parseNumber, type Parsed } from '../../internal/attributes.js';
import { BackpropElement, type BackpropEventMap } from '../../internal/base-element.js';
import { keyStep, startDrag, tidy } from '../../internal/interaction.js';
import { readOnly, setting } from '../../internal/settings.js';
import { themeStyles } from '../../internal/theme.js';
import { chooseDirection, layoutFor } from './diagram-layout.js';
import * as rules from './graph-backprop-model.js';
import { graphBackpropStyles } from './graph-backprop.styles.js';
import * as ask from './graph-queries.js';
import * as say from './narration.js';
import { isFinished } from './step-pass.js';
import { renderCaption } from './views/caption.js';
import { captionStyles } from './views/caption.styles.js';
import { renderControls, renderDomainProblem } from './views/controls.js';
import { controlsStyles } from './views/controls.styles.js';
import { renderDiagram } from './views/diagram.js';
import { diagramStyles } from './views/diagram.styles.js';
import { renderExpressionBox } from './views/expression-box.js';
import { expressionBoxStyles } from './views/expression-box.styles.js';
import { renderPanel } from './views/panel.js';
import { panelStyles } from './views/panel.styles.js';

/** Detail of `node-select`. */
export interface NodeSelectDetail {
  /** Node id as drawn (`n0` ... inputs first). */
  id: string;
  /** `var`, `const` or the op's name (`mul`, `sigmoid`, ...). */
  op: string;
  /** The variable's name, the number's text, or the op's name. */
  label: string;
  value: number;
  /** d output / d node after the full backward pass. */
  grad: number;
}

/** Detail of `backward-step`. */
export interface BackwardStepDetail {
  /** Steps done after this one, 1 to `total`. */
  step: number;
  total: number;
  /** The node that just passed its gradient to its inputs. */
  id: string;
}

/** Detail of `input` and `change` when the reader edits a variable or the expression. */
export interface GraphEditDetail {
  /** The variable's name, or `expr` for the expression box. */
  name: string;
  /** The variable's new value, or the new expression text. */
  value: number | string;
}

/** The events of <graph-backprop>, for typed `addEventListener`. */
export interface GraphBackpropEventMap extends BackpropEventMap {
  'node-select': CustomEvent<NodeSelectDetail>;
  'backward-step': CustomEvent<BackwardStepDetail>;
  input: CustomEvent<GraphEditDetail>;
  change: CustomEvent<GraphEditDetail>;
}

/** Keyboard steps for a focused variable: arrows, and Shift or PageUp/PageDown for coarse. */
const FINE_STEP = 0.1;
const COARSE_STEP = 1;
/** Value change per pixel of sideways drag. */
const DRAG_PER_PIXEL = 0.02;
/** Pause between animated steps; slower and without motion when the reader asks for less. */
const PLAY_INTERVAL = 1000;
const PLAY_INTERVAL_REDUCED = 1600;

/** A step count from script: a number, or numeric text; anything else counts as 0. */
const asCount = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;

/** `editable` as an attribute is on whatever its text; as a property, whatever its truth. */
const present = (): Parsed<boolean> => ({ ok: true, value: true });
const truth = (value: unknown): Parsed<boolean> => ({ ok: true, value: Boolean(value) });

/**
 * A computation graph drawn from an expression, with a step-by-step backward pass.
 * Forward values show at once; Step, Play and Reset send the gradient back from the output,
 * one node at a time, showing upstream × local = contribution on each edge it crosses.
 * Click a node (or focus it and press Enter) for its local-gradient rule with the numbers in.
 * Drag a variable sideways or use the arrow keys on it to change its value; everything updates live.
 *
 * Every attribute is also a property of the same name. `expr`, `values` and `selected` read back
 * what the reader sees now (an expression they typed, the values they dragged to, the node they
 * opened); setting one, as attribute or property, starts again from it. `value`, `gradients` and
 * `totalSteps` are read-only: a set is ignored and reported with an `error` event.
 *
 * @summary Backpropagation through a small computation graph, one node at a time.
 *
 * @fires node-select - The reader selected a node. Detail: `{ id, op, label, value, grad }`.
 * @fires backward-step - The backward pass took a step (Step button or Play). Detail: `{ step, total, id }`.
 * @fires input - The reader is changing a variable (drag, keys, panel field) or the expression. Detail: `{ name, value }`.
 * @fires change - The reader finished a change. Detail: `{ name, value }`.
 * @fires error - An attribute holds a value the element cannot use, or a read-only property was set. Detail: `{ attribute, message }`; does not bubble.
 *
 * @csspart diagram - The scrollable box holding the SVG graph.
 * @csspart formula - The strip under the graph explaining the current step in TeX.
 * @csspart controls - The Step, Play/Pause and Reset buttons and the step counter.
 * @csspart panel - The details panel for the selected node.
 * @csspart expression - The expression box (only with `editable`).
 * @csspart error - The list of refused attribute values.
 *
 * @cssprop [--bp-positive=#1f5fad] - Colour of positive gradients (with a + sign).
 * @cssprop [--bp-negative=#b3470b] - Colour of negative gradients (with a − sign).
 * @cssprop [--bp-highlight=#f5c542] - Glow on the node and edges of the current step.
 * @cssprop [--bp-accent=#6639ba] - Selected node and focus accents.
 * @cssprop [--bp-surface=#f6f8fa] - Node, label and panel backgrounds.
 * @cssprop [--bp-border=#d0d7de] - Node and edge lines.
 * @cssprop [--bp-fg=#1b1f24] - Text colour.
 * @cssprop [--bp-muted=#57606a] - Secondary text.
 * @cssprop [--bp-duration=300ms] - Length of transitions (0ms with reduced motion).
 */
export class GraphBackprop extends BackpropElement<GraphBackpropEventMap> {
  static override tagName = 'graph-backprop';
  static override styles = [
    themeStyles,
    graphBackpropStyles,
    expressionBoxStyles,
    diagramStyles,
    controlsStyles,
    captionStyles,
    panelStyles,
  ];

  /**
   * The expression, in the core's syntax: `+ - * / ^`, unary minus, and the functions sigmoid,
   * relu, tanh, exp, log, sqrt, sin, cos, abs, bce(p, y), bce_logits(z, y) and mse(p, y).
   * Reads back the expression drawn, which the reader may have typed (with `editable`).
   * @attr expr
   */
  @setting<string>({
    attribute: 'expr',
    parse: rules.parseExpressionSetting,
    fallback: rules.DEFAULT_EXPR,
    read: (element: GraphBackprop) => element.model.graph.text,
  })
  expr!: string;

  /**
   * Starting values such as `x=2, w=-1, b=0.5` (as a property, text or `{ x: 2, w: -1 }`). A
   * variable not given here starts at 1; a name that is not in the expression is reported.
   * Setting it replaces the reader's edits. Reads back every variable's value now.
   * @attr values
   */
  @setting<Record<string, number>>({
    attribute: 'values',
    parse: parseAssignments,
    fallback: {},
    read: (element: GraphBackprop) => element.model.graph.values(),
  })
  values!: Record<string, number>;

  /**
   * The node whose details panel is open: a variable's name (`w`) or a node id (`n3`, as in
   * `node-select`). Empty for none. Reads back the node open now, also when the reader opened it:
   * a variable by its name, any other node by its id.
   * @attr selected
   */
  @setting<string>({
    attribute: 'selected',
    parse: (text) => ({ ok: true, value: text.trim() }),
    fallback: '',
    read: (element: GraphBackprop) => ask.selectionReference(element.model),
  })
  selected!: string;

  /**
   * Shows an expression box where the reader types a new expression; a typing mistake is pointed
   * out and the previous graph stays until the text parses.
   * @attr editable
   */
  @setting<boolean>({ attribute: 'editable', parse: present, parseValue: truth, fallback: false })
  editable!: boolean;

  /** Everything on screen: replaced by a new snapshot on every change, never changed in place. */
  @state() private model: rules.GraphModel = rules.createModel();

  /** Settings given a good value since the last update, applied in the next. */
  private fresh = new Set<string>();
  /** A `step` set before the first update: applied after the settings, so it wins over them. */
  private pendingStep?: number;
  private playTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private resizeFrame?: number;
  private hostWidth = 0;
  private suppressClick = false;

  constructor() {
    super();
    // A framework may set `step` before the tag is defined; that own property would hide the
    // accessor for good. Take it over (Lit does the same for its declared properties).
    if (Object.prototype.hasOwnProperty.call(this, 'step')) {
      const count = (this as { step?: unknown }).step;
      delete (this as { step?: unknown }).step;
      this.step = count as number;
    }
  }

  /** The output's value (NaN while a domain problem, such as log of a negative, is shown). */
  @readOnly
  get value(): number {
    return ask.outputValue(this.model);
  }

  /** d output / d variable for every variable, after the full backward pass. */
  @readOnly
  get gradients(): Record<string, number> {
    return ask.gradients(this.model);
  }

  /** Steps in a full backward pass: one per node that has inputs. */
  @readOnly
  get totalSteps(): number {
    return this.model.pass.steps.length;
  }

  /** Backward steps done, 0 to `totalSteps` (a set is rounded and clamped). Setting it fires no event. */
  get step(): number {
    return this.pendingStep ?? this.model.pass.done;
  }

  set step(count: number) {
    if (this.hasUpdated) {
      this.model = rules.stepTo(this.model, asCount(count));
    } else {
      this.pendingStep = asCount(count);
      this.requestUpdate();
    }
  }

  /** Takes one backward step (no event: a call from code). */
  stepBackward(): void {
    this.step = this.step + 1;
  }

  /** Plays the backward pass from where it is (from the start if it had finished). */
  play(): void {
    this.model = rules.startPlaying(this.model);
    if (this.model.playing) this.scheduleTick(0);
  }

  /** Stops a running play where it is. */
  pause(): void {
    this.model = rules.stopPlaying(this.model);
    this.cancelLater(this.playTimer);
    this.playTimer = undefined;
  }

  /** Stops playing and returns to the start of the backward pass. */
  reset(): void {
    this.pause();
    this.pendingStep = undefined;
    this.model = rules.resetPass(this.model);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'function') return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Wait a frame: changing layout inside the observer's callback would resize us again.
      this.cancelFrame(this.resizeFrame);
      this.resizeFrame = this.nextFrame(() => {
        this.hostWidth = width;
        const { graph, direction } = this.model;
        this.model = rules.withDirection(this.model, chooseDirection(graph, width, direction));
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    // The base class has cleared the timers; the snapshot stops playing with them.
    this.playTimer = undefined;
    this.model = rules.stopPlaying(this.model);
  }

  /** @internal Notes each setting given a good value, for willUpdate to apply. */
  override settingChanged(attribute: string, message: string | null): void {
    if (message === null) this.fresh.add(attribute);
    super.settingChanged(attribute, message);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fresh = new Set(this.fresh);
    this.fresh.clear();
    let model = this.model;
    if (fresh.has('expr')) model = rules.applyExpression(model, this.lastSet('expr'));
    // `values` and `selected` name variables and nodes, so a new graph checks them again.
    if (fresh.has('expr') || fresh.has('values')) {
      const applied = rules.applyStartValues(model, this.lastSet('values'));
      model = applied.model;
      this.judge('values', applied.problem);
    }
    if (fresh.has('expr') || fresh.has('selected')) {
      const applied = rules.applySelection(model, this.lastSet('selected'));
      model = applied.model;
      this.judge('selected', applied.problem);
    }
    if (this.pendingStep !== undefined) model = rules.stepTo(model, this.pendingStep);
    this.pendingStep = undefined;
    model = rules.withDirection(
      model,
      chooseDirection(model.graph, this.hostWidth, model.direction),
    );
    this.model = model;
    // A new graph or Reset stops a play; its timer goes with it.
    if (!model.playing && this.playTimer !== undefined) this.pause();
    // Reflected, as a native boolean attribute is (the page may style `[editable]`).
    if (fresh.has('editable') && this.hasAttribute('editable') !== this.editable) {
      this.toggleAttribute('editable', this.editable);
    }
  }

  /**
   * The value a setting was last given. Its property reads the live value once the element has
   * drawn (settings.ts asks `read` only then), and the setting's own store is private to it.
   */
  private lastSet<K extends 'expr' | 'values' | 'selected'>(name: K): this[K] {
    const drawn = this.hasUpdated;
    this.hasUpdated = false;
    try {
      return this[name];
    } finally {
      this.hasUpdated = drawn;
    }
  }

  /**
   * A verdict on a setting that depends on another (a `values` name the expression lacks),
   * reported with the settings' own verdicts: a note reported here directly would be cleared by
   * the verdict of the set that prompted it, which the base class reports after willUpdate.
   */
  private judge(attribute: string, message: string | null): void {
    super.settingChanged(attribute, message);
  }

  // ---- reader actions -----------------------------------------------------------------

  private selectByReader(node: GradNode): void {
    this.model = rules.select(this.model, node.id);
    const { id, op, label, value } = node;
    const grad = ask.finalGradient(this.model, node);
    this.emit<NodeSelectDetail>('node-select', { id, op, label, value, grad });
    this.announce(say.narrateSelection(this.model, node));
  }

  private setVariable(name: string, value: number, commit: boolean): void {
    this.model = rules.setVariable(this.model, name, value);
    const detail: GraphEditDetail = { name, value: ask.valueOf(this.model, name) };
    this.emit<GraphEditDetail>('input', detail);
    if (commit) this.emit<GraphEditDetail>('change', detail);
    this.announce(say.narrateVariable(this.model, name));
  }

  /** One reader-driven step: advance, narrate, and tell the page. */
  private takeStep(): void {
    const next = rules.stepOnce(this.model);
    if (next === this.model) return;
    this.model = next;
    const { done, steps } = next.pass;
    const id = ask.currentStep(next)!.node.id;
    this.emit<BackwardStepDetail>('backward-step', { step: done, total: steps.length, id });
    this.announce(say.narrateStep(next));
  }

  private scheduleTick(delay: number): void {
    this.cancelLater(this.playTimer);
    this.playTimer = this.later(() => {
      this.playTimer = undefined;
      if (!this.model.playing) return;
      this.takeStep();
      if (isFinished(this.model.pass)) this.model = rules.stopPlaying(this.model);
      else this.scheduleTick(this.reducedMotion ? PLAY_INTERVAL_REDUCED : PLAY_INTERVAL);
    }, delay);
  }

  private readonly onStepClick = (): void => {
    this.pause();
    this.takeStep();
  };

  private readonly onPlayClick = (): void => {
    if (!this.model.playing) return this.play();
    this.pause();
    this.announce(say.narratePause(this.model));
  };

  private readonly onResetClick = (): void => {
    this.reset();
    this.announce(say.narrateStep(this.model));
  };

  private readonly onNodeClick = (node: GradNode): void => {
    // The click that ends a drag is not a selection.
    if (this.suppressClick) this.suppressClick = false;
    else this.selectByReader(node);
  };

  private readonly onNodeKeydown = (node: GradNode, event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectByReader(node);
      return;
    }
    if (node.op !== 'var') return;
    const delta = keyStep(event, FINE_STEP, COARSE_STEP);
    if (delta === null) return;
    event.preventDefault();
    this.setVariable(node.label, tidy(node.value + delta, FINE_STEP), true);
  };

  private readonly onNodePointerdown = (node: GradNode, event: PointerEvent): void => {
    if (event.button !== 0 || node.op !== 'var') return;
    const start = node.value;
    let last = start;
    this.suppressClick = false;
    startDrag(event, {
      move: (dx) => {
        const next = tidy(start + dx * DRAG_PER_PIXEL, 0.01);
        if (next === last) return;
        last = next;
        this.setVariable(node.label, next, false);
      },
      end: (moved) => {
        if (!moved || last === start) return;
        this.suppressClick = true;
        const value = rules.clampValue(last);
        this.emit<GraphEditDetail>('change', { name: node.label, value });
      },
    });
  };

  private readonly onClosePanel = (): void => {
    const id = this.model.selectedId;
    this.model = rules.select(this.model, null);
    this.announce('Details closed.');
    // Return focus to the node the panel described, so keyboard readers keep their place.
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<SVGGElement>(`.node[data-id="${id}"]`)?.focus();
    });
  };

  private readonly onValueInput = (name: string, text: string, commit: boolean): void => {
    const limit = rules.VALUE_LIMIT;
    const parsed = parseNumber(text, { min: -limit, max: limit });
    this.model = rules.markValueField(this.model, !parsed.ok);
    if (!parsed.ok) return;
    if (parsed.value === ask.valueOf(this.model, name) && !commit) return;
    this.setVariable(name, parsed.value, commit);
  };

  private readonly onExpressionInput = (text: string, commit: boolean): void => {
    const before = this.model;
    this.model = rules.typeExpression(before, text);
    if (this.model.graph !== before.graph) {
      this.emit<GraphEditDetail>('input', { name: 'expr', value: text });
      this.announce(say.narrateNewGraph(this.model));
    }
    if (commit) this.emit<GraphEditDetail>('change', { name: 'expr', value: text });
  };

  /** Every view's handlers, made once (a new object per render would re-bind every listener). */
  private readonly handlers = {
    stepClick: this.onStepClick,
    playClick: this.onPlayClick,
    resetClick: this.onResetClick,
    nodeClick: this.onNodeClick,
    nodeKeydown: this.onNodeKeydown,
    nodePointerdown: this.onNodePointerdown,
    closePanel: this.onClosePanel,
    valueInput: this.onValueInput,
    expressionInput: this.onExpressionInput,
  };

  // ---- rendering --------------------------------------------------------------------------

  override render(): TemplateResult {
    const { model, handlers } = this;
    const node = ask.selectedNode(model);
    const check = node?.op === 'var' ? ask.checkFor(model, node.label) : null;
    const text = model.draft ?? model.graph.text;
    return html`${this.renderProblems()}
    ${this.editable ? renderExpressionBox({ text, failure: model.draftError }, handlers) : nothing}
    ${renderDiagram({ model, layout: layoutFor(model.graph, model.direction) }, handlers)}
    ${renderDomainProblem(model)} ${renderControls(model, handlers)} ${renderCaption(model)}
    ${node ? renderPanel({ model, node, check }, handlers) : nothing} ${this.renderLiveRegion()}`;
  }
}
