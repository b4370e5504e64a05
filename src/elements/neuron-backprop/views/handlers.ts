/**
 * What the views call when the reader acts. The element creates this object once; each handler
 * reads which slider or box was used from the target's `data-name`, so templates bind the same
 * functions on every render.
 */
export interface NeuronHandlers {
  /** A pipeline input box was pressed: trace its derivative. */
  onTrace(event: Event): void;
  /** A key on an input box: arrows move along x, w, b and trace the one they reach. */
  onTraceKey(event: KeyboardEvent): void;
  /** A slider moved under a pointer (native `input`). */
  onSliderInput(event: Event): void;
  /** A slider was released (native `change`). */
  onSliderChange(event: Event): void;
  /** A key was pressed on a slider. */
  onSliderKeyDown(event: KeyboardEvent): void;
  onStep(): void;
  onReset(): void;
}
