// "What to check before committing" (tenth VP reading, class 6), at the top of page two with one
// line on page one that points to it (checksFirstPointer): at most three lines,
// each who checks, by when, what to pull and the result that changes which row (eleventh VP
// reading, class 2: a check without a decision rule is no check), gathered from the rules that
// already flag, so the box says no check the report does not make elsewhere and the deck's slide
// reads the same lines. A check goes in the box only where its result can change a row of the
// 90-day plan or a decision's own row; one whose result changes only a backlog action is said in
// the list of questions that need discussion, at the day-90 review. In order:
// a flag (a disagreement, a check too small to set a level) that bears on a decision of page one,
// then the consistent role gap (the headline's "gap to test", which had no test), then a flag on a
// plan row, then a plan row marked "to confirm". Pure.
import { checkChanges, checkWho, evidenceCheck, replacementText, sentence, thresholdText, type CheckTarget } from './confirm-hint.js';
import { capitalize, countText, listText, lowerFirst, ownerDoes } from './format.js';
import type { WordingValue } from '../rubric/wording.js';

/** One line of the box. */
export interface CheckFirstView {
  /** What the check settles: "D2: managers run their team, where respondents split", "The gap between the two views, widest on value at each stage", "#10 Map …". */
  subject: string;
  /** "VP Sales", or null when the rubric names no owner. */
  who: string | null;
  /** "before #7 starts (within 60 days)". */
  when: string;
  /** How: the check itself, one sentence from the question's help. */
  what: string;
  /** The result the check looks for, as a plain threshold: "half or more of first messages lead with an idea" (the first level's label at which the row stops firing; confirm-hint.ts thresholdText); '' where no level above the team's stops the row. */
  threshold: string;
  /** What that result changes: "#7 becomes: make the debrief monthly" (confirm-hint.ts replacementText); '' with no threshold. */
  changes: string;
  /** The plan row the check gates (the #7 of "before #7 starts"): where the plan points to this line instead of saying the check again. */
  rank: number;
  /** The result as the line says it, one sentence (confirm-hint.ts checkChanges): "If it shows …, #7 becomes: …."; '' with no threshold. The deck's check slide prints it in these words. */
  result: string;
  /** The whole line: "D2: managers run their team, where respondents split. VP Sales checks before #7 starts (within 60 days): for each …. If it finds …, #7 is dropped.". */
  text: string;
  /** The flagged question whose check the line says ("Q4.2"), or null: its line in the list of questions that need discussion then points here instead of saying the check again. */
  ref: string | null;
}

/** A candidate check: what it settles, the row it gates (who and when follow from it), and the question help it reads. */
export interface CheckCandidate {
  subject: string;
  target: Pick<CheckTarget, 'rank' | 'owner' | 'horizon' | 'planned' | 'changesAt' | 'replacedBy'>;
  /** The check already worded (a flag's check), or the help to word it from. */
  check: string | { help: WordingValue | undefined };
  /** The flagged question the check comes from, if any. */
  ref?: string;
}

export const CHECKS_FIRST_HEADING = 'What to check before committing';

/**
 * Page one's line about the checks, which open page two (eleventh VP reading, class 8: page one
 * was overfull with three checks beside three decisions and five priorities; there each check now
 * says who, by when, what to pull and the result that changes the plan, in full). It says what
 * waits for them (twelfth VP reading, 2.8: "Two checks come before committing" read to a CEO as
 * "do not commit to page one yet", where they gated only #7 and #13): "Two checks, run before #7
 * and #13 start, may replace those actions; nothing on this page waits for them." `waiting`:
 * what page one shows that waits for one (a decision's label, a priority's number). '' without checks.
 */
export function checksFirstPointer(lines: readonly Pick<CheckFirstView, 'rank'>[], waiting: readonly string[] = []): string {
  if (lines.length === 0) return '';
  const one = lines.length === 1;
  const ranks = listText(lines.map((l) => `#${l.rank}`));
  const rest = waiting.length === 0 ? `nothing on this page waits for ${one ? 'it' : 'them'}` : `on this page, ${listText([...waiting])} ${waiting.length === 1 ? 'waits' : 'wait'} for ${one ? 'it' : 'them'}`;
  return `${capitalize(countText(lines.length))} ${one ? 'check' : 'checks'}, run before ${ranks} ${one ? 'starts' : 'start'}, may replace ${one ? 'that action' : 'those actions'}; ${rest}.`;
}
/** Page one has room for three lines (the VP's "at most three"). */
export const CHECKS_FIRST_MAX = 3;

/**
 * The box's lines, in the candidates' order, one per gated row (a later candidate on the same row
 * adds what it settles to that line's subject), at most CHECKS_FIRST_MAX: "D2: managers run their
 * team, where respondents split. VP Sales checks before #7 starts (within 60 days): for each …".
 */
export function checksFirst(candidates: readonly CheckCandidate[]): CheckFirstView[] {
  const byRank = new Map<number, CheckFirstView>();
  for (const c of candidates) {
    const same = byRank.get(c.target.rank);
    if (same !== undefined) {
      same.subject = `${same.subject}; ${c.subject}`;
      continue;
    }
    if (byRank.size >= CHECKS_FIRST_MAX) continue;
    const what = (typeof c.check === 'string' ? c.check : evidenceCheck(c.check.help)).replace(/\.$/, '');
    // checkWho's "before #7 starts (within 60 days)" or "before #32 is planned (at the day-90 review)", as the plan says it.
    const when = checkWho({ ...c.target, owner: null }).replace(/^Check /, '');
    const threshold = c.target.changesAt === null ? '' : thresholdText(c.target.changesAt);
    const rank = c.target.rank;
    // The result in checkChanges' words ("If it shows …, #7 becomes: …."), the one sentence the plan and the list use too.
    const replacedBy = c.target.replacedBy ?? null;
    const result = checkChanges({ rank, changesAt: threshold === '' ? null : threshold, replacedBy });
    byRank.set(rank, { subject: c.subject, who: c.target.owner, when, what, threshold, changes: threshold === '' ? '' : replacementText(rank, replacedBy), rank, result, text: '', ref: c.ref ?? null });
  }
  for (const line of byRank.values()) line.text = [`${capitalize(line.subject)}.`, `${line.who === null ? 'Someone named checks' : capitalize(ownerDoes(line.who, 'checks', 'check'))} ${line.when}: ${sentence(lowerFirst(line.what))}`, line.result].filter((p) => p !== '').join(' ');
  return [...byRank.values()];
}
