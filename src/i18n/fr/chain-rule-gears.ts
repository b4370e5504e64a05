import type { Messages } from '../../internal/i18n.js';

/** The fr messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'levier',
  'chain-rule-gears.name.gear': 'engrenage {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} degré', other: '{value} degrés' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: '{lever} entraînant {count} engrenage',
    other: '{lever} entraînant {count} engrenages',
  },
  'chain-rule-gears.lever.name': '{lever} : déplacement',
  'chain-rule-gears.lever.valueText': '{amount} ; {last} tourne de {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Faites glisser, ou utilisez les flèches pour avancer de 0,1 ; Maj avec une flèche, ou Page précédente et Page suivante, avancent de 1 ; Début et Fin vont aux extrémités.',
  'chain-rule-gears.gear.label': '{name} : rapport {ratio} ; rotation de {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name} : rapport {ratio}, sens inverse ; rotation de {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name} : débrayé, rapport 0, ne tourne pas ; rotation de {amount}',
  'chain-rule-gears.readouts': 'Déplacement de chaque étage',
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'compté dans le sens horaire',
  'chain-rule-gears.direction.counterclockwise': 'compté dans le sens antihoraire',
  'chain-rule-gears.convention':
    'Deux engrenages en prise tournent en sens inverse. L’angle de chaque engrenage se compte dans le sens de sa propre flèche : un rapport positif garde donc le signe de la lecture de l’engrenage qui l’entraîne.',
  'chain-rule-gears.formula.title': 'La règle de dérivation en chaîne, un facteur par engrenage',
  'chain-rule-gears.formula.total': 'd {last} sur d {first} égale {value}',
  'chain-rule-gears.formula.factor':
    'facteur pour {name} : d {name} sur d {previous} égale {value}',
  'chain-rule-gears.formula.summary':
    'Quand {lever} avance de {unitStep}, {last} tourne de {amount}.',
  'chain-rule-gears.reset': 'Remettre {lever} à {amount}',
  'chain-rule-gears.narration.lever': '{name} à {amount}',
  'chain-rule-gears.narration.gear': '{name} tourne de {amount} : {ratio} fois {before}',
  'chain-rule-gears.narration.separator': ' ; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
  'chain-rule-gears.ask.product': 'Prédisez d {last} / d {lever}, la dérivée de toute la chaîne',
  'chain-rule-gears.hint.sum':
    'Les effets se multiplient le long de la chaîne : chaque engrenage tourne de son rapport fois ce qui l’entraîne.',
  'chain-rule-gears.hint.partial': 'Ce n’est qu’un engrenage : chaque rapport de la chaîne compte.',
  'chain-rule-gears.hint.rule': 'Multipliez les rapports le long de la chaîne : {factors}.',
  'chain-rule-gears.formula.totalHidden': 'd {last} sur d {first} : caché jusqu’à votre réponse',
  'chain-rule-gears.gear.labelHidden':
    '{name} : rapport {ratio} ; sa rotation est cachée jusqu’à votre réponse',
};
