import type { Messages } from '../../internal/i18n.js';

/** The zh-CN messages of <neuron-backprop>. */
export const messages: Messages = {
  // neuron-backprop
  'neuron-backprop.pipeline.label': '神经元：从输入到损失',
  'neuron-backprop.trace.x': '输入：追踪关于 x 的梯度',
  'neuron-backprop.trace.w': '权重：追踪关于 w 的梯度',
  'neuron-backprop.trace.b': '偏置：追踪关于 b 的梯度',
  'neuron-backprop.stage.z': 'z，即加权和 w 乘 x 加 b：{w} 乘 {x} 加 {b} 等于 {z}',
  'neuron-backprop.stage.a': 'a，即 z 的 sigmoid 值，等于 {a}',
  'neuron-backprop.stage.l': 'L，即 a 相对于标签 y = {y} 的交叉熵损失，等于 {loss}',
  'neuron-backprop.hint': '按 x、w 或 b，追踪它的梯度。',
  'neuron-backprop.trace.group': '追踪梯度所对应的变量',
  'neuron-backprop.role.x': '输入',
  'neuron-backprop.role.w': '权重',
  'neuron-backprop.role.b': '偏置',
  'neuron-backprop.role.y': '标签',
  'neuron-backprop.stepButton': '梯度下降一步',
  'neuron-backprop.resetButton': '重置',
  'neuron-backprop.step.before': '每一步把 w 和 b 各自移动 {rate} × 各自的梯度。',
  'neuron-backprop.step.lower': '损失 {before} → {after}（降低）',
  'neuron-backprop.step.higher': '损失 {before} → {after}（升高：试试更小的学习率）',
  'neuron-backprop.step.same': '损失 {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}，b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    '损失随 {symbol} 变化的曲线，{symbol} 从 {min} 到 {max}。在 {symbol} = {value} 处，损失为 {loss}，切线的斜率（即梯度）为 {slope}。',
  'neuron-backprop.plot.legend': '损失随 {symbol} 的变化；切线斜率为 {slope}',
  'neuron-backprop.plot.before':
    '虚线：上一步之前的曲线和点。一步会同时改变 w 和 b，所以曲线和点都会移动。',
  'neuron-backprop.factors.label': '这个神经元的链式法则',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': '损失对激活值的导数',
  'neuron-backprop.factor.dadz': 'sigmoid 的斜率',
  'neuron-backprop.factor.dz': '加权和对 {symbol} 的导数',
  'neuron-backprop.route.multiply': '相乘',
  'neuron-backprop.route.simplify': '化简',
  'neuron-backprop.agree': '✓ 两种算法结果一致：∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': '两种算法结果不同：∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': '梯度检验',
  'neuron-backprop.check.title': '检验 ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': '反向传播 {value}',
  'neuron-backprop.check.numeric': '有限差分 {value}',
  'neuron-backprop.check.error': '相对误差 {value}',
  'neuron-backprop.say.gradient.w':
    '损失关于 w 的梯度为 {gradient}：L 对 a 的导数 {dLda}，乘以 a 对 z 的导数 {dadz}，再乘以 z 对 w 的导数（即 x）{dz}。',
  'neuron-backprop.say.gradient.b':
    '损失关于 b 的梯度为 {gradient}：L 对 a 的导数 {dLda}，乘以 a 对 z 的导数 {dadz}，再乘以 z 对 b 的导数（即 1）{dz}。',
  'neuron-backprop.say.gradient.x':
    '损失关于 x 的梯度为 {gradient}：L 对 a 的导数 {dLda}，乘以 a 对 z 的导数 {dadz}，再乘以 z 对 x 的导数（即 w）{dz}。',
  'neuron-backprop.say.change': '{name} 为 {value}。a 为 {a}，损失为 {loss}。',
  'neuron-backprop.say.step.fell':
    '以学习率 {rate} 做一步梯度下降：w 从 {wBefore} 变为 {wAfter}，b 从 {bBefore} 变为 {bAfter}；损失从 {before} 降到 {after}。',
  'neuron-backprop.say.step.rose':
    '以学习率 {rate} 做一步梯度下降：w 从 {wBefore} 变为 {wAfter}，b 从 {bBefore} 变为 {bAfter}；损失从 {before} 升到 {after}。',
  'neuron-backprop.say.step.stayed':
    '以学习率 {rate} 做一步梯度下降：w 从 {wBefore} 变为 {wAfter}，b 从 {bBefore} 变为 {bAfter}；损失保持在 {after}。',
  'neuron-backprop.say.traced': '正在追踪 {symbol}。',
  'neuron-backprop.say.reset': '已恢复初始值。',
  'neuron-backprop.ask.value': '预测 {symbol}',
  'neuron-backprop.hint.sum': '各因子沿着链相乘，而不是相加。',
  'neuron-backprop.hint.missing': '少了一个因子：还要乘以 {symbol}。',
  'neuron-backprop.hint.sigmoid': '那是 a 本身；sigmoid 的斜率是 a(1 − a)。',
  'neuron-backprop.hint.input': 'z = wx + b 随 {symbol} 变化的速率，就是乘在 {symbol} 上的那个数。',
  'neuron-backprop.hint.rule': '使用规则：{rule}。',
  'neuron-backprop.plot.labelHidden':
    '损失随 {symbol} 变化的曲线，{symbol} 从 {min} 到 {max}。在 {symbol} = {value} 处，损失为 {loss}；切线在回答前隐藏。',
};
