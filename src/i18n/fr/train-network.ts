import type { Messages } from '../../internal/i18n.js';

/** The fr messages of <train-network>. */
export const messages: Messages = {
  'train-network.play': 'Lecture',
  'train-network.pause': 'Pause',
  'train-network.step': 'Pas',
  'train-network.stepHint': 'un mini-lot',
  'train-network.reset': 'Réinitialiser',
  'train-network.epoch': 'Époque {epoch}',
  'train-network.trainLoss': "Perte d'entraînement {value}",
  'train-network.testLoss': 'Perte de test {value}',
  'train-network.accuracy': 'Exactitude de test {percent} %',
  'train-network.diverged':
    "La perte a explosé : l'entraînement s'est arrêté et est revenu aux poids de l'époque {epoch}. Essayez un taux d'apprentissage plus petit que {rate}.",
  'train-network.settings': 'Réglages',
  'train-network.dataset': 'Données',
  'train-network.dataset.circle': 'Cercle',
  'train-network.dataset.xor': 'XOR',
  'train-network.dataset.gauss': 'Nuages gaussiens',
  'train-network.dataset.spiral': 'Spirale',
  'train-network.dataset.plane': 'Plan (régression)',
  'train-network.dataset.wave': 'Vague (régression)',
  'train-network.dataset.own': 'Points personnels',
  'train-network.classes': 'Classes',
  'train-network.activation': 'Activation',
  'train-network.learningRate': "Taux d'apprentissage",
  'train-network.batchSize': 'Taille du lot',
  'train-network.layers': 'Couches cachées',
  'train-network.units': 'Unités par couche',
  'train-network.regularization': 'Régularisation',
  'train-network.regularization.none': 'Aucune',
  'train-network.regularizationRate': 'Taux de régularisation',
  'train-network.noise': 'Bruit',
  'train-network.trainRatio': "Part d'entraînement",
  'train-network.percent': '{value} %',
  'train-network.features': "Caractéristiques d'entrée",
  'train-network.plane.name': 'Points de données et frontière de décision',
  'train-network.plane.hint':
    'Les flèches déplacent un curseur sur le plan ; Entrée y ajoute un point de la classe choisie, ou retire le point situé dessous.',
  'train-network.plane.cursor': 'Curseur en x₁ = {x}, x₂ = {y}',
  'train-network.newPoint': 'Nouveaux points',
  'train-network.class': 'classe {number}',
  'train-network.value': 'valeur {value}',
  'train-network.grid.toggle': 'Lire les prédictions sous forme de tableau',
  'train-network.grid.caption':
    'La classe prédite en {count} × {count} points du plan : lignes du haut (x₂ = {top}) vers le bas, colonnes de la gauche (x₁ = {left}).',
  'train-network.grid.captionRegression':
    'La valeur prédite en {count} × {count} points du plan : lignes du haut (x₂ = {top}) vers le bas, colonnes de la gauche (x₁ = {left}).',
  'train-network.grid.x1': 'x₁ = {value}',
  'train-network.grid.x2': 'x₂ = {value}',
  'train-network.legend.train': "pleins : points d'entraînement",
  'train-network.legend.test': 'contour : points de test',
  'train-network.legend.shade': 'fond : la classe prédite, plus pâle là où le modèle hésite',
  'train-network.classAccuracy':
    'Classe {number} : {right} points de test sur {total} bien prédits.',
  'train-network.pointAdded': 'Point de {label} ajouté en x₁ = {x}, x₂ = {y}.',
  'train-network.pointRemoved': 'Point retiré en x₁ = {x}, x₂ = {y}.',
  'train-network.curves.name': 'Perte par époque : entraînement {train}, test {test}',
  'train-network.curves.train': 'entraînement',
  'train-network.curves.test': 'test (tirets)',
  'train-network.network.name':
    'Le réseau : {sizes}. Choisissez une connexion pour voir son gradient.',
  'train-network.unit.input': 'entrée {feature}',
  'train-network.unit.hidden': 'couche {layer} unité {unit}',
  'train-network.unit.output': 'sortie {unit}',
  'train-network.legend.positive': 'poids positif',
  'train-network.legend.negative': 'poids négatif (tirets)',
  'train-network.panel.title': 'Le gradient du poids de {from} vers {to}',
  'train-network.panel.pick': 'Connexion',
  'train-network.panel.layer': 'Couche',
  'train-network.panel.layerOption': 'couche {from} vers couche {to}',
  'train-network.panel.from': 'De',
  'train-network.panel.to': 'Vers',
  'train-network.panel.mean': {
    one: "Pour le prochain mini-lot ({count} exemple), ∂L/∂w est la moyenne sur ses exemples du δ de l'unité qui reçoit fois le a de l'unité qui envoie :",
    other:
      "Pour le prochain mini-lot ({count} exemples), ∂L/∂w est la moyenne sur ses exemples du δ de l'unité qui reçoit fois le a de l'unité qui envoie :",
  },
  'train-network.panel.example': 'Le premier exemple du lot :',
  'train-network.panel.deltaToggle': 'D’où vient le δ de {unit}',
  'train-network.panel.deltaTitle': 'δ de {unit}',
  'train-network.panel.deltaOutput':
    'En sortie, δ est la prédiction moins la cible : la vitesse à laquelle la perte change avec le z de l’unité.',
  'train-network.panel.deltaHidden':
    'Le δ d’une unité cachée, c’est la règle de dérivation en chaîne une couche en arrière : la pente de son activation fois les δ de la couche suivante, chacun pondéré par la connexion par laquelle il revient.',
  'train-network.panel.deltaMean': {
    one: 'En moyenne sur le mini-batch ({count} exemple) :',
    other: 'En moyenne sur le mini-batch ({count} exemples) :',
  },
  'train-network.panel.update': "Pas déplace ensuite le poids à l'opposé de son gradient :",
  'train-network.panel.toggle': 'Expliquer un gradient',
  'train-network.panel.empty':
    'Choisissez une connexion dans le dessin pour voir comment son gradient se forme.',
  'train-network.summary':
    "Époque {epoch} : perte d'entraînement {train}, perte de test {test}, exactitude de test {percent} %.",
  'train-network.summaryRegression':
    "Époque {epoch} : perte d'entraînement {train}, perte de test {test}.",
  'train-network.playing': 'Entraînement en cours.',
  'train-network.problem.features': 'attendu au moins un parmi {choices}',
  'train-network.problem.feature':
    "attendu des noms parmi {choices} ; '{name}' n'en fait pas partie",
  'train-network.problem.tooManyPoints': 'attendu au plus {max} points',
  'train-network.problem.point':
    "le point {number} ('{entry}') n'est pas 'x y étiquette' avec x et y de −6 à 6 et une classe de 0 à {max}",
  'train-network.problem.fewPoints': 'attendu au moins deux points',
  'train-network.problem.shape': '{name} doit avoir la forme du réseau',
  'train-network.ask.gradient':
    'Prédisez ∂L/∂w du poids de {from} vers {to} pour le premier exemple seul',
  'train-network.hint.missing-activation':
    'Multipliez δ de l’unité alimentée par a de l’unité qui l’alimente : il manque a.',
  'train-network.hint.missing-delta':
    'Multipliez a de l’unité qui alimente par δ de l’unité alimentée : il manque δ.',
  'train-network.hint.penalty': 'Ajoutez le terme de régularisation à δ·a.',
  'train-network.hint.rule': 'Appliquez la règle : {rule}.',
};
