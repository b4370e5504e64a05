import type { Messages } from '../../internal/i18n.js';

/** The pt-BR messages of <neuron-backprop>. */
export const messages: Messages = {
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
  'neuron-backprop.plot.before':
    'Tracejados: a curva e o ponto antes do último passo. Um passo move w e b juntos, então a curva se desloca assim como o ponto.',
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
  'neuron-backprop.ask.value': 'Preveja {symbol}',
  'neuron-backprop.hint.sum': 'Os fatores se multiplicam ao longo da cadeia; eles não se somam.',
  'neuron-backprop.hint.missing': 'Falta um fator: multiplique também por {symbol}.',
  'neuron-backprop.hint.sigmoid': 'Isso é o próprio a; a inclinação da sigmoide é a(1 − a).',
  'neuron-backprop.hint.input': 'z = wx + b muda com {symbol} à taxa do que multiplica {symbol}.',
  'neuron-backprop.hint.rule': 'Use a regra: {rule}.',
  'neuron-backprop.plot.labelHidden':
    'Perda em função de {symbol}, de {min} a {max}. Em {symbol} = {value}, a perda é {loss}; a tangente fica oculta até você responder.',
};
