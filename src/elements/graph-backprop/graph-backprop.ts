import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GradNode, GradientCheck } from '../../core/index.js';
import { parseAssignments, parseNumber } from '../../internal/attributes.js';
import { BackpropElement } from '../../internal/base-element.js';
import { spokenNumber } from '../../internal/format.js';
import { keyStep, startDrag, tidy } from '../../internal/interaction.js';
import { themeStyles } from '../../internal/theme.js';
import { narrateStep, renderCaption } from './caption.js';
import { nodeKind, nodeName } from './describe.js';
import {
  LABEL_HEIGHT,
  LABEL_WIDTH,
  LABEL_WIDTH_NARROW,
  MIN_SCALE,
  NODE_HEIGHT,
  NODE_WIDTH,
  NODE_WIDTH_NARROW,
  VALUE_LIMIT,
  renderDiagram,
} from './diagram.js';
import { renderExpressionBox, type ParseFailure } from './expression-box.js';
import { graphBackpropStyles } from './graph-backprop.styles.js';
import { DEFAULT_VARIABLE_VALUE, GraphSession, parseGraph } from './graph-session.js';
import { layoutGraph, type GraphLayout } from './layout.js';
import { renderPanel } from './panel.js';

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

const DEFAULT_EXPR = 'sigmoid(w*x + b)';
/** Keyboard steps for a focused variable: arrows, and Shift or PageUp/PageDown for coarse. */
const FINE_STEP = 0.1;
const COARSE_STEP = 1;
/** Value change per pixel of sideways drag. */
const DRAG_PER_PIXEL = 0.02;
/** Pause between animated steps; slower and without motion when the reader asks for less. */
const PLAY_INTERVAL = 1000;
const PLAY_INTERVAL_REDUCED = 1600;
/** Host padding plus border, subtracted from the host width when choosing a layout. */
const HOST_CHROME = 26;

const clampValue = (value: number): number => Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, value));

