// Page one's "What to check before committing" (tenth VP reading, class 6; checks-first.ts): at
// most three lines, each who checks, by when and how, taken from the rules that already flag, so
// the box makes no check the report does not make elsewhere.
import { describe, expect, it } from 'vitest';
import { checksFirst, CHECKS_FIRST_MAX } from '../../src/core/report/checks-first.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const { view } = acmeViews();

describe('what to check before committing', () => {
  it('one line per gated row, at most three; a second check of the same row joins its subject', () => {
    const target = (rank: number) => ({ rank, owner: 'VP Sales', horizon: 60, planned: true });
    const lines = checksFirst([
      { subject: 'D2: who runs the team', target: target(7), check: 'Take the last decision.' },
      { subject: '#7 Pick accounts', target: target(7), check: 'Ignored.' },
      { subject: 'b', target: target(8), check: 'B.' },
      { subject: 'c', target: { ...target(9), owner: null, planned: false }, check: 'C.' },
      { subject: 'd', target: target(10), check: 'D.' },
    ]);
    expect(lines).toHaveLength(CHECKS_FIRST_MAX);
    expect(lines[0]!.text).toBe('D2: who runs the team; #7 Pick accounts. VP Sales checks before #7 starts (within 60 days): take the last decision.');
    expect(lines[2]!.text).toBe('C. Someone named checks before #9 is planned (at the day-90 review): c.');
    expect(checksFirst([])).toEqual([]);
  });

  it('acme: the disagreement that bears on D2, the gap between the two views and the row to confirm, each with who and when as the plan and the list say them', () => {
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
    }
    // The same who and when as the disagreement's own line, which points here for what to check
    // instead of saying it again (tenth VP reading, class 9).
    const d2 = view.decisions.find((d) => d.id === 'target-lists')!;
    const q = view.needsDiscussion[0]!;
    const first = lines[0]!;
    expect(first.subject.startsWith(`${d2.label}: `)).toBe(true);
    expect(first.ref).toBe(q.ref);
    expect(q.discussionCheckListed).toContain(`Who checks: ${first.who}, ${first.when}; what to check is on page one.`);
    expect(q.discussionCheckListed).not.toContain(first.what.slice(1));
    // The check in full stays with the question, in the same words as the box (the deck's notes say it).
    expect(q.discussionCheck).toContain(`Who checks: ${first.who}, ${first.when}. ${first.what.charAt(0).toUpperCase()}${first.what.slice(1)}.`);
    // The headline's gap has its test, and every row marked "to confirm" is in the box.
    expect(lines.some((l) => /^leadership and sales managers answer above salespeople, widest on /.test(l.subject))).toBe(true);
    for (const a of view.plan.filter((x) => x.verifyFirst)) expect(lines.some((l) => l.subject.toLowerCase().includes(`${a.title.toLowerCase()} (#${a.rank})`))).toBe(true);
    expect(view.checksFirstHeading).toBe('What to check before committing');
  });
});
