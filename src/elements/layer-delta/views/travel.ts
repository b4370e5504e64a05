import { css, nothing, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { signClass } from '../../../internal/format.js';
import { styleProps } from '../../../internal/style-props.js';
import type { UnitPosition } from '../layout.js';
import type { DiagramView } from './diagram.js';

/**
 * The dots that carry the deltas back along W transposed as the pass steps, and the pulse of the
 * labels they land on. Only a step sends them, so they come with the reader's code
 * (reader-handlers.ts), not in the first load.
 */

export function renderTravel(view: DiagramView): unknown {
  const { travel, layout } = view;
  if (!travel || !view.animate) return nothing;
  const targets = layout.positions[travel.layer];
  const last = view.sizes.length - 1;
  const sources: Array<{ from: UnitPosition; sign: string }> =
    travel.layer === last
      ? [{ from: layout.loss, sign: 'loss' }]
      : layout.positions[travel.layer + 1].map((from, i) => ({
          from,
          sign: signClass(view.deltas[travel.layer + 1]?.[i] ?? 0),
        }));
  const dots = sources.flatMap(({ from, sign }) =>
    targets.map(
      (to) =>
        svg`<circle class="dot ${sign}" cx=${from.x} cy=${from.y} r=${layout.roomy ? 5 : 3}
          style=${styleProps({ '--dx': `${to.x - from.x}px`, '--dy': `${to.y - from.y}px` })}></circle>`,
    ),
  );
  // Keyed by the step, so each step's dots are new elements and travel again.
  return keyed(travel.key, svg`<g class="travel" aria-hidden="true">${dots}</g>`);
}

/** Adopted with the reader's code (reader-handlers.ts). */
export const travelStyles = css`
  .unit-text.fresh :is(.delta, .sign) {
    animation: arrive var(--layer-delta-travel-duration) ease-out;
  }
  /* A pulse as the dots land: it starts and ends at the resting size, so a label is drawn at full
     size whether or not the animation runs to its end (a page in the background never plays it). */
  @keyframes arrive {
    0%,
    70% {
      transform: none;
    }
    85% {
      transform: scale(1.25);
    }
    100% {
      transform: none;
    }
  }
  .dot {
    fill: var(--bp-accent);
    pointer-events: none;
    animation: travel var(--layer-delta-travel-duration) ease-in-out both;
  }
  .dot.positive {
    fill: var(--bp-positive);
  }
  .dot.negative {
    fill: var(--bp-negative);
  }
  @keyframes travel {
    0% {
      transform: translate(0, 0);
      opacity: 1;
    }
    80% {
      opacity: 1;
    }
    100% {
      transform: translate(var(--dx), var(--dy));
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .dot {
      display: none;
    }
    .unit-text.fresh :is(.delta, .sign) {
      animation: none;
    }
  }
`;
