// The readout (issue 20): its figures are the report's, its edits are obeyed (priorities, promote,
// drop, merge, rewrite, plan size, comments), and a readout that does not fit the data is refused
// with located findings, one rule each.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { draftReadout } from '../../src/core/readout/draft-readout.js';
import { fillFigures, resolveFigure } from '../../src/core/readout/figures.js';
import type { ReadoutData } from '../../src/core/readout/schema.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, expectDraftDiagnostics, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const plain = buildReportView(set, sheets, scores, { names: false });

function check(yaml: string) {
  return checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores);
}

function readoutOf(yaml: string): ReadoutData {
  const { readout, diagnostics } = check(yaml);
  if (readout === null) throw new Error(JSON.stringify(diagnostics));
  return readout;
}

const HEAD = `version: 1\nrubrics: ${set.digest}\n`;

describe('figures', () => {
  it('are the numbers the report prints', () => {
    const differentiation = plain.imperatives.find((i) => i.id === 'differentiation')!;
    expect(fillFigures('{{score differentiation}}', { set, scores })).toBe(differentiation.scoreText);
    expect(fillFigures('{{score overall}} {{band overall}}', { set, scores })).toBe(`${plain.overall.scoreText} ${plain.overall.band}`);
    // Sales interactions: differentiation has no by-role score since two of its questions are
    // asked of leadership only (three leaders, figures held back).
    const gap = plain.perceptionGaps.find((g) => g.imperativeId === 'sales-interactions')!;
    // Leadership and managers are shown as one pool (split-roles.ts), named with hyphens like a role.
    expect(fillFigures('{{gap leadership-or-sales-manager salesperson sales-interactions}}', { set, scores })).toBe(gap.differenceText);
    expect(fillFigures('{{role salesperson sales-interactions}}', { set, scores })).toBe(gap.lowerScoreText);
    // Differentiation shows no score by role: 2.1's salespeople number 3 once the one whose answer
    // was checked is set aside (score-term.ts), too few to show alone.
    expect(plain.perceptionGaps.some((g) => g.imperativeId === 'differentiation')).toBe(false);
    expect(resolveFigure('role salesperson differentiation', { set, scores }).ok).toBe(false);
    expect(fillFigures('{{respondents}} {{respondents leadership-or-sales-manager}} {{respondents salesperson}}', { set, scores })).toBe('10 6 4');
    expect(fillFigures('{{below defending-price 2}}', { set, scores })).toMatch(/^\d+ of 10$/);
  });
  it('refuse what the data does not have, or keeps confidential', () => {
    expect(resolveFigure('score nowhere', { set, scores }).ok).toBe(false);
    expect(resolveFigure('mean no-such-question', { set, scores }).ok).toBe(false);
    expect(resolveFigure('median differentiation', { set, scores }).ok).toBe(false);
    expect(resolveFigure('role cfo differentiation', { set, scores }).ok).toBe(false);
    // A role of 3 in a pool: the message names the pool to use instead.
    const pooled = resolveFigure('role leadership differentiation', { set, scores });
    expect(!pooled.ok && pooled.message).toMatch(/shown only together with others in this report, as "leadership-or-sales-manager"/);
    const folded = scoreAudit(set, sheets, { minGroup: 4 });
    const result = resolveFigure('role leadership differentiation', { set, scores: folded });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/not shown on its own/);
  });
});

