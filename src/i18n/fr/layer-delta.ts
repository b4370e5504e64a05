import type { Messages } from '../../internal/i18n.js';

/** The fr messages of <layer-delta>. */
export const messages: Messages = {
  // layer-delta
  'layer-delta.layer.input': 'couche d’entrée',
  'layer-delta.layer.output': 'couche de sortie',
  'layer-delta.layer.hidden': 'couche cachée {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'sortie',
  'layer-delta.heading.loss': 'perte',
  'layer-delta.unit': 'unité {number} de la {layer}',
  'layer-delta.weight': 'poids entre {from} et {to}',
  'layer-delta.step': 'Pas en arrière',
  'layer-delta.run': 'Jusqu’à l’entrée',
  'layer-delta.reset': 'Réinitialiser',
  'layer-delta.status.start':
    'Passe avant terminée. Faites un pas en arrière pour renvoyer l’erreur depuis la perte.',
  'layer-delta.status.done': {
    one: 'L’unique couche a son δ et ses gradients de poids.',
    other: 'Les {count} couches ont leur δ et leurs gradients de poids.',
  },
  'layer-delta.status.step': 'Pas {step} sur {total} : δ a atteint la {layer}.',
  'layer-delta.picker': 'Choisir une couche',
  'layer-delta.picker.prefix': 'Couche :',
  'layer-delta.network.name': 'Réseau {sizes}. Perte {loss}',
  'layer-delta.network.hint':
    'Les flèches passent d’une unité à l’autre et d’une couche à l’autre ; Début et Fin vont à la première et à la dernière unité d’une couche ; Entrée sélectionne la couche de l’unité.',
  'layer-delta.readout.hint':
    'Donnez le focus à une unité ou cliquez dessus pour lire ses valeurs.',
  'layer-delta.readout.hintCompact':
    'Les valeurs sont masquées à cette taille : donnez le focus à une unité ou cliquez dessus pour les lire ici.',
  'layer-delta.legend.positive': 'poids positif',
  'layer-delta.legend.negative': 'poids négatif (en pointillés)',
  'layer-delta.legend.thickness': 'plus épais = plus grand',
  'layer-delta.legend.value': 'nombre dans une unité : son activation',
  'layer-delta.legend.shade': 'teinte d’une unité : taille de son activation',
  'layer-delta.legend.delta': 'anneau intérieur : δ est connu (en pointillés si négatif)',
  'layer-delta.unitLabel.input': '{unit}, valeur {value}',
  'layer-delta.unitLabel.pending': '{unit}, activation {activation}, delta pas encore calculé',
  'layer-delta.unitLabel.delta': '{unit}, activation {activation}, delta {delta}',
  'layer-delta.readout.input': '{unit} : x = {x}',
  'layer-delta.readout.unit': '{unit} : a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit} : a = {a}, f′(z) = {slope}, δ pas encore calculé',
  'layer-delta.readout.weight': '{weight} : w = {w}, gradient {gradient}',
  'layer-delta.readout.weightPending': '{weight} : w = {w}, gradient pas encore calculé',
  'layer-delta.fields.x': 'Entrée x',
  'layer-delta.fields.y': 'Cible y',
  'layer-delta.editor': 'Modifier un poids de {matrix}',
  'layer-delta.editor.from': 'de',
  'layer-delta.editor.to': 'vers',
  'layer-delta.editor.sliderHint':
    'Les flèches changent le poids de 0,1 ; Page précédente et Page suivante de 1 ; Début et Fin vont à −10 et +10.',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer} : son signal d’erreur {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} n’est pas encore calculé. Faites un pas en arrière pour le calculer à partir de la perte.',
  'layer-delta.panel.pendingHidden':
    '{delta} n’est pas encore calculé. Il faut d’abord le δ de la {layer} : continuez à faire des pas en arrière.',
  'layer-delta.panel.carried':
    'La matrice encadrée {matrix} renvoie les deltas du dessus le long des connexions mêmes qu’a utilisées la passe avant ; ⊙ multiplie unité par unité avec f′(z).',
  'layer-delta.panel.softmax':
    'Avec une sortie softmax et l’entropie croisée, ∂L/∂a = −y/a, et la matrice jacobienne de la softmax, J = diag(a) − a aᵀ, la transforme en Jᵀ ∂L/∂a = −y + a (Σ y) = a − y, car la somme des composantes de y vaut 1.',
  'layer-delta.panel.jacobian':
    'La matrice jacobienne J de la softmax pour cette entrée, ∂aᵢ/∂zⱼ :',
  'layer-delta.panel.gradients': 'Ses gradients de poids : δ fois l’entrée de la couche',
  'layer-delta.panel.table': '{layer}, unité par unité',
  'layer-delta.panel.tableUnit': 'unité',
  'layer-delta.cost.heading': 'Ce que coûte la passe arrière',
  'layer-delta.cost.note':
    'Multiplications-additions pour les tailles {sizes}. Réutiliser le δ de chaque couche maintient la passe arrière à un petit multiple de la passe avant ; recalculer depuis la perte la chaîne de chaque poids, non.',
  'layer-delta.cost.pass': 'passe',
  'layer-delta.cost.count': 'multiplications-additions (× avant)',
  'layer-delta.cost.forward': 'avant',
  'layer-delta.cost.backward': 'arrière, en réutilisant δ',
  'layer-delta.cost.naive': 'naïve, poids par poids',
  'layer-delta.cost.axis': 'largeur des couches cachées',
  'layer-delta.cost.caption':
    'Chaque couche cachée prend la largeur lue sur l’axe des x ; les points marquent ce réseau.',
  'layer-delta.cost.chart':
    'Graphique : multiplications-additions en fonction de la largeur des couches cachées, de {from} à {to}, échelle logarithmique. À la largeur {to} : avant {forward}, arrière {backward}, naïve {naive}. La passe arrière coûte environ {backwardRatio} la passe avant ; la méthode naïve, {naiveRatio}.',
  'layer-delta.say.outputBce':
    'Couche de sortie : delta vaut a moins y : {deltas}. Les gradients de W{layer} valent delta fois l’entrée de la couche.',
  'layer-delta.say.outputMse':
    'Couche de sortie : delta vaut deux fois a moins y, fois f prime de z : {deltas}. Les gradients de W{layer} valent delta fois l’entrée de la couche.',
  'layer-delta.say.outputCe':
    'Couche de sortie : avec softmax et entropie croisée, delta vaut a moins y : {deltas}. Les gradients de W{layer} valent delta fois l’entrée de la couche.',
  'layer-delta.say.hidden':
    'Couche cachée {number} : deltas renvoyés par W{above} transposée et multipliés par f prime de z : {deltas}. Les gradients de W{number} sont prêts.',
  'layer-delta.say.reset':
    'Passe arrière effacée : pas encore de deltas. Faites un pas en arrière pour partir de la perte.',
  'layer-delta.say.selected': '{layer} sélectionnée : delta {deltas}.',
  'layer-delta.say.selectedPending': '{layer} sélectionnée : delta pas encore calculé.',
  'layer-delta.say.weight':
    '{weight} vaut {value} ; son gradient vaut {gradient} : delta {delta} fois entrée {input}',
  'layer-delta.say.weightPending':
    '{weight} vaut {value} ; son gradient apparaîtra quand la passe arrière atteindra la {layer}',
  'layer-delta.say.vector': '{field} {index} vaut {value} ; sortie {output}, perte {loss}.',
  'layer-delta.problem.x': {
    one: 'attendu : {count} nombre, un par unité d’entrée (sizes commence par {count}) ; reçu : {got}',
    other:
      'attendu : {count} nombres, un par unité d’entrée (sizes commence par {count}) ; reçu : {got}',
  },
  'layer-delta.problem.y': {
    one: 'attendu : {count} nombre, un par unité de sortie (sizes se termine par {count}) ; reçu : {got}',
    other:
      'attendu : {count} nombres, un par unité de sortie (sizes se termine par {count}) ; reçu : {got}',
  },
  'layer-delta.problem.misfit': 'non utilisé : {name} ne correspondrait plus ({reason})',
  'layer-delta.problem.yRange':
    'attendu : des nombres de {min} à {max} ; reçu : {got} (avec loss="{loss}", chaque cible est une probabilité)',
  'layer-delta.problem.ceOutputs':
    'ce exige au moins deux sorties : une softmax sur une seule sortie vaut toujours 1',
  'layer-delta.problem.ceNegative': 'avec ce, aucune composante de la cible ne peut être négative',
  'layer-delta.problem.ceSum':
    'avec ce, la cible doit être un vecteur one-hot ou un vecteur de probabilités de somme 1, pas {sum}',
  'layer-delta.problem.weights':
    'attendu : {layers} matrices de nombres finis de formes {shapes} (weights[l][i][j] relie l’unité j de la couche l à l’unité i de la couche l+1)',
  'layer-delta.problem.weightsAt':
    'attendu : {layers} matrices de nombres finis de formes {shapes} (weights[l][i][j] relie l’unité j de la couche l à l’unité i de la couche l+1) ; weights[{index}] ne convient pas',
  'layer-delta.problem.biases': 'attendu : {layers} tableaux de nombres finis, de tailles {sizes}',
  'layer-delta.problem.biasesAt':
    'attendu : {layers} tableaux de nombres finis, de tailles {sizes} ; biases[{index}] ne convient pas',
  'layer-delta.problem.overflow':
    'les nombres deviennent trop grands pour être calculés : essayez des entrées, des cibles ou des poids plus petits',
  'layer-delta.status.predict': 'Prédisez le δ suivant ci-dessous pour continuer.',
  'layer-delta.panel.predict':
    'Prédisez {delta} à partir de ces nombres, puis faites un pas en arrière.',
  'layer-delta.ask.delta': 'Prédisez δ de l’{unit}',
  'layer-delta.hint.slope':
    'Multipliez aussi par f′(z) : la pente de l’unité met à l’échelle ce qui repasse par elle.',
  'layer-delta.hint.slopeCancels':
    'Avec l’entropie croisée, la pente de la sortie se simplifie : δ = a − y, sans f′(z).',
  'layer-delta.hint.two': 'La dérivée de l’erreur quadratique a un facteur 2 : δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'Prenez la ligne de cette unité dans Wᵀ : les poids qui en partent, chacun multiplié par le δ de l’unité qu’il alimente.',
  'layer-delta.hint.rule': 'Appliquez la règle : {rule}.',
};
