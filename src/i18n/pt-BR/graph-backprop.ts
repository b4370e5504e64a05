import type { Messages } from '../../internal/i18n.js';

/** The pt-BR messages of <graph-backprop>. */
export const messages: Messages = {
  // graph-backprop
  'graph-backprop.kind.add': 'nó de soma',
  'graph-backprop.kind.sub': 'nó de subtração',
  'graph-backprop.kind.mul': 'nó de multiplicação',
  'graph-backprop.kind.div': 'nó de divisão',
  'graph-backprop.kind.pow': 'nó de potência',
  'graph-backprop.kind.neg': 'nó de troca de sinal',
  'graph-backprop.kind.exp': 'nó exp',
  'graph-backprop.kind.log': 'nó log',
  'graph-backprop.kind.sqrt': 'nó de raiz quadrada',
  'graph-backprop.kind.sin': 'nó de seno',
  'graph-backprop.kind.cos': 'nó de cosseno',
  'graph-backprop.kind.tanh': 'nó tanh',
  'graph-backprop.kind.sigmoid': 'nó sigmoide',
  'graph-backprop.kind.relu': 'nó ReLU',
  'graph-backprop.kind.abs': 'nó de valor absoluto',
  'graph-backprop.kind.bce': 'nó de entropia cruzada binária',
  'graph-backprop.kind.bce_logits': 'nó de entropia cruzada binária a partir de logits',
  'graph-backprop.kind.mse': 'nó de erro quadrático',
  'graph-backprop.kind.variable': 'variável',
  'graph-backprop.kind.constant': 'constante',
  'graph-backprop.name.op': 'o {kind}',
  'graph-backprop.name.constant': 'a constante {value}',
  'graph-backprop.op.add': 'Soma suas entradas; o gradiente passa sem mudança para as duas.',
  'graph-backprop.op.sub':
    'Subtrai a segunda entrada da primeira; o gradiente passa igual para a primeira e com o sinal trocado para a segunda.',
  'graph-backprop.op.mul':
    'Multiplica suas entradas; o gradiente local de cada entrada é a outra entrada.',
  'graph-backprop.op.div': 'Divide a primeira entrada pela segunda.',
  'graph-backprop.op.pow': 'Eleva a primeira entrada à potência da segunda.',
  'graph-backprop.op.neg': 'Troca o sinal; o gradiente também troca de sinal.',
  'graph-backprop.op.exp': 'A exponencial; seu gradiente local é a própria saída.',
  'graph-backprop.op.log': 'O logaritmo natural; seu gradiente local é um dividido pela entrada.',
  'graph-backprop.op.sqrt':
    'A raiz quadrada; seu gradiente local é um dividido pelo dobro da saída.',
  'graph-backprop.op.sin': 'O seno; seu gradiente local é o cosseno da entrada.',
  'graph-backprop.op.cos': 'O cosseno; seu gradiente local é menos o seno da entrada.',
  'graph-backprop.op.tanh':
    'A tangente hiperbólica; seu gradiente local é um menos a saída ao quadrado.',
  'graph-backprop.op.sigmoid':
    'Comprime a entrada entre 0 e 1; seu gradiente local é a saída vezes um menos a saída.',
  'graph-backprop.op.relu':
    'Mantém uma entrada positiva e transforma uma negativa em zero; o gradiente só passa quando a entrada é positiva.',
  'graph-backprop.op.abs':
    'O valor absoluto; seu gradiente local é o sinal da entrada (zero em zero).',
  'graph-backprop.op.bce':
    'Entropia cruzada binária de uma probabilidade prevista p em relação a um rótulo y: pequena quando p está perto de y.',
  'graph-backprop.op.bce_logits':
    'Entropia cruzada binária de um rótulo y em relação à probabilidade sigmoid(z), calculada a partir do próprio z para continuar exata quando z é grande.',
  'graph-backprop.op.mse': 'Erro quadrático entre uma previsão p e um alvo y.',
  'graph-backprop.diagram': 'Grafo computacional de {expr}',
  'graph-backprop.node.label': '{name}, valor {value}, gradiente {gradient}',
  'graph-backprop.node.labelSoFar': '{name}, valor {value}, gradiente até agora {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, valor {value}, o gradiente ainda não chegou',
  'graph-backprop.variable.label': '{name}, gradiente {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, gradiente até agora {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, o gradiente ainda não chegou',
  'graph-backprop.hint.variable':
    'As setas para a esquerda e para a direita mudam o valor em {fine}; Page Up e Page Down, em {coarse}; Home e End vão até as pontas; as setas para cima e para baixo passam para os outros nós; Enter abre os detalhes; ou arraste para os lados.',
  'graph-backprop.hint.node':
    'Enter ou a barra de espaço abrem os detalhes; as setas passam para os outros nós.',
  'graph-backprop.edge.local': 'local',
  'graph-backprop.tex.out': 'saída',
  'graph-backprop.tex.upstream': 'de cima',
  'graph-backprop.tex.local': 'local',
  'graph-backprop.caption.single': 'Uma única entrada: seu gradiente em relação a ela mesma é 1.',
  'graph-backprop.caption.start':
    'A passagem direta está feita. Pressione Passo para enviar o gradiente de volta a partir da saída, onde ele começa valendo 1.',
  'graph-backprop.caption.stepTitle': 'Passo {step} de {total}:',
  'graph-backprop.caption.step':
    '{name} passa seu gradiente {gradient} para cada entrada, multiplicado pelo gradiente local dessa entrada.',
  'graph-backprop.caption.doneTitle': 'Pronto.',
  'graph-backprop.caption.done':
    'Todos os gradientes estão calculados; o de cada variável é a soma do que chegou até ela:',
  'graph-backprop.controls': 'Passagem reversa',
  'graph-backprop.button.step': 'Passo',
  'graph-backprop.button.play': 'Reproduzir',
  'graph-backprop.button.pause': 'Pausar',
  'graph-backprop.button.reset': 'Redefinir',
  'graph-backprop.counter': 'Passo {step} de {total}',
  'graph-backprop.domain.title': 'Não é possível calcular:',
  // No "em" before {name}: it would have to merge with the name's article ("no nó", "na constante").
  'graph-backprop.domain.body': '{message} ({name}). Mude um valor para continuar.',
  'graph-backprop.expression.label': 'Expressão',
  'graph-backprop.expression.help': 'Experimente {first}, {second} ou {third}.',
  'graph-backprop.expression.failure': 'Não foi possível ler: {message}',
  'graph-backprop.expression.kept': 'O grafo abaixo é o último que funcionou.',
  'graph-backprop.panel.variable': 'variável {name}',
  'graph-backprop.panel.close': 'Fechar detalhes',
  'graph-backprop.panel.aboutVariable':
    'Uma entrada que você pode mudar: arraste-a para os lados, use as setas nela ou digite um valor aqui.',
  'graph-backprop.panel.aboutConstant':
    'Um número fixo: tem gradiente como qualquer entrada, mas você não pode mudá-lo.',
  'graph-backprop.panel.upstream': 'Gradiente de cima que chega até aqui:',
  'graph-backprop.panel.outputSeed': '(o gradiente da saída em relação a ela mesma é sempre 1)',
  'graph-backprop.panel.input': 'Entrada {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'É a saída, então seu gradiente é 1.',
  'graph-backprop.panel.uses': {
    one: 'Um único nó usa este valor, então seu gradiente é o de cima × o local:',
    other:
      'Usado {count} vezes, então seu gradiente é a soma sobre os usos (o de cima × o local em cada um):',
  },
  'graph-backprop.panel.via': 'via {name}:',
  'graph-backprop.panel.notReached':
    'A passagem reversa ainda não chegou aqui: pressione Passo até que chegue.',
  'graph-backprop.panel.forwardNotReached':
    'O modo direto ainda não chegou aqui: pressione Passo à frente até que chegue.',
  'graph-backprop.panel.tangent':
    'Sua tangente em relação a {wrt}: gradiente local × tangente da entrada, somado sobre suas entradas:',
  'graph-backprop.panel.seed':
    'Uma entrada: sua tangente começa em 1 se for {wrt}, a variável acompanhada, e em 0 caso contrário.',
  'graph-backprop.value.label': 'Valor de {name}',
  'graph-backprop.value.invalid': 'digite um número, como {example}',
  'graph-backprop.check.title': 'Verificação por diferenças finitas',
  'graph-backprop.check.nudge': 'com uma pequena perturbação h = {h}',
  'graph-backprop.check.compare':
    'A retropropagação dá {autodiff}; perturbar um pouco a entrada dá {numeric}.',
  'graph-backprop.check.nudgeNode':
    'com uma pequena perturbação h = {h} no valor deste nó, com suas entradas fixas',
  'graph-backprop.check.compareNode':
    'A retropropagação dá {autodiff}; perturbar um pouco este nó dá {numeric}.',
  'graph-backprop.check.agree': '✓ Os dois concordam.',
  'graph-backprop.check.differ': '✗ Os dois divergem.',
  'graph-backprop.say.start': 'De volta ao início: só a saída tem seu gradiente, 1.',
  'graph-backprop.say.step': 'Passo {step} de {total}: {name} passa o gradiente {gradient}.',
  'graph-backprop.say.contribution':
    'Contribuição para {name}: {contribution}, de cima {upstream} vezes local {local}.',
  'graph-backprop.say.done': 'Todos os gradientes estão prontos.',
  'graph-backprop.say.playStep': 'Passo {step} de {total}: {name}.',
  'graph-backprop.say.selected':
    'Selecionado: {name} ({kind}), valor {value}, gradiente {gradient}.',
  'graph-backprop.say.variable':
    '{name} vale {value}. Saída {output}; gradiente de {name}: {gradient}.',
  'graph-backprop.say.variableProblem': '{name} vale {value}. Não é possível calcular: {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'Novo grafo: saída {output}; {count} passo na passagem reversa.',
    other: 'Novo grafo: saída {output}; {count} passos na passagem reversa.',
  },
  'graph-backprop.say.paused': 'Pausado no passo {step} de {total}.',
  'graph-backprop.say.closed': 'Detalhes fechados.',
  'graph-backprop.mode.legend': 'Passagem',
  'graph-backprop.mode.reverse': 'Modo reverso (para trás)',
  'graph-backprop.mode.forward': 'Modo direto',
  'graph-backprop.wrt.label': 'Tangente de',
  'graph-backprop.forward.controls': 'Passagem no modo direto',
  'graph-backprop.forward.button': 'Passo à frente',
  'graph-backprop.forward.label': '{name}, valor {value}, tangente {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, valor {value}, a tangente ainda não chegou',
  'graph-backprop.forward.start':
    'Modo direto: a tangente de {wrt} começa em 1 e a das demais entradas, em 0. Pressione «Passo à frente» para levá-la adiante, um nó por vez.',
  'graph-backprop.forward.step':
    '{name} soma, para cada entrada, gradiente local × tangente da entrada: sua tangente é {tangent}.',
  'graph-backprop.forward.done':
    'A tangente da saída, {tangent}, é o gradiente em relação a {wrt}: a passagem reversa também dá {gradient} para {wrt}.',
  'graph-backprop.forward.tally': {
    one: 'Todos os gradientes desta saída: o modo direto precisa de {count} passagem (uma por entrada); o modo reverso, de 1 (uma por saída).',
    other:
      'Todos os gradientes desta saída: o modo direto precisa de {count} passagens (uma por entrada); o modo reverso, de 1 (uma por saída).',
  },
  'graph-backprop.tex.tangentTitle': 'tangente',
  'graph-backprop.say.forwardStep': 'Passo {step} de {total}: {name} recebe a tangente {tangent}.',
  'graph-backprop.say.forwardDone':
    'A tangente da saída, {tangent}, é igual ao gradiente que a passagem reversa dá para {wrt}.',
  'graph-backprop.say.mode.reverse': 'Modo reverso: o gradiente flui de volta a partir da saída.',
  'graph-backprop.say.mode.forward': 'Modo direto: acompanhando a tangente de {wrt}.',
  'graph-backprop.problem.unknownVariable':
    "'{name}' não é uma variável de {expr} (variáveis: {names})",
  'graph-backprop.problem.brokenName':
    'um dos seus nomes parece um número malformado; {expr} não tem nenhuma variável com esse nome',
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' não é uma variável de {expr}, que não tem nenhuma",
  'graph-backprop.problem.selected':
    "esperado: um nome de variável ({names}) ou um id de nó de n0 a {last}; recebido: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "esperado: um id de nó de n0 a {last}; recebido: '{got}'",
  'graph-backprop.problem.confusingName':
    'um dos seus nomes de variável parece um número malformado; escolha outro nome',
  'graph-backprop.problem.wrt':
    "'{name}' não é uma variável de {expr}; o modo direto pode acompanhar {names}",
  'graph-backprop.problem.parse': 'não é possível ler a expressão: {message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask':
    "'{name}' não é uma variável de {expr}; ask pode nomear steps ou {names}",
  'graph-backprop.ask.step':
    'Passo {step}: preveja o que {name} devolve para {input} (de cima × local)',
  'graph-backprop.ask.gradient': 'Preveja ∂saída/∂{name}, o gradiente da saída em relação a {name}',
  'graph-backprop.hint.local':
    'Isso é só a derivada local: multiplique-a pelo gradiente que chega de cima.',
  'graph-backprop.hint.upstream':
    'Isso é só o gradiente de cima: multiplique-o pela derivada local deste nó.',
  'graph-backprop.hint.sum': 'O gradiente de cima e o local se multiplicam; não se somam.',
  'graph-backprop.hint.path': 'Isso é um uso só: as parcelas de todos os usos se somam.',
  'graph-backprop.hint.stepRule': 'Multiplique o de cima pelo local: {factors}.',
  'graph-backprop.hint.gradientRule': 'Some de cima × local em cada uso de {name}: {terms}.',
  'graph-backprop.ask.tangent':
    'Passo {step}: preveja a tangente de {name} em relação a {wrt} (local × tangente da entrada, somado sobre suas entradas)',
  'graph-backprop.hint.tangentLocal':
    'Isso é só a derivada local: multiplique-a pela tangente da entrada.',
  'graph-backprop.hint.term':
    'Isso é só o termo de uma entrada: some local × tangente da entrada em cada entrada.',
  'graph-backprop.hint.tangentRule': 'Some local × tangente da entrada sobre as entradas: {terms}.',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': 'divisão por zero',
  'graph-backprop.reason.powZero': 'zero elevado a uma potência negativa',
  'graph-backprop.reason.slope': '{op} tem inclinação infinita em 0',
  'graph-backprop.reason.powSlope': '{op} tem inclinação infinita em 0 (uma potência entre 0 e 1)',
  'graph-backprop.reason.powFraction': 'um número negativo elevado a uma potência fracionária',
  'graph-backprop.reason.powVaries':
    'um número negativo elevado a uma potência que varia não tem inclinação em relação à potência',
  'graph-backprop.reason.log': 'log precisa de uma entrada positiva',
  'graph-backprop.reason.sqrt': 'sqrt precisa de uma entrada maior ou igual a zero',
  'graph-backprop.reason.bce': 'bce precisa de uma probabilidade p entre 0 e 1',
  'graph-backprop.reason.value': '{op} dá um resultado grande demais para um número',
  'graph-backprop.reason.local': 'o gradiente local de {op} é grande demais para um número',
  'graph-backprop.reason.gradient': 'o gradiente de {name} é grande demais para um número',
  'graph-backprop.reason.gradientVar': "o gradiente de '{name}' é grande demais para um número",
  'graph-backprop.reason.tangent':
    "a tangente de {name} em relação a '{wrt}' é grande demais para um número",
  'graph-backprop.reason.tangentVar':
    "a tangente de '{name}' em relação a '{wrt}' é grande demais para um número",
};
