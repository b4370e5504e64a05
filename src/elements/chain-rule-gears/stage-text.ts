/**
 * Words and labels for each stage: names, units and the sentences the live region speaks, in
 * the reader's language (English unless a Localizer says otherwise). Free of DOM and Lit.
 */
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import '../../internal/messages.js';
import './messages.js';

/** Stage names: the author's where given (shown as given), else "lever", "gear 1", "gear 2", ... */
export function stageNames(
  labels: readonly string[],
  stages: number,
  l10n: Localizer = ENGLISH,
): string[] {
  return Array.from({ length: stages + 1 }, (_, k) => {
    const given = labels[k]?.trim();
    if (given) return given;
    return k === 0
      ? l10n.t('chain-rule-gears.name.lever')
      : l10n.t('chain-rule-gears.name.gear', { number: k });
  });
}

/**
 * Stage units: the lever's first, then each gear's. A gear without a unit of its own borrows the
 * previous gear's, so `cm, rad` reads as radians for every gear.
 */
export function stageUnits(
  units: readonly string[],
  stages: number,
  l10n: Localizer = ENGLISH,
): string[] {
  const result: string[] = [units[0]?.trim() || l10n.t('chain-rule-gears.unit.lever')];
  for (let k = 1; k <= stages; k++) {
    const given = units[k]?.trim();
    result.push(given || (k > 1 ? result[k - 1] : l10n.t('chain-rule-gears.unit.gear')));
  }
  return result;
}

/** "6°", "−1.5 cm": a degree sign hugs its number, a word unit gets a space. */
export function withUnit(text: string, unit: string): string {
  return `${text}${unitSpacing(unit)}${unit}`;
}

/** What goes between a number and its unit: nothing before °, ', " and %, else a no-break space. */
export function unitSpacing(unit: string): string {
  return !unit || /^[°'"%]/.test(unit) ? '' : '\u00a0';
}

/** A displacement with an explicit sign: "+6°", "−2°", "0°" (`0,5` in German). */
export function signedDisplacement(value: number, unit: string, l10n: Localizer = ENGLISH): string {
  return withUnit(l10n.signed(value), unit);
}

/** A displacement read aloud: "minus 12 degrees"; some voices skip a bare "°". */
export function spokenDisplacement(value: number, unit: string, l10n: Localizer = ENGLISH): string {
  const spoken = l10n.spoken(value);
  if (unit === '°') {
    return l10n.t('chain-rule-gears.spoken.degrees', { count: Math.abs(value), value: spoken });
  }
  return unit ? l10n.t('chain-rule-gears.spoken.amount', { value: spoken, unit }) : spoken;
}

/**
 * A gear's accessible name: its name, its ratio in words (reversed, or disengaged at 0), how far
 * it has turned and which way its angle counts (1 clockwise, −1 counter-clockwise).
 */
export function gearLabel(
  name: string,
  ratio: number,
  displacement: number,
  unit: string,
  direction: 1 | -1,
  l10n: Localizer = ENGLISH,
): string {
  const key =
    ratio === 0
      ? 'chain-rule-gears.gear.labelDisengaged'
      : ratio < 0
        ? 'chain-rule-gears.gear.labelReversed'
        : 'chain-rule-gears.gear.label';
  const label = l10n.t(key, {
    name,
    ratio: l10n.spoken(ratio),
    amount: spokenDisplacement(displacement, unit, l10n),
  });
  return l10n.t('chain-rule-gears.gear.withDirection', {
    label,
    direction: l10n.t(
      direction === 1
        ? 'chain-rule-gears.direction.clockwise'
        : 'chain-rule-gears.direction.counterclockwise',
    ),
  });
}

/**
 * The narration after a change: the lever's position, then each gear as
 * "gear 2 turns 6 degrees: 3 times 2".
 */
export function narrateChain(
  names: readonly string[],
  units: readonly string[],
  value: number,
  ratios: readonly number[],
  outputs: readonly number[],
  l10n: Localizer = ENGLISH,
): string {
  const clauses = [
    l10n.t('chain-rule-gears.narration.lever', {
      name: names[0],
      amount: spokenDisplacement(value, units[0], l10n),
    }),
  ];
  ratios.forEach((ratio, index) => {
    const before = index === 0 ? value : outputs[index - 1];
    clauses.push(
      l10n.t('chain-rule-gears.narration.gear', {
        name: names[index + 1],
        amount: spokenDisplacement(outputs[index], units[index + 1], l10n),
        ratio: l10n.spoken(ratio),
        before: l10n.spoken(before),
      }),
    );
  });
  return l10n.t('chain-rule-gears.narration.sentence', {
    clauses: clauses.join(l10n.t('chain-rule-gears.narration.separator')),
  });
}