describe('validate --readout findings', () => {
  const rules = (yaml: string) => check(yaml).diagnostics.map((d) => [d.rule, d.line]);
  it('an unknown action, question, imperative or decision, a figure the data lacks, another digest: each located', () => {
    const yaml = [
      'version: 1',
      'rubrics: sha256:' + '0'.repeat(64),
      'headline: "Score {{score differentation}}"',
      'findings:',
      '  - title: A finding',
      '    quotes:',
      '      - { text: "x", from: salesperson, question: no-such-question }',
      '    questions: [time-for-people, no-such-question]',
      'decisions:',
      '  - id: invented-decision',
      'priorities:',
      '  - action: no-such-action',
      'comments:',
      '  prospecting: A comment',
      '',
    ].join('\n');
    expect(rules(yaml)).toEqual([
      ['readout-rubrics-mismatch', 2],
      ['readout-figure-unknown', 3],
      ['readout-unknown-question', 7],
      ['readout-unknown-question', 8],
      ['readout-unknown-decision', 10],
      ['readout-unknown-action', 12],
      ['readout-unknown-imperative', 14],
    ]);
  });
  it('readout-evidence-contradiction: a why that says "not yet checked" of a checked question, or "checked" of a claims-only one, is a located warning (tenth VP reading, class 3)', () => {
    const yaml = [
      HEAD.trimEnd(),
      'headline: H.',
      'decisions:',
      '  - id: target-lists',
      '    why: Reps give reasons for few accounts; the CRM data was seen.',
      'priorities:',
      '  - action: write-manager-profile',
      '    why: By what people said (not yet checked), most teams lack a manager who meets plan.',
      '  - action: hold-one-to-ones',
      '    why: Checked in the calendars, one-to-ones rarely end with an action.',
      '',
    ].join('\n');
    const all = check(yaml).diagnostics;
    expect(all.filter((d) => d.severity === 'error')).toEqual([]);
    const found = all.filter((d) => d.rule === 'readout-evidence-contradiction');
    expect(found.map((d) => [d.line, d.severity])).toEqual([
      [9, 'warning'],
      [11, 'warning'],
    ]);
    expect(found[0]!.message).toContain('rests on checked answers');
    expect(found[1]!.message).toContain('every answer to the question “Coaching each rep” is a claim');
  });

  it('a figure of a question too few scored (acme 4.8, asked of its 3 managers) is a located error; its level is not', () => {
    const yaml = `${HEAD}headline: "{{mean time-for-people}}, {{below time-for-people 2}}, {{level time-for-people}}"\n`;
    const { diagnostics } = check(yaml);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['readout-figure-unknown', 3],
      ['readout-figure-unknown', 3],
    ]);
    expect(diagnostics[0]!.message).toContain('too few people');
  });
  it('a role given a level distance is a located warning (sixth VP reading: "leadership answers two levels higher" solved 3.3); the direction alone is not', () => {
    const warned = check(`${HEAD}headline: H\nfindings:\n  - title: C\n    text: Salespeople and managers say reps park deals; leadership answers two levels higher.\n`);
    // On acme leadership is pooled with the managers, so the claim about leadership is warned of too.
    expect(warned.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual(
      expect.arrayContaining([
        ['readout-role-distance', 'warning', 6],
        ['readout-role-not-shown', 'warning', 6],
      ]),
    );
    expect(warned.diagnostics).toHaveLength(2);
    expect(warned.readout).not.toBeNull();
    expect(check(`${HEAD}headline: H\nfindings:\n  - title: C\n    text: Leadership and sales managers rate qualification higher than the field; check it in the deals.\n`).diagnostics).toEqual([]);
  });
  it('a claim about how a role answered, where the report shows that role only pooled or folded in, is a located warning naming the pool (seventh VP reading: a leader subtracts themselves from a row of 3)', () => {
    const warned = check(`${HEAD}headline: H\nfindings:\n  - title: C\n    text: Salespeople say reps park deals; leadership rates qualification higher.\n`);
    expect(warned.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['readout-role-not-shown', 'warning', 6]]);
    expect(warned.diagnostics[0]!.message).toContain('("leadership and sales managers")');
    expect(warned.readout).not.toBeNull();
    // The pool's own name, a role shown on its own, and a role named without a claim pass.
    expect(check(`${HEAD}headline: Leadership and sales managers rate it higher; salespeople say not; sales managers' weeks go to head office.\n`).diagnostics).toEqual([]);
  });
  it('an action of the rubrics that does not fire here is a warning, and the readout still renders', () => {
    const notFired = set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => r.id))).find((id) => !scores.actions.some((a) => a.recommendation.id === id))!;
    const { readout, diagnostics } = check(`${HEAD}headline: H\nplan:\n  promote: [${notFired}]\n`);
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['readout-action-not-fired', 'warning']]);
    expect(readout).not.toBeNull();
  });
  it('a priority the capacity rule holds back starts a horizon later; one it keeps out is a located warning, not lost silently', () => {
    // The VP Sales' 30-day items: the two steps that free managers' time (forced first, both the
    // VP's) and the first priority fill the VP's three, so the second priority, also the VP's at
    // 30 days, starts within 60 days instead (the fifth VP reading: held back, not dropped).
    const gates = scores.actions.filter((a) => a.owner === 'VP Sales' && a.horizon === 30 && a.frees !== null).map((a) => a.recommendation.id);
    expect(gates).toEqual(['free-manager-time', 'cut-demands-on-managers']);
    // Re-pinned on the merge of h-plan19 (the price script waits for Finance's test, so it is due at 60) with h-rub19a: the VP
    // Sales has one 30-day item left besides the gates, so the case is shown at 60 days, where the VP's three are full:
    // two 60-day priorities, the second held back to 90.
    const [second, third] = scores.actions.filter((a) => a.owner === 'VP Sales' && a.horizon === 60 && a.frees === null).map((a) => a.recommendation.id);
    const two = `${HEAD}headline: H\npriorities:\n  - action: ${second}\n  - action: ${third}\n`;
    const held = checkReadout({ path: 'readout.yaml', content: Buffer.from(two), size: two.length }, set, scores, { sheets });
    expect(held.diagnostics).toEqual([]);
    const view = buildReportView(set, sheets, scores, { names: false, readout: held.readout! });
    expect(view.priorities.map((p) => p.id).sort()).toEqual([...gates, second, third].sort());
    expect(view.plan.find((a) => a.id === second)).toMatchObject({ horizon: 60, horizonMoved: false });
    expect(view.plan.find((a) => a.id === third)).toMatchObject({ horizon: 90, horizonMoved: true });
    // Every VP item as a priority: the VP's three per horizon cannot hold them all.
    // Re-pinned after rubric review 14 (edit 6): acme's VP Sales holds 21 items, one over the readout's
    // 20 priorities, so the first 20 are named; the VP's three per horizon still cannot hold them.
    const vp = scores.actions.filter((a) => a.owner === 'VP Sales' && a.frees === null).map((a) => a.recommendation.id).slice(0, 20);
    const all = `${HEAD}headline: H\npriorities:\n${vp.map((id) => `  - action: ${id}\n`).join('')}`;
    const { readout, diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(all), size: all.length }, set, scores, { sheets });
    expect(readout).not.toBeNull();
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect([d.rule, d.severity]).toEqual(['readout-priority-not-shown', 'warning']);
      // The reason is the backlog's own, from the structured wait (wait-reason.ts), never parsed back from its words.
      expect(d.message).toMatch(/^priority "[a-z-]+" is not in the shown plan: it waits in the backlog as #\d+ and page one leaves it out\. ((The )?[A-Za-z -]+ ha(s|ve) no room within 90 days\.|It waits for #\d+[^.]*, so it starts after 90 days\.)$/);
    }
    expect(diagnostics.some((d) => /The VP Sales has no room within 90 days/.test(d.message))).toBe(true);
    // Without the answers (report --readout), no plan check.
    expect(check(all).diagnostics).toEqual([]);
  });
  it('the draft for the data passes, and so does examples/readout.yaml', async () => {
    // Re-pinned (h-cal19): the draft's rubric costs that state no money or time are warnings to price them (readout-cost-unstated), and only those.
    const draft = draftReadout(set, sheets, scores, plain);
    expectDraftDiagnostics(draft, check(draft).diagnostics);
    const { readFileSync } = await import('node:fs');
    expect(check(readFileSync('examples/readout.yaml', 'utf8')).diagnostics).toEqual([]);
  });
});

