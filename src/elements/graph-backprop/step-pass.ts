/**
 * A recorded pass the reader walks through one step at a time: the steps, in the order they ran,
 * and how many of them have been taken. Step, Play, Reset and the `step` property all move the
 * same position, whatever kind of step the pass records. Pure values and functions, no DOM.
 */
export interface StepPass<S> {
  readonly steps: readonly S[];
  /** Steps taken so far, 0 to `steps.length`. */
  readonly done: number;
  /**
   * On a pass recorded when first read (`rerecordLater`): the position it was given, handed on to
   * the next such pass without recording this one's steps.
   */
  readonly wanted?: number;
}

/** A pass at its start. */
export function startPass<S>(steps: readonly S[]): StepPass<S> {
  return { steps, done: 0 };
}

/** The pass moved to `count` steps taken: rounded, clamped, and 0 for a non-number. */
export function seek<S>(pass: StepPass<S>, count: number): StepPass<S> {
  const whole = Number.isFinite(count) ? Math.round(count) : 0;
  const done = Math.max(0, Math.min(pass.steps.length, whole));
  return done === pass.done ? pass : { steps: pass.steps, done };
}

/** One step further (unchanged at the end). */
export function advance<S>(pass: StepPass<S>): StepPass<S> {
  return seek(pass, pass.done + 1);
}

/** The same position in a newly recorded pass (clamped if the new one is shorter). */
export function rerecord<S>(pass: StepPass<S>, steps: readonly S[]): StepPass<S> {
  return seek(startPass(steps), pass.done);
}

/**
 * `pass` recorded again by `record`, which runs when its steps are first read: forward mode's
 * pass is then not recorded on every drag in reverse mode, only once the reader turns to it. The
 * nodes `record` reads must not change before then (a new value makes a new snapshot, with a
 * pass of its own). The position is carried over as given, clamped once the steps are here.
 */
export function rerecordLater<S>(pass: StepPass<S>, record: () => readonly S[]): StepPass<S> {
  const wanted = pass.wanted ?? pass.done;
  let steps: readonly S[] | undefined;
  const later: StepPass<S> = {
    wanted,
    get steps() {
      return (steps ??= record());
    },
    get done() {
      return Math.min(wanted, this.steps.length);
    },
  };
  return later;
}

export function isFinished<S>(pass: StepPass<S>): boolean {
  return pass.done >= pass.steps.length;
}

/** The step taken last, or null before the first. */
export function lastTaken<S>(pass: StepPass<S>): S | null {
  return pass.done > 0 ? pass.steps[pass.done - 1] : null;
}
