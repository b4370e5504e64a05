import type { Messages } from '../internal/i18n.js';

/** Spanish. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  // shared: attribute notes, numbers, read-only properties
  'number.minus': 'menos {value}',
  'problem.readOnly': '{property} es de solo lectura; se ignoró el valor asignado',

  'attr.expected': 'se esperaba: {expected}',
  'attr.expectedGot': 'se esperaba: {expected}; se recibió: {got}',
  'attr.listEntry': "se esperaba: {expected}; '{entry}' no es {kind}",
  'attr.nothing': 'nada',
  'attr.emptyEntry': 'un elemento vacío',
  'attr.notFinite': 'un valor que no es un número finito',
  'attr.quoted': "'{text}'",
  'attr.number': 'un número',
  'attr.numberFromTo': 'un número de {min} a {max}',
  'attr.numberAtLeast': 'un número mayor o igual que {min}',
  'attr.numberAtMost': 'un número menor o igual que {max}',
  'attr.whole': 'un número entero',
  'attr.wholeFromTo': 'un número entero de {min} a {max}',
  'attr.wholeAtLeast': 'un número entero mayor o igual que {min}',
  'attr.wholeAtMost': 'un número entero menor o igual que {max}',
  'attr.list': {
    one: '{count} {kind} separados por espacios o comas',
    other: '{count} {kind} separados por espacios o comas',
  },
  'attr.listBetween': 'entre {min} y {max} {kind} separados por espacios o comas',
  'attr.numbers': 'números',
  'attr.numbersFromTo': 'números de {min} a {max}',
  'attr.numbersAtLeast': 'números mayores o iguales que {min}',
  'attr.numbersAtMost': 'números menores o iguales que {max}',
  'attr.wholes': 'números enteros',
  'attr.wholesFromTo': 'números enteros de {min} a {max}',
  'attr.wholesAtLeast': 'números enteros mayores o iguales que {min}',
  'attr.wholesAtMost': 'números enteros menores o iguales que {max}',
  'attr.assignments': "pares nombre=número separados por comas, como 'x=2, w=-1'",
  'attr.assignmentMissing': "se esperaba: {expected}; '{pair}' no tiene la forma nombre=número",
  'attr.assignmentNumber': 'se esperaba un número para {name}; se recibió: {got}',
  'attr.oneOf': 'se esperaba uno de estos valores: {choices}; se recibió: {got}',
  'attr.labels': 'se esperaba una lista corta de nombres separados por comas',
  'attr.labelsAtMost': 'se esperaban como máximo {max} nombres separados por comas',

  // chain-rule-gears
  'chain-rule-gears.name.lever': 'palanca',
  'chain-rule-gears.name.gear': 'engranaje {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} grado', other: '{value} grados' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: 'Diagrama: {lever} que mueve {count} engranaje',
    other: 'Diagrama: {lever} que mueve {count} engranajes',
  },
  'chain-rule-gears.lever.name': 'desplazamiento de {lever}',
  'chain-rule-gears.lever.valueText': '{amount}; {last} gira {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Arrastra, o usa las flechas para avanzar de 0,1 en 0,1; Mayús con una flecha, o Re Pág y Av Pág, avanzan de 1 en 1; Inicio y Fin van a los extremos.',
  'chain-rule-gears.gear.label': '{name}: relación {ratio}; ha girado {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: relación {ratio}, gira en sentido contrario; ha girado {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: fuera de engrane, relación 0: no gira; ha girado {amount}',
  'chain-rule-gears.readouts': 'Desplazamiento de cada etapa',
  'chain-rule-gears.formula.title': 'La regla de la cadena, un factor por engranaje',
  'chain-rule-gears.formula.total': 'd {last} sobre d {first} es igual a {value}',
  'chain-rule-gears.formula.factor':
    'factor de {name}: d {name} sobre d {previous} es igual a {value}',
  'chain-rule-gears.formula.summary': 'Por cada {unitStep} de {lever}, {last} gira {amount}.',
  'chain-rule-gears.reset': 'Restablecer {lever} a {amount}',
  'chain-rule-gears.narration.lever': '{name} en {amount}',
  'chain-rule-gears.narration.gear': '{name} gira {amount}: {ratio} por {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',

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

  // graph-backprop
  'graph-backprop.kind.add': 'nodo de suma',
  'graph-backprop.kind.sub': 'nodo de resta',
  'graph-backprop.kind.mul': 'nodo de multiplicación',
  'graph-backprop.kind.div': 'nodo de división',
  'graph-backprop.kind.pow': 'nodo de potencia',
  'graph-backprop.kind.neg': 'nodo de cambio de signo',
  'graph-backprop.kind.exp': 'nodo exp',
  'graph-backprop.kind.log': 'nodo log',
  'graph-backprop.kind.sqrt': 'nodo de raíz cuadrada',
  'graph-backprop.kind.sin': 'nodo de seno',
  'graph-backprop.kind.cos': 'nodo de coseno',
  'graph-backprop.kind.tanh': 'nodo tanh',
  'graph-backprop.kind.sigmoid': 'nodo sigmoide',
  'graph-backprop.kind.relu': 'nodo ReLU',
  'graph-backprop.kind.abs': 'nodo de valor absoluto',
  'graph-backprop.kind.bce': 'nodo de entropía cruzada binaria',
  'graph-backprop.kind.bce_logits': 'nodo de entropía cruzada binaria desde logits',
  'graph-backprop.kind.mse': 'nodo de error cuadrático',
  'graph-backprop.kind.variable': 'variable',
  'graph-backprop.kind.constant': 'constante',
  'graph-backprop.name.op': 'el {kind}',
  'graph-backprop.name.constant': 'la constante {value}',

  'graph-backprop.op.add': 'Suma sus entradas; el gradiente pasa sin cambios a las dos.',
  'graph-backprop.op.sub':
    'Resta la segunda entrada de la primera; el gradiente pasa tal cual a la primera y con el signo cambiado a la segunda.',
  'graph-backprop.op.mul':
    'Multiplica sus entradas; el gradiente local de cada entrada es la otra entrada.',
  'graph-backprop.op.div': 'Divide la primera entrada entre la segunda.',
  'graph-backprop.op.pow': 'Eleva la primera entrada a la potencia de la segunda.',
  'graph-backprop.op.neg': 'Cambia el signo; el gradiente también cambia de signo.',
  'graph-backprop.op.exp': 'La exponencial; su gradiente local es su propia salida.',
  'graph-backprop.op.log':
    'El logaritmo natural; su gradiente local es uno dividido por su entrada.',
  'graph-backprop.op.sqrt':
    'La raíz cuadrada; su gradiente local es uno dividido por el doble de su salida.',
  'graph-backprop.op.sin': 'El seno; su gradiente local es el coseno de su entrada.',
  'graph-backprop.op.cos': 'El coseno; su gradiente local es menos el seno de su entrada.',
  'graph-backprop.op.tanh':
    'La tangente hiperbólica; su gradiente local es uno menos su salida al cuadrado.',
  'graph-backprop.op.sigmoid':
    'Comprime su entrada entre 0 y 1; su gradiente local es su salida por uno menos su salida.',
  'graph-backprop.op.relu':
    'Deja pasar una entrada positiva y convierte una negativa en cero; el gradiente pasa solo cuando la entrada es positiva.',
  'graph-backprop.op.abs':
    'El valor absoluto; su gradiente local es el signo de su entrada (cero en cero).',
  'graph-backprop.op.bce':
    'Entropía cruzada binaria de una probabilidad predicha p frente a una etiqueta y: es pequeña cuando p está cerca de y.',
  'graph-backprop.op.bce_logits':
    'Entropía cruzada binaria de una etiqueta y frente a la probabilidad sigmoid(z), calculada a partir del propio z para que siga siendo exacta cuando z es grande.',
  'graph-backprop.op.mse': 'Error cuadrático entre una predicción p y un objetivo y.',

  'graph-backprop.diagram': 'Grafo computacional de {expr}',
  'graph-backprop.node.label': '{name}, valor {value}, gradiente {gradient}',
  'graph-backprop.node.labelSoFar': '{name}, valor {value}, gradiente hasta ahora {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, valor {value}, el gradiente aún no ha llegado',
  'graph-backprop.variable.label': '{name}, gradiente {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, gradiente hasta ahora {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, el gradiente aún no ha llegado',
  'graph-backprop.hint.variable':
    'Las flechas izquierda y derecha cambian el valor en {fine}; Re Pág y Av Pág, en {coarse}; Inicio y Fin van a los extremos; las flechas arriba y abajo pasan a los otros nodos; Enter abre los detalles; también puedes arrastrar hacia los lados.',
  'graph-backprop.hint.node':
    'Enter o la barra espaciadora abren los detalles; las flechas pasan a los otros nodos.',
  'graph-backprop.edge.local': 'local',

  'graph-backprop.tex.out': 'salida',
  'graph-backprop.tex.upstream': 'de arriba',
  'graph-backprop.tex.local': 'local',
  'graph-backprop.caption.single': 'Una sola entrada: su gradiente respecto a sí misma es 1.',
  'graph-backprop.caption.start':
    'La pasada hacia delante ya está hecha. Presiona Paso para enviar el gradiente hacia atrás desde la salida, donde empieza valiendo 1.',
  'graph-backprop.caption.stepTitle': 'Paso {step} de {total}:',
  'graph-backprop.caption.step':
    '{name} pasa su gradiente {gradient} a cada entrada, multiplicado por el gradiente local de esa entrada.',
  'graph-backprop.caption.doneTitle': 'Listo.',
  'graph-backprop.caption.done':
    'Todos los gradientes están calculados; el de cada variable es la suma de lo que le llegó:',

  'graph-backprop.controls': 'Pasada hacia atrás',
  'graph-backprop.button.step': 'Paso',
  'graph-backprop.button.play': 'Reproducir',
  'graph-backprop.button.pause': 'Pausa',
  'graph-backprop.button.reset': 'Reiniciar',
  'graph-backprop.counter': 'Paso {step} de {total}',
  'graph-backprop.domain.title': 'No se puede calcular:',
  'graph-backprop.domain.body': '{message} (en {name}, {id}). Cambia un valor para continuar.',

  'graph-backprop.expression.label': 'Expresión',
  'graph-backprop.expression.help': 'Prueba {first}, {second} o {third}.',
  'graph-backprop.expression.failure':
    'No se puede leer: {message}. El grafo de abajo es el último que funcionó.',

  'graph-backprop.panel.variable': 'variable {name}',
  'graph-backprop.panel.close': 'Cerrar detalles',
  'graph-backprop.panel.aboutVariable':
    'Una entrada que puedes cambiar: arrástrala hacia los lados, usa las flechas sobre ella o escribe aquí un valor.',
  'graph-backprop.panel.aboutConstant':
    'Un número fijo: tiene gradiente como cualquier entrada, pero no puedes cambiarlo.',
  'graph-backprop.panel.upstream': 'Gradiente de arriba que le llega:',
  'graph-backprop.panel.outputSeed': '(el gradiente de la salida respecto a sí misma siempre es 1)',
  'graph-backprop.panel.input': 'Entrada {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'Es la salida, así que su gradiente es 1.',
  'graph-backprop.panel.uses': {
    one: 'Lo usa un solo nodo, así que su gradiente es el de arriba × el local:',
    other:
      'Se usa {count} veces, así que su gradiente es la suma sobre sus usos (el de arriba × el local en cada uno):',
  },
  'graph-backprop.panel.via': 'vía {name}:',
  'graph-backprop.value.label': 'Valor de {name}',
  'graph-backprop.value.invalid': 'escribe un número, como {example}',
  'graph-backprop.check.title': 'Comprobación por diferencias finitas',
  'graph-backprop.check.nudge': 'con una pequeña perturbación h = {h}',
  'graph-backprop.check.compare':
    'La retropropagación da {autodiff}; perturbar un poco la entrada da {numeric}.',
  'graph-backprop.check.agree': '✓ Coinciden.',
  'graph-backprop.check.differ': '✗ No coinciden.',

  'graph-backprop.say.start': 'De vuelta al inicio: solo la salida tiene su gradiente, 1.',
  'graph-backprop.say.step': 'Paso {step} de {total}: {name} pasa el gradiente {gradient}.',
  'graph-backprop.say.contribution':
    'Aporte para {name}: {contribution}, de arriba {upstream} por local {local}.',
  'graph-backprop.say.done': 'Todos los gradientes están listos.',
  'graph-backprop.say.playStep': 'Paso {step} de {total}: {name}.',
  'graph-backprop.say.selected': 'Selección: {name} ({kind}), valor {value}, gradiente {gradient}.',
  'graph-backprop.say.variable':
    '{name} vale {value}. Salida {output}; gradiente de {name}: {gradient}.',
  'graph-backprop.say.variableProblem': '{name} vale {value}. No se puede calcular: {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'Grafo nuevo: salida {output}; {count} paso en la pasada hacia atrás.',
    other: 'Grafo nuevo: salida {output}; {count} pasos en la pasada hacia atrás.',
  },
  'graph-backprop.say.paused': 'En pausa en el paso {step} de {total}.',
  'graph-backprop.say.closed': 'Detalles cerrados.',

  'graph-backprop.mode.legend': 'Pasada',
  'graph-backprop.mode.reverse': 'Modo inverso (hacia atrás)',
  'graph-backprop.mode.forward': 'Modo directo',
  'graph-backprop.wrt.label': 'Tangente de',
  'graph-backprop.forward.controls': 'Pasada en modo directo',
  'graph-backprop.forward.button': 'Paso adelante',
  'graph-backprop.forward.label': '{name}, valor {value}, tangente {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, valor {value}, la tangente aún no ha llegado',
  'graph-backprop.forward.start':
    'Modo directo: la tangente de {wrt} empieza en 1 y la de las demás entradas, en 0. Presiona «Paso adelante» para llevarla hacia delante, nodo a nodo.',
  'graph-backprop.forward.stepTitle': 'Paso {step} de {total}:',
  'graph-backprop.forward.step':
    '{name} suma, para cada entrada, gradiente local × tangente de la entrada: su tangente es {tangent}.',
  'graph-backprop.forward.doneTitle': 'Listo.',
  'graph-backprop.forward.done':
    'La tangente de la salida, {tangent}, es el gradiente respecto a {wrt}: la pasada hacia atrás también da {gradient} para {wrt}.',
  'graph-backprop.forward.tally': {
    one: 'Todos los gradientes de esta salida: el modo directo necesita {count} pasada (una por entrada); el modo inverso, 1 (una por salida).',
    other:
      'Todos los gradientes de esta salida: el modo directo necesita {count} pasadas (una por entrada); el modo inverso, 1 (una por salida).',
  },
  'graph-backprop.tex.tangentTitle': 'tangente',
  'graph-backprop.say.forwardStep': 'Paso {step} de {total}: {name} recibe la tangente {tangent}.',
  'graph-backprop.say.forwardDone':
    'La tangente de la salida, {tangent}, es igual al gradiente que da la pasada hacia atrás para {wrt}.',
  'graph-backprop.say.mode.reverse':
    'Modo inverso: el gradiente fluye hacia atrás desde la salida.',
  'graph-backprop.say.mode.forward': 'Modo directo: siguiendo la tangente de {wrt}.',

  'graph-backprop.problem.unknownVariable':
    "'{name}' no es una variable de {expr} (sus variables: {names})",
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' no es una variable de {expr}, que no tiene ninguna",
  'graph-backprop.problem.selected':
    "se esperaba: un nombre de variable ({names}) o un id de nodo de n0 a {last}; se recibió: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "se esperaba: un id de nodo de n0 a {last}; se recibió: '{got}'",
  'graph-backprop.problem.confusingName':
    "'{name}' se lee como un número mal escrito; elige otro nombre de variable",
  'graph-backprop.problem.wrt':
    "'{name}' no es una variable de {expr}; el modo directo puede seguir {names}",
  'graph-backprop.problem.parse': 'no se puede leer la expresión: {message}',

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

  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Indica un elemento con ?el=, por ejemplo ?el={example}.',
  'embed.unknownElement': 'Elemento desconocido: «{tag}».',
  'embed.unavailable': 'El elemento «{tag}» no está disponible aquí.',
  'embed.tooLong': {
    one: 'Se ignoró «{name}»: su valor tiene más de {count} carácter.',
    other: 'Se ignoró «{name}»: su valor tiene más de {count} caracteres.',
  },
  'embed.notParameterGuess': '«{name}» no es un parámetro de {tag}; ¿quisiste decir «{guess}»?',
  'embed.notParameter': '«{name}» no es un parámetro de {tag}.',
  'embed.parameterList': 'Los parámetros son: {list}.',
  'embed.noscript': 'Esta figura interactiva necesita JavaScript.',
  'loader.missing':
    'Esta figura interactiva (<{tag}>) no se pudo cargar: falta un archivo que necesita o no se puede acceder a él. Un sitio que aloje backprop-elements debe servir la carpeta dist/ completa (chunks/ y fonts/ junto a backprop-elements.js).',
};
