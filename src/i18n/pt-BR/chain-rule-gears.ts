import type { Messages } from '../../internal/i18n.js';

/** The pt-BR messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'alavanca',
  'chain-rule-gears.name.gear': 'engrenagem {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} grau', other: '{value} graus' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: 'Diagrama: {lever} que move {count} engrenagem',
    other: 'Diagrama: {lever} que move {count} engrenagens',
  },
  'chain-rule-gears.lever.name': 'deslocamento de {lever}',
  'chain-rule-gears.lever.valueText': '{amount}; {last} gira {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Arraste, ou use as setas para mover de 0,1 em 0,1; Shift com uma seta, ou Page Up e Page Down, movem de 1 em 1; Home e End vão até as pontas.',
  'chain-rule-gears.gear.label': '{name}: relação {ratio}; girou {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: relação {ratio}, gira no sentido contrário; girou {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: fora de engate, relação 0: não gira; girou {amount}',
  'chain-rule-gears.readouts': 'Deslocamento de cada etapa',
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'contado no sentido horário',
  'chain-rule-gears.direction.counterclockwise': 'contado no sentido anti-horário',
  'chain-rule-gears.convention':
    'Engrenagens engatadas giram em sentidos opostos. O ângulo de cada engrenagem é contado no sentido da sua própria seta, então uma relação positiva mantém o sinal da leitura da engrenagem que a move.',
  'chain-rule-gears.formula.title': 'A regra da cadeia, um fator por engrenagem',
  'chain-rule-gears.formula.total': 'd {last} sobre d {first} é igual a {value}',
  'chain-rule-gears.formula.factor':
    'fator de {name}: d {name} sobre d {previous} é igual a {value}',
  'chain-rule-gears.formula.summary': 'A cada {unitStep} de {lever}, {last} gira {amount}.',
  'chain-rule-gears.reset': 'Redefinir {lever} para {amount}',
  'chain-rule-gears.narration.lever': '{name} em {amount}',
  'chain-rule-gears.narration.gear': '{name} gira {amount}: {ratio} vezes {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
  'chain-rule-gears.ask.product': 'Preveja d {last} / d {lever}, a derivada da cadeia inteira',
  'chain-rule-gears.hint.sum':
    'Os efeitos se multiplicam ao longo da cadeia: cada engrenagem gira sua razão vezes o que a moveu.',
  'chain-rule-gears.hint.partial': 'Isso é só uma engrenagem: toda razão da cadeia conta.',
  'chain-rule-gears.hint.rule': 'Multiplique as razões ao longo da cadeia: {factors}.',
  'chain-rule-gears.formula.totalHidden': 'd {last} sobre d {first}: oculto até você responder',
  'chain-rule-gears.gear.labelHidden':
    '{name}: razão {ratio}; o giro dela fica oculto até você responder',
};
