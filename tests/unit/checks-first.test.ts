// Page one's "What to check before committing" (tenth VP reading, class 6; checks-first.ts): at
// most three lines, each who checks, by when, how and the result that changes its row (eleventh,
// class 2), taken from the rules that already flag, so the box makes no check the report does not
// make elsewhere.
import { describe, expect, it } from 'vitest';
import { checksFirst, CHECKS_FIRST_MAX } from '../../src/core/report/checks-first.js';
import { capitalize, ownerDoes } from '../../src/core/report/format.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const { plain } = acmeViews();

describe('what to check before committing', () => {
  it('one line per gated row, at most three; a second check of the same row joins its subject; each says the result that changes its row', () => {
    const target = (rank: number) => ({ rank, owner: 'VP Sales', horizon: 60, planned: true, changesAt: null });
    const lines = checksFirst([
      { subject: 'D2: who runs the team', target: { ...target(7), changesAt: 'Over half of team decisions made by managers.', replacedBy: 'Send escalations back to the manager' }, check: 'Take the last decision.' },
      { subject: '#7 Pick accounts', target: target(7), check: 'Ignored.' },
      { subject: 'b', target: target(8), check: 'Is it there?' },
      { subject: 'c', target: { ...target(9), owner: null, planned: false }, check: 'C.' },
      { subject: 'd', target: target(10), check: 'D.' },
    ]);
    expect(lines).toHaveLength(CHECKS_FIRST_MAX);
    // A team found a level higher gets that level's step, not none (twelfth VP reading, class 4).
    expect(lines[0]!.text).toBe('D2: who runs the team; #7 Pick accounts. The VP Sales checks before #7 starts (within 60 days): take the last decision. If it shows over half of team decisions made by managers, #7 becomes: send escalations back to the manager.');
    expect(lines[0]!).toMatchObject({ threshold: 'over half of team decisions made by managers', changes: '#7 becomes: send escalations back to the manager', rank: 7, result: 'If it shows over half of team decisions made by managers, #7 becomes: send escalations back to the manager.' });
    expect(lines[1]!).toMatchObject({ threshold: '', changes: '', rank: 8, result: '' });
    expect(lines[1]!.text).toBe('B. The VP Sales checks before #8 starts (within 60 days): is it there?');
    expect(lines[2]!.text).toBe('C. Someone named checks before #9 is planned, at the day-90 review: c.');
    expect(checksFirst([])).toEqual([]);
  });

  it('acme: the gap between the two views and the flag on a plan row, each with who, when and what result replaces the row, as the plan and the list say them', () => {
    // Re-pinned after the thirteenth VP reading: acme without the readout holds the box's check now
    // (with it, the VP Sales has no room for a check within 90 days once their shared work counts).
    const view = plain;
    const lines = view.checksFirst;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(CHECKS_FIRST_MAX);
    const rows = new Map(view.plan.map((a) => [a.rank, a]));
    for (const line of lines) {
      const rank = Number(/before #(\d+)/.exec(line.when)![1]);
      // Every check gates a plan row, by that row's horizon.
      expect(line.when).toBe(`before #${rank} starts (within ${rows.get(rank)!.horizonText})`);
      // The row's owner checks it, the VP Sales where that owner is the first-line managers whose time #1 frees (confirm-hint.ts checkerOf); acme's merged plan has a Marketing lead row (#7) in the box.
      const owner = rows.get(rank)!.ownerText;
      expect(line.who).toBe(owner === 'First-line sales managers' ? 'VP Sales' : owner);
      // The result that changes the row, as a plain threshold (eleventh VP reading, class 2: page one's checks had no decision rule).
      expect(line.threshold).toMatch(/^[a-z0-9]/);
      // What replaces the row: the step of the level the check must find (twelfth VP reading, class 4).
      expect(line.changes).toBe(`#${rank} becomes: ${rows.get(rank)!.replacedBy!.charAt(0).toLowerCase()}${rows.get(rank)!.replacedBy!.slice(1)}`);
      expect(line.rank).toBe(rank);
      // The result in one sentence, the line's last: the deck's check slide prints it in these words.
      expect(line.result).toBe(`If it shows ${line.threshold}, ${line.changes}.`);
      expect(line.text.endsWith(` ${line.result}`)).toBe(true);
    }
    // A flag in the box keeps its who and when in the list of questions that need discussion, which
    // points here for the check and what it changes instead of saying them again (tenth VP reading,
    // class 9; eleventh, class 6).
    // On the merged acme, its one flag (Q4.2's camps) changes only a backlog action, so its check is
    // the day-90 review's, not the box's (asserted below, flag by flag); the box then holds no flag.
    const flagged = lines.filter((l) => l.ref !== null);
    expect(flagged.map((l) => l.ref)).toEqual(view.needsDiscussion.filter((q) => lines.some((l) => l.ref === q.ref)).map((q) => q.ref));
    for (const line of flagged) {
      const q = view.needsDiscussion.find((x) => x.ref === line.ref)!;
      expect(q.discussionCheckListed).toBe(`${capitalize(ownerDoes(line.who!, 'checks', 'check'))} it ${line.when}; what to check, and the result that changes the plan, is in “What to check before committing”.`);
      // The check in full stays with the question, in the same words as the box (the deck's notes say it).
      expect(q.discussionCheck).toContain(`${capitalize(ownerDoes(line.who!, 'checks', 'check'))} ${line.when}: ${line.what.charAt(0).toLowerCase()}${line.what.slice(1)}`);
      expect(q.discussionCheck).toContain(`If it shows ${line.threshold}, ${line.changes}.`);
    }
    // A flag whose result changes only a backlog action is not a check before committing: the list
    // says it, at the day-90 review (eleventh VP reading, class 2: the Q4.2 gate on #6).
    for (const q of view.needsDiscussion) {
      const own = [...view.plan, ...view.backlog].find((a) => a.questionRef === q.ref)!;
      expect(lines.some((l) => l.ref === q.ref), q.ref).toBe(own.rank <= view.planCount || view.decisions.some((d) => own.decisions.includes(d.label)));
    }
    // The headline's gap has its test, and the list's sentence points to it; every row marked "to confirm" is in the box.
    // On each imperative the gap is stated on (VP reading 13): the box holds sales interactions' test,
    // and the list says the prospecting plan's, whose rows wait, for the day-90 review.
    expect(lines.some((l) => /^leadership and sales managers answer above salespeople on sales interactions, widest on /.test(l.subject))).toBe(true);
    expect(view.needsDiscussionText).toContain('“What to check before committing” says how to test it on sales interactions. On the prospecting plan, the difference is widest on ');
    for (const a of view.plan.filter((x) => x.verifyFirst)) expect(lines.some((l) => l.subject.toLowerCase().includes(`${a.title.toLowerCase()} (#${a.rank})`))).toBe(true);
    expect(view.checksFirstHeading).toBe('What to check before committing');
  });
});
