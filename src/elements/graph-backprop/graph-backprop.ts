import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { GradNode } from '../../core/index.js';
import { oneOf, parseAssignments, parseNumber } from '../../internal/attributes.js';
import { BackpropElement } from '../../internal/base-element.js';
import { readOnly, setting, settingValue } from '../../internal/settings.js';
import { themeStyles } from '../../internal/theme.js';
import { chooseDirection, layoutFor } from './diagram-layout.js';
import type {
  BackwardStepDetail,
  ForwardStepDetail,
  GraphBackpropEventMap,
  GraphEditDetail,
  NodeSelectDetail,
} from './graph-backprop-events.js';
import * as rules from './graph-backprop-model.js';
import { graphBackpropStyles } from './graph-backprop.styles.js';
import * as ask from './graph-queries.js';
import * as say from './narration.js';
import { HostWidth } from './host-width.js';
import { PlayClock } from './play-clock.js';
import { isFinished } from './step-pass.js';
import { dragVariable, keyedValue } from './variable-input.js';
import { rovingIndex } from '../../internal/interaction.js';
import './messages.js';
import { renderCaption } from './views/caption.js';
import { renderControls, renderDomainProblem } from './views/controls.js';
import { renderDiagram } from './views/diagram.js';
import { renderExpressionBox } from './views/expression-box.js';
import { renderForwardCaption, renderModeSwitch } from './views/forward.js';
import { renderPanel } from './views/panel.js';

export type {
  BackwardStepDetail,
  ForwardStepDetail,
  GraphBackpropEventMap,
  GraphEditDetail,
  NodeSelectDetail,
} from './graph-backprop-events.js';

