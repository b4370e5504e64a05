import type { Messages } from '../../internal/i18n.js';

/** The es messages of <train-network>. */
export const messages: Messages = {
  'train-network.play': 'Reproducir',
  'train-network.pause': 'Pausa',
  'train-network.step': 'Paso',
  'train-network.stepHint': 'un minilote',
  'train-network.reset': 'Reiniciar',
  'train-network.epoch': 'Época {epoch}',
  'train-network.trainLoss': 'Pérdida de entrenamiento {value}',
  'train-network.testLoss': 'Pérdida de prueba {value}',
  'train-network.accuracy': 'Exactitud de prueba {percent} %',
  'train-network.diverged':
    'La pérdida se disparó, así que el entrenamiento se detuvo y volvió a los pesos de la época {epoch}: prueba una tasa de aprendizaje menor que {rate}.',
  'train-network.settings': 'Ajustes',
  'train-network.dataset': 'Datos',
  'train-network.dataset.circle': 'Círculo',
  'train-network.dataset.xor': 'XOR',
  'train-network.dataset.gauss': 'Grupos gaussianos',
  'train-network.dataset.spiral': 'Espiral',
  'train-network.dataset.plane': 'Plano (regresión)',
  'train-network.dataset.wave': 'Onda (regresión)',
  'train-network.dataset.own': 'Puntos propios',
  'train-network.classes': 'Clases',
  'train-network.activation': 'Activación',
  'train-network.learningRate': 'Tasa de aprendizaje',
  'train-network.batchSize': 'Tamaño del lote',
  'train-network.layers': 'Capas ocultas',
  'train-network.units': 'Unidades por capa',
  'train-network.regularization': 'Regularización',
  'train-network.regularization.none': 'Ninguna',
  'train-network.regularizationRate': 'Tasa de regularización',
  'train-network.noise': 'Ruido',
  'train-network.trainRatio': 'Parte de entrenamiento',
  'train-network.percent': '{value} %',
  'train-network.features': 'Características de entrada',
  'train-network.plane.name': 'Puntos de datos y frontera de decisión',
  'train-network.plane.hint':
    'Las flechas mueven un cursor sobre el plano; Intro añade ahí un punto de la clase elegida, o quita el punto que hay debajo.',
  'train-network.plane.cursor': 'Cursor en x₁ = {x}, x₂ = {y}',
  'train-network.newPoint': 'Puntos nuevos',
  'train-network.class': 'clase {number}',
  'train-network.value': 'valor {value}',
  'train-network.grid.toggle': 'Leer las predicciones como tabla',
  'train-network.grid.caption':
    'La clase predicha en {count} × {count} puntos del plano: filas desde arriba (x₂ = {top}) hacia abajo, columnas desde la izquierda (x₁ = {left}).',
  'train-network.grid.captionRegression':
    'El valor predicho en {count} × {count} puntos del plano: filas desde arriba (x₂ = {top}) hacia abajo, columnas desde la izquierda (x₁ = {left}).',
  'train-network.grid.x1': 'x₁ = {value}',
  'train-network.grid.x2': 'x₂ = {value}',
  'train-network.legend.train': 'rellenos: puntos de entrenamiento',
  'train-network.legend.test': 'con contorno: puntos de prueba',
  'train-network.legend.shade': 'fondo: la clase predicha, más pálida donde el modelo duda',
  'train-network.classAccuracy':
    'Clase {number}: {right} de {total} puntos de prueba predichos bien.',
  'train-network.pointAdded': 'Punto de {label} añadido en x₁ = {x}, x₂ = {y}.',
  'train-network.pointRemoved': 'Punto quitado en x₁ = {x}, x₂ = {y}.',
  'train-network.curves.name': 'Pérdida por época: entrenamiento {train}, prueba {test}',
  'train-network.curves.train': 'entrenamiento',
  'train-network.curves.test': 'prueba (discontinua)',
  'train-network.network.name': 'La red: {sizes}. Elige una conexión para ver su gradiente.',
  'train-network.unit.input': 'entrada {feature}',
  'train-network.unit.hidden': 'capa {layer} unidad {unit}',
  'train-network.unit.output': 'salida {unit}',
  'train-network.legend.positive': 'peso positivo',
  'train-network.legend.negative': 'peso negativo (discontinuo)',
  'train-network.panel.title': 'El gradiente del peso de {from} a {to}',
  'train-network.panel.pick': 'Conexión',
  'train-network.panel.layer': 'Capa',
  'train-network.panel.layerOption': 'capa {from} a capa {to}',
  'train-network.panel.from': 'Desde',
  'train-network.panel.to': 'Hasta',
  'train-network.panel.mean': {
    one: 'Para el próximo minilote ({count} ejemplo), ∂L/∂w es la media sobre sus ejemplos de δ de la unidad que recibe por a de la unidad que envía:',
    other:
      'Para el próximo minilote ({count} ejemplos), ∂L/∂w es la media sobre sus ejemplos de δ de la unidad que recibe por a de la unidad que envía:',
  },
  'train-network.panel.example': 'El primer ejemplo del lote:',
  'train-network.panel.deltaToggle': 'De dónde viene δ de {unit}',
  'train-network.panel.deltaTitle': 'δ de {unit}',
  'train-network.panel.deltaOutput':
    'En la salida, δ es la predicción menos el objetivo: lo rápido que cambia la pérdida con la z de la unidad.',
  'train-network.panel.deltaHidden':
    'El δ de una unidad oculta es la regla de la cadena una capa atrás: la pendiente de su activación por los δ de la capa siguiente, cada uno ponderado por la conexión por la que vuelve.',
  'train-network.panel.deltaMean': {
    one: 'Promediado sobre el mini-batch ({count} ejemplo):',
    other: 'Promediado sobre el mini-batch ({count} ejemplos):',
  },
  'train-network.panel.update': 'Paso mueve luego el peso en contra de su gradiente:',
  'train-network.panel.toggle': 'Explicar un gradiente',
  'train-network.panel.empty':
    'Elige una conexión en el dibujo para ver cómo se forma su gradiente.',
  'train-network.summary':
    'Época {epoch}: pérdida de entrenamiento {train}, pérdida de prueba {test}, exactitud de prueba {percent} %.',
  'train-network.summaryRegression':
    'Época {epoch}: pérdida de entrenamiento {train}, pérdida de prueba {test}.',
  'train-network.playing': 'Entrenando.',
  'train-network.problem.features': 'se esperaba al menos uno de {choices}',
  'train-network.problem.feature': "se esperaban nombres de {choices}; '{name}' no es uno",
  'train-network.problem.tooManyPoints': 'se esperaban como mucho {max} puntos',
  'train-network.problem.point':
    "el punto {number} ('{entry}') no es 'x y etiqueta' con x e y de −6 a 6 y una clase de 0 a {max}",
  'train-network.problem.fewPoints': 'se esperaban al menos dos puntos',
  'train-network.problem.shape': '{name} debe tener la forma de la red',
  'train-network.ask.gradient':
    'Predice ∂L/∂w del peso de {from} a {to} solo para el primer ejemplo',
  'train-network.hint.missing-activation':
    'Multiplica δ de la unidad alimentada por a de la unidad que alimenta: falta a.',
  'train-network.hint.missing-delta':
    'Multiplica a de la unidad que alimenta por δ de la unidad alimentada: falta δ.',
  'train-network.hint.penalty': 'Suma el término de regularización a δ·a.',
  'train-network.hint.rule': 'Usa la regla: {rule}.',
};
