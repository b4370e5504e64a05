import { FEATURES, type Feature } from '../../core/index.js';
import type { TrainSettings } from './config.js';

/**
 * A reader's control turned into new settings, DOM-free apart from reading the control's value:
 * which setting changed, its new value, and the settings with it applied. Null when the value is
 * not one the control offers (it cannot be, from the element's own controls).
 */
export interface ReaderChange {
  readonly setting: string;
  readonly value: unknown;
  readonly settings: TrainSettings;
}

export function readerSetting(
  settings: TrainSettings,
  name: string,
  control: { value: string; checked?: boolean },
): ReaderChange | null {
  const number = Number(control.value);
  const with_ = (setting: keyof TrainSettings, value: unknown): ReaderChange => ({
    setting,
    value,
    settings: { ...settings, [setting]: value },
  });
  switch (name) {
    case 'dataset':
      if (control.value === 'own') return null;
      return {
        ...with_('dataset', control.value),
        settings: { ...settings, dataset: control.value as TrainSettings['dataset'], points: null },
      };
    case 'classes':
    case 'learningRate':
    case 'batchSize':
    case 'regularizationRate':
    case 'noise':
    case 'trainRatio':
      return Number.isFinite(number) ? with_(name, number) : null;
    case 'activation':
    case 'regularization':
      return with_(name, control.value);
    case 'layers': {
      const units = settings.sizes[0] ?? 4;
      return Number.isInteger(number) && number >= 1
        ? with_('sizes', new Array<number>(number).fill(units))
        : null;
    }
    case 'units':
      return Number.isInteger(number) && number >= 1
        ? with_(
            'sizes',
            settings.sizes.map(() => number),
          )
        : null;
    case 'features': {
      const feature = control.value as Feature;
      const chosen = control.checked
        ? [...settings.features, feature]
        : settings.features.filter((f) => f !== feature);
      if (chosen.length === 0) return null;
      return with_(
        'features',
        FEATURES.filter((f) => chosen.includes(f)),
      );
    }
    default:
      return null;
  }
}
