import { html, nothing, type TemplateResult } from 'lit';
import {
  CLASSIFICATION_SETS,
  FEATURES,
  REGRESSION_SETS,
  REGULARIZATIONS,
  TRAIN_ACTIVATIONS,
} from '../../../core/index.js';
import './settings.messages.js';
import type { Localizer } from '../../../internal/localizer.js';
import { MAX_HIDDEN_LAYERS, MAX_UNITS } from '../config.js';
import { isRegression, type TrainModel } from '../train-network-model.js';
import { FEATURE_TEXT } from './network.js';

/**
 * The settings a reader changes while training: native selects, ranges and checkboxes, so each
 * works by keyboard as every browser's form controls do. Each control carries the setting's
 * name in `data-setting`; the element reads the value and applies it.
 */

/** Learning rates the reader picks from (TensorFlow Playground's). */
const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

export interface SettingsHandlers {
  settingInput(event: Event): void;
}

function select(
  name: string,
  label: string,
  options: readonly { value: string; text: string }[],
  current: string,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<label class="field"
    ><span>${label}</span>
    <select data-setting=${name} @change=${onChange}>
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === current}>
            ${option.text}
          </option>`,
      )}
    </select></label
  >`;
}

function range(
  name: string,
  label: string,
  value: number,
  min: number,
  max: number,
  step: number,
  text: string,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<label class="field"
    ><span>${label} <output class="ltr">${text}</output></span>
    <input
      type="range"
      data-setting=${name}
      min=${min}
      max=${max}
      step=${step}
      .value=${String(value)}
      aria-valuetext=${text}
      @change=${onChange}
  /></label>`;
}

export function renderSettings(
  l10n: Localizer,
  model: TrainModel,
  handlers: SettingsHandlers,
): TemplateResult {
  const s = model.settings;
  const on = handlers.settingInput;
  const numbers = (values: readonly number[]) =>
    values.map((v) => ({ value: String(v), text: l10n.number(v, 5) }));
  const datasets: { value: string; text: string }[] = [
    ...CLASSIFICATION_SETS,
    ...REGRESSION_SETS,
  ].map((name) => ({
    value: name,
    text: l10n.t(`train-network.dataset.${name}`),
  }));
  if (s.points) datasets.unshift({ value: 'own', text: l10n.t('train-network.dataset.own') });
  const percent = (v: number) =>
    l10n.t('train-network.percent', { value: l10n.number(Math.round(v * 100)) });
  const units = s.sizes[0] ?? 1;
  return html`<fieldset class="settings" part="controls">
    <legend>${l10n.t('train-network.settings')}</legend>
    ${select('dataset', l10n.t('train-network.dataset'), datasets, s.points ? 'own' : s.dataset, on)}
    ${
      isRegression(model) || s.points
        ? nothing
        : select(
            'classes',
            l10n.t('train-network.classes'),
            [2, 3, 4, 5].map((n) => ({ value: String(n), text: l10n.number(n) })),
            String(s.classes),
            on,
          )
    }
    ${select(
      'learningRate',
      l10n.t('train-network.learningRate'),
      numbers(
        LEARNING_RATES.includes(s.learningRate)
          ? LEARNING_RATES
          : [...LEARNING_RATES, s.learningRate].sort((a, b) => a - b),
      ),
      String(s.learningRate),
      on,
    )}
    ${select(
      'activation',
      l10n.t('train-network.activation'),
      TRAIN_ACTIVATIONS.map((name) => ({ value: name, text: name })),
      s.activation,
      on,
    )}
    ${select(
      'regularization',
      l10n.t('train-network.regularization'),
      REGULARIZATIONS.map((name) => ({
        value: name,
        text: name === 'none' ? l10n.t('train-network.regularization.none') : name.toUpperCase(),
      })),
      s.regularization,
      on,
    )}
    ${select(
      'regularizationRate',
      l10n.t('train-network.regularizationRate'),
      numbers(
        REGULARIZATION_RATES.includes(s.regularizationRate)
          ? REGULARIZATION_RATES
          : [...REGULARIZATION_RATES, s.regularizationRate].sort((a, b) => a - b),
      ),
      String(s.regularizationRate),
      on,
    )}
    ${range('batchSize', l10n.t('train-network.batchSize'), s.batchSize, 1, 30, 1, l10n.number(s.batchSize), on)}
    ${range('layers', l10n.t('train-network.layers'), s.sizes.length, 1, MAX_HIDDEN_LAYERS, 1, l10n.number(s.sizes.length), on)}
    ${range('units', l10n.t('train-network.units'), units, 1, MAX_UNITS, 1, l10n.number(units), on)}
    ${
      s.points
        ? nothing
        : html`${range('noise', l10n.t('train-network.noise'), s.noise, 0, 0.5, 0.05, percent(s.noise), on)}`
    }
    ${range('trainRatio', l10n.t('train-network.trainRatio'), s.trainRatio, 0.1, 0.9, 0.1, percent(s.trainRatio), on)}
    <fieldset class="features">
      <legend>${l10n.t('train-network.features')}</legend>
      ${FEATURES.map(
        (feature) =>
          html`<label class="check ltr"
            ><input
              type="checkbox"
              data-setting="features"
              value=${feature}
              .checked=${s.features.includes(feature)}
              ?disabled=${s.features.length === 1 && s.features.includes(feature)}
              @change=${on}
            />${FEATURE_TEXT[feature]}</label
          >`,
      )}
    </fieldset>
    ${renderNewPointPicker(l10n, model, on)}
  </fieldset>`;
}

/** The class (or, for regression, the value) a reader's new point gets. */
function renderNewPointPicker(
  l10n: Localizer,
  model: TrainModel,
  on: (event: Event) => void,
): TemplateResult {
  const options = isRegression(model)
    ? [-1, -0.5, 0, 0.5, 1].map((v) => ({
        value: String(v),
        text: l10n.t('train-network.value', { value: l10n.signed(v) }),
      }))
    : Array.from({ length: model.setup.classes }, (_, c) => ({
        value: String(c),
        text: l10n.t('train-network.class', { number: c + 1 }),
      }));
  return select('newLabel', l10n.t('train-network.newPoint'), options, String(model.newLabel), on);
}
