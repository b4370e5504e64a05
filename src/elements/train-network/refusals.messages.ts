import { addEnglish, type Messages } from '../../internal/i18n.js';

/** The notes for refused `features`, `points`, weights and biases, in English: loaded with refusals.ts. */
export const refusalMessages: Messages = {
  'train-network.problem.features': 'expected at least one of {choices}',
  'train-network.problem.feature': "expected names from {choices}; '{name}' is not one",
  'train-network.problem.tooManyPoints': 'expected at most {max} points',
  'train-network.problem.point':
    "point {number} ('{entry}') is not 'x y label' with x and y from −6 to 6 and a class from 0 to {max}",
  'train-network.problem.fewPoints': 'expected at least two points',
  'train-network.problem.shape': '{name} must have the shape of the network',
};

addEnglish(refusalMessages);
