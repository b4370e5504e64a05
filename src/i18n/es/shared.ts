import type { Messages } from '../../internal/i18n.js';

/**
 * Spanish. Terms follow GLOSSARY.md; keys and placeholders match English exactly. This part has
 * the messages every element shares (attribute notes, numbers, exercises, the loader and embed
 * pages); each element's are in es/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers, read-only properties
  'number.minus': 'menos {value}',
  'problem.readOnly': '{property} es de solo lectura; se ignoró el valor asignado',
  'attr.expected': 'se esperaba: {expected}',
  'attr.expectedGot': 'se esperaba: {expected}; se recibió: {got}',
  'attr.listEntry': "se esperaba: {expected}; '{entry}' no es {kind}",
  'attr.nothing': 'nada',
  'attr.emptyEntry': 'un elemento vacío',
  'attr.notFinite': 'un valor que no es un número finito',
  'attr.quoted': "'{text}'",
  'attr.number': 'un número',
  'attr.numberFromTo': 'un número de {min} a {max}',
  'attr.wholeFromTo': 'un número entero de {min} a {max}',
  'attr.list': {
    one: '{count} {kind} separados por espacios o comas',
    other: '{count} {kind} separados por espacios o comas',
  },
  'attr.listBetween': 'entre {min} y {max} {kind} separados por espacios o comas',
  'attr.numbers': 'números',
  'attr.numbersFromTo': 'números de {min} a {max}',
  'attr.wholesFromTo': 'números enteros de {min} a {max}',
  'attr.assignments': "pares nombre=número separados por comas, como 'x=2, w=-1'",
  'attr.assignmentMissing': "se esperaba: {expected}; '{pair}' no tiene la forma nombre=número",
  'attr.assignmentNumber': 'se esperaba un número para {name}; se recibió: {got}',
  'attr.oneOf': 'se esperaba uno de estos valores: {choices}; se recibió: {got}',
  'attr.labels': 'se esperaba una lista corta de nombres separados por comas',
  'attr.labelsAtMost': 'se esperaban como máximo {max} nombres separados por comas',
  'attr.unreadable':
    'se esperaba un valor legible como texto; este se contiene a sí mismo o no se puede leer',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'Escribe un número o una operación sencilla, como -0,8*1,5',
  'exercise.check': 'Comprobar',
  'exercise.showAnswer': 'Mostrar la respuesta',
  'exercise.tryNew': 'Probar con otros números',
  'exercise.right': 'Correcto: {working} ✓',
  'exercise.wrong': 'Todavía no.',
  'exercise.wrong.sign': 'Todavía no: revisa el signo.',
  'exercise.revealed': 'La respuesta: {working}',
  'exercise.outOfAttempts': 'No quedan intentos. La respuesta: {working}',
  'exercise.unreadable.empty': 'Escribe primero un número.',
  'exercise.unreadable.syntax': 'Eso no es un número ni una operación que esta figura pueda leer.',
  'exercise.unreadable.name': "Usa solo números: '{name}' es un nombre, no un número.",
  'exercise.unreadable.notFinite': 'Eso no da un número finito.',
  'exercise.score': {
    one: '{correct} de {count} pregunta correcta, {firstTry} al primer intento',
    other: '{correct} de {count} preguntas correctas, {firstTry} al primer intento',
  },
  'exercise.notYet': 'oculto hasta que respondas',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Indica un elemento con ?el=, por ejemplo ?el={example}.',
  'embed.unknownElement': 'Elemento desconocido: «{tag}».',
  'embed.unavailable': 'El elemento «{tag}» no está disponible aquí.',
  'embed.tooLong': {
    one: 'Se ignoró «{name}»: su valor tiene más de {count} carácter.',
    other: 'Se ignoró «{name}»: su valor tiene más de {count} caracteres.',
  },
  'embed.notParameterGuess': '«{name}» no es un parámetro de {tag}; ¿quisiste decir «{guess}»?',
  'embed.notParameter': '«{name}» no es un parámetro de {tag}.',
  'embed.parameterList': 'Los parámetros son: {list}.',
  'embed.badPassMark': '«pass» admite un porcentaje de 0 a 100, no «{got}»; se usa {fallback}.',
  'embed.noscript': 'Esta figura interactiva necesita JavaScript.',
  'loader.missing':
    'Esta figura interactiva (<{tag}>) no se pudo cargar: falta un archivo que necesita o no se puede acceder a él. Un sitio que aloje backprop-elements debe servir la carpeta dist/ completa (chunks/ y fonts/ junto a backprop-elements.js).',
};
