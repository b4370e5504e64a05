/**
 * What a reader's action on Step, the settings or the plane does to `<train-network>`, DOM-free:
 * the next snapshot, the events and the sentence, as train-network-actions.ts's outcomes. In their
 * own module, with the sentences only they speak (reader.messages.ts), because nothing needs them
 * before the reader's first action: they come with the code that follows the first paint.
 */
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import type { TrainSettings } from './config.js';
import './reader.messages.js';
import * as reader from './reader-rules.js';
import { diverged, pointsValue, type Outcome } from './train-network-actions.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';

/** Step: pauses, runs one mini-batch and says where training stands. */
export function step(model: TrainModel, l10n: Localizer = ENGLISH): Outcome {
  const outcome = rules.advance(rules.setPlaying(model, false), 1);
  if (outcome.diverged) return diverged(outcome.model, l10n);
  const next = outcome.model;
  return { model: next, events: [], say: (spoken) => spoken.summary(next, l10n) };
}

/** The reader changed a setting in the settings panel: applied, and `change` says so. */
export function changeSetting(
  model: TrainModel,
  change: { settings: TrainSettings; setting: string; value: unknown },
): Outcome {
  return {
    model: rules.withSettings(model, change.settings),
    events: [{ type: 'change', detail: { setting: change.setting, value: change.value } }],
    say: null,
  };
}

/** A press on the plane (or Enter on the cursor): removes the point there, or adds one. */
export function addOrRemove(
  model: TrainModel,
  x: number,
  y: number,
  l10n: Localizer = ENGLISH,
): Outcome {
  const near = reader.pointNear(model, x, y);
  const removed = near >= 0 ? model.points[near] : null;
  const next = removed ? reader.removePoint(model, near) : reader.addPoint(model, x, y);
  const shown = removed ?? next.points[next.points.length - 1];
  const label = rules.isRegression(next)
    ? l10n.t('train-network.value', { value: l10n.signed(shown.label) })
    : l10n.t('train-network.class', { number: shown.label + 1 });
  const where = { x: l10n.number(shown.x), y: l10n.number(shown.y) };
  return {
    model: next,
    events: [{ type: 'change', detail: { setting: 'points', value: pointsValue(next) } }],
    say: l10n.t(removed ? 'train-network.pointRemoved' : 'train-network.pointAdded', {
      ...where,
      label,
    }),
  };
}

/** An arrow key on the plane: the cursor moves (a quarter unit, or one with Shift). */
export function moveCursor(
  model: TrainModel,
  dx: number,
  dy: number,
  l10n: Localizer = ENGLISH,
): Outcome {
  const next = reader.moveCursor(model, dx, dy);
  const { x, y } = next.cursor;
  return {
    model: next,
    events: [],
    say: l10n.t('train-network.plane.cursor', { x: l10n.number(x), y: l10n.number(y) }),
  };
}

/** The keys the plane answers: arrows move the cursor, Enter and Space add or remove. */
export function planeKey(
  model: TrainModel,
  key: string,
  shift: boolean,
  l10n: Localizer = ENGLISH,
): Outcome | null {
  const size = shift ? 1 : 0.25;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-size, 0],
    ArrowRight: [size, 0],
    ArrowUp: [0, size],
    ArrowDown: [0, -size],
  };
  if (key in moves) return moveCursor(model, moves[key][0], moves[key][1], l10n);
  if (key === 'Enter' || key === ' ')
    return addOrRemove(model, model.cursor.x, model.cursor.y, l10n);
  return null;
}
