import type { Messages } from '../../internal/i18n.js';

/** The de messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'Hebel',
  'chain-rule-gears.name.gear': 'Zahnrad {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} Grad', other: '{value} Grad' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: '{lever} treibt {count} Zahnrad an',
    other: '{lever} treibt {count} Zahnräder an',
  },
  'chain-rule-gears.lever.name': '{lever}: Verschiebung',
  'chain-rule-gears.lever.valueText': '{amount}; {last} dreht sich um {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Ziehen oder mit den Pfeiltasten um 0,1 verschieben; Umschalttaste mit einer Pfeiltaste oder Bild auf und Bild ab verschieben um 1; Pos1 und Ende springen an die Enden.',
  'chain-rule-gears.gear.label': '{name}: Übersetzung {ratio}; gedreht um {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: Übersetzung {ratio}, gegenläufig; gedreht um {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: ausgekuppelt, Übersetzung 0, dreht sich nicht; gedreht um {amount}',
  'chain-rule-gears.readouts': 'Verschiebung jeder Stufe',
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'im Uhrzeigersinn gezählt',
  'chain-rule-gears.direction.counterclockwise': 'gegen den Uhrzeigersinn gezählt',
  'chain-rule-gears.convention':
    'Ineinandergreifende Zahnräder drehen sich gegenläufig. Der Winkel jedes Zahnrads zählt in Richtung seines eigenen Pfeils, daher behält eine positive Übersetzung das Vorzeichen der Anzeige des antreibenden Rads.',
  'chain-rule-gears.formula.title': 'Die Kettenregel, ein Faktor pro Zahnrad',
  'chain-rule-gears.formula.total': 'd {last} nach d {first} ist gleich {value}',
  'chain-rule-gears.formula.factor':
    'Faktor für {name}: d {name} nach d {previous} ist gleich {value}',
  'chain-rule-gears.formula.summary':
    'Verschiebt sich {lever} um {unitStep}, dreht sich {last} um {amount}.',
  'chain-rule-gears.reset': '{lever} auf {amount} zurücksetzen',
  'chain-rule-gears.narration.lever': '{name} bei {amount}',
  'chain-rule-gears.narration.gear': '{name} dreht sich um {amount}: {ratio} mal {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
  'chain-rule-gears.ask.product':
    'd {last} / d {lever} vorhersagen, die Ableitung der ganzen Kette',
  'chain-rule-gears.hint.sum':
    'Die Wirkungen multiplizieren sich entlang der Kette: Jedes Zahnrad dreht sich um sein Verhältnis mal das, was es antreibt.',
  'chain-rule-gears.hint.partial': 'Das ist nur ein Zahnrad: Jedes Verhältnis in der Kette zählt.',
  'chain-rule-gears.hint.rule': 'Die Verhältnisse entlang der Kette multiplizieren: {factors}.',
  'chain-rule-gears.formula.totalHidden':
    'd {last} nach d {first}: verborgen, bis die Antwort gegeben ist',
  'chain-rule-gears.gear.labelHidden':
    '{name}: Verhältnis {ratio}; seine Drehung ist verborgen, bis die Antwort gegeben ist',
};
