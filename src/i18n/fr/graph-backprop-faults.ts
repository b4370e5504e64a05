import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'l’expression doit être du texte',
  'graph-backprop-faults.tooLong':
    'l’expression est trop longue ({length} caractères, au plus {max})',
  'graph-backprop-faults.times':
    "'{found}' inattendu à la position {at} : écrivez * pour multiplier",
  'graph-backprop-faults.character': "caractère inattendu '{found}' à la position {at}",
  'graph-backprop-faults.tooLarge': 'l’expression est trop grande (plus de {max} nœuds)',
  'graph-backprop-faults.tooDeep': 'l’expression est trop imbriquée (plus de {max} niveaux)',
  'graph-backprop-faults.empty': 'l’expression est vide',
  'graph-backprop-faults.unmatched': "')' sans '(' à la position {at}",
  'graph-backprop-faults.operatorBefore':
    "opérateur attendu avant '{found}' à la position {at} (écrivez * pour multiplier)",
  'graph-backprop-faults.operatorBeforeEnd':
    'opérateur attendu avant la fin, à la position {at} (écrivez * pour multiplier)',
  'graph-backprop-faults.unexpected': "'{found}' inattendu à la position {at}",
  'graph-backprop-faults.unexpectedEnd': 'fin inattendue à la position {at}',
  'graph-backprop-faults.bigNumber': 'le nombre {found} à la position {at} est trop grand',
  'graph-backprop-faults.endsEarly':
    "l’expression se termine trop tôt : un nombre, un nom ou '(' est attendu à la position {at}",
  'graph-backprop-faults.operand':
    "un nombre, un nom ou '(' est attendu à la position {at}, trouvé : '{found}'",
  'graph-backprop-faults.operandEnd':
    "un nombre, un nom ou '(' est attendu à la position {at}, mais l’expression se termine",
  'graph-backprop-faults.unclosed': "')' attendu à la position {at}, trouvé : '{found}'",
  'graph-backprop-faults.unclosedEnd':
    "')' attendu à la position {at} pour fermer la '(' de la position {opened}",
  'graph-backprop-faults.functionAsVariable':
    "'{name}' est une fonction : écrivez {name}(...) à la position {at}",
  'graph-backprop-faults.unknownFunction':
    "fonction inconnue '{name}', vouliez-vous dire '{suggestion}' ?",
  'graph-backprop-faults.unknownFunctionKnown': "fonction inconnue '{name}' (connues : {known})",
  'graph-backprop-faults.arity': {
    one: "'{name}' prend {count} argument, reçu : {got}",
    other: "'{name}' prend {count} arguments, reçu : {got}",
  },
};
