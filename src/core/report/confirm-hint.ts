import { lowerFirst } from './format.js';

// What a "to confirm first" flag asks of the reader, in one line under the flag: a flag that says
// only "to confirm" left a VP asking what, and with whom (fourth VP reading, class 6).

/**
 * "3 of 6 respondents say this is already done: ask the Marketing lead whether it is, before
 * committing." from the plan's "to confirm: 3 of 6 respondents say this is already done".
 */
export function confirmHint(verifyText: string, owner: string | null): string {
  const finding = verifyText.replace(/^to confirm:\s*/i, '');
  const who = owner === null ? 'the people who would do it' : `the ${lowerFirst(owner)}`;
  return `${finding.charAt(0).toUpperCase()}${finding.slice(1)}: ask ${who} whether it is, before committing.`;
}

/** What a "needs discussion" flag on page one asks of the reader, after the flag (one wording for every format). */
export const DISCUSSION_HINT = 'Agree with each role which is true before committing.';