describe("the readout's edits", () => {
  const ids = scores.actions.map((a) => a.recommendation.id);
  it('headline, findings, decisions and comments in the readout\'s words, figures filled', () => {
    const readout = readoutOf(`${HEAD}headline: "Differentiation scores {{score differentiation}}."
findings:
  - title: "Managers carry quotas"
    figures: [mean deal-qualification]
    quotes: [{ text: "Carries a quota", from: sales manager }]
decisions:
  - id: manager-capacity
    why: "Quota first, {{level time-for-people}}."
  - id: own-decision
    text: Decide who owns the pricing policy.
comments:
  differentiation: "Our view: {{score differentiation}} is generous."
`);
    const view = buildReportView(set, sheets, scores, { names: false, readout });
    const score = plain.imperatives.find((i) => i.id === 'differentiation')!.scoreText;
    expect(view.headline).toBe(`Differentiation scores ${score}.`);
    expect(view.findings[0]!.figures[0]!.text).toMatch(/^\d(\.\d)?$/);
    // Re-pinned (h-plan16): the report adds the capacity decision by rule after the readout's own (capacity-decision.ts).
    expect(view.decisions.map((d) => d.id)).toEqual(['manager-capacity', 'own-decision', 'owner-capacity']);
    // No text in the readout: the rubric's question.
    expect(view.decisions[0]!.question).toBe('Decide how managers stop selling their own accounts.');
    expect(view.decisions[1]!.question).toBe('Decide who owns the pricing policy.');
    expect(view.imperatives.find((i) => i.id === 'differentiation')!.comment).toBe(`Our view: ${score} is generous.`);
  });
  it('priorities, promote, drop, merge, rewrite and size: one numbering, prerequisites first', () => {
    // The promoted action is placed within the capacity rule (docs/readout.md): re-pinned after the merge of the eight
    // branches, ids[20] is map-value-per-stage, the VP Sales', who has no room left in 90 days (h-plan16's load with the
    // rubric review 14 steps), so the promoted one is the first from there on that the VP Sales does not own.
    const b = scores.actions.slice(20).find((x) => x.owner !== 'VP Sales')!.recommendation.id;
    // Re-pinned after rubric review 15 (edits 4 and 7, h-rub18a): two acme actions fewer moved the promoted one to ids[25],
    // so the dropped one is the next, ids[26] (the precondition below keeps the four apart). Re-pinned after c03a971: the
    // strategy's step (Q2.7, read by the auditor) fires and moves the promoted one to ids[26], so the others move up by one.
    const [a, c, d, e] = [ids[10]!, ids[27]!, ids[31]!, ids[32]!];
    expect([a, c, d, e]).not.toContain(b);
    const readout = readoutOf(`${HEAD}headline: H
priorities: [{ action: ${a} }]
plan:
  size: 8
  promote: [${b}]
  drop: [${c}]
  merge: [{ actions: [${d}, ${e}], action: "Both at once" }]
  rewrite: { ${a}: "In my words" }
`);
    const view = buildReportView(set, sheets, scores, { names: false, readout });
    const all = [...view.actionPlan.flatMap((h) => h.actions), ...view.backlog];
    const byNumber = [...all].sort((x, y) => x.rank - y.rank);
    expect(byNumber.map((x) => x.rank)).toEqual(byNumber.map((_, i) => i + 1));
    // Eight: the gates and the recount with Finance's shadow credit it waits for, the priority, the promoted action and what they wait for.
    expect(view.planCount).toBe(8);
    expect(view.actionPlan.flatMap((h) => h.actions)).toHaveLength(8);
    // The readout's priority, after the steps freeing managers' time, which page one always leads with.
    expect(view.priorities[0]!.id).toBe('free-manager-time');
    expect(view.priorities.map((p) => p.id).sort()).toEqual(['free-manager-time', 'cut-demands-on-managers', a].sort());
    expect(view.priorities.find((p) => p.id === a)!.action).toBe('In my words');
    const number = (id: string) => all.find((x) => x.id === id)?.rank;
    // The priority and the promoted action are always shown (with any prerequisite of theirs),
    // numbered by horizon like the rest of the plan; the priority is marked for page one.
    expect(number(a)!).toBeLessThanOrEqual(8);
    expect(number(b)!).toBeLessThanOrEqual(8);
    expect(all.filter((x) => x.pageOne !== null).map((x) => x.id)).toEqual(view.priorities.map((p) => p.id));
    const shownHorizons = view.actionPlan.flatMap((h) => h.actions).map((x) => x.horizon);
    expect(shownHorizons).toEqual([...shownHorizons].sort((x, y) => x - y));
    expect(number(c)).toBeUndefined();
    expect(number(e)).toBeUndefined();
    expect(all.find((x) => x.id === d)!.action).toBe('Both at once');
    expect(all.find((x) => x.id === d)!.mergedFrom).toEqual([e]);
    expect(view.actionCount).toBe(ids.length - 2);
    // Every cross-reference points to a number the reader sees, and a prerequisite comes first.
    for (const x of all) for (const n of x.after) expect(n).toBeLessThan(x.rank);
    for (const x of all) for (const n of [...x.after, ...x.neededBy]) expect(byNumber[n - 1]).toBeDefined();
  });
  it("without a readout: page one's priorities keep their plan numbers and are in the shown plan, and no why carries a decimal or a rank sentence", () => {
    // Page one lists the shown plan's first five items, #1 to #5, so it skips no number; free-manager-time (the gate) is #1.
    expect(plain.priorities.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(plain.plan.filter((a) => a.pageOne !== null).map((a) => [a.rank, a.pageOne])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    for (const p of plain.priorities) expect(p.why).not.toMatch(/\d\.\d{3}|rank|priority/i);
    expect(plain.prioritiesText).not.toMatch(/rank/i);
    // At most the plan size (12). Re-pinned (h-plan16): 11, as managers carry the running one-to-ones
    // at 90 days and the team meeting waits (tests/unit/plan-acme.test.ts). 12 after the merge with h-rub16c:
    // write-team-plans waits for the team meeting, lifting its order priority, so it is shown and the one-to-ones wait.
    // 11 after rubric review 17 (h-rub19a): the card moved to 90, where no owner has room for another row (plan-acme.test.ts).
    // 12 on the merge with h-plan19: Finance's test of the discount limit (30 days, the finance lead's, who has room) is the twelfth row.
    expect(plain.planCount).toBe(12);
    expect(plain.backlog).toHaveLength(plain.actionCount - 12);
  });
});
