// What a readout finding must carry before a reader can act on it (eleventh VP reading, class 2:
// finding C called deal qualification "disputed", yet Q3.3 was flagged nowhere, and its one action
// waited in the backlog behind a step of an owner with no room). Two rules, one source for the
// report and `validate --readout` alike. Pure.
//  - Disputed: a finding whose own words call it disputed flags each of its questions "needs
//    discussion" where the answers bear that out: NEEDS_DISCUSSION_SPREAD levels or more between
//    the lowest and the highest answer, with the question's figures shown and no check of the audit
//    sample setting its level (a check settles what people dispute). Where the answers do not bear
//    it out, nothing is flagged (the consultant's word would be printed as the data's) and validate
//    warns, located at the word.
//  - Unplanned: a finding none of whose questions has a row in the 90-day plan says so under the
//    finding, with why its actions wait; validate warns with the action to promote. A finding with
//    no questions is the consultant's reading of the whole and is not held to either rule.
import { NEEDS_DISCUSSION_SPREAD } from '../scoring/config.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { countText, listText } from '../report/format.js';

/** The words by which a finding calls what it rests on disputed. */
const DISPUTED = /\b(?:disputed|contested|in dispute|not agreed|disagree(?:s|d|ment)?)\b/i;

/** Where a finding calls itself disputed ("disputed" in its title, or its text), or null. */
export function disputedWords(finding: { title: string; text?: string | undefined }): { field: 'title' | 'text'; words: string } | null {
  const inTitle = DISPUTED.exec(finding.title);
  if (inTitle !== null) return { field: 'title', words: inTitle[0] };
  const inText = finding.text === undefined ? null : DISPUTED.exec(finding.text);
  return inText === null ? null : { field: 'text', words: inText[0] };
}

/** Whether a question's answers bear out a dispute: 'yes', or why not. */
export type DisputeSupport = 'yes' | 'checked' | 'too-few' | 'close';

export function disputeSupport(question: Pick<QuestionScore, 'figuresShown' | 'spread' | 'scoredAt'>): DisputeSupport {
  if (question.scoredAt === 'checked-level') return 'checked';
  if (!question.figuresShown) return 'too-few';
  return question.spread !== null && question.spread >= NEEDS_DISCUSSION_SPREAD ? 'yes' : 'close';
}

/** Why the answers do not bear a dispute out, for validate's message. */
export function disputeNotBorneOut(support: Exclude<DisputeSupport, 'yes'>): string {
  if (support === 'checked') return 'a check of the audit sample sets its level, which settles what people said';
  if (support === 'too-few') return 'too few people answered it to show how far apart they are';
  return `its answers sit within ${NEEDS_DISCUSSION_SPREAD - 1} level of each other`;
}

/** The discussion line's reason for a question a finding calls disputed: in full, and the short form page one's box reads after "where". */
export function disputedReason(letter: string, rangeShown: boolean): { reason: string; short: string } {
  // The range printed after it shows how far apart; where it is not printed, the rule's distance says it.
  const apart = rangeShown ? '' : `, and answers sit ${countText(NEEDS_DISCUSSION_SPREAD)} levels or more apart`;
  return { reason: `Finding ${letter} calls it disputed${apart}.`, short: `finding ${letter} calls it disputed` };
}

/** An action as the rule needs it: its number, question and why it waits (wait-reason.ts waitNote). */
export interface FindingAction {
  rank: number;
  questionRef: string;
  waitText: string;
  /** Why it is in the backlog (wait-reason.ts); `covered`: a row of the plan does it inside its own. */
  wait?: { kind: string } | null;
}

/**
 * What a finding's questions get within 90 days: '' where a row of the plan works on one of them;
 * otherwise one sentence under the finding, "No action on it in the 90-day plan: #23 waits in the
 * backlog (waits for #21)." or "No action fires on its questions.". `refs`: its questions ("Q3.3").
 */
export function unplannedText(refs: readonly string[], numbered: readonly FindingAction[], planCount: number): string {
  if (refs.length === 0) return '';
  const actions = numbered.filter((a) => refs.includes(a.questionRef));
  // A backlog action a plan row does inside it (`covers:`) is worked on within 90 days: the row
  // that builds the target lists does real-targets' step, though it is plan-provided's.
  if (actions.some((a) => a.rank <= planCount || a.wait?.kind === 'covered')) return '';
  if (actions.length === 0) return 'No action of the plan or the backlog works on its questions.';
  // "#23 (for #21)": the backlog line's "waits for #21", the verb said once for all.
  const items = actions.map((a) => `#${a.rank}${a.waitText === '' ? '' : ` (${a.waitText.replace(/^waits /, '')})`}`);
  return `No action on it in the 90-day plan: ${listText(items)} ${actions.length === 1 ? 'waits' : 'wait'} in the backlog.`;
}
