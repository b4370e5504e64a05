/** What <train-network> tells the page: each event's detail, and the map for typed listeners. */
import type { ExerciseEventMap } from '../../internal/exercise/exercise-element.js';

/** Where training stands: the detail of `epoch`, and what `train()` returns. */
export interface EpochDetail {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** Share of test points classified right; null for regression. */
  accuracy: number | null;
  /** Whether `accuracy` is at least `goalAccuracy` (never for regression). */
  goalReached: boolean;
}

/** A reader's change: a setting (`learningRate`, `features`, …) or `points`. */
export interface TrainChangeDetail {
  setting: string;
  value: unknown;
}

export interface DivergedDetail {
  /** The epoch training went back to. */
  epoch: number;
  learningRate: number;
}

/** The events `<train-network>` fires, for typed `addEventListener`. */
export interface TrainNetworkEventMap extends ExerciseEventMap {
  epoch: CustomEvent<EpochDetail>;
  change: CustomEvent<TrainChangeDetail>;
  diverged: CustomEvent<DivergedDetail>;
}
