import type { Messages } from '../../internal/i18n.js';

/** The es messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'palanca',
  'chain-rule-gears.name.gear': 'engranaje {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} grado', other: '{value} grados' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: 'Diagrama: {lever} que mueve {count} engranaje',
    other: 'Diagrama: {lever} que mueve {count} engranajes',
  },
  'chain-rule-gears.lever.name': 'desplazamiento de {lever}',
  'chain-rule-gears.lever.valueText': '{amount}; {last} gira {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Arrastra, o usa las flechas para avanzar de 0,1 en 0,1; Mayús con una flecha, o Re Pág y Av Pág, avanzan de 1 en 1; Inicio y Fin van a los extremos.',
  'chain-rule-gears.gear.label': '{name}: relación {ratio}; ha girado {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: relación {ratio}, gira en sentido contrario; ha girado {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: fuera de engrane, relación 0: no gira; ha girado {amount}',
  'chain-rule-gears.readouts': 'Desplazamiento de cada etapa',
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'contado en sentido horario',
  'chain-rule-gears.direction.counterclockwise': 'contado en sentido antihorario',
  'chain-rule-gears.convention':
    'Los engranajes que engranan giran en sentidos opuestos. El ángulo de cada engranaje se cuenta en el sentido de su propia flecha, así que una relación positiva conserva el signo de la lectura del engranaje que lo mueve.',
  'chain-rule-gears.formula.title': 'La regla de la cadena, un factor por engranaje',
  'chain-rule-gears.formula.total': 'd {last} sobre d {first} es igual a {value}',
  'chain-rule-gears.formula.factor':
    'factor de {name}: d {name} sobre d {previous} es igual a {value}',
  'chain-rule-gears.formula.summary': 'Por cada {unitStep} de {lever}, {last} gira {amount}.',
  'chain-rule-gears.reset': 'Restablecer {lever} a {amount}',
  'chain-rule-gears.narration.lever': '{name} en {amount}',
  'chain-rule-gears.narration.gear': '{name} gira {amount}: {ratio} por {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
  'chain-rule-gears.ask.product': 'Predice d {last} / d {lever}, la derivada de toda la cadena',
  'chain-rule-gears.hint.sum':
    'Los efectos se multiplican a lo largo de la cadena: cada engranaje gira su razón por lo que lo movió.',
  'chain-rule-gears.hint.partial': 'Eso es un solo engranaje: cuenta cada razón de la cadena.',
  'chain-rule-gears.hint.rule': 'Multiplica las razones a lo largo de la cadena: {factors}.',
  'chain-rule-gears.formula.totalHidden': 'd {last} sobre d {first}: oculto hasta que respondas',
  'chain-rule-gears.gear.labelHidden':
    '{name}: razón {ratio}; su giro está oculto hasta que respondas',
};
