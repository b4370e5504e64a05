import type { Messages } from '../../internal/i18n.js';

/**
 * German. Terms follow GLOSSARY.md; keys and placeholders match English exactly. Instructions use
 * the infinitive (“Einen Wert ändern”), as German interfaces do, so no form of address is needed.
 * Op nodes are named with their article (“der Multiplikationsknoten”) and only ever stand where
 * German needs the nominative. This part has the messages every element shares (attribute notes,
 * numbers, exercises, the loader and embed pages); each element's are in de/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'number.minus': 'minus {value}',
  'problem.readOnly': '{property} ist schreibgeschützt; der gesetzte Wert wurde ignoriert',
  'attr.expected': 'erwartet: {expected}',
  'attr.expectedGot': 'erwartet: {expected}; erhalten: {got}',
  'attr.listEntry': "erwartet: {expected}; '{entry}' passt nicht, jeder Eintrag muss {kind} sein",
  'attr.nothing': 'nichts',
  'attr.emptyEntry': 'ein leerer Eintrag',
  'attr.notFinite': 'ein Wert, der keine endliche Zahl ist',
  'attr.quoted': "'{text}'",
  'attr.number': 'eine Zahl',
  'attr.numberFromTo': 'eine Zahl von {min} bis {max}',
  'attr.wholeFromTo': 'eine ganze Zahl von {min} bis {max}',
  'attr.list': {
    one: '{count} Wert ({kind})',
    other: '{count} {kind}, getrennt durch Leerzeichen oder Kommas',
  },
  'attr.listBetween': '{min} bis {max} {kind}, getrennt durch Leerzeichen oder Kommas',
  'attr.numbers': 'Zahlen',
  'attr.numbersFromTo': 'Zahlen von {min} bis {max}',
  'attr.wholesFromTo': 'ganze Zahlen von {min} bis {max}',
  'attr.assignments': "durch Kommas getrennte Paare Name=Zahl, etwa 'x=2, w=-1'",
  'attr.assignmentMissing': "erwartet: {expected}; '{pair}' hat nicht die Form Name=Zahl",
  'attr.assignmentNumber': 'erwartet: eine Zahl für {name}; erhalten: {got}',
  'attr.oneOf': 'erwartet: einer der Werte {choices}; erhalten: {got}',
  'attr.labels': 'erwartet: eine kurze Liste von Namen, getrennt durch Kommas',
  'attr.labelsAtMost': 'erwartet: höchstens {max} Namen, getrennt durch Kommas',
  'attr.unreadable':
    'erwartet: ein Wert, der sich als Text lesen lässt; dieser enthält sich selbst oder lässt sich nicht lesen',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'Eine Zahl oder eine kleine Rechnung eingeben, etwa -0,8*1,5',
  'exercise.check': 'Prüfen',
  'exercise.showAnswer': 'Antwort zeigen',
  'exercise.tryNew': 'Neue Zahlen versuchen',
  'exercise.right': 'Richtig: {working} ✓',
  'exercise.wrong': 'Noch nicht.',
  'exercise.wrong.sign': 'Noch nicht: das Vorzeichen prüfen.',
  'exercise.revealed': 'Die Antwort: {working}',
  'exercise.outOfAttempts': 'Keine Versuche mehr. Die Antwort: {working}',
  'exercise.unreadable.empty': 'Zuerst eine Zahl eingeben.',
  'exercise.unreadable.syntax':
    'Das ist keine Zahl und keine Rechnung, die diese Abbildung lesen kann.',
  'exercise.unreadable.name': "Nur Zahlen verwenden: '{name}' ist ein Name, keine Zahl.",
  'exercise.unreadable.notFinite': 'Das ergibt keine endliche Zahl.',
  'exercise.score': {
    one: '{correct} von {count} Frage richtig, {firstTry} beim ersten Versuch',
    other: '{correct} von {count} Fragen richtig, {firstTry} beim ersten Versuch',
  },
  'exercise.notYet': 'verborgen, bis die Antwort gegeben ist',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Ein Element mit ?el= angeben, zum Beispiel ?el={example}.',
  'embed.unknownElement': 'Unbekanntes Element „{tag}“.',
  'embed.unavailable': 'Das Element „{tag}“ ist hier nicht verfügbar.',
  'embed.tooLong': '„{name}“ wurde ignoriert: Sein Wert ist länger als {count} Zeichen.',
  'embed.notParameterGuess': '„{name}“ ist kein Parameter von {tag}; war „{guess}“ gemeint?',
  'embed.notParameter': '„{name}“ ist kein Parameter von {tag}.',
  'embed.parameterList': 'Die Parameter sind: {list}.',
  'embed.badPassMark':
    '„pass“ nimmt einen Prozentwert von 0 bis 100, nicht „{got}“; {fallback} wird verwendet.',
  'embed.noscript': 'Diese interaktive Abbildung braucht JavaScript.',
  'loader.missing':
    'Diese interaktive Abbildung (<{tag}>) konnte nicht geladen werden: Eine Datei, die sie braucht, fehlt oder ist nicht erreichbar. Eine Website, die backprop-elements bereitstellt, muss den ganzen Ordner dist/ ausliefern (chunks/ und fonts/ neben backprop-elements.js).',
};