/** Pause between animated steps; slower and without motion when the reader asks for less. */
const PLAY_INTERVAL = 1000;
const PLAY_INTERVAL_REDUCED = 1600;

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
 * @fires forward-step - In forward mode, a node's tangent was computed (Step button or Play). Detail: `{ step, total, id, tangent }`.
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
  static override styles = [themeStyles, ...graphBackpropStyles];

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
   * Which pass Step and Play walk through: `reverse` (the default) sends the gradient back from
   * the output; `forward` carries the tangent of `wrt` forward from the inputs. Reads back the
   * pass on show, which the reader may have switched.
   * @attr mode
   */
  @setting<rules.Mode>({
    attribute: 'mode',
    parse: oneOf(rules.MODES),
    fallback: 'reverse',
    read: (element: GraphBackprop) => element.model.mode,
  })
  mode!: rules.Mode;

  /**
   * The variable whose tangent forward mode traces (its tangent starts at 1, every other
   * input's at 0); empty for the first variable. Reads back the variable traced now, which the
   * reader may have picked.
   * @attr wrt
   */
  @setting<string>({
    attribute: 'wrt',
    parse: (text) => ({ ok: true, value: text.trim() }),
    fallback: '',
    read: (element: GraphBackprop) => element.model.wrt,
  })
  wrt!: string;

  /**
   * Shows an expression box where the reader types a new expression; a typing mistake is pointed
   * out and the previous graph stays until the text parses.
   * @attr editable
   */
  @setting<boolean>({
    attribute: 'editable',
    parse: rules.parseEditableText,
    parseValue: rules.parseEditableValue,
    fallback: false,
  })
  editable!: boolean;

  /** Everything on screen: replaced by a new snapshot on every change, never changed in place. */
  @state() private model: rules.GraphModel = rules.createModel();

  /** The node in the Tab order: the diagram is one Tab stop, arrow keys move between nodes. */
  @state() private focusId = '';

  /** A `step` set before the first update: applied after the settings, so it wins over them. */
  private pendingStep?: number;
  private suppressClick = false;
  /** Ends a drag in progress (the element left the page mid-drag). */
  private stopDrag: (() => void) | null = null;
  private readonly clock = new PlayClock(
    this,
    () => this.tick(),
    () => (this.reducedMotion ? PLAY_INTERVAL_REDUCED : PLAY_INTERVAL),
  );
  private readonly host = new HostWidth(this, (width) => {
    const { graph, direction } = this.model;
    this.model = rules.withDirection(this.model, chooseDirection(graph, width, direction));
  });

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

  /** Steps in a full pass of the mode on show: one per node that has inputs. */
  @readOnly
  get totalSteps(): number {
    return rules.activePass(this.model).steps.length;
  }

  /**
   * Steps done in the pass of the mode on show, 0 to `totalSteps` (a set is rounded and
   * clamped). Setting it fires no event.
   */
  get step(): number {
    return this.pendingStep ?? rules.activePass(this.model).done;
  }

  set step(count: number) {
    if (this.hasUpdated) {
      this.model = rules.stepTo(this.model, rules.asStepCount(count));
    } else {
      this.pendingStep = rules.asStepCount(count);
      this.requestUpdate();
    }
  }

  /** Takes one backward step, in reverse mode (no event: a call from code). */
  stepBackward(): void {
    this.model = rules.withMode(this.model, 'reverse');
    this.step = this.step + 1;
  }

  /** Takes one forward-mode step, switching to forward mode (no event: a call from code). */
  stepForward(): void {
    this.model = rules.withMode(this.model, 'forward');
    this.step = this.step + 1;
  }

  /** Plays the backward pass from where it is (from the start if it had finished). */
  play(): void {
    this.model = rules.startPlaying(this.model);
    if (this.model.playing) this.clock.start();
  }

  /** Stops a running play where it is. */
  pause(): void {
    this.model = rules.stopPlaying(this.model);
    this.clock.stop();
  }

  /** Stops playing and returns to the start of the backward pass. */
  reset(): void {
    this.pause();
    this.pendingStep = undefined;
    this.model = rules.resetPass(this.model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDrag?.();
    this.stopDrag = null;
    // The clock has stopped with the element; so does the play.
    this.model = rules.stopPlaying(this.model);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Every accepted set of a setting is a change (the same value again starts again from it);
    // a refused one is not.
    const names = ['expr', 'values', 'selected', 'mode', 'wrt'] as const;
    const given = new Set<string>(names.filter((name) => changed.has(name)));
    // A new expression checks `values` and `selected` again as they were given, not as the
    // reader left them.
    const settings = {
      expr: settingValue<string>(this, 'expr'),
      values: settingValue<Record<string, number>>(this, 'values'),
      selected: settingValue<string>(this, 'selected'),
      mode: settingValue<rules.Mode>(this, 'mode'),
      wrt: settingValue<string>(this, 'wrt'),
    };
    const applied = rules.applySettings(this.model, settings, given);
    // A verdict that depends on another setting (a `values` name the expression lacks)
    // supersedes the one its own parser gave.
    for (const [attribute, verdict] of applied.verdicts)
      this.reportProblem(attribute, verdict?.message ?? null, verdict?.ref);
    const model = rules.stepTo(
      applied.model,
      this.pendingStep ?? rules.activePass(applied.model).done,
    );
    this.pendingStep = undefined;
    const direction = chooseDirection(model.graph, this.host.width, model.direction);
    this.model = rules.withDirection(model, direction);
    // A new graph or Reset stops a play; its timer goes with it.
    if (!this.model.playing) this.clock.stop();
    // Reflected, as a native boolean attribute is (the page may style `[editable]`).
    if (changed.has('editable') && this.hasAttribute('editable') !== this.editable) {
      this.toggleAttribute('editable', this.editable);
    }
  }

  // ---- reader actions -----------------------------------------------------------------

  private selectByReader(node: GradNode): void {
    this.model = rules.select(this.model, node.id);
    const { id, op, label, value } = node;
    const grad = ask.finalGradient(this.model, node);
    this.emit<NodeSelectDetail>('node-select', { id, op, label, value, grad });
    this.announce(say.narrateSelection(this.model, node, this.l10n));
  }

  /** A reader's change to a variable; spoken only when committed (a key, a drag's end). */
  private setVariable(name: string, value: number, commit: boolean): void {
    this.model = rules.setVariable(this.model, name, value);
    const detail: GraphEditDetail = { name, value: ask.valueOf(this.model, name) };
    this.emit<GraphEditDetail>('input', detail);
    if (!commit) return;
    this.emit<GraphEditDetail>('change', detail);
    this.announce(say.narrateVariable(this.model, name, this.l10n));
  }

  /** One reader-driven step: advance, narrate (briefly while playing), and tell the page. */
  private takeStep(): void {
    const next = rules.stepOnce(this.model);
    if (next === this.model) return;
    this.model = next;
    if (next.mode === 'forward') {
      const { done, steps } = next.forward;
      const { node, tangent } = ask.currentForwardStep(next)!;
      const detail = { step: done, total: steps.length, id: node.id, tangent };
      this.emit<ForwardStepDetail>('forward-step', detail);
      this.announce(say.narrateForwardStep(next, this.l10n));
      return;
    }
    const { done, steps } = next.pass;
    const id = ask.currentStep(next)!.node.id;
    this.emit<BackwardStepDetail>('backward-step', { step: done, total: steps.length, id });
    this.announce(
      next.playing ? say.narratePlayStep(next, this.l10n) : say.narrateStep(next, this.l10n),
    );
  }

  /** One tick of Play; answers whether to go on. */
  private tick(): boolean {
    if (!this.model.playing) return false;
    this.takeStep();
    if (!isFinished(rules.activePass(this.model))) return true;
    this.model = rules.stopPlaying(this.model);
    return false;
  }

  private readonly onStepClick = (): void => {
    this.pause();
    this.takeStep();
  };

  private readonly onPlayClick = (): void => {
    if (!this.model.playing) return this.play();
    this.pause();
    this.announce(say.narratePause(this.model, this.l10n));
  };

  private readonly onResetClick = (): void => {
    this.reset();
    const forward = this.model.mode === 'forward';
    this.announce(
      forward
        ? say.narrateForwardStep(this.model, this.l10n)
        : say.narrateStep(this.model, this.l10n),
    );
  };

  private readonly onModeChange = (mode: rules.Mode): void => {
    this.clock.stop();
    this.model = rules.withMode(this.model, mode);
    this.emit<GraphEditDetail>('change', { name: 'mode', value: mode });
    this.announce(say.narrateMode(this.model, this.l10n));
  };

  private readonly onWrtChange = (name: string): void => {
    this.clock.stop();
    this.model = rules.withWrt(this.model, name);
    this.emit<GraphEditDetail>('change', { name: 'wrt', value: this.model.wrt });
    this.announce(say.narrateMode(this.model, this.l10n));
  };

  private readonly onNodeClick = (node: GradNode): void => {
    if (this.suppressClick) this.suppressClick = false;
    else this.selectByReader(node);
  };

  private readonly onNodeKeydown = (node: GradNode, event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectByReader(node);
      return;
    }
    if (event.key === 'Escape' && this.model.selectedId !== null) {
      event.preventDefault();
      this.onClosePanel();
      return;
    }
    const value = keyedValue(node, event);
    if (value !== null) return this.setVariable(node.label, value, true);
    // Roving focus: arrows (only Up and Down on a variable, whose Left and Right set its value).
    if (node.op === 'var' && event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const nodes = this.model.graph.nodes;
    const next = rovingIndex(event, nodes.indexOf(node), nodes.length);
    if (next === null) return;
    event.preventDefault();
    this.focusNode(nodes[next].id);
  };

  private readonly onNodeFocus = (node: GradNode): void => {
    this.focusId = node.id;
  };

  /** Moves the roving Tab stop to a node and focuses it once drawn. */
  private focusNode(id: string): void {
    this.focusId = id;
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<SVGGElement>(`.node[data-id="${id}"]`)?.focus();
    });
  }

  private readonly onNodePointerdown = (node: GradNode, event: PointerEvent): void => {
    this.suppressClick = false;
    this.stopDrag?.();
    this.stopDrag = dragVariable(node, event, {
      move: (value) => this.setVariable(node.label, value, false),
      end: (value) => {
        this.stopDrag = null;
        // The click that ends the drag is not a selection.
        this.suppressClick = true;
        this.emit<GraphEditDetail>('change', { name: node.label, value: rules.clampValue(value) });
        this.announce(say.narrateVariable(this.model, node.label, this.l10n));
      },
    });
  };

  private readonly onClosePanel = (): void => {
    const id = this.model.selectedId;
    this.model = rules.select(this.model, null);
    this.announce(this.l10n.t('graph-backprop.say.closed'));
    // Return focus to the node the panel described, so keyboard readers keep their place.
    if (id !== null) this.focusNode(id);
  };

  private readonly onValueInput = (name: string, text: string, commit: boolean): void => {
    const limit = rules.VALUE_LIMIT;
    const parsed = parseNumber(this.l10n.read(text), { min: -limit, max: limit });
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
      this.announce(say.narrateNewGraph(this.model, this.l10n));
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
    nodeFocus: this.onNodeFocus,
    modeChange: this.onModeChange,
    wrtChange: this.onWrtChange,
    closePanel: this.onClosePanel,
    valueInput: this.onValueInput,
    expressionInput: this.onExpressionInput,
  };

  // ---- rendering --------------------------------------------------------------------------

  override render(): TemplateResult {
    const { model, handlers, l10n } = this;
    const node = ask.selectedNode(model);
    const check = node?.op === 'var' ? ask.checkFor(model, node.label) : null;
    const text = model.draft ?? model.graph.text;
    const layout = layoutFor(model.graph, model.direction);
    // The Tab stop stays on a node that is still drawn: the last focused, else the open one.
    const focusId = model.graph.nodeById(this.focusId)
      ? this.focusId
      : (model.selectedId ?? model.graph.nodes[0].id);
    const { done, steps } = rules.activePass(model);
    const forward = model.mode === 'forward';
    return html`${this.renderProblems()}
    ${
      this.editable
        ? renderExpressionBox({ text, failure: model.draftError, l10n }, handlers)
        : nothing
    }
    ${renderDiagram({ model, layout, l10n, focusId }, handlers)} ${renderDomainProblem(model, l10n)}
    ${renderModeSwitch(model, l10n, handlers)}
    ${renderControls({ model, l10n, done, total: steps.length }, handlers)}
    ${forward ? renderForwardCaption(model, l10n) : renderCaption({ model, l10n })}
    ${node ? renderPanel({ model, node, check, l10n }, handlers) : nothing}
    ${this.renderLiveRegion()}`;
  }
}
