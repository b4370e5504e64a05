import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'la expresión debe ser texto',
  'graph-backprop-faults.tooLong':
    'la expresión es demasiado larga ({length} caracteres, como máximo {max})',
  'graph-backprop-faults.times':
    "'{found}' inesperado en la posición {at}: escribe * para multiplicar",
  'graph-backprop-faults.character': "carácter inesperado '{found}' en la posición {at}",
  'graph-backprop-faults.tooLarge': 'la expresión es demasiado grande (más de {max} nodos)',
  'graph-backprop-faults.tooDeep': 'la expresión se anida demasiado (más de {max} niveles)',
  'graph-backprop-faults.empty': 'la expresión está vacía',
  'graph-backprop-faults.unmatched': "')' sin pareja en la posición {at}",
  'graph-backprop-faults.operatorBefore':
    "falta un operador antes de '{found}' en la posición {at} (escribe * para multiplicar)",
  'graph-backprop-faults.operatorBeforeEnd':
    'falta un operador antes del final, en la posición {at} (escribe * para multiplicar)',
  'graph-backprop-faults.unexpected': "'{found}' inesperado en la posición {at}",
  'graph-backprop-faults.unexpectedEnd': 'final inesperado en la posición {at}',
  'graph-backprop-faults.bigNumber': 'el número {found} en la posición {at} es demasiado grande',
  'graph-backprop-faults.endsEarly':
    "la expresión termina demasiado pronto: se esperaba un número, un nombre o '(' en la posición {at}",
  'graph-backprop-faults.operand':
    "se esperaba un número, un nombre o '(' en la posición {at}, pero hay '{found}'",
  'graph-backprop-faults.operandEnd':
    "se esperaba un número, un nombre o '(' en la posición {at}, pero la expresión termina",
  'graph-backprop-faults.unclosed': "se esperaba ')' en la posición {at}, pero hay '{found}'",
  'graph-backprop-faults.unclosedEnd':
    "se esperaba ')' en la posición {at} para cerrar el '(' de la posición {opened}",
  'graph-backprop-faults.functionAsVariable':
    "'{name}' es una función: escribe {name}(...) en la posición {at}",
  'graph-backprop-faults.unknownFunction':
    "función desconocida '{name}'; ¿quisiste decir '{suggestion}'?",
  'graph-backprop-faults.unknownFunctionKnown': "función desconocida '{name}' (conocidas: {known})",
  'graph-backprop-faults.arity': {
    one: "'{name}' recibe {count} argumento, pero se dieron {got}",
    other: "'{name}' recibe {count} argumentos, pero se dieron {got}",
  },
};
