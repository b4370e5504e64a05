import type { Messages } from '../../internal/i18n.js';

/**
 * French. Terms follow GLOSSARY.md; keys and placeholders match English exactly. A no-break space
 * (U+00A0) stands before “:” and “;”, as French typography wants, so a line never starts with one.
 * Stage, unit and layer names are labels (“engrenage 2”, “couche cachée 1”), so the sentences
 * around them avoid contractions such as du or au. This part has the messages every element shares
 * (attribute notes, numbers, exercises, the loader and embed pages); each element's are in
 * fr/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'number.minus': 'moins {value}',
  'problem.readOnly': '{property} est en lecture seule ; la valeur donnée a été ignorée',
  'attr.expected': 'attendu : {expected}',
  'attr.expectedGot': 'attendu : {expected} ; reçu : {got}',
  'attr.listEntry':
    "attendu : {expected} ; '{entry}' ne convient pas, chaque entrée doit être {kind}",
  'attr.nothing': 'rien',
  'attr.emptyEntry': 'une entrée vide',
  'attr.notFinite': 'une valeur qui n’est pas un nombre fini',
  'attr.quoted': "'{text}'",
  'attr.number': 'un nombre',
  'attr.numberFromTo': 'un nombre de {min} à {max}',
  'attr.wholeFromTo': 'un nombre entier de {min} à {max}',
  'attr.list': {
    one: '{count} valeur ({kind})',
    other: '{count} {kind}, séparés par des espaces ou des virgules',
  },
  'attr.listBetween': 'de {min} à {max} {kind}, séparés par des espaces ou des virgules',
  'attr.numbers': 'nombres',
  'attr.numbersFromTo': 'nombres de {min} à {max}',
  'attr.wholesFromTo': 'nombres entiers de {min} à {max}',
  'attr.assignments': "des paires nom=nombre séparées par des virgules, comme 'x=2, w=-1'",
  'attr.assignmentMissing': "attendu : {expected} ; '{pair}' n’est pas de la forme nom=nombre",
  'attr.assignmentNumber': 'attendu : un nombre pour {name} ; reçu : {got}',
  'attr.oneOf': 'attendu : une valeur parmi {choices} ; reçu : {got}',
  'attr.labels': 'attendu : une courte liste de noms séparés par des virgules',
  'attr.labelsAtMost': 'attendu : au plus {max} noms séparés par des virgules',
  'attr.unreadable':
    'attendu : une valeur lisible comme du texte ; celle-ci se contient elle-même ou ne peut pas être lue',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'Saisissez un nombre ou un petit calcul, par exemple -0,8*1,5',
  'exercise.check': 'Vérifier',
  'exercise.showAnswer': 'Afficher la réponse',
  'exercise.tryNew': 'Essayer d’autres nombres',
  'exercise.right': 'Juste : {working} ✓',
  'exercise.wrong': 'Pas encore.',
  'exercise.wrong.sign': 'Pas encore : vérifiez le signe.',
  'exercise.revealed': 'La réponse : {working}',
  'exercise.outOfAttempts': 'Plus d’essais. La réponse : {working}',
  'exercise.unreadable.empty': 'Saisissez d’abord un nombre.',
  'exercise.unreadable.syntax': 'Ce n’est ni un nombre ni un calcul que cette figure sait lire.',
  'exercise.unreadable.name':
    "Utilisez seulement des nombres : '{name}' est un nom, pas un nombre.",
  'exercise.unreadable.notFinite': 'Cela ne donne pas de nombre fini.',
  'exercise.score': {
    one: '{correct} question juste sur {count}, {firstTry} du premier coup',
    other: '{correct} questions justes sur {count}, {firstTry} du premier coup',
  },
  'exercise.notYet': 'caché jusqu’à votre réponse',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Indiquez un élément avec ?el=, par exemple ?el={example}.',
  'embed.unknownElement': 'Élément inconnu : « {tag} ».',
  'embed.unavailable': 'L’élément « {tag} » n’est pas disponible ici.',
  'embed.tooLong': {
    one: '« {name} » a été ignoré : sa valeur dépasse {count} caractère.',
    other: '« {name} » a été ignoré : sa valeur dépasse {count} caractères.',
  },
  'embed.notParameterGuess':
    '« {name} » n’est pas un paramètre de {tag} ; vouliez-vous dire « {guess} » ?',
  'embed.notParameter': '« {name} » n’est pas un paramètre de {tag}.',
  'embed.parameterList': 'Les paramètres sont : {list}.',
  'embed.badPassMark':
    '« pass » prend un pourcentage de 0 à 100, pas « {got} » ; {fallback} est utilisé.',
  'embed.noscript': 'Cette figure interactive a besoin de JavaScript.',
  'loader.missing':
    'Cette figure interactive (<{tag}>) n’a pas pu se charger : un fichier dont elle a besoin est absent ou inaccessible. Un site qui héberge backprop-elements doit servir tout le dossier dist/ (chunks/ et fonts/ à côté de backprop-elements.js).',
};
