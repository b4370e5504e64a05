import type { Messages } from '../../internal/i18n.js';

/**
 * Brazilian Portuguese. Terms follow GLOSSARY.md; keys and placeholders match English exactly.
 * This part has the messages every element shares (attribute notes, numbers, exercises, the loader
 * and embed pages); each element's are in pt-BR/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers, read-only properties
  'number.minus': 'menos {value}',
  'problem.readOnly': '{property} é somente leitura; o valor atribuído foi ignorado',
  'attr.expected': 'esperado: {expected}',
  'attr.expectedGot': 'esperado: {expected}; recebido: {got}',
  'attr.listEntry': "esperado: {expected}; '{entry}' não é {kind}",
  'attr.nothing': 'nada',
  'attr.emptyEntry': 'um item vazio',
  'attr.notFinite': 'um valor que não é um número finito',
  'attr.quoted': "'{text}'",
  'attr.number': 'um número',
  'attr.numberFromTo': 'um número de {min} a {max}',
  'attr.wholeFromTo': 'um número inteiro de {min} a {max}',
  'attr.list': {
    one: '{count} {kind} separados por espaços ou vírgulas',
    other: '{count} {kind} separados por espaços ou vírgulas',
  },
  'attr.listBetween': 'entre {min} e {max} {kind} separados por espaços ou vírgulas',
  'attr.numbers': 'números',
  'attr.numbersFromTo': 'números de {min} a {max}',
  'attr.wholesFromTo': 'números inteiros de {min} a {max}',
  'attr.assignments': "pares nome=número separados por vírgulas, como 'x=2, w=-1'",
  'attr.assignmentMissing': "esperado: {expected}; '{pair}' não está na forma nome=número",
  'attr.assignmentNumber': 'esperado: um número para {name}; recebido: {got}',
  'attr.oneOf': 'esperado: um destes valores: {choices}; recebido: {got}',
  'attr.labels': 'esperado: uma lista curta de nomes separados por vírgulas',
  'attr.labelsAtMost': 'esperado: no máximo {max} nomes separados por vírgulas',
  'attr.unreadable':
    'esperado: um valor que possa ser lido como texto; este contém a si mesmo ou não pode ser lido',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'Digite um número ou uma conta simples, como -0,8*1,5',
  'exercise.check': 'Conferir',
  'exercise.showAnswer': 'Mostrar a resposta',
  'exercise.tryNew': 'Tentar outros números',
  'exercise.right': 'Certo: {working} ✓',
  'exercise.wrong': 'Ainda não.',
  'exercise.wrong.sign': 'Ainda não: confira o sinal.',
  'exercise.revealed': 'A resposta: {working}',
  'exercise.outOfAttempts': 'Não há mais tentativas. A resposta: {working}',
  'exercise.unreadable.empty': 'Digite um número primeiro.',
  'exercise.unreadable.syntax': 'Isso não é um número nem uma conta que esta figura consiga ler.',
  'exercise.unreadable.name': "Use apenas números: '{name}' é um nome, não um número.",
  'exercise.unreadable.notFinite': 'Isso não dá um número finito.',
  'exercise.score': {
    one: '{correct} de {count} pergunta certa, {firstTry} na primeira tentativa',
    other: '{correct} de {count} perguntas certas, {firstTry} na primeira tentativa',
  },
  'exercise.notYet': 'oculto até você responder',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Indique um elemento com ?el=, por exemplo ?el={example}.',
  'embed.unknownElement': 'Elemento desconhecido: “{tag}”.',
  'embed.unavailable': 'O elemento “{tag}” não está disponível aqui.',
  'embed.tooLong': {
    one: '“{name}” foi ignorado: o valor tem mais de {count} caractere.',
    other: '“{name}” foi ignorado: o valor tem mais de {count} caracteres.',
  },
  'embed.notParameterGuess': '“{name}” não é um parâmetro de {tag}; você quis dizer “{guess}”?',
  'embed.notParameter': '“{name}” não é um parâmetro de {tag}.',
  'embed.parameterList': 'Os parâmetros são: {list}.',
  'embed.badPassMark': '“pass” aceita uma porcentagem de 0 a 100, não “{got}”; usa-se {fallback}.',
  'embed.noscript': 'Esta figura interativa precisa de JavaScript.',
  'loader.missing':
    'Esta figura interativa (<{tag}>) não pôde ser carregada: um arquivo de que ela precisa está faltando ou inacessível. Um site que hospeda backprop-elements deve servir a pasta dist/ inteira (chunks/ e fonts/ ao lado de backprop-elements.js).',
};
