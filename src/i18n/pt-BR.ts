import type { Messages } from '../internal/i18n.js';

/** Brazilian Portuguese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  // shared: attribute notes, numbers, read-only properties
  'number.minus': 'menos {value}',
  'problem.readOnly': '{property} é somente leitura; o valor atribuído foi ignorado',
  'attr.expected': 'esperado: {expected}',
  'attr.expectedGot': 'esperado: {expected}; recebido: {got}',
  'attr.listEntry': "esperado: {expected}; '{entry}' não é {kind}",
  'attr.nothing': 'nada',
  'attr.emptyEntry': 'um item vazio',
  'attr.notFinite': 'um valor que não é um número finito',
  'attr.quoted': "'{text}'",
  'attr.number': 'um número',
  'attr.numberFromTo': 'um número de {min} a {max}',
  'attr.numberAtLeast': 'um número maior ou igual a {min}',
  'attr.numberAtMost': 'um número menor ou igual a {max}',
  'attr.whole': 'um número inteiro',
  'attr.wholeFromTo': 'um número inteiro de {min} a {max}',
  'attr.wholeAtLeast': 'um número inteiro maior ou igual a {min}',
  'attr.wholeAtMost': 'um número inteiro menor ou igual a {max}',
  'attr.list': {
    one: '{count} {kind} separados por espaços ou vírgulas',
    other: '{count} {kind} separados por espaços ou vírgulas',
  },
  'attr.listBetween': 'entre {min} e {max} {kind} separados por espaços ou vírgulas',
  'attr.numbers': 'números',
  'attr.numbersFromTo': 'números de {min} a {max}',
  'attr.numbersAtLeast': 'números maiores ou iguais a {min}',
  'attr.numbersAtMost': 'números menores ou iguais a {max}',
  'attr.wholes': 'números inteiros',
  'attr.wholesFromTo': 'números inteiros de {min} a {max}',
  'attr.wholesAtLeast': 'números inteiros maiores ou iguais a {min}',
  'attr.wholesAtMost': 'números inteiros menores ou iguais a {max}',
  'attr.assignments': "pares nome=número separados por vírgulas, como 'x=2, w=-1'",
  'attr.assignmentMissing': "esperado: {expected}; '{pair}' não está na forma nome=número",
  'attr.assignmentNumber': 'esperado: um número para {name}; recebido: {got}',
  'attr.oneOf': 'esperado: um destes valores: {choices}; recebido: {got}',
  'attr.labels': 'esperado: uma lista curta de nomes separados por vírgulas',
  'attr.labelsAtMost': 'esperado: no máximo {max} nomes separados por vírgulas',

  // chain-rule-gears
  'chain-rule-gears.name.lever': 'alavanca',
  'chain-rule-gears.name.gear': 'engrenagem {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} grau', other: '{value} graus' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: 'Diagrama: {lever} que move {count} engrenagem',
    other: 'Diagrama: {lever} que move {count} engrenagens',
  },
  'chain-rule-gears.lever.name': 'deslocamento de {lever}',
  'chain-rule-gears.lever.valueText': '{amount}; {last} gira {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Arraste, ou use as setas para mover de 0,1 em 0,1; Shift com uma seta, ou Page Up e Page Down, movem de 1 em 1; Home e End vão até as pontas.',
  'chain-rule-gears.gear.label': '{name}: relação {ratio}; girou {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: relação {ratio}, gira no sentido contrário; girou {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: fora de engate, relação 0: não gira; girou {amount}',
  'chain-rule-gears.readouts': 'Deslocamento de cada etapa',
  'chain-rule-gears.formula.title': 'A regra da cadeia, um fator por engrenagem',
  'chain-rule-gears.formula.total': 'd {last} sobre d {first} é igual a {value}',
  'chain-rule-gears.formula.factor':
    'fator de {name}: d {name} sobre d {previous} é igual a {value}',
  'chain-rule-gears.formula.summary': 'A cada {unitStep} de {lever}, {last} gira {amount}.',
  'chain-rule-gears.reset': 'Redefinir {lever} para {amount}',
  'chain-rule-gears.narration.lever': '{name} em {amount}',
  'chain-rule-gears.narration.gear': '{name} gira {amount}: {ratio} vezes {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',

  // neuron-backprop
  'neuron-backprop.pipeline.label': 'O neurônio, das entradas até a perda',
  'neuron-backprop.trace.x': 'a entrada: acompanhe o gradiente em relação a x',
  'neuron-backprop.trace.w': 'o peso: acompanhe o gradiente em relação a w',
  'neuron-backprop.trace.b': 'o viés: acompanhe o gradiente em relação a b',
  'neuron-backprop.stage.z': 'z, a soma ponderada w vezes x mais b: {w} vezes {x} mais {b} dá {z}',
  'neuron-backprop.stage.a': 'a, a sigmoide de z, vale {a}',
  'neuron-backprop.stage.l':
    'L, a perda de entropia cruzada de a em relação ao rótulo y = {y}, vale {loss}',
  'neuron-backprop.hint': 'Pressione x, w ou b para acompanhar o gradiente.',
  'neuron-backprop.trace.group': 'Acompanhar o gradiente em relação a',
  'neuron-backprop.role.x': 'entrada',
  'neuron-backprop.role.w': 'peso',
  'neuron-backprop.role.b': 'viés',
  'neuron-backprop.role.y': 'rótulo',
  'neuron-backprop.stepButton': 'Passo de gradiente',
  'neuron-backprop.resetButton': 'Redefinir',
  'neuron-backprop.step.before': 'Um passo move w e b em {rate} × seus gradientes.',
  'neuron-backprop.step.lower': 'Perda {before} → {after} (menor)',
  'neuron-backprop.step.higher': 'Perda {before} → {after} (maior: tente uma taxa menor)',
  'neuron-backprop.step.same': 'Perda {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    'Perda em função de {symbol}, de {min} a {max}. Em {symbol} = {value}, a perda é {loss} e a inclinação da tangente, o gradiente, é {slope}.',
  'neuron-backprop.plot.legend': 'Perda em função de {symbol}; a inclinação da tangente é {slope}',
  'neuron-backprop.factors.label': 'A regra da cadeia para este neurônio',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'perda em relação à ativação',
  'neuron-backprop.factor.dadz': 'inclinação da sigmoide',
  'neuron-backprop.factor.dz': 'soma ponderada em relação a {symbol}',
  'neuron-backprop.route.multiply': 'Multiplicar',
  'neuron-backprop.route.simplify': 'Simplificar',
  'neuron-backprop.agree': '✓ Os dois caminhos concordam: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'Os caminhos divergem: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'Verificação do gradiente',
  'neuron-backprop.check.title': 'Verificar ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'retropropagação {value}',
  'neuron-backprop.check.numeric': 'diferença finita {value}',
  'neuron-backprop.check.error': 'erro relativo {value}',
  'neuron-backprop.say.gradient.w':
    'O gradiente da perda em relação a w é {gradient}: d L sobre d a, {dLda}, vezes d a sobre d z, {dadz}, vezes d z sobre d w, que é x, {dz}.',
  'neuron-backprop.say.gradient.b':
    'O gradiente da perda em relação a b é {gradient}: d L sobre d a, {dLda}, vezes d a sobre d z, {dadz}, vezes d z sobre d b, que é 1, {dz}.',
  'neuron-backprop.say.gradient.x':
    'O gradiente da perda em relação a x é {gradient}: d L sobre d a, {dLda}, vezes d a sobre d z, {dadz}, vezes d z sobre d x, que é w, {dz}.',
  'neuron-backprop.say.change': '{name} vale {value}. a vale {a}; perda {loss}.',
  'neuron-backprop.say.step.fell':
    'Passo de gradiente com taxa de aprendizado {rate}: w foi de {wBefore} para {wAfter} e b de {bBefore} para {bAfter}; a perda caiu de {before} para {after}.',
  'neuron-backprop.say.step.rose':
    'Passo de gradiente com taxa de aprendizado {rate}: w foi de {wBefore} para {wAfter} e b de {bBefore} para {bAfter}; a perda subiu de {before} para {after}.',
  'neuron-backprop.say.step.stayed':
    'Passo de gradiente com taxa de aprendizado {rate}: w foi de {wBefore} para {wAfter} e b de {bBefore} para {bAfter}; a perda ficou em {after}.',
  'neuron-backprop.say.traced': 'Acompanhando o gradiente de {symbol}.',
  'neuron-backprop.say.reset': 'De volta aos valores iniciais.',

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
  'graph-backprop.domain.body': '{message} ({name}, {id}). Mude um valor para continuar.',

  'graph-backprop.expression.label': 'Expressão',
  'graph-backprop.expression.help': 'Experimente {first}, {second} ou {third}.',
  'graph-backprop.expression.failure':
    'Não foi possível ler: {message}. O grafo abaixo é o último que funcionou.',

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
  'graph-backprop.value.label': 'Valor de {name}',
  'graph-backprop.value.invalid': 'digite um número, como {example}',
  'graph-backprop.check.title': 'Verificação por diferenças finitas',
  'graph-backprop.check.nudge': 'com uma pequena perturbação h = {h}',
  'graph-backprop.check.compare':
    'A retropropagação dá {autodiff}; perturbar um pouco a entrada dá {numeric}.',
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
  'graph-backprop.forward.stepTitle': 'Passo {step} de {total}:',
  'graph-backprop.forward.step':
    '{name} soma, para cada entrada, gradiente local × tangente da entrada: sua tangente é {tangent}.',
  'graph-backprop.forward.doneTitle': 'Pronto.',
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
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' não é uma variável de {expr}, que não tem nenhuma",
  'graph-backprop.problem.selected':
    "esperado: um nome de variável ({names}) ou um id de nó de n0 a {last}; recebido: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "esperado: um id de nó de n0 a {last}; recebido: '{got}'",
  'graph-backprop.problem.confusingName':
    "'{name}' parece um número malformado; escolha outro nome de variável",
  'graph-backprop.problem.wrt':
    "'{name}' não é uma variável de {expr}; o modo direto pode acompanhar {names}",
  'graph-backprop.problem.parse': 'não é possível ler a expressão: {message}',

  // layer-delta
  'layer-delta.layer.input': 'camada de entrada',
  'layer-delta.layer.output': 'camada de saída',
  'layer-delta.layer.hidden': 'camada oculta {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'saída',
  'layer-delta.heading.loss': 'perda',
  // Every layer name above starts with "camada" (feminine), so "da {layer}" always agrees.
  'layer-delta.unit': 'unidade {number} da {layer}',
  // Every unit name starts with "unidade", so "da {from} para a {to}" always agrees.
  'layer-delta.weight': 'peso da {from} para a {to}',

  'layer-delta.step': 'Passo para trás',
  'layer-delta.run': 'Ir até a entrada',
  'layer-delta.reset': 'Redefinir',
  'layer-delta.status.start':
    'Passagem direta concluída. Dê passos para trás para levar o erro de volta a partir da perda.',
  'layer-delta.status.done': {
    one: 'Pronto: {count} camada tem seu δ e os gradientes dos pesos.',
    other: 'Pronto: as {count} camadas têm seu δ e os gradientes dos pesos.',
  },
  'layer-delta.status.step': 'Passo {step} de {total}: δ chegou à {layer}.',
  'layer-delta.picker': 'Escolha uma camada',
  // The buttons after it already say "camada …", so the prefix does not repeat the word.
  'layer-delta.picker.prefix': 'Ver:',

  'layer-delta.network.name': 'Rede {sizes}. Perda {loss}',
  'layer-delta.network.hint':
    'As setas passam de uma unidade a outra e de uma camada a outra; Home e End vão para a primeira e a última unidade de uma camada; Enter seleciona a camada da unidade.',
  'layer-delta.readout.hint': 'Foque ou clique em uma unidade para ler seus números.',
  'layer-delta.readout.hintCompact':
    'Os números ficam ocultos neste tamanho: foque ou clique em uma unidade para lê-los aqui.',
  'layer-delta.legend.positive': 'peso positivo',
  'layer-delta.legend.negative': 'peso negativo (tracejado)',
  'layer-delta.legend.thickness': 'mais grosso = maior',
  'layer-delta.legend.value': 'número dentro de uma unidade: sua ativação',
  'layer-delta.legend.shade': 'sombreamento da unidade: tamanho da sua ativação',
  'layer-delta.legend.delta': 'anel interno: δ conhecido (tracejado quando negativo)',

  'layer-delta.unitLabel.input': '{unit}, valor {value}',
  'layer-delta.unitLabel.pending': '{unit}, ativação {activation}, delta ainda não calculado',
  'layer-delta.unitLabel.delta': '{unit}, ativação {activation}, delta {delta}',

  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}, f′(z) = {slope}, δ ainda não calculado',
  'layer-delta.readout.weight': '{weight}: w = {w}, gradiente {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}, gradiente ainda não calculado',

  'layer-delta.fields.x': 'Entrada x',
  'layer-delta.fields.y': 'Alvo y',
  'layer-delta.editor': 'Editar um peso de {matrix}',
  'layer-delta.editor.from': 'de',
  'layer-delta.editor.to': 'para',
  'layer-delta.editor.sliderHint':
    'As setas mudam o peso em 0,1; Page Up e Page Down, em 1; Home e End levam a −10 e +10.',
  'layer-delta.editor.field': 'w',

  'layer-delta.panel.heading': '{layer}: seu sinal de erro {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} ainda não foi calculado. Dê um passo para trás para calculá-lo a partir da perda.',
  'layer-delta.panel.pendingHidden':
    '{delta} ainda não foi calculado. Antes é preciso o δ da {layer}: continue dando passos para trás.',
  'layer-delta.panel.carried':
    'A matriz {matrix} enquadrada leva os deltas da camada de cima de volta pelas mesmas conexões que a passagem direta usou; ⊙ multiplica unidade por unidade por f′(z).',
  'layer-delta.panel.softmax':
    'Com uma saída softmax e entropia cruzada, ∂L/∂a = −y/a, e o jacobiano da softmax, J = diag(a) − a aᵀ, o transforma em Jᵀ ∂L/∂a = −y + a (Σ y) = a − y, porque y soma 1.',
  'layer-delta.panel.jacobian': 'O jacobiano J da softmax nesta entrada, ∂aᵢ/∂zⱼ:',
  'layer-delta.panel.gradients': 'Os gradientes dos seus pesos: δ vezes a entrada da camada',
  'layer-delta.panel.table': '{layer}, unidade por unidade',
  'layer-delta.panel.tableUnit': 'unidade',

  'layer-delta.cost.heading': 'Quanto custa a passagem reversa',
  'layer-delta.cost.note':
    'Multiplicações-somas para os tamanhos {sizes}. Reutilizar o δ de cada camada mantém a passagem reversa dentro de um pequeno múltiplo da passagem direta; recalcular a partir da perda a cadeia de cada peso, não.',
  'layer-delta.cost.pass': 'passagem',
  'layer-delta.cost.count': 'multiplicações-somas (× direta)',
  'layer-delta.cost.forward': 'direta',
  'layer-delta.cost.backward': 'reversa, reutilizando δ',
  'layer-delta.cost.naive': 'ingênua, peso a peso',
  'layer-delta.cost.axis': 'largura da camada oculta',
  'layer-delta.cost.caption':
    'Todas as camadas ocultas têm a largura do eixo x; os pontos marcam esta rede.',
  'layer-delta.cost.chart':
    'Gráfico: multiplicações-somas em função da largura da camada oculta, de {from} a {to}, em escala logarítmica. Com largura {to}: direta {forward}, reversa {backward}, ingênua {naive}. A reversa fica em cerca de {backwardRatio} a direta; a ingênua chega a {naiveRatio} a direta.',

  'layer-delta.say.outputBce':
    'Camada de saída: delta é a menos y: {deltas}. Os gradientes de W{layer} são delta vezes a entrada da camada.',
  'layer-delta.say.outputMse':
    'Camada de saída: delta é duas vezes a menos y, vezes f linha de z: {deltas}. Os gradientes de W{layer} são delta vezes a entrada da camada.',
  'layer-delta.say.outputCe':
    'Camada de saída: com softmax e entropia cruzada, delta é a menos y: {deltas}. Os gradientes de W{layer} são delta vezes a entrada da camada.',
  'layer-delta.say.hidden':
    'Camada oculta {number}: deltas levados de volta por W{above} transposta e multiplicados por f linha de z: {deltas}. Os gradientes de W{number} estão prontos.',
  'layer-delta.say.reset':
    'Passagem reversa apagada: ainda não há deltas. Dê um passo para trás para começar a partir da perda.',
  'layer-delta.say.selected': '{layer} selecionada: delta {deltas}.',
  'layer-delta.say.selectedPending': '{layer} selecionada: delta ainda não calculado.',
  'layer-delta.say.weight':
    '{weight} vale {value}; seu gradiente é {gradient}: delta {delta} vezes entrada {input}',
  'layer-delta.say.weightPending':
    '{weight} vale {value}; seu gradiente aparece quando a passagem reversa chegar à {layer}',
  'layer-delta.say.vector': '{field} {index} vale {value}; saída {output}, perda {loss}.',

  'layer-delta.problem.x': {
    one: 'esperado: {count} número, um por unidade de entrada (sizes começa com {count}); recebido: {got}',
    other:
      'esperado: {count} números, um por unidade de entrada (sizes começa com {count}); recebido: {got}',
  },
  'layer-delta.problem.y': {
    one: 'esperado: {count} número, um por unidade de saída (sizes termina com {count}); recebido: {got}',
    other:
      'esperado: {count} números, um por unidade de saída (sizes termina com {count}); recebido: {got}',
  },
  'layer-delta.problem.yRange':
    'esperado: números de {min} a {max}; recebido: {got} (com loss="{loss}" cada alvo é uma probabilidade)',
  'layer-delta.problem.ceOutputs':
    'ce precisa de pelo menos duas saídas: uma softmax sobre uma só vale sempre 1',
  'layer-delta.problem.ceNegative': 'com ce nenhum valor do alvo pode ser negativo',
  'layer-delta.problem.ceSum':
    'com ce o alvo deve ser one-hot ou um vetor de probabilidades com soma 1, não {sum}',
  'layer-delta.problem.weights':
    'esperado: {layers} matrizes de números finitos com formatos {shapes} (weights[l][i][j] liga a unidade j da camada l à unidade i da camada l+1)',
  'layer-delta.problem.weightsAt':
    'esperado: {layers} matrizes de números finitos com formatos {shapes} (weights[l][i][j] liga a unidade j da camada l à unidade i da camada l+1); weights[{index}] não se encaixa',
  'layer-delta.problem.biases': 'esperado: {layers} listas de números finitos, de tamanhos {sizes}',
  'layer-delta.problem.biasesAt':
    'esperado: {layers} listas de números finitos, de tamanhos {sizes}; biases[{index}] não se encaixa',

  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Indique um elemento com ?el=, por exemplo ?el={example}.',
  'embed.unknownElement': 'Elemento desconhecido: “{tag}”.',
  'embed.unavailable': 'O elemento “{tag}” não está disponível aqui.',
  'embed.tooLong': {
    one: '“{name}” foi ignorado: o valor tem mais de {count} caractere.',
    other: '“{name}” foi ignorado: o valor tem mais de {count} caracteres.',
  },
  'embed.notParameterGuess': '“{name}” não é um parâmetro de {tag}; você quis dizer “{guess}”?',
  'embed.notParameter': '“{name}” não é um parâmetro de {tag}.',
  'embed.parameterList': 'Os parâmetros são: {list}.',
  'embed.noscript': 'Esta figura interativa precisa de JavaScript.',
  'loader.missing':
    'Esta figura interativa (<{tag}>) não pôde ser carregada: um arquivo de que ela precisa está faltando ou inacessível. Um site que hospeda backprop-elements deve servir a pasta dist/ inteira (chunks/ e fonts/ ao lado de backprop-elements.js).',
};
