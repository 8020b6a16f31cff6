// Eighth VP reading, class 2: every generated check (a plan row's "to confirm", a disagreement's
// "to settle it") said what to pull, never who checks, by when, or what result changes the plan,
// and #10's said "the auditor takes…" after the audit was over. One function words them all
// (confirm-hint.ts checkLine); these tests fail on the old wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { buildReportView, discussionText } from '../../src/core/report/build-report-view.js';
import { auditorToImperative, checkerOf, checkLine, evidenceCheck, levelThatChangesIt } from '../../src/core/report/confirm-hint.js';
import { capitalize, ownerDoes } from '../../src/core/report/format.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const readoutYaml = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const checked = checkReadout({ path: 'readout.yaml', content: Buffer.from(readoutYaml), size: readoutYaml.length }, set, scores);
const view = buildReportView(set, sheets, scores, { names: false, readout: checked.readout });

describe('a check is an instruction to the owner, not the auditor', () => {
  it('no question of the set yields a check that names the auditor or starts with a third-person verb', () => {
    const checks = set.imperatives.flatMap((i) => i.questions.map((q) => evidenceCheck(q.help)));
    expect(checks.length).toBeGreaterThan(30);
    for (const check of checks) {
      expect(check).not.toMatch(/\bauditor\b/i);
      expect(check).not.toMatch(/^(Asks|Checks|Counts|Reads|Opens|Takes|Sits)\b/);
      expect(check).toMatch(/^[A-Z]/);
    }
  });

  it('turns every verb the auditor governs into the imperative, and leaves an instruction as written', () => {
    expect(auditorToImperative('The auditor reads the process document, then opens, for three reps, their deals, and checks each stage.')).toBe(
      'Read the process document, then open, for three reps, their deals, and check each stage.',
    );
    expect(auditorToImperative('The auditor counts the hours and divides by the hours worked.')).toBe('Count the hours and divide by the hours worked.');
    expect(auditorToImperative('Take the last twenty deals and count those with reasons.')).toBe('Take the last twenty deals and count those with reasons.');
  });

  it("drops the interviewer's warning before the instruction (ninth VP reading, class 6: \"Do not estimate what reps would say\")", () => {
    expect(evidenceCheck({ default: 'This is the test. Do not estimate what reps would say: ask three reps the question directly, and write it down. Evidence: the answers.' })).toBe(
      'Ask three reps the question directly, and write it down.',
    );
    const checks = set.imperatives.flatMap((i) => i.questions.map((q) => evidenceCheck(q.help)));
    expect(checks.filter((c) => /^Do not\b/.test(c))).toEqual([]);
  });
});

