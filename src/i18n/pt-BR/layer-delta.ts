import type { Messages } from '../../internal/i18n.js';

/** The pt-BR messages of <layer-delta>. */
export const messages: Messages = {
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
  'layer-delta.problem.misfit': 'não usado: {name} não se encaixaria ({reason})',
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
  'layer-delta.problem.overflow':
    'os números ficam grandes demais para calcular: tente entradas, alvos ou pesos menores',
  'layer-delta.status.predict': 'Preveja o próximo δ abaixo para continuar.',
  'layer-delta.panel.predict':
    'Preveja {delta} a partir destes números e depois dê um passo para trás.',
  'layer-delta.ask.delta': 'Preveja δ da {unit}',
  'layer-delta.hint.slope':
    'Multiplique também por f′(z): a inclinação da unidade escala o que volta por ela.',
  'layer-delta.hint.slopeCancels':
    'Com entropia cruzada, a inclinação da saída se cancela: δ = a − y, sem f′(z).',
  'layer-delta.hint.two': 'A derivada do erro quadrático tem um fator 2: δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'Use a linha desta unidade em Wᵀ: os pesos que saem dela, cada um vezes o δ da unidade que ele alimenta.',
  'layer-delta.hint.rule': 'Use a regra: {rule}.',
};
