import type { Messages } from '../../internal/i18n.js';

/** The es messages of <neuron-backprop>. */
export const messages: Messages = {
  // neuron-backprop
  'neuron-backprop.pipeline.label': 'La neurona, de las entradas a la pérdida',
  'neuron-backprop.trace.x': 'la entrada: sigue el gradiente respecto a x',
  'neuron-backprop.trace.w': 'el peso: sigue el gradiente respecto a w',
  'neuron-backprop.trace.b': 'el sesgo: sigue el gradiente respecto a b',
  'neuron-backprop.stage.z': 'z, la suma ponderada w por x más b: {w} por {x} más {b} es {z}',
  'neuron-backprop.stage.a': 'a, la sigmoide de z, es {a}',
  'neuron-backprop.stage.l':
    'L, la pérdida de entropía cruzada de a frente a la etiqueta y = {y}, es {loss}',
  'neuron-backprop.hint': 'Presiona x, w o b para seguir su gradiente.',
  'neuron-backprop.trace.group': 'Seguir el gradiente respecto a',
  'neuron-backprop.role.x': 'entrada',
  'neuron-backprop.role.w': 'peso',
  'neuron-backprop.role.b': 'sesgo',
  'neuron-backprop.role.y': 'etiqueta',
  'neuron-backprop.stepButton': 'Paso de gradiente',
  'neuron-backprop.resetButton': 'Reiniciar',
  'neuron-backprop.step.before': 'Un paso mueve w y b en {rate} × sus gradientes.',
  'neuron-backprop.step.lower': 'Pérdida {before} → {after} (menor)',
  'neuron-backprop.step.higher': 'Pérdida {before} → {after} (mayor: prueba una tasa más pequeña)',
  'neuron-backprop.step.same': 'Pérdida {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    'Pérdida en función de {symbol}, de {min} a {max}. En {symbol} = {value} la pérdida es {loss} y la pendiente de la tangente, el gradiente, es {slope}.',
  'neuron-backprop.plot.legend':
    'Pérdida en función de {symbol}; la pendiente de la tangente es {slope}',
  'neuron-backprop.plot.before':
    'Discontinuos: la curva y el punto antes del último paso. Un paso mueve w y b a la vez, así que la curva se desplaza igual que el punto.',
  'neuron-backprop.factors.label': 'La regla de la cadena para esta neurona',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'pérdida respecto a la activación',
  'neuron-backprop.factor.dadz': 'pendiente de la sigmoide',
  'neuron-backprop.factor.dz': 'suma ponderada respecto a {symbol}',
  'neuron-backprop.route.multiply': 'Multiplicar',
  'neuron-backprop.route.simplify': 'Simplificar',
  'neuron-backprop.agree': '✓ Los dos caminos coinciden: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'Los caminos no coinciden: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'Comprobación del gradiente',
  'neuron-backprop.check.title': 'Comprobar ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'retropropagación {value}',
  'neuron-backprop.check.numeric': 'diferencia finita {value}',
  'neuron-backprop.check.error': 'error relativo {value}',
  'neuron-backprop.say.gradient.w':
    'El gradiente de la pérdida respecto a w es {gradient}: d L sobre d a, {dLda}, por d a sobre d z, {dadz}, por d z sobre d w, que es x, {dz}.',
  'neuron-backprop.say.gradient.b':
    'El gradiente de la pérdida respecto a b es {gradient}: d L sobre d a, {dLda}, por d a sobre d z, {dadz}, por d z sobre d b, que es 1, {dz}.',
  'neuron-backprop.say.gradient.x':
    'El gradiente de la pérdida respecto a x es {gradient}: d L sobre d a, {dLda}, por d a sobre d z, {dadz}, por d z sobre d x, que es w, {dz}.',
  'neuron-backprop.say.change': '{name} vale {value}. a vale {a}; pérdida {loss}.',
  'neuron-backprop.say.step.fell':
    'Paso de gradiente con tasa de aprendizaje {rate}: w pasó de {wBefore} a {wAfter} y b de {bBefore} a {bAfter}; la pérdida bajó de {before} a {after}.',
  'neuron-backprop.say.step.rose':
    'Paso de gradiente con tasa de aprendizaje {rate}: w pasó de {wBefore} a {wAfter} y b de {bBefore} a {bAfter}; la pérdida subió de {before} a {after}.',
  'neuron-backprop.say.step.stayed':
    'Paso de gradiente con tasa de aprendizaje {rate}: w pasó de {wBefore} a {wAfter} y b de {bBefore} a {bAfter}; la pérdida se mantuvo en {after}.',
  'neuron-backprop.say.traced': 'Siguiendo el gradiente de {symbol}.',
  'neuron-backprop.say.reset': 'De vuelta a los valores iniciales.',
  'neuron-backprop.ask.value': 'Predice {symbol}',
  'neuron-backprop.hint.sum': 'Los factores se multiplican a lo largo de la cadena; no se suman.',
  'neuron-backprop.hint.missing': 'Falta un factor: multiplica también por {symbol}.',
  'neuron-backprop.hint.sigmoid': 'Eso es a misma; la pendiente de la sigmoide es a(1 − a).',
  'neuron-backprop.hint.input':
    'z = wx + b cambia con {symbol} al ritmo de lo que multiplica a {symbol}.',
  'neuron-backprop.hint.rule': 'Usa la regla: {rule}.',
  'neuron-backprop.plot.labelHidden':
    'Pérdida en función de {symbol}, de {min} a {max}. En {symbol} = {value} la pérdida es {loss}; la tangente está oculta hasta que respondas.',
};
