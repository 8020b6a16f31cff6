// One audit's facts for the method's sentences (method-items.ts MethodFacts): a team of three or more,
// five priorities, two flagged questions, the gate firing. Tests override what they are about.
import type { MethodFacts } from '../../src/core/report/method-items.js';

export const METHOD_FACTS: MethodFacts = {
  single: false,
  names: false,
  minGroup: 3,
  foldedText: null,
  needsDiscussionSpread: 2,
  targetOverride: null,
  bands: [],
  focus: 5,
  planSize: 12,
  identifyingLeftOut: false,
  notesApproved: true,
  fewScored: [],
  heldBack: 0,
  checkedLevels: 0,
  checkMinimum: 3,
  samplingRule: null,
  discussed: 2,
  topLevel: 4,
  priorityCount: 5,
  gate: true,
  toConfirm: true,
  sharedQuestions: [],
  firm: null,
};
