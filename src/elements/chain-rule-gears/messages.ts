import { addEnglish, addTranslations, type Messages } from '../../internal/i18n.js';
import { translations } from '../../i18n/chain-rule-gears.js';

// Its words in the other shipped languages, fetched when the element first shows one.
addTranslations('chain-rule-gears', translations);

/**
 * Every word `<chain-rule-gears>` shows or speaks, in English. `{name}`, `{lever}`, `{first}`
 * and `{last}` are stage names (the author's labels, or the default names below); `{amount}`
 * is a number with its unit, already formatted.
 */
export const chainRuleGearsMessages: Messages = {
  // Default stage names when the author gives no labels: the lever that drives the train, and
  // each gear by its position in the train (1 is the gear the lever turns).
  'chain-rule-gears.name.lever': 'lever',
  'chain-rule-gears.name.gear': 'gear {number}',
  // Default units: how far the lever slides (centimetres) and how far each gear turns (degrees).
  // Write the symbol your readers use; a gear unit starting with ° hugs its number (6°).
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  // An amount in degrees read aloud; `count` picks the plural, `{value}` is the number in words.
  'chain-rule-gears.spoken.degrees': { one: '{value} degree', other: '{value} degrees' },
  // An amount in an author's unit read aloud, such as "2 cm" or "minus 1 Δz".
  'chain-rule-gears.spoken.amount': '{value} {unit}',

  // The drawing's accessible name.
  'chain-rule-gears.diagram': {
    one: 'A {lever} driving {count} gear',
    other: 'A {lever} driving {count} gears',
  },
  // The lever's slider: its short name, the value it reads out, and how to use it.
  'chain-rule-gears.lever.name': '{lever} displacement',
  'chain-rule-gears.lever.valueText': '{amount}; {last} turns {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Drag, or use the arrow keys to move by 0.1; Shift with an arrow, or Page Up and Page Down, move by 1; Home and End go to the ends.',

  // A gear's accessible name: its name, its ratio (how many times its driver's turn it makes)
  // and how far it has turned.
  'chain-rule-gears.gear.label': '{name}: ratio {ratio}; turned {amount}',
  // The same for a gear whose negative ratio turns it against its driver.
  'chain-rule-gears.gear.labelReversed': '{name}: ratio {ratio}, reversed; turned {amount}',
  // The same for a gear with ratio 0: out of mesh, so neither it nor any later gear turns.
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: disengaged, ratio 0: it does not turn; turned {amount}',

  // A gear's accessible name (one of the three above) followed by the way its angle counts.
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'counted clockwise',
  'chain-rule-gears.direction.counterclockwise': 'counted counter-clockwise',

  'chain-rule-gears.readouts': 'Displacement of each stage',
  // Under the readouts: how the drawing's angles are counted. Each gear carries a curved arrow
  // (and each gear's readout a small copy of it) pointing the way its angle grows.
  'chain-rule-gears.convention':
    "Meshed gears turn opposite ways. Each gear's angle counts along its own arrow, so a positive ratio keeps the sign of its driver's reading.",

  'chain-rule-gears.formula.title': 'The chain rule, one factor per gear',
  // The derivative of the last gear with respect to the lever, read aloud ("d gear 2 over d lever").
  'chain-rule-gears.formula.total': 'd {last} over d {first} equals {value}',
  // One factor of the chain rule read aloud: the stage's local derivative.
  'chain-rule-gears.formula.factor': 'factor for {name}: d {name} over d {previous} equals {value}',
  // Under the formula; `{amount}` is the product with its sign and unit ("+6°"), shown in bold.
  'chain-rule-gears.formula.summary': 'Each {unitStep} of {lever} turns {last} by {amount}.',

  'chain-rule-gears.reset': 'Reset {lever} to {amount}',

  // What stands for the total and the last gear while the reader is asked for them.
  'chain-rule-gears.formula.totalHidden': 'd {last} over d {first}: hidden until you answer',
  'chain-rule-gears.gear.labelHidden': '{name}: ratio {ratio}; its turn is hidden until you answer',

  // What the live region says after the reader moves the lever: the lever's clause first, then
  // one clause per gear, joined by the separator and closed by the ending.
  'chain-rule-gears.narration.lever': '{name} at {amount}',
  // `{ratio}` times `{before}` (what drove this gear) gives `{amount}`.
  'chain-rule-gears.narration.gear': '{name} turns {amount}: {ratio} times {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
};

addEnglish(chainRuleGearsMessages);
