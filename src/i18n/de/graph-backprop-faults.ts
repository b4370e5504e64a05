import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'der Ausdruck muss Text sein',
  'graph-backprop-faults.tooLong': 'der Ausdruck ist zu lang ({length} Zeichen, höchstens {max})',
  'graph-backprop-faults.times':
    "unerwartetes '{found}' an Position {at}: * schreiben, um zu multiplizieren",
  'graph-backprop-faults.character': "unerwartetes Zeichen '{found}' an Position {at}",
  'graph-backprop-faults.tooLarge': 'der Ausdruck ist zu groß (mehr als {max} Knoten)',
  'graph-backprop-faults.tooDeep': 'der Ausdruck ist zu tief verschachtelt (mehr als {max} Ebenen)',
  'graph-backprop-faults.empty': 'der Ausdruck ist leer',
  'graph-backprop-faults.unmatched': "')' ohne Gegenstück an Position {at}",
  'graph-backprop-faults.operatorBefore':
    "vor '{found}' an Position {at} fehlt ein Operator (* schreiben, um zu multiplizieren)",
  'graph-backprop-faults.operatorBeforeEnd':
    'vor dem Ende an Position {at} fehlt ein Operator (* schreiben, um zu multiplizieren)',
  'graph-backprop-faults.unexpected': "unerwartetes '{found}' an Position {at}",
  'graph-backprop-faults.unexpectedEnd': 'unerwartetes Ende an Position {at}',
  'graph-backprop-faults.bigNumber': 'die Zahl {found} an Position {at} ist zu groß',
  'graph-backprop-faults.endsEarly':
    "der Ausdruck endet zu früh: an Position {at} wird eine Zahl, ein Name oder '(' erwartet",
  'graph-backprop-faults.operand':
    "an Position {at} wird eine Zahl, ein Name oder '(' erwartet, gefunden: '{found}'",
  'graph-backprop-faults.operandEnd':
    "an Position {at} wird eine Zahl, ein Name oder '(' erwartet, doch der Ausdruck endet",
  'graph-backprop-faults.unclosed': "an Position {at} wird ')' erwartet, gefunden: '{found}'",
  'graph-backprop-faults.unclosedEnd':
    "an Position {at} wird ')' erwartet, um die '(' an Position {opened} zu schließen",
  'graph-backprop-faults.functionAsVariable':
    "'{name}' ist eine Funktion: {name}(...) an Position {at} schreiben",
  'graph-backprop-faults.unknownFunction':
    "unbekannte Funktion '{name}', ist '{suggestion}' gemeint?",
  'graph-backprop-faults.unknownFunctionKnown': "unbekannte Funktion '{name}' (bekannt: {known})",
  'graph-backprop-faults.arity': {
    one: "'{name}' nimmt {count} Argument, erhalten: {got}",
    other: "'{name}' nimmt {count} Argumente, erhalten: {got}",
  },
};
