/**
 * Words and labels for each stage: names, units and the sentences the live region speaks.
 * Free of DOM and Lit.
 */
import { formatNumber, spokenNumber } from '../../internal/format.js';

export const DEFAULT_LEVER_UNIT = 'cm';
export const DEFAULT_GEAR_UNIT = '°';

/** Stage names: the author's where given, else "lever", "gear 1", "gear 2", ... */
export function stageNames(labels: readonly string[], stages: number): string[] {
  return Array.from({ length: stages + 1 }, (_, k) => {
    const given = labels[k]?.trim();
    if (given) return given;
    return k === 0 ? 'lever' : `gear ${k}`;
  });
}

/**
 * Stage units: the lever's first, then each gear's. A gear without a unit of its own borrows the
 * previous gear's, so `cm, rad` reads as radians for every gear.
 */
export function stageUnits(units: readonly string[], stages: number): string[] {
  const result: string[] = [units[0]?.trim() || DEFAULT_LEVER_UNIT];
  for (let k = 1; k <= stages; k++) {
    const given = units[k]?.trim();
    result.push(given || (k > 1 ? result[k - 1] : DEFAULT_GEAR_UNIT));
  }
  return result;
}

/** "6°", "−1.5 cm": a degree sign hugs its number, a word unit gets a space. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return /^[°'"%]/.test(unit) ? `${text}${unit}` : `${text}\u00a0${unit}`;
}

/** A displacement with an explicit sign: "+6°", "−2°", "0°". */
export function signedDisplacement(value: number, unit: string): string {
  const text = formatNumber(value);
  return withUnit(value > 0 ? `+${text}` : text, unit);
}

/** Units read aloud: screen readers skip a bare "°" in some voices. */
function spokenUnit(unit: string, value: number): string {
  if (unit === '°') return Math.abs(value) === 1 ? 'degree' : 'degrees';
  return unit;
}

export function spokenDisplacement(value: number, unit: string): string {
  const unitWords = spokenUnit(unit, value);
  return unitWords ? `${spokenNumber(value)} ${unitWords}` : spokenNumber(value);
}

/** Which way a stage's ratio turns it, in words. */
export function ratioWords(ratio: number): string {
  if (ratio === 0) return 'disengaged, ratio 0: it does not turn';
  const direction = ratio < 0 ? ', reversed' : '';
  return `ratio ${spokenNumber(ratio)}${direction}`;
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
): string {
  const parts = [`${names[0]} at ${spokenDisplacement(value, units[0])}`];
  ratios.forEach((ratio, index) => {
    const before = index === 0 ? value : outputs[index - 1];
    parts.push(
      `${names[index + 1]} turns ${spokenDisplacement(outputs[index], units[index + 1])}: ` +
        `${spokenNumber(ratio)} times ${spokenNumber(before)}`,
    );
  });
  return `${parts.join('; ')}.`;
}
