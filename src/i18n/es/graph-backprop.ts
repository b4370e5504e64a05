import type { Messages } from '../../internal/i18n.js';

/** The es messages of <graph-backprop>. */
export const messages: Messages = {
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
  'graph-backprop.domain.body': '{message} (en {name}). Cambia un valor para continuar.',
  'graph-backprop.expression.label': 'Expresión',
  'graph-backprop.expression.help': 'Prueba {first}, {second} o {third}.',
  'graph-backprop.expression.failure': 'No se puede leer: {message}',
  'graph-backprop.expression.kept': 'El grafo de abajo es el último que funcionó.',
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
  'graph-backprop.panel.notReached':
    'La pasada hacia atrás aún no ha llegado aquí: pulsa Paso hasta que llegue.',
  'graph-backprop.panel.forwardNotReached':
    'El modo directo aún no ha llegado aquí: pulsa Paso adelante hasta que llegue.',
  'graph-backprop.panel.tangent':
    'Su tangente respecto a {wrt}: gradiente local × tangente de la entrada, sumado sobre sus entradas:',
  'graph-backprop.panel.seed':
    'Una entrada: su tangente empieza en 1 si es {wrt}, la variable que se sigue, y en 0 si no.',
  'graph-backprop.value.label': 'Valor de {name}',
  'graph-backprop.value.invalid': 'escribe un número, como {example}',
  'graph-backprop.check.title': 'Comprobación por diferencias finitas',
  'graph-backprop.check.nudge': 'con una pequeña perturbación h = {h}',
  'graph-backprop.check.compare':
    'La retropropagación da {autodiff}; perturbar un poco la entrada da {numeric}.',
  'graph-backprop.check.nudgeNode':
    'con una pequeña perturbación h = {h} del valor de este nodo, con sus entradas fijas',
  'graph-backprop.check.compareNode':
    'La retropropagación da {autodiff}; perturbar un poco este nodo da {numeric}.',
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
  'graph-backprop.forward.step':
    '{name} suma, para cada entrada, gradiente local × tangente de la entrada: su tangente es {tangent}.',
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
  'graph-backprop.problem.brokenName':
    'uno de sus nombres se lee como un número mal escrito; {expr} no tiene ninguna variable con ese nombre',
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' no es una variable de {expr}, que no tiene ninguna",
  'graph-backprop.problem.selected':
    "se esperaba: un nombre de variable ({names}) o un id de nodo de n0 a {last}; se recibió: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "se esperaba: un id de nodo de n0 a {last}; se recibió: '{got}'",
  'graph-backprop.problem.confusingName':
    'uno de sus nombres de variable se lee como un número mal escrito; elige otro nombre',
  'graph-backprop.problem.wrt':
    "'{name}' no es una variable de {expr}; el modo directo puede seguir {names}",
  'graph-backprop.problem.parse': 'no se puede leer la expresión: {message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask':
    "'{name}' no es una variable de {expr}; ask puede nombrar steps o {names}",
  'graph-backprop.ask.step':
    'Paso {step}: predice lo que {name} devuelve; destino: {input} (de arriba × local)',
  'graph-backprop.ask.gradient':
    'Predice ∂salida/∂{name}, el gradiente de la salida respecto a {name}',
  'graph-backprop.hint.local':
    'Eso es solo la derivada local: multiplícala por el gradiente que llega de arriba.',
  'graph-backprop.hint.upstream':
    'Eso es solo el gradiente de arriba: multiplícalo por la derivada local de este nodo.',
  'graph-backprop.hint.sum': 'El gradiente de arriba y el local se multiplican; no se suman.',
  'graph-backprop.hint.path': 'Eso es un solo uso: las partes de todos los usos se suman.',
  'graph-backprop.hint.stepRule': 'Multiplica el de arriba por el local: {factors}.',
  'graph-backprop.hint.gradientRule': 'Suma de arriba × local sobre cada uso de {name}: {terms}.',
  'graph-backprop.ask.tangent':
    'Paso {step}: predice la tangente de {name} respecto a {wrt} (local × tangente de la entrada, sumado sobre sus entradas)',
  'graph-backprop.hint.tangentLocal':
    'Eso es solo la derivada local: multiplícala por la tangente de la entrada.',
  'graph-backprop.hint.term':
    'Eso es solo el término de una entrada: suma local × tangente de la entrada sobre cada entrada.',
  'graph-backprop.hint.tangentRule':
    'Suma local × tangente de la entrada sobre las entradas: {terms}.',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': 'división por cero',
  'graph-backprop.reason.powZero': 'cero elevado a una potencia negativa',
  'graph-backprop.reason.slope': '{op} tiene pendiente infinita en 0',
  'graph-backprop.reason.powSlope': '{op} tiene pendiente infinita en 0 (una potencia entre 0 y 1)',
  'graph-backprop.reason.powFraction': 'un número negativo elevado a una potencia fraccionaria',
  'graph-backprop.reason.powVaries':
    'un número negativo elevado a una potencia que varía no tiene pendiente respecto a la potencia',
  'graph-backprop.reason.log': 'log necesita una entrada positiva',
  'graph-backprop.reason.sqrt': 'sqrt necesita una entrada mayor o igual que cero',
  'graph-backprop.reason.bce': 'bce necesita una probabilidad p entre 0 y 1',
  'graph-backprop.reason.value': '{op} da un resultado demasiado grande para un número',
  'graph-backprop.reason.local': 'el gradiente local de {op} es demasiado grande para un número',
  'graph-backprop.reason.gradient': 'el gradiente de {name} es demasiado grande para un número',
  'graph-backprop.reason.gradientVar':
    "el gradiente de '{name}' es demasiado grande para un número",
  'graph-backprop.reason.tangent':
    "la tangente de {name} respecto a '{wrt}' es demasiado grande para un número",
  'graph-backprop.reason.tangentVar':
    "la tangente de '{name}' respecto a '{wrt}' es demasiado grande para un número",
};
