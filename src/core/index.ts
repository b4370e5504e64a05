/**
 * backprop-elements/core: scalar reverse-mode autodiff with inspectable steps, an expression
 * parser, a dense-network module, a finite-difference check and mini-batch training on 2-D data.
 * No DOM, no Lit.
 */
export { OPS, FUNCTION_NAMES, BCE_EPSILON, getOp, isOpName, infiniteSlopeAtZero } from './ops.js';
export {
  sigmoid,
  softplus,
  crossEntropyFromLogit,
  sigmoidSlope,
  tanhSlope,
  crossEntropyLogitSlope,
} from './scalar-math.js';
export type { OpSpec, OpName } from './ops.js';
export { OP_RULES } from './op-rules.js';
export type { OpRules } from './op-rules.js';
export { GradNode, variable, constant, apply } from './node.js';
export type { NodeKind } from './node.js';
export { topologicalOrder, forward, backward, gradientsAfter } from './backward.js';
export type { BackwardStep, StepContribution } from './backward.js';
export { forwardTangents, tangentsAfter, passesNeeded } from './forward-mode.js';
export type { ForwardStep, TangentContribution, PassTally } from './forward-mode.js';
export { ExpressionError, DomainError } from './errors.js';
export { parse } from './parser.js';
// The same reading without the words: a fault to word when it is shown (faultMessage).
export { LIMITS, readExpression } from './expression-reader.js';
export type { ParsedExpression, ParseFault } from './expression-reader.js';
export { faultMessage } from './parse-words.js';
export { ExpressionGraph } from './expression-graph.js';
export { ParsedGraph } from './graph.js';
export type { DomainProblem } from './graph.js';
export { gradients } from './gradients.js';
export { centralDifference, relativeError, checkGradient } from './gradcheck.js';
export type { GradientCheck } from './gradcheck.js';
export {
  ACTIVATIONS,
  activationSlopes,
  createNetwork,
  forwardPass,
  backwardPass,
  lossValue,
  trainStep,
  countOps,
  outputActivation,
  validateSizes,
  validateTarget,
  TARGET_SUM_TOLERANCE,
} from './dense.js';
export { findDenseProblem } from './dense-problems.js';
export type { DenseProblem, DenseQuantity } from './dense-problems.js';
export {
  softmax,
  logSumExp,
  softmaxCrossEntropy,
  softmaxCrossEntropyDelta,
  softmaxJacobian,
} from './softmax.js';
export type {
  Activation,
  Loss,
  OutputActivation,
  DenseNetwork,
  ForwardCache,
  BackwardResult,
  OpCounts,
} from './dense.js';
export { pick, seededRandom } from './random.js';
export { closest, editDistance } from './suggest.js';
// Training a small network on 2-D data (`<train-network>`'s math).
export * from './training/index.js';
