import type { Messages } from '../internal/i18n.js';

/**
 * French. Terms follow GLOSSARY.md; keys and placeholders match English exactly. A no-break
 * space (U+00A0) stands before “:” and “;”, as French typography wants, so a line never starts
 * with one. Stage, unit and layer names are labels (“engrenage 2”, “couche cachée 1”), so the
 * sentences around them avoid contractions such as du or au.
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
  'attr.numberAtLeast': 'un nombre supérieur ou égal à {min}',
  'attr.numberAtMost': 'un nombre inférieur ou égal à {max}',
  'attr.whole': 'un nombre entier',
  'attr.wholeFromTo': 'un nombre entier de {min} à {max}',
  'attr.wholeAtLeast': 'un nombre entier supérieur ou égal à {min}',
  'attr.wholeAtMost': 'un nombre entier inférieur ou égal à {max}',
  'attr.list': {
    one: '{count} valeur ({kind})',
    other: '{count} {kind}, séparés par des espaces ou des virgules',
  },
  'attr.listBetween': 'de {min} à {max} {kind}, séparés par des espaces ou des virgules',
  'attr.numbers': 'nombres',
  'attr.numbersFromTo': 'nombres de {min} à {max}',
  'attr.numbersAtLeast': 'nombres supérieurs ou égaux à {min}',
  'attr.numbersAtMost': 'nombres inférieurs ou égaux à {max}',
  'attr.wholes': 'nombres entiers',
  'attr.wholesFromTo': 'nombres entiers de {min} à {max}',
  'attr.wholesAtLeast': 'nombres entiers supérieurs ou égaux à {min}',
  'attr.wholesAtMost': 'nombres entiers inférieurs ou égaux à {max}',
  'attr.assignments': "des paires nom=nombre séparées par des virgules, comme 'x=2, w=-1'",
  'attr.assignmentMissing': "attendu : {expected} ; '{pair}' n’est pas de la forme nom=nombre",
  'attr.assignmentNumber': 'attendu : un nombre pour {name} ; reçu : {got}',
  'attr.oneOf': 'attendu : une valeur parmi {choices} ; reçu : {got}',
  'attr.labels': 'attendu : une courte liste de noms séparés par des virgules',
  'attr.labelsAtMost': 'attendu : au plus {max} noms séparés par des virgules',

  // chain-rule-gears
  'chain-rule-gears.name.lever': 'levier',
  'chain-rule-gears.name.gear': 'engrenage {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} degré', other: '{value} degrés' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: '{lever} entraînant {count} engrenage',
    other: '{lever} entraînant {count} engrenages',
  },
  'chain-rule-gears.lever.name': '{lever} : déplacement',
  'chain-rule-gears.lever.valueText': '{amount} ; {last} tourne de {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Faites glisser, ou utilisez les flèches pour avancer de 0,1 ; Maj avec une flèche, ou Page précédente et Page suivante, avancent de 1 ; Début et Fin vont aux extrémités.',
  'chain-rule-gears.gear.label': '{name} : rapport {ratio} ; rotation de {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name} : rapport {ratio}, sens inverse ; rotation de {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name} : débrayé, rapport 0, ne tourne pas ; rotation de {amount}',
  'chain-rule-gears.readouts': 'Déplacement de chaque étage',
  'chain-rule-gears.formula.title': 'La règle de dérivation en chaîne, un facteur par engrenage',
  'chain-rule-gears.formula.total': 'd {last} sur d {first} égale {value}',
  'chain-rule-gears.formula.factor':
    'facteur pour {name} : d {name} sur d {previous} égale {value}',
  'chain-rule-gears.formula.summary':
    'Quand {lever} avance de {unitStep}, {last} tourne de {amount}.',
  'chain-rule-gears.reset': 'Remettre {lever} à {amount}',
  'chain-rule-gears.narration.lever': '{name} à {amount}',
  'chain-rule-gears.narration.gear': '{name} tourne de {amount} : {ratio} fois {before}',
  'chain-rule-gears.narration.separator': ' ; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',

  // neuron-backprop
  'neuron-backprop.pipeline.label': 'Le neurone, des entrées à la perte',
  'neuron-backprop.trace.x': 'l’entrée : suivre le gradient par rapport à x',
  'neuron-backprop.trace.w': 'le poids : suivre le gradient par rapport à w',
  'neuron-backprop.trace.b': 'le biais : suivre le gradient par rapport à b',
  'neuron-backprop.stage.z':
    'z, la somme pondérée w fois x plus b : {w} fois {x} plus {b} égale {z}',
  'neuron-backprop.stage.a': 'a, la sigmoïde de z, vaut {a}',
  'neuron-backprop.stage.l':
    'L, la perte d’entropie croisée de a par rapport à l’étiquette y = {y}, vaut {loss}',
  'neuron-backprop.hint': 'Appuyez sur x, w ou b pour suivre son gradient.',
  'neuron-backprop.trace.group': 'Suivre le gradient par rapport à',
  'neuron-backprop.role.x': 'entrée',
  'neuron-backprop.role.w': 'poids',
  'neuron-backprop.role.b': 'biais',
  'neuron-backprop.role.y': 'étiquette',
  'neuron-backprop.stepButton': 'Un pas de gradient',
  'neuron-backprop.resetButton': 'Réinitialiser',
  'neuron-backprop.step.before': 'Un pas déplace w et b de {rate} × leurs gradients.',
  'neuron-backprop.step.lower': 'Perte {before} → {after} (plus basse)',
  'neuron-backprop.step.higher':
    'Perte {before} → {after} (plus haute : essayez un taux d’apprentissage plus petit)',
  'neuron-backprop.step.same': 'Perte {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    'Perte en fonction de {symbol}, de {min} à {max}. En {symbol} = {value}, la perte vaut {loss} et la pente de la tangente, c’est-à-dire le gradient, vaut {slope}.',
  'neuron-backprop.plot.legend':
    'Perte en fonction de {symbol} ; la pente de la tangente vaut {slope}',
  'neuron-backprop.factors.label': 'La règle de dérivation en chaîne pour ce neurone',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'perte par rapport à l’activation',
  'neuron-backprop.factor.dadz': 'pente de la sigmoïde',
  'neuron-backprop.factor.dz': 'somme pondérée par rapport à {symbol}',
  'neuron-backprop.route.multiply': 'Multiplier',
  'neuron-backprop.route.simplify': 'Simplifier',
  'neuron-backprop.agree': '✓ Les deux chemins concordent : ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'Les deux chemins diffèrent : ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'Vérification du gradient',
  'neuron-backprop.check.title': 'Vérifier ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'rétropropagation {value}',
  'neuron-backprop.check.numeric': 'différence finie {value}',
  'neuron-backprop.check.error': 'erreur relative {value}',
  'neuron-backprop.say.gradient.w':
    'Le gradient de la perte par rapport à w vaut {gradient} : d L sur d a {dLda} fois d a sur d z {dadz} fois d z sur d w, c’est-à-dire x, {dz}.',
  'neuron-backprop.say.gradient.b':
    'Le gradient de la perte par rapport à b vaut {gradient} : d L sur d a {dLda} fois d a sur d z {dadz} fois d z sur d b, c’est-à-dire 1, {dz}.',
  'neuron-backprop.say.gradient.x':
    'Le gradient de la perte par rapport à x vaut {gradient} : d L sur d a {dLda} fois d a sur d z {dadz} fois d z sur d x, c’est-à-dire w, {dz}.',
  'neuron-backprop.say.change': '{name} vaut {value}. a vaut {a}, perte {loss}.',
  'neuron-backprop.say.step.fell':
    'Un pas de gradient avec un taux d’apprentissage de {rate} : w est passé de {wBefore} à {wAfter}, b de {bBefore} à {bAfter} ; la perte a baissé de {before} à {after}.',
  'neuron-backprop.say.step.rose':
    'Un pas de gradient avec un taux d’apprentissage de {rate} : w est passé de {wBefore} à {wAfter}, b de {bBefore} à {bAfter} ; la perte a augmenté de {before} à {after}.',
  'neuron-backprop.say.step.stayed':
    'Un pas de gradient avec un taux d’apprentissage de {rate} : w est passé de {wBefore} à {wAfter}, b de {bBefore} à {bAfter} ; la perte est restée à {after}.',
  'neuron-backprop.say.traced': 'Suivi de {symbol}.',
  'neuron-backprop.say.reset': 'Retour aux valeurs de départ.',

  // graph-backprop
  'graph-backprop.kind.add': 'nœud d’addition',
  'graph-backprop.kind.sub': 'nœud de soustraction',
  'graph-backprop.kind.mul': 'nœud de multiplication',
  'graph-backprop.kind.div': 'nœud de division',
  'graph-backprop.kind.pow': 'nœud de puissance',
  'graph-backprop.kind.neg': 'nœud de négation',
  'graph-backprop.kind.exp': 'nœud exp',
  'graph-backprop.kind.log': 'nœud log',
  'graph-backprop.kind.sqrt': 'nœud racine carrée',
  'graph-backprop.kind.sin': 'nœud sinus',
  'graph-backprop.kind.cos': 'nœud cosinus',
  'graph-backprop.kind.tanh': 'nœud tanh',
  'graph-backprop.kind.sigmoid': 'nœud sigmoïde',
  'graph-backprop.kind.relu': 'nœud ReLU',
  'graph-backprop.kind.abs': 'nœud valeur absolue',
  'graph-backprop.kind.bce': 'nœud d’entropie croisée binaire',
  'graph-backprop.kind.bce_logits': 'nœud d’entropie croisée binaire sur logits',
  'graph-backprop.kind.mse': 'nœud d’erreur quadratique',
  'graph-backprop.kind.variable': 'variable',
  'graph-backprop.kind.constant': 'constante',
  'graph-backprop.name.op': 'le {kind}',
  'graph-backprop.name.constant': 'la constante {value}',
  'graph-backprop.op.add': 'Additionne ses entrées ; le gradient passe inchangé aux deux.',
  'graph-backprop.op.sub':
    'Soustrait la deuxième entrée de la première ; le gradient passe à la première et change de signe pour la deuxième.',
  'graph-backprop.op.mul':
    'Multiplie ses entrées ; le gradient local de chaque entrée est l’autre entrée.',
  'graph-backprop.op.div': 'Divise la première entrée par la deuxième.',
  'graph-backprop.op.pow': 'Élève la première entrée à la puissance de la deuxième.',
  'graph-backprop.op.neg': 'Change le signe ; le gradient change de signe lui aussi.',
  'graph-backprop.op.exp': 'L’exponentielle ; son gradient local est sa propre sortie.',
  'graph-backprop.op.log': 'Le logarithme népérien ; son gradient local est un sur son entrée.',
  'graph-backprop.op.sqrt': 'La racine carrée ; son gradient local est un sur deux fois sa sortie.',
  'graph-backprop.op.sin': 'Le sinus ; son gradient local est le cosinus de son entrée.',
  'graph-backprop.op.cos': 'Le cosinus ; son gradient local est moins le sinus de son entrée.',
  'graph-backprop.op.tanh':
    'La tangente hyperbolique ; son gradient local est un moins le carré de sa sortie.',
  'graph-backprop.op.sigmoid':
    'Ramène son entrée dans l’intervalle ouvert de 0 à 1 ; son gradient local est sa sortie fois un moins sa sortie.',
  'graph-backprop.op.relu':
    'Garde une entrée positive et ramène une entrée négative à zéro ; le gradient ne passe que si l’entrée est positive.',
  'graph-backprop.op.abs':
    'La valeur absolue ; son gradient local est le signe de son entrée (zéro en zéro).',
  'graph-backprop.op.bce':
    'Entropie croisée binaire d’une probabilité prédite p par rapport à une étiquette y : petite quand p est proche de y.',
  'graph-backprop.op.bce_logits':
    'Entropie croisée binaire d’une étiquette y par rapport à la probabilité sigmoid(z), calculée directement à partir de z pour rester exacte quand z est grand.',
  'graph-backprop.op.mse': 'Erreur quadratique entre une prédiction p et une cible y.',
  'graph-backprop.diagram': 'Graphe de calcul de {expr}',
  'graph-backprop.node.label': '{name}, valeur {value}, gradient {gradient}',
  'graph-backprop.node.labelSoFar': '{name}, valeur {value}, gradient pour l’instant {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, valeur {value}, gradient pas encore arrivé',
  'graph-backprop.variable.label': '{name}, gradient {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, gradient pour l’instant {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, gradient pas encore arrivé',
  'graph-backprop.hint.variable':
    'Les flèches gauche et droite changent la valeur de {fine}, Page précédente et Page suivante de {coarse}, Début et Fin vont aux extrémités ; les flèches haut et bas passent aux autres nœuds ; Entrée ouvre les détails ; ou faites glisser latéralement.',
  'graph-backprop.hint.node':
    'Entrée ou Espace ouvre les détails ; les flèches passent aux autres nœuds.',
  'graph-backprop.edge.local': 'local',
  'graph-backprop.tex.out': 'sortie',
  'graph-backprop.tex.upstream': 'amont',
  'graph-backprop.tex.local': 'local',
  'graph-backprop.caption.single':
    'Une seule entrée : son gradient par rapport à elle-même vaut 1.',
  'graph-backprop.caption.start':
    'Les valeurs de la passe avant sont calculées. Appuyez sur « Pas suivant » pour renvoyer le gradient depuis la sortie, où il vaut 1 au départ.',
  'graph-backprop.caption.stepTitle': 'Pas {step} sur {total} :',
  'graph-backprop.caption.step':
    '{name} transmet son gradient {gradient} à chaque entrée, multiplié par le gradient local de cette entrée.',
  'graph-backprop.caption.doneTitle': 'Terminé.',
  'graph-backprop.caption.done':
    'Tous les gradients sont là ; celui de chaque variable est la somme de ce qui lui est parvenu :',
  'graph-backprop.controls': 'Passe arrière',
  'graph-backprop.button.step': 'Pas suivant',
  'graph-backprop.button.play': 'Lecture',
  'graph-backprop.button.pause': 'Pause',
  'graph-backprop.button.reset': 'Réinitialiser',
  'graph-backprop.counter': 'Pas {step} sur {total}',
  'graph-backprop.domain.title': 'Calcul impossible :',
  'graph-backprop.domain.body': '{message} (sur {name}, {id}). Modifiez une valeur pour continuer.',
  'graph-backprop.expression.label': 'Expression',
  'graph-backprop.expression.help': 'Essayez {first}, {second} ou {third}.',
  'graph-backprop.expression.failure':
    'Lecture impossible : {message}. Le graphe ci-dessous est le dernier qui a fonctionné.',
  'graph-backprop.panel.variable': 'variable {name}',
  'graph-backprop.panel.close': 'Fermer les détails',
  'graph-backprop.panel.aboutVariable':
    'Une entrée que vous pouvez modifier : faites-la glisser latéralement, utilisez les flèches dessus, ou saisissez une valeur ici.',
  'graph-backprop.panel.aboutConstant':
    'Un nombre fixe : il a un gradient comme toute entrée, mais vous ne pouvez pas le modifier.',
  'graph-backprop.panel.upstream': 'Gradient amont qui lui parvient :',
  'graph-backprop.panel.outputSeed':
    '(le gradient de la sortie par rapport à elle-même vaut toujours 1)',
  'graph-backprop.panel.input': 'Entrée {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'C’est la sortie, donc son gradient vaut 1.',
  'graph-backprop.panel.uses': {
    one: 'Son gradient est amont × local, venant du seul nœud qui le lit :',
    other:
      'Utilisé {count} fois, son gradient est donc la somme sur ses utilisations (amont × local pour chacune) :',
  },
  'graph-backprop.panel.via': 'via {name} :',
  'graph-backprop.value.label': 'Valeur de {name}',
  'graph-backprop.value.invalid': 'saisissez un nombre, par exemple {example}',
  'graph-backprop.check.title': 'Vérification par différence finie',
  'graph-backprop.check.nudge': 'avec un petit décalage h = {h}',
  'graph-backprop.check.compare':
    'La rétropropagation donne {autodiff} ; décaler légèrement l’entrée donne {numeric}.',
  'graph-backprop.check.agree': '✓ Les deux concordent.',
  'graph-backprop.check.differ': '✗ Les deux diffèrent.',
  'graph-backprop.say.start': 'Retour au début : seule la sortie a son gradient, 1.',
  'graph-backprop.say.step': 'Pas {step} sur {total} : {name} transmet le gradient {gradient}.',
  'graph-backprop.say.contribution':
    '{name} reçoit {contribution} : amont {upstream} fois local {local}.',
  'graph-backprop.say.done': 'Tous les gradients sont calculés.',
  'graph-backprop.say.playStep': 'Pas {step} sur {total} : {name}.',
  'graph-backprop.say.selected':
    'Sélection : {name}, {kind} : valeur {value}, gradient {gradient}.',
  'graph-backprop.say.variable':
    '{name} vaut {value}. Sortie {output} ; gradient de {name} {gradient}.',
  'graph-backprop.say.variableProblem': '{name} vaut {value}. Calcul impossible : {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'Nouveau graphe : sortie {output}, {count} pas en arrière.',
    other: 'Nouveau graphe : sortie {output}, {count} pas en arrière.',
  },
  'graph-backprop.say.paused': 'En pause au pas {step} sur {total}.',
  'graph-backprop.say.closed': 'Détails fermés.',
  'graph-backprop.mode.legend': 'Passe',
  'graph-backprop.mode.reverse': 'Mode inverse (passe arrière)',
  'graph-backprop.mode.forward': 'Mode direct',
  'graph-backprop.wrt.label': 'Tangente de',
  'graph-backprop.forward.controls': 'Passe en mode direct',
  'graph-backprop.forward.button': 'Pas en avant',
  'graph-backprop.forward.label': '{name}, valeur {value}, tangente {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, valeur {value}, tangente pas encore arrivée',
  'graph-backprop.forward.start':
    'Mode direct : la tangente de {wrt} vaut 1 au départ, celle de chaque autre entrée 0. Appuyez sur « Pas en avant » pour la propager vers l’avant, un nœud à la fois.',
  'graph-backprop.forward.stepTitle': 'Pas {step} sur {total} :',
  'graph-backprop.forward.step':
    '{name} additionne gradient local × tangente d’entrée sur ses entrées : sa tangente vaut {tangent}.',
  'graph-backprop.forward.doneTitle': 'Terminé.',
  'graph-backprop.forward.done':
    'La tangente de la sortie, {tangent}, est le gradient par rapport à {wrt} : la passe arrière donne elle aussi {gradient} pour {wrt}.',
  'graph-backprop.forward.tally': {
    one: 'Tous les gradients de cette sortie : le mode direct demande {count} passe (une par entrée), le mode inverse 1 (une par sortie).',
    other:
      'Tous les gradients de cette sortie : le mode direct demande {count} passes (une par entrée), le mode inverse 1 (une par sortie).',
  },
  'graph-backprop.tex.tangentTitle': 'tangente',
  'graph-backprop.say.forwardStep': 'Pas {step} sur {total} : {name} reçoit la tangente {tangent}.',
  'graph-backprop.say.forwardDone':
    'La tangente de la sortie, {tangent}, est égale au gradient de la passe arrière pour {wrt}.',
  'graph-backprop.say.mode.reverse': 'Mode inverse : le gradient remonte depuis la sortie.',
  'graph-backprop.say.mode.forward': 'Mode direct : suivi de la tangente de {wrt}.',
  'graph-backprop.problem.unknownVariable':
    "'{name}' n’est pas une variable de {expr} (ses variables : {names})",
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' n’est pas une variable de {expr}, qui n’en a aucune",
  'graph-backprop.problem.selected':
    "attendu : un nom de variable ({names}) ou un identifiant de nœud de n0 à {last} ; reçu : '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "attendu : un identifiant de nœud de n0 à {last} ; reçu : '{got}'",
  'graph-backprop.problem.confusingName':
    "'{name}' se lit comme un nombre mal formé ; choisissez un autre nom de variable",
  'graph-backprop.problem.wrt':
    "'{name}' n’est pas une variable de {expr} ; le mode direct peut suivre {names}",
  'graph-backprop.problem.parse': 'l’expression ne peut pas être lue : {message}',

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
  'embed.noscript': 'Cette figure interactive a besoin de JavaScript.',
  'loader.missing':
    'Cette figure interactive (<{tag}>) n’a pas pu se charger : un fichier dont elle a besoin est absent ou inaccessible. Un site qui héberge backprop-elements doit servir tout le dossier dist/ (chunks/ et fonts/ à côté de backprop-elements.js).',
};
