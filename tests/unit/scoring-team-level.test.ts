// When an action fires (issue 19): actions are steps between levels. The team level is the median
// respondent's level (the lower middle on an even count); an action fires when the team level is
// in its `at`; the plan holds one item per question, that step, with at most the next one riding on
// it in a later horizon.
import { describe, expect, it } from 'vitest';
import { loadRubricSet, type RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { teamLevel } from '../../src/core/scoring/recommendation-fires.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { tallyOf } from '../helpers/answer-tally.js';
import { sheet } from '../helpers/scoring-fixtures.js';

const answers = (...scores: (number | null)[]) => tallyOf(scores.map((score) => ({ score })));

describe('teamLevel: the median respondent', () => {
  it('one respondent: their score', () => {
    for (const score of [0, 1, 2, 3, 4]) expect(teamLevel(answers(score))).toBe(score);
  });
  it('an odd count: the middle score, whatever the mean', () => {
    expect(teamLevel(answers(1, 1, 4))).toBe(1); // mean 2.0
    expect(teamLevel(answers(4, 0, 3))).toBe(3);
  });
  it('an even count: the lower of the two middle scores (the plan serves the weaker half)', () => {
    expect(teamLevel(answers(0, 4))).toBe(0);
    expect(teamLevel(answers(3, 1, 2, 4))).toBe(2);
  });
  it('n/a and unanswered count neither way; nobody scored is no level', () => {
    expect(teamLevel(answers(null, 3, null))).toBe(3);
    expect(teamLevel(answers(null, null))).toBeNull();
  });
});

// A ladder 0..4 with a step from each of 0, 1, 2 and 3, the step from 1 in two ordered actions,
// and a question in another imperative whose action gates one of them (requires).
const LADDER = `id: ladder
title: Ladder
summary: S.
questions:
  - id: plan
    measures: Whether each rep has a plan.
    prompt: P?
    help: H.
    levels:
      - { score: 0, label: Absent, description: None of three. }
      - { score: 1, label: Started, description: One of three. }
      - { score: 2, label: Half, description: Two of three. }
      - { score: 3, label: All, description: All three. }
      - { score: 4, label: Kept, description: All three and revised this quarter. }
    recommendations:
      - { id: write-template, at: 0, action: Write the template., horizon: 30, owner: ops }
      - { id: fill-plans, at: 1, action: Fill in a plan with each rep., horizon: 30, owner: managers, requires: [decide-capacity] }
      - { id: check-plans, at: 1, action: Check each plan in the one-to-one., horizon: 60, owner: managers, requires: [fill-plans] }
      - { id: review-plans, at: 2, action: Review plans monthly., horizon: 60, owner: managers }
      - { id: revise-plans, at: [3, 3], action: Revise plans each quarter., horizon: 90, owner: vp }
  - id: capacity
    measures: Whether managers have time to coach.
    prompt: C?
    help: H.
    levels:
      - { score: 0, label: None, description: None. }
      - { score: 1, label: Some, description: Some. }
      - { score: 2, label: Most, description: Most. }
      - { score: 3, label: All, description: All. }
    recommendations:
      - { id: decide-capacity, at: [0, 1], action: Decide managers' quota and span., horizon: 30, owner: vp }
`;
const MANIFEST = `owners:
  vp: { title: VP Sales }
  managers: { title: First-line managers }
  ops: { title: Sales operations, fallback: vp, assumed: absent }
`;

function ladderSet(): RubricSet {
  const { set, diagnostics } = loadRubricSet([
    { path: 'ladder.yaml', content: LADDER, size: LADDER.length },
    { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length },
  ]);
  expect(diagnostics).toEqual([]);
  return set!;
}

const team = (plan: number[], capacity: number[]) => plan.map((p, i) => sheet({ ladder: { plan: p, capacity: capacity[i]! } }, { name: `R${i}`, role: 'salesperson' }));
const planOf = (set: RubricSet, sheets: ReturnType<typeof team>, client?: { has?: string[]; lacks?: string[] }) =>
  scoreAudit(set, sheets, { client }).actions.map(
    (a) => `#${a.rank} ${a.recommendation.id} ${a.horizon}d ${a.owner}${a.after.length ? ` after ${a.after.join(',')}` : ''}${a.next === null ? '' : ` then ${a.next.recommendation.id} ${a.next.horizon}d`}`,
  );

describe('the plan: one item per question, the step from the team level, the next one riding on it', () => {
  it('a hand-computed example: plan answers 0, 1, 1, 3, 4 → team level 1; capacity 0, 0, 1, 2 → team level 0', () => {
    // plan: sorted 0 1 1 3 4, median 1 (mean 1.8: the mean would not name a level). The step from
    // 1 is fill-plans and check-plans (ordered by requires); each starts a horizon after what it
    // requires: fill-plans 60, check-plans 90, so no horizon is left for the next step, review-plans
    // (at 2), to ride on it. write-template (at 0) and
    // revise-plans (at 3) do not fire. capacity: 0 0 1 2 (and 3 for the fifth respondent: sorted
    // 0 0 1 2 3, median 1) → decide-capacity (at [0, 1]) fires; its next level 2 has no action.
    // Priority: plan attainment 1.8/4 → 1 − 0.45 = 0.55; capacity 1.2/3 → 0.6. decide-capacity
    // (0.6) first; fill-plans waits for it and check-plans for fill-plans.
    const sheets = team([0, 1, 1, 3, 4], [0, 0, 1, 2, 3]);
    expect(planOf(ladderSet(), sheets)).toEqual([
      '#1 decide-capacity 30d VP Sales',
      '#2 fill-plans 60d First-line managers after 1',
      '#3 check-plans 90d First-line managers after 2',
    ]);
  });

  it('a step that frees managers\' time plans what requires it a horizon later, like any prerequisite', () => {
    // The same answers, with decide-capacity marked `frees: managers`: the horizons are those of
    // any prerequisite (fill-plans 60, check-plans 90); what `frees` adds is the cap on managers'
    // new items in the shown plan (capacity.ts, tests/unit/shape-plan.test.ts).
    const gated = LADDER.replace('horizon: 30, owner: vp }', 'horizon: 30, owner: vp, frees: managers }');
    const { set, diagnostics } = loadRubricSet([{ path: 'ladder.yaml', content: gated, size: gated.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(diagnostics).toEqual([]);
    expect(planOf(set!, team([0, 1, 1, 3, 4], [0, 0, 1, 2, 3]))).toEqual([
      '#1 decide-capacity 30d VP Sales',
      '#2 fill-plans 60d First-line managers after 1',
      '#3 check-plans 90d First-line managers after 2',
    ]);
    // `frees` names an owner of the catalog, like `owner`.
    const unknown = LADDER.replace('horizon: 30, owner: vp }', 'horizon: 30, owner: vp, frees: manager }');
    const checked = loadRubricSet([{ path: 'ladder.yaml', content: unknown, size: unknown.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(checked.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['owner-unknown 31']);
  });

  it('the owner is resolved for the client: sales operations where the client has it, its fallback where not', () => {
    const sheets = team([0], [3]);
    // Team level 0: write-template; the next step is the first action at level 1, riding on it at 60 days.
    expect(planOf(ladderSet(), sheets)).toEqual(['#1 write-template 30d VP Sales then fill-plans 60d']);
    expect(planOf(ladderSet(), sheets, { has: ['ops'] })[0]).toBe('#1 write-template 30d Sales operations then fill-plans 60d');
    const told = [{ ...sheets[0]!, client: { has: ['ops'], lacks: [] } }];
    expect(planOf(ladderSet(), told)[0]).toBe('#1 write-template 30d Sales operations then fill-plans 60d');
    expect(planOf(ladderSet(), told, { lacks: ['ops'] })[0]).toBe('#1 write-template 30d VP Sales then fill-plans 60d');
  });

  it('a team at the top level, or at a level with no action, gets nothing for the question', () => {
    expect(planOf(ladderSet(), team([4, 4], [3, 3]))).toEqual([]);
  });

  it('the next step never leads to the top level: a team at 2 of 0-4 gets its step to 3 only', () => {
    // Team level 2: review-plans (at 2, to level 3); revise-plans (at 3) would lead to 4, the top.
    expect(planOf(ladderSet(), team([2], [3]))).toEqual(['#1 review-plans 60d First-line managers']);
    // Team level 3: revise-plans (90) is the step from where the team stands.
    expect(planOf(ladderSet(), team([3], [3]))).toEqual(['#1 revise-plans 90d VP Sales']);
  });

  it('a step that lifts more than one level says where to (`to:`): the next step is the one from there', () => {
    // Team level 0: write-template with `to: 2` lifts the team to 2, so the next step is
    // review-plans (from 2), not fill-plans (from 1); with `to: 3` the next step would lead to the
    // top level, so none rides on it.
    const to2 = LADDER.replace('{ id: write-template, at: 0,', '{ id: write-template, at: 0, to: 2,');
    const two = loadRubricSet([{ path: 'ladder.yaml', content: to2, size: to2.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(two.diagnostics).toEqual([]);
    expect(planOf(two.set!, team([0], [3]))).toEqual(['#1 write-template 30d VP Sales then review-plans 60d']);
    const to3 = LADDER.replace('{ id: write-template, at: 0,', '{ id: write-template, at: 0, to: 3,');
    const three = loadRubricSet([{ path: 'ladder.yaml', content: to3, size: to3.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(planOf(three.set!, team([0], [3]))).toEqual(['#1 write-template 30d VP Sales']);
    // `to` is a level score above the step's `at`.
    for (const bad of ['to: 0,', 'to: 7,']) {
      const wrong = LADDER.replace('{ id: write-template, at: 0,', `{ id: write-template, at: 0, ${bad}`);
      const checked = loadRubricSet([{ path: 'ladder.yaml', content: wrong, size: wrong.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
      expect(checked.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['action-at-not-a-level 16']);
    }
  });

  it('a next step that would need a horizon after 90 days is left out', () => {
    // check-plans (the first step's second action) at 90 days: review-plans has no later horizon.
    const later = LADDER.replace('action: Check each plan in the one-to-one., horizon: 60', 'action: Check each plan in the one-to-one., horizon: 90');
    const { set } = loadRubricSet([{ path: 'ladder.yaml', content: later, size: later.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(planOf(set!, team([1], [3]))).toEqual(['#1 fill-plans 30d First-line managers', '#2 check-plans 90d First-line managers after 1']);
  });

  it('an old `below: N` reads as at [lowest, N − 1]', () => {
    const old = LADDER.replace('{ id: write-template, at: 0,', '{ id: write-template, below: 2,');
    const { set, diagnostics } = loadRubricSet([{ path: 'ladder.yaml', content: old, size: old.length }, { path: '_set.yaml', content: MANIFEST, size: MANIFEST.length }]);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}`)).toContain('recommendation-below-deprecated 16');
    // Team level 1: write-template (below 2 = at [0, 1]) fires beside fill-plans.
    expect(planOf(set!, team([1], [3])).map((a) => a.split(' ')[1])).toEqual(['write-template', 'fill-plans', 'check-plans']);
  });
});