/**
 * A computation graph drawn from an expression, with a step-by-step backward pass.
 * Forward values show at once; Step, Play and Reset send the gradient back from the output,
 * one node at a time, showing upstream × local = contribution on each edge it crosses.
 * Click a node (or focus it and press Enter) for its local-gradient rule with the numbers in.
 * Drag a variable sideways or use the arrow keys on it to change its value; everything updates live.
 *
 * @summary Backpropagation through a small computation graph, one node at a time.
 *
 * @fires node-select - The reader selected a node. Detail: `{ id, op, label, value, grad }`.
 * @fires backward-step - The backward pass took a step (Step button or Play). Detail: `{ step, total, id }`.
 * @fires input - The reader is changing a variable (drag, keys, panel field) or the expression. Detail: `{ name, value }`.
 * @fires change - The reader finished a change. Detail: `{ name, value }`.
 * @fires error - An attribute holds a value the element cannot use. Detail: `{ attribute, message }`; does not bubble.
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
export class GraphBackprop extends BackpropElement {
  static override tagName = 'graph-backprop';
  static override styles = [themeStyles, graphBackpropStyles];

  /**
   * The expression, in the core's syntax: `+ - * / ^`, unary minus, and the functions sigmoid,
   * relu, tanh, exp, log, sqrt, sin, cos, abs, bce(p, y), bce_logits(z, y) and mse(p, y).
   * @attr expr
   */
  @property() expr = DEFAULT_EXPR;

  /**
   * Starting values such as `x=2, w=-1, b=0.5`. A variable not given here starts at 1; a name
   * that is not in the expression is reported. Setting it replaces the reader's edits.
   * @attr values
   */
  @property() values = '';

  /**
   * The node whose details panel is open: a variable's name (`w`) or a node id (`n3`, as in
   * `node-select`). Empty for none. The reader's own selection is not written back here.
   * @attr selected
   */
  @property() selected = '';

  /**
   * Shows an expression box where the reader types a new expression; a typing mistake is pointed
   * out and the previous graph stays until the text parses.
   * @attr editable
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private session = new GraphSession(parseGraph(DEFAULT_EXPR));
  @state() private selectedId: string | null = null;
  @state() private playing = false;
  @state() private direction: 'right' | 'down' = 'right';
  @state() private draft: string | null = null;
  @state() private draftError: ParseFailure | null = null;
  @state() private valueInvalid = false;

  /** Last good `values`, applied to each new expression. */
  private attributeValues: Record<string, number> = {};
  private layoutCache?: { key: string; layout: GraphLayout };
  private playTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private resizeFrame?: number;
  private hostWidth = 0;
  private suppressClick = false;
  private gradientCheck: GradientCheck | null = null;

  /** The output's value (NaN while a domain problem, such as log of a negative, is shown). */
  get value(): number {
    return this.session.problem ? NaN : this.session.output.value;
  }

  /** d output / d variable for every variable, after the full backward pass. */
  get gradients(): Record<string, number> {
    return this.session.gradients();
  }

  /** Backward steps done, 0 to `totalSteps`. Setting it fires no event. */
  get step(): number {
    return this.session.step;
  }

  set step(count: number) {
    this.session.step = count;
    this.requestUpdate();
  }

  /** Steps in a full backward pass: one per node that has inputs. */
  get totalSteps(): number {
    return this.session.totalSteps;
  }

  /** Takes one backward step (no event: a call from code). */
  stepBackward(): void {
    this.session.step = this.session.step + 1;
    this.requestUpdate();
  }

  /** Plays the backward pass from where it is (from the start if it had finished). */
  play(): void {
    if (this.session.totalSteps === 0 || this.session.problem) return;
    if (this.session.step >= this.session.totalSteps) this.session.step = 0;
    this.playing = true;
    this.scheduleTick(0);
  }

  /** Stops a running play where it is. */
  pause(): void {
    this.playing = false;
    this.cancelLater(this.playTimer);
    this.playTimer = undefined;
  }

  /** Stops playing and returns to the start of the backward pass. */
  reset(): void {
    this.pause();
    this.session.step = 0;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        // Wait a frame: changing layout inside the observer's callback would resize us again.
        this.cancelFrame(this.resizeFrame);
        this.resizeFrame = this.nextFrame(() => {
          this.hostWidth = width;
          this.chooseDirection();
        });
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.playing = false;
    this.playTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const newGraph = changed.has('expr') && this.applyExprAttribute();
    if (newGraph || changed.has('values')) this.applyValuesAttribute();
    if (changed.has('expr') || changed.has('selected')) this.applySelectedAttribute();
    const selected = this.selectedNode;
    this.gradientCheck = selected?.op === 'var' ? this.session.check(selected.label) : null;
  }

  // ---- attributes -------------------------------------------------------------------------

  /** Refuses an attribute's value (or clears the note with null), never echoing "NaN". */

  /** Parses `expr`; returns whether a new graph replaced the old one. */
  private applyExprAttribute(): boolean {
    let graph;
    try {
      graph = parseGraph(this.expr ?? '');
    } catch (error) {
      this.reportProblem('expr', (error as Error).message);
      return false;
    }
    this.reportProblem('expr', null);
    this.draft = null;
    this.draftError = null;
    this.adopt(new GraphSession(graph));
    this.chooseDirection();
    return true;
  }

  private applyValuesAttribute(): void {
    const parsed = parseAssignments(this.values);
    if (!parsed.ok) {
      this.reportProblem('values', parsed.message);
      return;
    }
    const unknown = this.session.unknownNames(parsed.value);
    if (unknown.length > 0) {
      const names = this.session.graph.variableNames.join(', ') || 'none';
      this.reportProblem(
        'values',
        `'${unknown[0]}' is not a variable of ${this.session.graph.text} (its variables: ${names})`,
      );
      return;
    }
    this.reportProblem('values', null);
    this.attributeValues = parsed.value;
    const start: Record<string, number> = {};
    for (const name of this.session.graph.variableNames) {
      start[name] = parsed.value[name] ?? DEFAULT_VARIABLE_VALUE;
    }
    this.session.setValues(start);
  }

  private applySelectedAttribute(): void {
    const reference = (this.selected ?? '').trim();
    if (reference === '') {
      this.reportProblem('selected', null);
      this.selectedId = null;
      return;
    }
    const node = this.session.resolve(reference);
    if (!node) {
      const names = this.session.graph.variableNames.join(', ');
      this.reportProblem(
        'selected',
        `expected a variable name${names ? ` (${names})` : ''} or a node id from n0 to n${this.session.graph.nodes.length - 1}, got '${reference.slice(0, 40)}'`,
      );
      return;
    }
    this.reportProblem('selected', null);
    this.selectedId = node.id;
  }

  /** Switches to a new graph: the pass restarts and a selection that no longer exists closes. */
  private adopt(session: GraphSession): void {
    this.pause();
    this.session = session;
    if (this.selectedId && !session.graph.nodeById(this.selectedId)) this.selectedId = null;
  }

  // ---- layout ---------------------------------------------------------------------------

  private layoutFor(direction: 'right' | 'down'): GraphLayout {
    const key = `${direction}|${this.session.graph.text}`;
    if (this.layoutCache?.key === key) return this.layoutCache.layout;
    // Top-to-bottom is for narrow screens, where every pixel across counts: slimmer boxes.
    const down = direction === 'down';
    const layout = layoutGraph(
      this.session.graph.nodes.map((node) => ({
        id: node.id,
        inputs: node.inputs.map((input) => input.id),
        width: down ? NODE_WIDTH_NARROW : NODE_WIDTH,
        height: NODE_HEIGHT,
      })),
      {
        direction,
        labelWidth: down ? LABEL_WIDTH_NARROW : LABEL_WIDTH,
        labelHeight: LABEL_HEIGHT,
        gap: down ? 8 : 12,
        rankGap: down ? 8 : 12,
      },
    );
    this.layoutCache = { key, layout };
    return layout;
  }

  /** Inputs-left-to-output-right when it fits; top-to-bottom on narrow screens when that fits better. */
  private chooseDirection(): void {
    const available = this.hostWidth - HOST_CHROME;
    if (available <= 0) return;
    const across = this.layoutFor('right').width * MIN_SCALE;
    let next: 'right' | 'down' = 'right';
    if (across > available) {
      const down = this.layoutFor('down').width * MIN_SCALE;
      if (down <= available || down < across) next = 'down';
    }
    if (next !== this.direction) this.direction = next;
  }

  // ---- reader actions -----------------------------------------------------------------

  private get selectedNode(): GradNode | undefined {
    return this.selectedId ? this.session.graph.nodeById(this.selectedId) : undefined;
  }

  private selectByReader(node: GradNode): void {
    this.selectedId = node.id;
    const grad = this.session.finalGradient(node);
    this.emit<NodeSelectDetail>('node-select', {
      id: node.id,
      op: node.op,
      label: node.label,
      value: node.value,
      grad,
    });
    this.announce(
      `Selected ${nodeName(node)}, ${nodeKind(node)}: value ${spokenNumber(node.value)}, gradient ${spokenNumber(grad)}.`,
    );
  }

  private closePanel(): void {
    const id = this.selectedId;
    this.selectedId = null;
    this.announce('Details closed.');
    // Return focus to the node the panel described, so keyboard readers keep their place.
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<SVGGElement>(`.node[data-id="${id}"]`)?.focus();
    });
  }

  private setVariable(name: string, value: number, commit: boolean): void {
    const next = clampValue(value);
    this.session.setValues({ [name]: next });
    this.requestUpdate();
    this.emit<GraphEditDetail>('input', { name, value: next });
    if (commit) this.emit<GraphEditDetail>('change', { name, value: next });
    const node = this.session.graph.variables.get(name)!;
    const problem = this.session.problem;
    this.announce(
      problem
        ? `${name} is ${spokenNumber(next)}. ${problem.message}.`
        : `${name} is ${spokenNumber(next)}. Output ${spokenNumber(this.session.output.value)}; gradient of ${name} ${spokenNumber(this.session.finalGradient(node))}.`,
    );
  }

  /** One reader-driven step: advance, narrate, and tell the page. */
  private takeStep(): void {
    if (this.session.step >= this.session.totalSteps) return;
    this.session.step += 1;
    this.requestUpdate();
    const current = this.session.currentStep!;
    this.emit<BackwardStepDetail>('backward-step', {
      step: this.session.step,
      total: this.session.totalSteps,
      id: current.node.id,
    });
    this.announce(narrateStep(this.session));
  }

  private scheduleTick(delay: number): void {
    this.cancelLater(this.playTimer);
    this.playTimer = this.later(() => {
      this.playTimer = undefined;
      if (!this.playing) return;
      this.takeStep();
      if (this.session.step >= this.session.totalSteps) this.playing = false;
      else this.scheduleTick(this.reducedMotion ? PLAY_INTERVAL_REDUCED : PLAY_INTERVAL);
    }, delay);
  }

  private readonly onStepClick = (): void => {
    this.pause();
    this.takeStep();
  };

  private readonly onPlayClick = (): void => {
    if (this.playing) {
      this.pause();
      this.announce(`Paused at step ${this.session.step} of ${this.session.totalSteps}.`);
    } else {
      this.play();
    }
  };

  private readonly onResetClick = (): void => {
    this.reset();
    this.announce(narrateStep(this.session));
  };

  private readonly diagramHandlers = {
    select: (node: GradNode) => this.selectByReader(node),
    click: (node: GradNode) => {
      if (this.suppressClick) {
        this.suppressClick = false;
        return;
      }
      this.selectByReader(node);
    },
    keydown: (node: GradNode, event: KeyboardEvent) => {
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
    },
    pointerdown: (node: GradNode, event: PointerEvent) => {
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
          this.emit<GraphEditDetail>('change', { name: node.label, value: clampValue(last) });
        },
      });
    },
  };

  private readonly panelHandlers = {
    close: () => this.closePanel(),
    valueInput: (name: string, text: string, commit: boolean) => {
      const parsed = parseNumber(text, { min: -VALUE_LIMIT, max: VALUE_LIMIT });
      this.valueInvalid = !parsed.ok;
      if (!parsed.ok) return;
      const current = this.session.valueOf(name);
      if (parsed.value === current && !commit) return;
      this.setVariable(name, parsed.value, commit);
    },
  };

  private readonly onExpressionInput = (text: string, commit: boolean): void => {
    this.draft = text;
    let graph;
    try {
      graph = parseGraph(text);
    } catch (error) {
      const position = (error as { position?: number }).position ?? 0;
      this.draftError = { message: (error as Error).message, position };
      return;
    }
    this.draftError = null;
    if (graph.text !== this.session.graph.text) {
      // Keep the values of variables that survive the edit; new ones start at the default.
      const kept = { ...this.attributeValues, ...this.session.values() };
      const start: Record<string, number> = {};
      for (const name of graph.variableNames) start[name] = kept[name] ?? DEFAULT_VARIABLE_VALUE;
      this.adopt(new GraphSession(graph, start));
      this.chooseDirection();
      this.emit<GraphEditDetail>('input', { name: 'expr', value: text });
      this.announce(
        `New graph: output ${spokenNumber(this.session.output.value)}, ${this.session.totalSteps} backward steps.`,
      );
    }
    if (commit) this.emit<GraphEditDetail>('change', { name: 'expr', value: text });
  };

  // ---- rendering --------------------------------------------------------------------------

  private renderControls(): TemplateResult {
    const { step, totalSteps, problem } = this.session;
    const blocked = Boolean(problem) || totalSteps === 0;
    return html`<div class="controls" part="controls">
      <button class="step" @click=${this.onStepClick} ?disabled=${blocked || step >= totalSteps}>
        Step ◂
      </button>
      <button
        class="play"
        @click=${this.onPlayClick}
        ?disabled=${blocked}
        aria-pressed=${this.playing ? 'true' : 'false'}
      >
        ${this.playing ? 'Pause ❚❚' : 'Play ▸'}
      </button>
      <button class="reset" @click=${this.onResetClick} ?disabled=${step === 0 && !this.playing}>
        Reset ↺
      </button>
      <span class="counter">Step ${step} of ${totalSteps}</span>
    </div>`;
  }

  private renderDomainProblem(): TemplateResult | typeof nothing {
    const problem = this.session.problem;
    if (!problem) return nothing;
    return html`<p class="domain" role="alert">
      <strong>Cannot compute:</strong> ${problem.message} (at ${nodeName(problem.node)},
      ${problem.node.id}). Change a value to continue.
    </p>`;
  }

  override render(): TemplateResult {
    const selected = this.selectedNode;
    const layout = this.layoutFor(this.direction);
    return html`${this.renderProblems()}
    ${
      this.editable
        ? renderExpressionBox({
            text: this.draft ?? this.session.graph.text,
            failure: this.draftError,
            onInput: this.onExpressionInput,
          })
        : nothing
    }
    ${renderDiagram({
      session: this.session,
      layout,
      selectedId: this.selectedId,
      handlers: this.diagramHandlers,
    })}
    ${this.renderDomainProblem()} ${this.renderControls()} ${renderCaption(this.session)}
    ${
      selected
        ? renderPanel({
            session: this.session,
            node: selected,
            check: this.gradientCheck,
            valueInvalid: this.valueInvalid,
            handlers: this.panelHandlers,
          })
        : nothing
    }
    ${this.renderLiveRegion()}`;
  }
}