describe('checkLine says who, by when and what result changes the plan', () => {
  it('names the owner and the action it gates, in the plan or at the day-90 review', () => {
    const inPlan = checkLine('Take the last twenty deals.', { rank: 9, owner: 'Marketing lead', horizon: 60, planned: true, changesAt: 'The company holds reasons for five of twenty.', replacedBy: 'Interview clients from the segments missed' });
    // The threshold as plain words, not a rubric string in quotation marks (eleventh VP reading,
    // class 2); what replaces the row, not "dropped", and no "(or better)" (twelfth, class 4).
    expect(inPlan).toBe('The marketing lead checks before #9 starts (within 60 days): take the last twenty deals. If it shows the company holds reasons for five of twenty, #9 becomes: interview clients from the segments missed.');
    // A check that ends on a question keeps its question mark; with no step at that level, the row is not needed.
    expect(checkLine('Is every question answered?', { rank: 9, owner: null, horizon: 60, planned: true, changesAt: 'A call debriefed this quarter, not monthly.' })).toBe('Check before #9 starts (within 60 days): is every question answered? If it shows a call debriefed this quarter, not monthly, #9 is not needed.');
    const backlog = checkLine('Ask three reps.', { rank: 15, owner: null, horizon: 30, planned: false, changesAt: null });
    expect(backlog).toBe('Check before #15 is planned, at the day-90 review: ask three reps.');
  });

  it("the result that changes it is the first level above the team's at which the action stops firing, as its label (a plain finding, not the description's floor; tenth VP reading, class 8)", () => {
    const question = {
      levels: [0, 1, 2, 3].map((score) => ({ score, label: `L${score}`, description: { default: `Level ${score} text.` } })),
    };
    expect(levelThatChangesIt(question as never, { at: [0, 1] } as never, 0)).toBe('L2.');
    expect(levelThatChangesIt(question as never, { at: 1 } as never, 1)).toBe('L2.');
    expect(levelThatChangesIt(question as never, { at: [0, 3] } as never, 1)).toBeNull();
  });

  it('acme: every flagged plan row and every disagreement names the owner of the action it gates and its threshold', () => {
    // Acme's interviews without the auditor's file: with the checks of the audit sample, acme's one
    // "to confirm" step waits in the backlog (a checked question never is one), so the interviews'
    // answers alone give plan rows to confirm.
    const interviews = sheets.filter((x) => x.respondent.role !== 'auditor');
    const wide = buildReportView(set, interviews, scoreAudit(set, interviews), { names: false });
    const flagged = wide.plan.filter((a) => a.verifyFirst);
    expect(flagged.length).toBeGreaterThan(0);
    for (const action of flagged) {
      expect(action.checkLine, action.id).toMatch(new RegExp(`^${capitalize(ownerDoes(action.ownerText, 'checks', 'check'))} before #${action.rank} starts \\(within ${action.horizon} days\\): `));
      expect(action.checkLine, action.id).toMatch(new RegExp(`If it shows .+, #${action.rank} (becomes: .+|is not needed)\\.$`));
      expect(action.checkLine).not.toMatch(/or better|is dropped/);
      expect(action.checkLine).not.toContain('the next level or above');
      expect(action.checkLine).not.toMatch(/[‘’]/);
      // Page one says the threshold once, as the reason to check (ninth VP reading, class 8), then who checks and what to take.
      const [, threshold = '', consequence = ''] = /If it shows (.+?), (#\d+ (?:becomes:|is not needed).*)\.$/.exec(action.checkLine)!;
      expect(action.confirmText).toContain(`say ${threshold}; if that holds, ${consequence}. ${action.checkLine.slice(0, action.checkLine.indexOf(' If it shows'))}`);
      expect(action.confirmText.split(threshold)).toHaveLength(2);
    }
    expect(view.needsDiscussion.length).toBeGreaterThan(0);
    for (const q of view.needsDiscussion) {
      // Before the row its result changes, its question's first action: a decision it only informs
      // does not wait for it (eleventh VP reading, class 2: the Q4.2 check held up #6 and D2, yet
      // all its result could change was a backlog step).
      const first = [...view.plan, ...view.backlog].find((a) => a.questionRef === q.ref)!;
      // No group checks its own work (checkerOf): managers' actions are checked by whoever frees their time.
      const checker = first.ownerText === 'First-line sales managers' ? 'VP Sales' : first.ownerText;
      expect(q.discussionCheck, q.ref).toMatch(new RegExp(`^${capitalize(ownerDoes(checker, 'checks', 'check'))} before #${first.rank} (starts|is planned)`));
      expect(q.discussionCheck, q.ref).toMatch(new RegExp(`If it shows .+, #${first.rank} (becomes: .+|is not needed)\\.`));
      expect(q.discussionCheck).not.toMatch(/\bauditor\b/i);
    }
  });
});

describe('the sentence above the disagreements says what they bear on (eighth VP reading, class 2)', () => {
  const bearing = (decisions: string[], rows: number[], backlog: number[]) => ({ decisions: new Set(decisions), rows: new Set(rows), backlog: new Set(backlog), informed: new Set<string>(), decisionCount: 3 });
  it('asks to agree before acting only on what a flag bears on', () => {
    expect(discussionText(2, 34, bearing(['D2'], [6], []))).toBe('People disagree on 2 of 34 questions (the rule is in the method). The mean hides a disagreement: agree on what is true before acting on D2 and #6.');
    expect(discussionText(2, 34, bearing([], [], [15, 33]))).toBe('People disagree on 2 of 34 questions (the rule is in the method). Nothing on page one or in the 90-day plan depends on them: settle each at the day-90 review.');
    expect(discussionText(1, 34, bearing([], [], []))).toBe('People disagree on 1 of 34 questions (the rule is in the method). Nothing in this report depends on it.');
  });

  it('acme: the flag (Q4.2\'s camps) says what it bears on', () => {
    // 2.2, flagged before, stands on the auditor's check of 8 reps, which settles it (score-audit.ts);
    // 1.4 and 2.1 each hold one respondent's own check a level or more from the claims, which the
    // report reads as not checked (VP reading 11, class 4): no flag says the check sat apart.
    expect(view.needsDiscussion.map((q) => q.ref)).toEqual(['Q4.2']);
    expect(view.needsDiscussionText).not.toMatch(/before acting on these scores/);
    const items = view.needsDiscussion.map((q) => [...view.plan, ...view.backlog].find((a) => a.questionRef === q.ref)!);
    const inPlan = items.filter((a) => view.plan.some((p) => p.rank === a.rank));
    for (const a of inPlan) expect(view.needsDiscussionText).toContain(`#${a.rank}`);
    expect(inPlan.length).toBeLessThan(items.length);
    // Matched by its question alone Q4.2 "bore on none of D1–D3" (tenth VP reading, class 3); it
    // informs D2, but no level it finds changes D2's rows, so D2 and #6 do not wait for it
    // (eleventh VP reading, class 2): its check comes before its own action, at the day-90 review.
    const d2 = view.decisions.find((d) => d.id === 'target-lists')!;
    const q42 = view.needsDiscussion.find((q) => q.ref === 'Q4.2')!;
    // Said once, in the sentence above the list, not as "none of D1–D4" there and "it informs D2" on the line (twelfth VP reading).
    // Re-pinned (h-words16): said plainly, not "It informs D3, which does not wait for it, bears on …" (fourteenth VP reading, class 8).
    expect(view.needsDiscussionText).toContain(`${d2.label} can be taken without it, and nothing else on page one or in the 90-day plan depends on it`);
    expect(view.needsDiscussionText).not.toMatch(/none of D1/);
    expect(q42.discussionAffects).toBe('');
    const own = view.backlog.find((a) => a.questionRef === 'Q4.2')!;
    expect(q42.discussionCheck).toMatch(new RegExp(`^The VP Sales checks before #${own.rank} is planned, at the day-90 review: `));
    expect(view.checksFirst.some((l) => l.ref === 'Q4.2')).toBe(false);
  });
});

describe('who checks is never the group whose own work is checked (ninth VP reading, class 8)', () => {
  it("an action of the owner a step frees is checked by that step's owner; any other owner checks their own", () => {
    const freed = [{ owner: 'First-line sales managers', by: 'VP Sales' }];
    expect(checkerOf('First-line sales managers', freed)).toBe('VP Sales');
    expect(checkerOf('Marketing lead', freed)).toBe('Marketing lead');
    expect(checkerOf(null, freed)).toBeNull();
    expect(checkerOf('First-line sales managers', [])).toBe('First-line sales managers');
  });

  it('acme: the check on "managers run their team" (4.2) goes to the VP Sales, not to the managers', () => {
    const q = view.needsDiscussion.find((x) => x.ref === 'Q4.2')!;
    expect(q.discussionCheck).toMatch(/^The VP Sales checks /);
  });
});
