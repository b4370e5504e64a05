import type { Messages } from '../../internal/i18n.js';

/** The pt-BR messages of <train-network>. */
export const messages: Messages = {
  'train-network.play': 'Reproduzir',
  'train-network.pause': 'Pausar',
  'train-network.step': 'Passo',
  'train-network.stepHint': 'um minilote',
  'train-network.reset': 'Reiniciar',
  'train-network.epoch': 'Época {epoch}',
  'train-network.trainLoss': 'Perda de treino {value}',
  'train-network.testLoss': 'Perda de teste {value}',
  'train-network.accuracy': 'Acurácia de teste {percent}%',
  'train-network.diverged':
    'A perda explodiu, então o treino parou e voltou aos pesos da época {epoch}: tente uma taxa de aprendizado menor que {rate}.',
  'train-network.settings': 'Configurações',
  'train-network.dataset': 'Dados',
  'train-network.dataset.circle': 'Círculo',
  'train-network.dataset.xor': 'XOR',
  'train-network.dataset.gauss': 'Nuvens gaussianas',
  'train-network.dataset.spiral': 'Espiral',
  'train-network.dataset.plane': 'Plano (regressão)',
  'train-network.dataset.wave': 'Onda (regressão)',
  'train-network.dataset.own': 'Pontos próprios',
  'train-network.classes': 'Classes',
  'train-network.activation': 'Ativação',
  'train-network.learningRate': 'Taxa de aprendizado',
  'train-network.batchSize': 'Tamanho do lote',
  'train-network.layers': 'Camadas ocultas',
  'train-network.units': 'Unidades por camada',
  'train-network.regularization': 'Regularização',
  'train-network.regularization.none': 'Nenhuma',
  'train-network.regularizationRate': 'Taxa de regularização',
  'train-network.noise': 'Ruído',
  'train-network.trainRatio': 'Parte de treino',
  'train-network.percent': '{value}%',
  'train-network.features': 'Atributos de entrada',
  'train-network.plane.name': 'Pontos de dados e fronteira de decisão',
  'train-network.plane.hint':
    'As setas movem um cursor sobre o plano; Enter adiciona ali um ponto da classe escolhida, ou remove o ponto que está embaixo.',
  'train-network.plane.cursor': 'Cursor em x₁ = {x}, x₂ = {y}',
  'train-network.newPoint': 'Novos pontos',
  'train-network.class': 'classe {number}',
  'train-network.value': 'valor {value}',
  'train-network.grid.toggle': 'Ler as previsões como tabela',
  'train-network.grid.caption':
    'A classe prevista em {count} × {count} pontos do plano: linhas de cima (x₂ = {top}) para baixo, colunas da esquerda (x₁ = {left}).',
  'train-network.grid.captionRegression':
    'O valor previsto em {count} × {count} pontos do plano: linhas de cima (x₂ = {top}) para baixo, colunas da esquerda (x₁ = {left}).',
  'train-network.grid.x1': 'x₁ = {value}',
  'train-network.grid.x2': 'x₂ = {value}',
  'train-network.legend.train': 'preenchidos: pontos de treino',
  'train-network.legend.test': 'contornados: pontos de teste',
  'train-network.legend.shade': 'fundo: a classe prevista, mais pálida onde o modelo está inseguro',
  'train-network.classAccuracy':
    'Classe {number}: {right} de {total} pontos de teste previstos corretamente.',
  'train-network.pointAdded': 'Ponto de {label} adicionado em x₁ = {x}, x₂ = {y}.',
  'train-network.pointRemoved': 'Ponto removido em x₁ = {x}, x₂ = {y}.',
  'train-network.curves.name': 'Perda por época: treino {train}, teste {test}',
  'train-network.curves.train': 'treino',
  'train-network.curves.test': 'teste (tracejado)',
  'train-network.network.name': 'A rede: {sizes}. Escolha uma conexão para ver o gradiente dela.',
  'train-network.unit.input': 'entrada {feature}',
  'train-network.unit.hidden': 'camada {layer} unidade {unit}',
  'train-network.unit.output': 'saída {unit}',
  'train-network.legend.positive': 'peso positivo',
  'train-network.legend.negative': 'peso negativo (tracejado)',
  'train-network.panel.title': 'O gradiente do peso de {from} para {to}',
  'train-network.panel.pick': 'Conexão',
  'train-network.panel.layer': 'Camada',
  'train-network.panel.layerOption': 'camada {from} para camada {to}',
  'train-network.panel.from': 'De',
  'train-network.panel.to': 'Para',
  'train-network.panel.mean': {
    one: 'Para o próximo minilote ({count} exemplo), ∂L/∂w é a média sobre seus exemplos do δ da unidade que recebe vezes o a da unidade que envia:',
    other:
      'Para o próximo minilote ({count} exemplos), ∂L/∂w é a média sobre seus exemplos do δ da unidade que recebe vezes o a da unidade que envia:',
  },
  'train-network.panel.example': 'O primeiro exemplo do lote:',
  'train-network.panel.deltaToggle': 'De onde vem o δ de {unit}',
  'train-network.panel.deltaTitle': 'δ de {unit}',
  'train-network.panel.deltaOutput':
    'Na saída, δ é a previsão menos o alvo: a rapidez com que a perda muda com o z da unidade.',
  'train-network.panel.deltaHidden':
    'O δ de uma unidade oculta é a regra da cadeia uma camada para trás: a inclinação da sua ativação vezes os δ da camada seguinte, cada um ponderado pela conexão por onde volta.',
  'train-network.panel.deltaMean': {
    one: 'Média sobre o mini-batch ({count} exemplo):',
    other: 'Média sobre o mini-batch ({count} exemplos):',
  },
  'train-network.panel.update': 'Passo então move o peso contra o gradiente:',
  'train-network.panel.toggle': 'Explicar um gradiente',
  'train-network.panel.empty':
    'Escolha uma conexão no desenho para ver como o gradiente dela se forma.',
  'train-network.summary':
    'Época {epoch}: perda de treino {train}, perda de teste {test}, acurácia de teste {percent}%.',
  'train-network.summaryRegression':
    'Época {epoch}: perda de treino {train}, perda de teste {test}.',
  'train-network.playing': 'Treinando.',
  'train-network.problem.features': 'esperava pelo menos um de {choices}',
  'train-network.problem.feature': "esperava nomes de {choices}; '{name}' não é um deles",
  'train-network.problem.tooManyPoints': 'esperava no máximo {max} pontos',
  'train-network.problem.point':
    "o ponto {number} ('{entry}') não é 'x y rótulo' com x e y de −6 a 6 e uma classe de 0 a {max}",
  'train-network.problem.fewPoints': 'esperava pelo menos dois pontos',
  'train-network.problem.shape': '{name} precisa ter a forma da rede',
  'train-network.ask.gradient':
    'Preveja ∂L/∂w do peso de {from} para {to} só para o primeiro exemplo',
  'train-network.hint.missing-activation':
    'Multiplique δ da unidade alimentada por a da unidade que alimenta: falta a.',
  'train-network.hint.missing-delta':
    'Multiplique a da unidade que alimenta por δ da unidade alimentada: falta δ.',
  'train-network.hint.penalty': 'Some o termo de regularização a δ·a.',
  'train-network.hint.rule': 'Use a regra: {rule}.',
};
