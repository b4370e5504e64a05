import type { Messages } from '../../internal/i18n.js';

/** The es messages of <layer-delta>. */
export const messages: Messages = {
  // layer-delta
  'layer-delta.layer.input': 'capa de entrada',
  'layer-delta.layer.output': 'capa de salida',
  'layer-delta.layer.hidden': 'capa oculta {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'salida',
  'layer-delta.heading.loss': 'pérdida',
  // Every layer name above starts with "capa" (feminine), so "de la {layer}" always agrees.
  'layer-delta.unit': 'unidad {number} de la {layer}',
  // Every unit name starts with "unidad", so "de la {from} a la {to}" always agrees.
  'layer-delta.weight': 'peso de la {from} a la {to}',
  'layer-delta.step': 'Paso hacia atrás',
  'layer-delta.run': 'Ir hasta la entrada',
  'layer-delta.reset': 'Reiniciar',
  'layer-delta.status.start':
    'Pasada hacia delante hecha. Da pasos hacia atrás para enviar el error desde la pérdida.',
  'layer-delta.status.done': {
    one: 'Hecho: {count} capa tiene su δ y los gradientes de sus pesos.',
    other: 'Hecho: las {count} capas tienen su δ y los gradientes de sus pesos.',
  },
  'layer-delta.status.step': 'Paso {step} de {total}: δ llegó a la {layer}.',
  'layer-delta.picker': 'Elige una capa',
  // The buttons after it already say "capa …", so the prefix does not repeat the word.
  'layer-delta.picker.prefix': 'Ver:',
  'layer-delta.network.name': 'Red {sizes}. Pérdida {loss}',
  'layer-delta.network.hint':
    'Las flechas pasan de una unidad a otra y de una capa a otra; Inicio y Fin van a la primera y a la última unidad de una capa; Enter selecciona la capa de la unidad.',
  'layer-delta.readout.hint': 'Enfoca una unidad o haz clic en ella para leer sus números.',
  'layer-delta.readout.hintCompact':
    'Los números se ocultan a este tamaño: enfoca una unidad o haz clic en ella para leerlos aquí.',
  'layer-delta.legend.positive': 'peso positivo',
  'layer-delta.legend.negative': 'peso negativo (discontinuo)',
  'layer-delta.legend.thickness': 'más grueso = mayor',
  'layer-delta.legend.value': 'número dentro de una unidad: su activación',
  'layer-delta.legend.shade': 'sombreado de la unidad: tamaño de su activación',
  'layer-delta.legend.delta': 'anillo interior: δ conocido (discontinuo si es negativo)',
  'layer-delta.unitLabel.input': '{unit}, valor {value}',
  'layer-delta.unitLabel.pending': '{unit}, activación {activation}, delta aún sin calcular',
  'layer-delta.unitLabel.delta': '{unit}, activación {activation}, delta {delta}',
  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}, f′(z) = {slope}, δ aún sin calcular',
  'layer-delta.readout.weight': '{weight}: w = {w}, gradiente {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}, gradiente aún sin calcular',
  'layer-delta.fields.x': 'Entrada x',
  'layer-delta.fields.y': 'Objetivo y',
  'layer-delta.editor': 'Editar un peso de {matrix}',
  'layer-delta.editor.from': 'desde',
  'layer-delta.editor.to': 'hasta',
  'layer-delta.editor.sliderHint':
    'Las flechas cambian el peso en 0,1; Re Pág y Av Pág, en 1; Inicio y Fin lo llevan a −10 y +10.',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}: su señal de error {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} aún no está calculado. Da un paso hacia atrás para calcularlo a partir de la pérdida.',
  'layer-delta.panel.pendingHidden':
    '{delta} aún no está calculado. Primero hace falta el δ de la {layer}: sigue dando pasos hacia atrás.',
  'layer-delta.panel.carried':
    'La matriz {matrix} enmarcada lleva hacia atrás los deltas de la capa de arriba por las mismas conexiones que usó la pasada hacia delante; ⊙ multiplica unidad por unidad por f′(z).',
  'layer-delta.panel.softmax':
    'Con una salida softmax y entropía cruzada, ∂L/∂a = −y/a, y el jacobiano de la softmax, J = diag(a) − a aᵀ, lo convierte en Jᵀ ∂L/∂a = −y + a (Σ y) = a − y, porque y suma 1.',
  'layer-delta.panel.jacobian': 'El jacobiano J de la softmax en esta entrada, ∂aᵢ/∂zⱼ:',
  'layer-delta.panel.gradients': 'Los gradientes de sus pesos: δ por la entrada de la capa',
  'layer-delta.panel.table': '{layer}, unidad por unidad',
  'layer-delta.panel.tableUnit': 'unidad',
  'layer-delta.cost.heading': 'Lo que cuesta la pasada hacia atrás',
  'layer-delta.cost.note':
    'Multiplicaciones-sumas para los tamaños {sizes}. Reutilizar el δ de cada capa mantiene la pasada hacia atrás dentro de un múltiplo pequeño de la pasada hacia delante; recalcular desde la pérdida la cadena de cada peso, no.',
  'layer-delta.cost.pass': 'pasada',
  'layer-delta.cost.count': 'multiplicaciones-sumas (× hacia delante)',
  'layer-delta.cost.forward': 'hacia delante',
  'layer-delta.cost.backward': 'hacia atrás, reutilizando δ',
  'layer-delta.cost.naive': 'ingenua, peso a peso',
  'layer-delta.cost.axis': 'ancho de capa oculta',
  'layer-delta.cost.caption':
    'Todas las capas ocultas tienen el ancho del eje x; los puntos marcan esta red.',
  'layer-delta.cost.chart':
    'Gráfico: multiplicaciones-sumas frente al ancho de capa oculta, de {from} a {to}, en escala logarítmica. Con ancho {to}: hacia delante {forward}, hacia atrás {backward}, ingenua {naive}. La pasada hacia atrás se mantiene en torno a {backwardRatio} la de hacia delante; la ingenua llega a {naiveRatio} la de hacia delante.',
  'layer-delta.say.outputBce':
    'Capa de salida: delta es a menos y: {deltas}. Los gradientes de W{layer} son delta por la entrada de la capa.',
  'layer-delta.say.outputMse':
    'Capa de salida: delta es dos por a menos y, por f prima de z: {deltas}. Los gradientes de W{layer} son delta por la entrada de la capa.',
  'layer-delta.say.outputCe':
    'Capa de salida: con softmax y entropía cruzada, delta es a menos y: {deltas}. Los gradientes de W{layer} son delta por la entrada de la capa.',
  'layer-delta.say.hidden':
    'Capa oculta {number}: deltas devueltos a través de W{above} traspuesta y multiplicados por f prima de z: {deltas}. Los gradientes de W{number} están listos.',
  'layer-delta.say.reset':
    'Pasada hacia atrás borrada: aún no hay deltas. Da un paso hacia atrás para empezar desde la pérdida.',
  'layer-delta.say.selected': '{layer} seleccionada: delta {deltas}.',
  'layer-delta.say.selectedPending': '{layer} seleccionada: delta aún sin calcular.',
  'layer-delta.say.weight':
    '{weight} vale {value}; su gradiente es {gradient}: delta {delta} por entrada {input}',
  'layer-delta.say.weightPending':
    '{weight} vale {value}; su gradiente aparecerá cuando la pasada hacia atrás llegue a la {layer}',
  'layer-delta.say.vector': '{field} {index} vale {value}; salida {output}, pérdida {loss}.',
  'layer-delta.problem.x': {
    one: 'se esperaba: {count} número, uno por unidad de entrada (sizes empieza por {count}); se recibió: {got}',
    other:
      'se esperaba: {count} números, uno por unidad de entrada (sizes empieza por {count}); se recibió: {got}',
  },
  'layer-delta.problem.y': {
    one: 'se esperaba: {count} número, uno por unidad de salida (sizes termina en {count}); se recibió: {got}',
    other:
      'se esperaba: {count} números, uno por unidad de salida (sizes termina en {count}); se recibió: {got}',
  },
  'layer-delta.problem.misfit': 'no se usa: {name} no encajaría ({reason})',
  'layer-delta.problem.yRange':
    'se esperaba: números de {min} a {max}; se recibió: {got} (con loss="{loss}" cada objetivo es una probabilidad)',
  'layer-delta.problem.ceOutputs':
    'ce necesita al menos dos salidas: una softmax sobre una sola siempre vale 1',
  'layer-delta.problem.ceNegative': 'con ce ningún valor del objetivo puede ser negativo',
  'layer-delta.problem.ceSum':
    'con ce el objetivo debe ser one-hot o un vector de probabilidades que sume 1, no {sum}',
  'layer-delta.problem.weights':
    'se esperaba: {layers} matrices de números finitos con formas {shapes} (weights[l][i][j] une la unidad j de la capa l con la unidad i de la capa l+1)',
  'layer-delta.problem.weightsAt':
    'se esperaba: {layers} matrices de números finitos con formas {shapes} (weights[l][i][j] une la unidad j de la capa l con la unidad i de la capa l+1); weights[{index}] no encaja',
  'layer-delta.problem.biases':
    'se esperaba: {layers} listas de números finitos, de tamaños {sizes}',
  'layer-delta.problem.biasesAt':
    'se esperaba: {layers} listas de números finitos, de tamaños {sizes}; biases[{index}] no encaja',
  'layer-delta.problem.overflow':
    'los números crecen demasiado para calcularlos: prueba con entradas, objetivos o pesos más pequeños',
  'layer-delta.status.predict': 'Predice el siguiente δ abajo para seguir.',
  'layer-delta.panel.predict':
    'Predice {delta} a partir de estos números y luego da un paso hacia atrás.',
  'layer-delta.ask.delta': 'Predice δ de la {unit}',
  'layer-delta.hint.slope':
    'Multiplica también por f′(z): la pendiente de la unidad escala lo que vuelve a través de ella.',
  'layer-delta.hint.slopeCancels':
    'Con entropía cruzada la pendiente de la salida se cancela: δ = a − y, sin f′(z).',
  'layer-delta.hint.two': 'La derivada del error cuadrático tiene un factor 2: δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'Usa la fila de esta unidad en Wᵀ: los pesos que salen de ella, cada uno por el δ de la unidad a la que alimenta.',
  'layer-delta.hint.rule': 'Usa la regla: {rule}.',
};
