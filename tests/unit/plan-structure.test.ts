// The plan's structure in the default rubrics and on acme (tenth consultant review, class C; tenth
// VP reading, class 4): who spends managers' time, the keystone's hand-over and recount, horizons
// by the doc's rule, the build behind the VP Sales' reports. Each test fails on the set of 2026.12.8.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { planShapeOf } from '../../src/core/report/page-one.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { LIGHT_ON_MANAGERS, REPORT_STEPS, SIXTY_BY_RULE } from '../helpers/plan-structure.js';

const set = defaultSet();
const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, { ...r, question: q }] as const))));
const FREEING = ['free-manager-time', 'cut-demands-on-managers'];
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const view = buildReportView(set, sheets, scores, { names: false });

describe('who spends managers\' time (C.1)', () => {
  it('a step that takes a manager under an hour a month is owned by someone else and spends none of their time', () => {
    for (const id of LIGHT_ON_MANAGERS) {
      const a = actions.get(id)!;
      expect(a, id).toBeDefined();
      expect(a.owner, id).not.toBe('first-line-managers');
      expect(a.spends, id).toBeUndefined();
    }
    // The ones the review listed no longer wait for the freeing steps at all (the costing and the recount keep an order).
    for (const id of LIGHT_ON_MANAGERS.filter((x) => x !== 'cost-manager-quota-and-span' && x !== 'recount-manager-time')) {
      expect(actions.get(id)!.requires.filter((r) => FREEING.includes(r)), id).toEqual([]);
    }
  });

  it('on acme, a VP Sales row that requires the keystone counts against the VP alone; a step that says it spends managers\' time counts against theirs', () => {
    const profile = view.plan.find((a) => a.id === 'write-manager-profile')!;
    // #8 of the tenth VP reading: VP-owned, no longer after the managers' gate.
    expect(profile.afterText).toBe('');
    // What the capacity rule counts (planShapeOf): the profile, which requires nothing, spends no
    // one else's time; the training, which says so, spends the managers' (as the plan names them).
    const shape = planShapeOf(scores, 12);
    expect(shape.usesOf('write-manager-profile')).toEqual([]);
    for (const id of ['adopt-coaching-model', 'follow-up-team-goals-behind-target', 'send-escalations-back']) expect(shape.usesOf(id), id).toEqual([]);
    expect(actions.get('train-managers-in-model')!.spends).toBe('first-line-managers');
    expect(shape.usesOf('train-managers-in-model')).toEqual(['First-line sales managers']);
  });
});

describe('the keystone: a 30-day hand-over, a 60-day recount that holds nothing back (C.2, VP class 4)', () => {
  it('splits the step: the hand-over is done at 30 days and hands back the lead on reps\' calls; the recount is its own 60-day step', () => {
    const free = actions.get('free-manager-time')!;
    expect([free.horizon, free.frees]).toEqual([30, 'first-line-managers']);
    expect(free.action).toMatch(/hand the lead on reps' calls back to\s+the reps/);
    expect(free.action).not.toMatch(/60 days/);
    const recount = actions.get('recount-manager-time')!;
    expect([recount.horizon, recount.owner, recount.requires, recount.frees]).toEqual([60, 'vp-sales', ['free-manager-time'], undefined]);
    expect(recount.action).toMatch(/decided within 30 days/);
    // No managers' step waits for the recount.
    for (const [id, a] of actions) if (a.owner === 'first-line-managers') expect(a.requires, id).not.toContain('recount-manager-time');
  });

  it('on acme, the managers\' steps start at 60 days after the hand-over, beside the recount, not after it', () => {
    const recount = view.plan.find((a) => a.id === 'recount-manager-time')!;
    expect(recount.horizon).toBe(60);
    const managers = view.plan.filter((a) => a.ownerText === 'First-line sales managers');
    expect(managers.filter((a) => a.horizon === 60).length).toBeGreaterThan(0);
    for (const a of managers) expect(a.afterText, a.id).not.toContain(`#${recount.rank}`);
  });
});

describe('horizons by the doc\'s rule (C.4)', () => {
  it('the steps that need every rep or manager once, or a cycle over a month, are 60 days', () => {
    for (const id of SIXTY_BY_RULE) expect(actions.get(id)?.horizon, id).toBe(60);
  });

  it('no 30-day step runs a cycle longer than 30 days or a recurring report', () => {
    const cycle = /six-week|weeks later|four weeks|\bmonthly\b|each month|every month|quarterly|each quarter|every quarter|next (eight|ten) messages/i;
    for (const [id, a] of actions) if (a.horizon === 30) expect(a.action, id).not.toMatch(cycle);
  });
});

describe('the build behind the VP Sales\' reports (C.5)', () => {
  it('one sales-operations build step, with no level of its own, that every recurring report step requires', () => {
    const build = actions.get('build-plan-reports')!;
    expect([build.owner, build.build, build.at, build.decision]).toEqual(['sales-ops', true, undefined, 'ops-capacity']);
    for (const id of REPORT_STEPS) expect(actions.get(id)?.requires, id).toContain('build-plan-reports');
    // Every step that sends a recurring report requires it (a report sent each month or quarter).
    for (const [id, a] of actions) if (/\bsend (each|every)\b[^.;]*\b(monthly|each month|each quarter|every month)\b|\bsend each \w+(, each month,| monthly)/i.test(a.action)) expect(a.requires, id).toContain('build-plan-reports');
  });

  it('ops-capacity fires at levels 0-2', () => {
    const q = actions.get('cut-demands-on-managers')!.question;
    expect(q.decision?.at).toEqual([0, 2]);
  });

  it('on acme, the build fires though its question stands at 1, is the VP Sales\' (no sales operations), and page one asks ops-capacity', () => {
    const build = [...view.plan, ...view.backlog].find((a) => a.id === 'build-plan-reports')!;
    expect(build.ownerText).toBe('VP Sales');
    expect(view.ownerLoadText).toContain("Sales operations' actions go to the VP Sales here");
    expect(view.decisions.map((d) => d.id)).toContain('ops-capacity');
    for (const a of [...view.plan, ...view.backlog]) if (REPORT_STEPS.includes(a.id)) expect(a.after.length === 0 ? a.waitText : a.afterText, a.id).toMatch(new RegExp(`#${build.rank}\\b`));
  });
});
