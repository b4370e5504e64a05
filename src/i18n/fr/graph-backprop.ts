import type { Messages } from '../../internal/i18n.js';

/** The fr messages of <graph-backprop>. */
export const messages: Messages = {
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
  'graph-backprop.domain.body': '{message} (sur {name}). Modifiez une valeur pour continuer.',
  'graph-backprop.expression.label': 'Expression',
  'graph-backprop.expression.help': 'Essayez {first}, {second} ou {third}.',
  'graph-backprop.expression.failure': 'Lecture impossible : {message}',
  'graph-backprop.expression.kept': 'Le graphe ci-dessous est le dernier qui a fonctionné.',
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
  'graph-backprop.panel.notReached':
    'La passe arrière n’est pas encore arrivée ici : appuyez sur Pas suivant jusqu’à ce qu’elle arrive.',
  'graph-backprop.panel.forwardNotReached':
    'Le mode direct n’est pas encore arrivé ici : appuyez sur Pas en avant jusqu’à ce qu’il arrive.',
  'graph-backprop.panel.tangent':
    'Sa tangente par rapport à {wrt} : gradient local × tangente de l’entrée, sommé sur ses entrées :',
  'graph-backprop.panel.seed':
    'Une entrée : sa tangente part de 1 si c’est {wrt}, la variable suivie, et de 0 sinon.',
  'graph-backprop.value.label': 'Valeur de {name}',
  'graph-backprop.value.invalid': 'saisissez un nombre, par exemple {example}',
  'graph-backprop.check.title': 'Vérification par différence finie',
  'graph-backprop.check.nudge': 'avec un petit décalage h = {h}',
  'graph-backprop.check.compare':
    'La rétropropagation donne {autodiff} ; décaler légèrement l’entrée donne {numeric}.',
  'graph-backprop.check.nudgeNode':
    'avec un petit décalage h = {h} de la valeur de ce nœud, ses entrées fixées',
  'graph-backprop.check.compareNode':
    'La rétropropagation donne {autodiff} ; décaler légèrement ce nœud donne {numeric}.',
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
  'graph-backprop.forward.step':
    '{name} additionne gradient local × tangente d’entrée sur ses entrées : sa tangente vaut {tangent}.',
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
  'graph-backprop.problem.brokenName':
    'un de ses noms se lit comme un nombre mal formé ; {expr} n’a aucune variable de ce nom',
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' n’est pas une variable de {expr}, qui n’en a aucune",
  'graph-backprop.problem.selected':
    "attendu : un nom de variable ({names}) ou un identifiant de nœud de n0 à {last} ; reçu : '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "attendu : un identifiant de nœud de n0 à {last} ; reçu : '{got}'",
  'graph-backprop.problem.confusingName':
    'un de ses noms de variable se lit comme un nombre mal formé ; choisissez un autre nom',
  'graph-backprop.problem.wrt':
    "'{name}' n’est pas une variable de {expr} ; le mode direct peut suivre {names}",
  'graph-backprop.problem.parse': 'l’expression ne peut pas être lue : {message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask':
    "'{name}' n’est pas une variable de {expr} ; ask peut nommer steps ou {names}",
  'graph-backprop.ask.step':
    'Étape {step} : prédisez la part que {name} renvoie ; destinataire : {input} (amont × local)',
  'graph-backprop.ask.gradient':
    'Prédisez ∂sortie/∂{name}, le gradient de la sortie par rapport à {name}',
  'graph-backprop.hint.local':
    'C’est la dérivée locale seule : multipliez-la par le gradient qui arrive d’amont.',
  'graph-backprop.hint.upstream':
    'C’est le gradient amont seul : multipliez-le par la dérivée locale de ce nœud.',
  'graph-backprop.hint.sum': 'L’amont et le local se multiplient ; ils ne s’additionnent pas.',
  'graph-backprop.hint.path':
    'C’est une seule utilisation : les parts de toutes les utilisations s’additionnent.',
  'graph-backprop.hint.stepRule': 'Multipliez l’amont par le local : {factors}.',
  'graph-backprop.hint.gradientRule':
    'Additionnez amont × local sur chaque utilisation de {name} : {terms}.',
  'graph-backprop.ask.tangent':
    'Étape {step} : prédisez la tangente de {name} par rapport à {wrt} (local × tangente de l’entrée, additionné sur ses entrées)',
  'graph-backprop.hint.tangentLocal':
    'C’est la dérivée locale seule : multipliez-la par la tangente de l’entrée.',
  'graph-backprop.hint.term':
    'C’est le terme d’une seule entrée : additionnez local × tangente de l’entrée sur chaque entrée.',
  'graph-backprop.hint.tangentRule':
    'Additionnez local × tangente de l’entrée sur les entrées : {terms}.',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': 'division par zéro',
  'graph-backprop.reason.powZero': 'zéro élevé à une puissance négative',
  'graph-backprop.reason.slope': '{op} a une pente infinie en 0',
  'graph-backprop.reason.powSlope': '{op} a une pente infinie en 0 (une puissance entre 0 et 1)',
  'graph-backprop.reason.powFraction': 'un nombre négatif élevé à une puissance fractionnaire',
  'graph-backprop.reason.powVaries':
    'un nombre négatif élevé à une puissance variable n’a pas de pente selon la puissance',
  'graph-backprop.reason.log': 'log demande une entrée positive',
  'graph-backprop.reason.sqrt': 'sqrt demande une entrée positive ou nulle',
  'graph-backprop.reason.bce': 'bce demande une probabilité p entre 0 et 1',
  'graph-backprop.reason.value': '{op} donne un résultat trop grand pour un nombre',
  'graph-backprop.reason.local': 'le gradient local de {op} est trop grand pour un nombre',
  'graph-backprop.reason.gradient': 'le gradient de {name} est trop grand pour un nombre',
  'graph-backprop.reason.gradientVar': "le gradient de '{name}' est trop grand pour un nombre",
  'graph-backprop.reason.tangent':
    "la tangente de {name} par rapport à '{wrt}' est trop grande pour un nombre",
  'graph-backprop.reason.tangentVar':
    "la tangente de '{name}' par rapport à '{wrt}' est trop grande pour un nombre",
};
