/**
 * The strip under the diagram before the backward pass has taken a step: the output's definition
 * and value, and how to start. Once a step is taken the strip is step-caption.ts, loaded on
 * demand. The formula (part `formula`) reads left to right.
 */
import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { expressionTex, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';

export interface CaptionView {
  readonly model: GraphModel;
  readonly l10n: Localizer;
}

/**
 * `out = ` and the expression in TeX, made once per graph and language: a change of values
 * changes only the number after it (the expression names variables, and constants stay).
 */
const definitions = new WeakMap<
  GraphModel['graph'],
  { readonly l10n: Localizer; readonly tex: string }
>();

function definitionTex(graph: GraphModel['graph'], l10n: Localizer): string {
  const known = definitions.get(graph);
  if (known?.l10n === l10n) return known.tex;
  const out = texText(l10n.t('graph-backprop.tex.out'));
  const made = `${out} = ${expressionTex(graph.output, l10n)}`;
  definitions.set(graph, { l10n, tex: made });
  return made;
}

/** The strip before the first step: the output's value and how to start the pass. */
export function renderCaption({ model, l10n }: CaptionView): TemplateResult {
  const total = model.pass.steps.length;
  return html`<div class="caption" part="caption">
    <div class="formula-line" part="formula">
      ${tex(`${definitionTex(model.graph, l10n)} = ${l10n.tex(model.graph.output.value)}`)}
    </div>
    <p class="hint">
      ${
        total === 0
          ? l10n.t('graph-backprop.caption.single')
          : l10n.t('graph-backprop.caption.start')
      }
    </p>
  </div>`;
}
