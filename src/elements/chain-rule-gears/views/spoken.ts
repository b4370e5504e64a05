/**
 * What the lever and the gears say to assistive technology: the slider's value text and each
 * gear's accessible name. Made once per view, so a render that changes nothing they say reuses
 * them. A drag hands in the view of where it started until the pointer is released, when the
 * live region narrates the move: otherwise every pointer move would build each sentence again.
 */
import type { GearsView } from '../chain-rule-gears-model.js';
import { gearLabel, spokenDisplacement } from '../stage-text.js';

export interface SpokenTexts {
  /** The lever's `aria-valuetext`. */
  readonly lever: string;
  /** Each gear's `aria-label`, the first gear first. */
  readonly gears: readonly string[];
}

const made = new WeakMap<GearsView, SpokenTexts>();

export function spokenTexts(model: GearsView): SpokenTexts {
  let texts = made.get(model);
  if (!texts) made.set(model, (texts = makeTexts(model)));
  return texts;
}

function makeTexts(model: GearsView): SpokenTexts {
  const { l10n, names, units, outputs, ratios, concealed } = model;
  const stages = ratios.length;
  // Short name and value; how to use the slider is in its description (the hint).
  const amount = spokenDisplacement(model.value, units[0], l10n);
  // While the product is asked, the lever says only where it is: the last gear's turn would tell.
  const lever = concealed
    ? amount
    : l10n.t('chain-rule-gears.lever.valueText', {
        amount,
        last: names[stages],
        lastAmount: spokenDisplacement(outputs[stages - 1], units[stages], l10n),
      });
  const gears = ratios.map((ratio, index) => {
    const stage = index + 1;
    // The last gear keeps its turn to itself while the product is asked.
    return concealed && stage === stages
      ? l10n.t('chain-rule-gears.gear.labelHidden', {
          name: names[stage],
          ratio: l10n.spoken(ratio),
        })
      : gearLabel(
          names[stage],
          ratio,
          outputs[index],
          units[stage],
          model.layout.gears[index].direction,
          l10n,
        );
  });
  return { lever, gears };
}
