import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'a expressão precisa ser texto',
  'graph-backprop-faults.tooLong':
    'a expressão é longa demais ({length} caracteres, no máximo {max})',
  'graph-backprop-faults.times': "'{found}' inesperado na posição {at}: escreva * para multiplicar",
  'graph-backprop-faults.character': "caractere inesperado '{found}' na posição {at}",
  'graph-backprop-faults.tooLarge': 'a expressão é grande demais (mais de {max} nós)',
  'graph-backprop-faults.tooDeep':
    'a expressão tem aninhamento profundo demais (mais de {max} níveis)',
  'graph-backprop-faults.empty': 'a expressão está vazia',
  'graph-backprop-faults.unmatched': "')' sem par na posição {at}",
  'graph-backprop-faults.operatorBefore':
    "falta um operador antes de '{found}' na posição {at} (escreva * para multiplicar)",
  'graph-backprop-faults.operatorBeforeEnd':
    'falta um operador antes do fim, na posição {at} (escreva * para multiplicar)',
  'graph-backprop-faults.unexpected': "'{found}' inesperado na posição {at}",
  'graph-backprop-faults.unexpectedEnd': 'fim inesperado na posição {at}',
  'graph-backprop-faults.bigNumber': 'o número {found} na posição {at} é grande demais',
  'graph-backprop-faults.endsEarly':
    "a expressão termina cedo demais: era esperado um número, um nome ou '(' na posição {at}",
  'graph-backprop-faults.operand':
    "era esperado um número, um nome ou '(' na posição {at}, mas há '{found}'",
  'graph-backprop-faults.operandEnd':
    "era esperado um número, um nome ou '(' na posição {at}, mas a expressão termina",
  'graph-backprop-faults.unclosed': "era esperado ')' na posição {at}, mas há '{found}'",
  'graph-backprop-faults.unclosedEnd':
    "era esperado ')' na posição {at} para fechar o '(' da posição {opened}",
  'graph-backprop-faults.functionAsVariable':
    "'{name}' é uma função: escreva {name}(...) na posição {at}",
  'graph-backprop-faults.unknownFunction':
    "função desconhecida '{name}'; você quis dizer '{suggestion}'?",
  'graph-backprop-faults.unknownFunctionKnown':
    "função desconhecida '{name}' (conhecidas: {known})",
  'graph-backprop-faults.arity': {
    one: "'{name}' recebe {count} argumento, mas foram dados {got}",
    other: "'{name}' recebe {count} argumentos, mas foram dados {got}",
  },
};
