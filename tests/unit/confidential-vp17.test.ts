// VP review 17, class E (items 34-35): what a reader works out beside what the report prints. A note
// attributed to a pool of roles can be told apart by its words (item 35). A group at the floor is
// said to let a member read the others' average (item 34).
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { noteGroupsOf } from '../../src/core/scoring/question-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const set = fixtureSet();

/** `levels` answers to alpha's first question, the first `leaders` from leadership, the rest from salespeople. */
function team(levels: readonly number[], leaders: number) {
  return levels.map((level, i) => sheet({ alpha: { q1: level, q2: 2, q3: 2 }, beta: { q1: 2, q2: 2 } }, { name: `P${i}`, role: i < leaders ? 'leadership' : 'salesperson' }));
}

describe('a note from a pool of roles names no group (item 35)', () => {
  it('where a pool answered a question, no note of it names a group; each is still judged among its own group', () => {
    const { scores } = acmeViews();
    expect(scores.shownRoles.some((r) => r.keys.length > 1)).toBe(true);
    for (const q of scores.imperatives.flatMap((i) => i.questions)) {
      const { named } = noteGroupsOf(q, scores);
      const pool = scores.shownRoles.find((r) => r.keys.length > 1)!;
      expect(named, q.question.id).toBe(!pool.keys.some((k) => q.answers.byRole.has(k)));
    }
  });

  it("acme's report prints no note with a pool's name", () => {
    const { view } = acmeViews();
    const notes = view.imperatives.flatMap((i) => i.notes);
    expect(notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(notes)).not.toMatch(/leadership or sales manager/);
  });
});

describe('a group at the floor says what a member of it can work out (item 34)', () => {
  it('leadership of four and salespeople of five: the four are told each can read the average of the other three', () => {
    const sheets = team([1, 2, 3, 2, 1, 2, 3, 2, 1], 4);
    const scores = scoreAudit(set, sheets);
    const view = buildReportView(set, sheets, scores, { names: false });
    expect(view.confidentiality.smallestGroupText).toContain('Any one of them can take their own answers out and read the average of the other three');
  });
});

describe('dropping the pool\'s name loosens no quote rule (item 35)', () => {
  it("acme: a salesperson's quote stays held back as a small group's, though no group is named", async () => {
    const { noteFates, groupOfRespondent } = await import('../../src/core/report/printed-notes.js');
    const { scores } = acmeViews();
    const fates = scores.imperatives.flatMap((i) => i.questions).flatMap((q) => noteFates(q, scores, groupOfRespondent(scores), { showIdentifying: false, names: false, approved: null }));
    expect(fates.every((f) => f.role === null || !f.role.includes(' or '))).toBe(true);
    const reps = fates.filter((f) => groupOfRespondent(scores)(f.answer.respondent) === 'salesperson');
    expect(reps.length).toBeGreaterThan(0);
    for (const f of reps) expect(f.among, f.text).toBeLessThanOrEqual(4);
  });
});
