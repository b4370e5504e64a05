import type { Messages } from '../../internal/i18n.js';

/** The zh-CN messages of <layer-delta>. */
export const messages: Messages = {
  // layer-delta
  'layer-delta.layer.input': '输入层',
  'layer-delta.layer.output': '输出层',
  'layer-delta.layer.hidden': '第 {number} 隐藏层',
  'layer-delta.heading.hidden': '隐层 {number}',
  'layer-delta.heading.output': '输出',
  'layer-delta.heading.loss': '损失',
  'layer-delta.unit': '{layer}的第 {number} 个单元',
  'layer-delta.weight': '从{from}到{to}的权重',
  'layer-delta.step': '反向一步',
  'layer-delta.run': '一直传到输入层',
  'layer-delta.reset': '重置',
  'layer-delta.status.start': '前向传递已完成。按“反向一步”，把误差从损失往回传。',
  'layer-delta.status.done': { other: '{count} 层都已得到各自的 δ 和权重梯度。' },
  'layer-delta.status.step': '第 {step} 步，共 {total} 步：δ 已到达{layer}。',
  'layer-delta.picker': '选择一层',
  'layer-delta.picker.prefix': '层：',
  'layer-delta.network.name': '网络 {sizes}。损失 {loss}',
  'layer-delta.network.hint':
    '方向键在单元和层之间移动；Home 和 End 移到一层的第一个和最后一个单元；Enter 选中该单元所在的层。',
  'layer-delta.readout.hint': '聚焦或点击一个单元，查看它的数值。',
  'layer-delta.readout.hintCompact': '在这个尺寸下数值被隐藏：聚焦或点击一个单元，在这里查看。',
  'layer-delta.legend.positive': '正权重',
  'layer-delta.legend.negative': '负权重（虚线）',
  'layer-delta.legend.thickness': '越粗 = 越大',
  'layer-delta.legend.value': '单元中的数字：它的激活值',
  'layer-delta.legend.shade': '单元的深浅：激活值的大小',
  'layer-delta.legend.delta': '内圈：δ 已知（为负时是虚线）',
  'layer-delta.unitLabel.input': '{unit}，值 {value}',
  'layer-delta.unitLabel.pending': '{unit}，激活值 {activation}，δ 尚未计算',
  'layer-delta.unitLabel.delta': '{unit}，激活值 {activation}，δ {delta}',
  'layer-delta.readout.input': '{unit}：x = {x}',
  'layer-delta.readout.unit': '{unit}：a = {a}，f′(z) = {slope}，δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}：a = {a}，f′(z) = {slope}，δ 尚未计算',
  'layer-delta.readout.weight': '{weight}：w = {w}，梯度 {gradient}',
  'layer-delta.readout.weightPending': '{weight}：w = {w}，梯度尚未计算',
  'layer-delta.fields.x': '输入 x',
  'layer-delta.fields.y': '目标 y',
  'layer-delta.editor': '编辑 {matrix} 中的一个权重',
  'layer-delta.editor.from': '从',
  'layer-delta.editor.to': '到',
  'layer-delta.editor.sliderHint':
    '方向键每次把权重改变 0.1，Page Up 和 Page Down 每次改变 1；Home 和 End 移到 −10 和 +10。',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}：误差信号 {delta}',
  'layer-delta.panel.pendingOutput': '{delta} 尚未计算。按一次“反向一步”，由损失算出它。',
  'layer-delta.panel.pendingHidden':
    '{delta} 尚未计算。它需要先得到{layer}的 δ：继续按“反向一步”。',
  'layer-delta.panel.carried':
    '方框中的 {matrix} 沿着前向传递用过的同一批连接，把上一层的 δ 传回来；⊙ 表示与 f′(z) 逐个单元相乘。',
  'layer-delta.panel.softmax':
    '对于 softmax 输出和交叉熵，∂L/∂a = −y/a，而 softmax 的雅可比矩阵 J = diag(a) − a aᵀ 把它变为 Jᵀ ∂L/∂a = −y + a (Σ y) = a − y，因为 y 的各项之和为 1。',
  'layer-delta.panel.jacobian': '当前输入下 softmax 的雅可比矩阵 J，即 ∂aᵢ/∂zⱼ：',
  'layer-delta.panel.gradients': '这一层的权重梯度：δ 乘以这一层的输入',
  'layer-delta.panel.table': '{layer}，逐个单元',
  'layer-delta.panel.tableUnit': '单元',
  'layer-delta.cost.heading': '反向传递的代价',
  'layer-delta.cost.note':
    '层大小为 {sizes} 时的乘加次数。复用每一层的 δ，反向传递的代价只是前向传递的一个小倍数；而对每个权重都从损失出发重新计算整条链，就做不到这一点。',
  'layer-delta.cost.pass': '传递',
  'layer-delta.cost.count': '乘加次数（× 前向）',
  'layer-delta.cost.forward': '前向',
  'layer-delta.cost.backward': '反向，复用 δ',
  'layer-delta.cost.naive': '朴素方法，逐个权重',
  'layer-delta.cost.axis': '隐藏层宽度',
  'layer-delta.cost.caption': '每个隐藏层都设为横轴上的宽度；圆点标出当前这个网络。',
  'layer-delta.cost.chart':
    '图表：乘加次数随隐藏层宽度的变化，宽度从 {from} 到 {to}，对数刻度。宽度为 {to} 时：前向 {forward}，反向 {backward}，朴素方法 {naive}。反向始终约为前向的 {backwardRatio}；朴素方法是前向的 {naiveRatio}。',
  'layer-delta.say.outputBce':
    '输出层：δ 等于 a 减 y：{deltas}。W{layer} 的梯度等于 δ 乘以这一层的输入。',
  'layer-delta.say.outputMse':
    '输出层：δ 等于 2 乘以 a 减 y 的差，再乘以激活函数在 z 处的导数：{deltas}。W{layer} 的梯度等于 δ 乘以这一层的输入。',
  'layer-delta.say.outputCe':
    '输出层：使用 softmax 和交叉熵时，δ 等于 a 减 y：{deltas}。W{layer} 的梯度等于 δ 乘以这一层的输入。',
  'layer-delta.say.hidden':
    '第 {number} 隐藏层：δ 经过 W{above} 的转置传回，再乘以激活函数在 z 处的导数：{deltas}。W{number} 的梯度已经算好。',
  'layer-delta.say.reset': '反向传递已清除：还没有 δ。按“反向一步”，从损失开始。',
  'layer-delta.say.selected': '已选中{layer}：δ 为 {deltas}。',
  'layer-delta.say.selectedPending': '已选中{layer}：δ 尚未计算。',
  'layer-delta.say.weight':
    '{weight} 为 {value}；它的梯度为 {gradient}：δ {delta} 乘以输入 {input}',
  'layer-delta.say.weightPending': '{weight} 为 {value}；反向传递到达{layer}后，才会得到它的梯度',
  'layer-delta.say.vector': '{field} 的第 {index} 个分量为 {value}；输出 {output}，损失 {loss}。',
  'layer-delta.problem.x': {
    other: '应为 {count} 个数值，每个输入单元一个（sizes 以 {count} 开头），实际为{got}',
  },
  'layer-delta.problem.y': {
    other: '应为 {count} 个数值，每个输出单元一个（sizes 以 {count} 结尾），实际为{got}',
  },
  'layer-delta.problem.misfit': '未采用：{name} 将与之不符（{reason}）',
  'layer-delta.problem.yRange':
    '应为 {min} 到 {max} 之间的数值，实际为{got}（loss="{loss}" 时，每个目标值都是一个概率）',
  'layer-delta.problem.ceOutputs': 'ce 至少需要两个输出：只对一个输出做 softmax，结果总是 1',
  'layer-delta.problem.ceNegative': '使用 ce 时，目标的各项都不能为负',
  'layer-delta.problem.ceSum':
    '使用 ce 时，目标必须是独热向量或各项之和为 1 的概率向量，而现在各项之和为 {sum}',
  'layer-delta.problem.weights':
    '应为 {layers} 个由有限数值组成的矩阵，形状为 {shapes}（weights[l][i][j] 连接第 l 层的单元 j 与第 l+1 层的单元 i）',
  'layer-delta.problem.weightsAt':
    '应为 {layers} 个由有限数值组成的矩阵，形状为 {shapes}（weights[l][i][j] 连接第 l 层的单元 j 与第 l+1 层的单元 i）；weights[{index}] 不符合',
  'layer-delta.problem.biases': '应为 {layers} 个由有限数值组成的数组，长度分别为 {sizes}',
  'layer-delta.problem.biasesAt':
    '应为 {layers} 个由有限数值组成的数组，长度分别为 {sizes}；biases[{index}] 不符合',
  'layer-delta.problem.overflow': '数值变得太大，无法计算：请尝试更小的输入、目标值或权重',
  'layer-delta.status.predict': '先在下方预测下一个 δ，才能继续。',
  'layer-delta.panel.predict': '根据这些数预测 {delta}，然后反向一步。',
  'layer-delta.ask.delta': '预测{unit}的 δ',
  'layer-delta.hint.slope': '还要乘以 f′(z)：单元的斜率会缩放经它传回的量。',
  'layer-delta.hint.slopeCancels': '使用交叉熵时，输出的斜率会被约去：δ = a − y，没有 f′(z)。',
  'layer-delta.hint.two': '平方误差的导数有一个因子 2：δ = 2(a − y) f′(z)。',
  'layer-delta.hint.transpose':
    '用这个单元在 Wᵀ 中的那一行：从它出发的权重，各自乘以它所连接单元的 δ。',
  'layer-delta.hint.rule': '使用规则：{rule}。',
};
