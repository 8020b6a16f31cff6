// Page one names a shown row a priority waits for when it does not list that row itself (int15
// fix-up: the readout's priorities began at #2, the hand-over, and never said what #1 was, the
// shadow credit it and D1 wait for).
import { describe, expect, it } from 'vitest';
import { acmeViews, markdownOf } from '../helpers/report-fixtures.js';

const { view, plain } = acmeViews();

describe('a page-one priority says which unlisted plan row it waits for', () => {
  it.each([['with the readout', view], ['without it', plain]] as const)('acme %s: every shown row a priority is after is on page one or named in its line', (_, v) => {
    const listed = new Set(v.priorities.map((p) => p.rank));
    for (const p of v.priorities) {
      const unlisted = p.after.filter((rank) => !listed.has(rank));
      for (const rank of unlisted) {
        const row = v.plan.find((a) => a.rank === rank)!;
        expect(p.waitsOffPage, `#${p.rank}`).toContain(`#${rank} ${row.title} (${row.ownerText})`);
      }
      if (unlisted.length === 0) expect(p.waitsOffPage).toBe('');
    }
  });

  it("the readout's acme: #2, the hand-over, says it comes after #1, the shadow credit, in the line page one prints", () => {
    expect(view.priorities.some((p) => p.rank === 1)).toBe(false);
    expect(markdownOf(view)).toContain("- **#2 Move managers' heaviest own accounts to named reps** *VP Sales, within 30 days*, after #1 Agree and price the reps' shadow credit (Finance lead) and once leadership decides D1.");
    // Without a readout page one lists #1 itself, so nothing is said twice.
    expect(plain.priorities[0]!.rank).toBe(1);
    expect(plain.priorities.every((p) => p.waitsOffPage === '')).toBe(true);
  });
});
