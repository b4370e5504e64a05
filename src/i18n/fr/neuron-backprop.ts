import type { Messages } from '../../internal/i18n.js';

/** The fr messages of <neuron-backprop>. */
export const messages: Messages = {
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
  'neuron-backprop.plot.before':
    'En tirets : la courbe et le point avant le dernier pas. Un pas déplace w et b ensemble, donc la courbe bouge autant que le point.',
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
  'neuron-backprop.ask.value': 'Prédisez {symbol}',
  'neuron-backprop.hint.sum':
    'Les facteurs se multiplient le long de la chaîne ; ils ne s’additionnent pas.',
  'neuron-backprop.hint.missing': 'Il manque un facteur : multipliez aussi par {symbol}.',
  'neuron-backprop.hint.sigmoid': 'C’est a lui-même ; la pente de la sigmoïde est a(1 − a).',
  'neuron-backprop.hint.input':
    'z = wx + b varie avec {symbol} au rythme de ce qui multiplie {symbol}.',
  'neuron-backprop.hint.rule': 'Appliquez la règle : {rule}.',
  'neuron-backprop.plot.labelHidden':
    'Perte en fonction de {symbol}, de {min} à {max}. En {symbol} = {value}, la perte vaut {loss} ; la tangente est cachée jusqu’à votre réponse.',
};
