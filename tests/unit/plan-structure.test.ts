// The plan's structure in the default rubrics and on acme (tenth consultant review, class C; tenth
// VP reading, class 4): who spends managers' time, the keystone's hand-over and recount, horizons
// by the doc's rule, the build behind the VP Sales' reports. Each test fails on the set of 2026.12.8.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { planShapeOf } from '../../src/core/report/page-one.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { acmeViews, defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
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
      // Re-pinned after the thirteenth VP reading: none of the managers' time; the quota costing, written with the VP Sales, spends the VP's.
      expect(a.spends, id).not.toBe('first-line-managers');
    }
    // The ones the review listed no longer wait for the freeing steps at all (the costing and the recount keep an order).
    for (const id of LIGHT_ON_MANAGERS.filter((x) => x !== 'cost-manager-quota-and-span' && x !== 'recount-manager-time')) {
      expect(actions.get(id)!.requires.filter((r) => FREEING.includes(r)), id).toEqual([]);
    }
  });

  it('on acme, a VP Sales row that requires the keystone counts against the VP alone; a step that says it spends managers\' time counts against theirs', () => {
    // #8 of the tenth VP reading: VP-owned, not after the managers' gate. Since the twelfth VP
    // reading (1c) it follows the costing of quota and span and the reps' survey, so on acme it
    // waits in the backlog, for those, never for the gate.
    const profile = [...view.plan, ...view.backlog].find((a) => a.id === 'write-manager-profile')!;
    expect(profile.requires.filter((id) => FREEING.includes(id))).toEqual([]);
    // The vacancy search since the thirteenth rubric review (A3); on acme (level 1) it does not fire.
    // Re-pinned after rubric review 14 (edit 6): the profile no longer waits for the costing.
    expect(profile.requires).toEqual(['run-reps-survey-on-managers', 'open-manager-vacancy-search']);
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
    expect([recount.horizon, recount.owner, recount.requires, recount.frees]).toEqual([60, 'vp-sales', ['free-manager-time', 'agree-shadow-credit'], undefined]);
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
    expect([build.owner, build.build, build.at]).toEqual(['sales-ops', true, undefined]);
    for (const id of REPORT_STEPS) expect(actions.get(id)?.requires, id).toContain('build-plan-reports');
    // Every step that sends a recurring report requires it (a report sent each month or quarter).
    for (const [id, a] of actions) if (/\bsend (each|every)\b[^.;]*\b(monthly|each month|each quarter|every month)\b|\bsend each \w+(, each month,| monthly)/i.test(a.action)) expect(a.requires, id).toContain('build-plan-reports');
  });

  it('on acme, the build fires though its question stands at 1, and is the VP Sales\' (no sales operations); the report steps wait for it', () => {
    const build = [...view.plan, ...view.backlog].find((a) => a.id === 'build-plan-reports')!;
    expect(build.ownerText).toBe('VP Sales');
    for (const a of [...view.plan, ...view.backlog]) if (REPORT_STEPS.includes(a.id)) expect(a.after.length === 0 ? a.waitText : a.afterText, a.id).toMatch(new RegExp(`#${build.rank}\\b`));
  });
});

describe('shared slots and what a plan row already does (C.3, VP class 4)', () => {
  it('the set names its shared slots with their room, and the steps that claim them', () => {
    expect(set.slots).toEqual({
      'differentiation-practice': { title: "the team meeting's 15 minutes of differentiation practice", perHorizon: 2 },
      'skill-or-deal-block': { title: "the one-to-one's 15-minute skill-or-deal block", perHorizon: 2 },
    });
    const claimants = (slot: string) => [...actions].filter(([, a]) => a.slot === slot).map(([id]) => id).sort();
    // Re-pinned (fourteenth review): the card's reissue changes the card, outside the slot; its practice is practise-card-in-clients-words; practise-where-we-lose became practise-who-chooses-us-per-competitor.
    expect(claimants('differentiation-practice')).toEqual(['answer-within-a-minute', 'keep-practice-slot-monthly', 'learn-a-story-per-difference', 'practise-card-in-clients-words', 'practise-differentiation-monthly', 'practise-who-chooses-us-per-competitor', 'practise-why-we-win-per-competitor', 'story-per-difference']);
    // reassess-skills-every-six-months practises the next skill in the block (twelfth review, class I: reassessing alone closed no gap).
    expect(claimants('skill-or-deal-block')).toEqual(['map-each-buying-group', 'name-the-figure-per-client', 'practise-and-reassess-weakest-skill', 'reassess-skills-every-six-months', 'review-results-quarterly', 'write-how-the-client-makes-money']);
    // Every step whose text runs in a slot claims it, but the steps that set the slots up (the cadence, the coaching model).
    const setsUp = ['hold-one-to-ones-and-team-meetings', 'adopt-coaching-model'];
    for (const [id, a] of actions) if (/practice slot|monthly slot|15-minute (skill-or-deal )?block/.test(a.action) && !setsUp.includes(id)) expect(a.slot, id).toBeDefined();
  });

  it('on acme, no horizon starts more of a slot\'s steps than its room, with a plan of any size', () => {
    for (const planSize of [12, 20, 40]) {
      const wide = buildReportView(set, sheets, scores, { names: false, planSize });
      for (const [slot, { perHorizon }] of Object.entries(set.slots!)) {
        for (const horizon of [30, 60, 90]) expect(wide.plan.filter((a) => a.horizon === horizon && actions.get(a.id)!.slot === slot).length, `${slot} at ${horizon} (plan of ${planSize})`).toBeLessThanOrEqual(perHorizon);
      }
    }
  });

  it('on acme, the one-to-ones row covers the last-and-next action and the prospecting review: listed as done inside it, not as waiting', () => {
    // The readout's plan of 14, in which the cadence row is shown (in the default 12 it waits for room).
    // Re-pinned (h-plan16): with the readout's promotions; a plain plan of 14 has no room for the
    // monthly meeting now that the one-to-ones still run at 90 days (fourteenth VP reading, class 1.3).
    const view = acmeViews().view;
    const cadence = view.plan.find((a) => a.id === 'hold-one-to-ones')!;
    // The monthly team meeting fires on acme since the twelfth review (edit 4). Re-pinned on the
    // merge: the layout no longer counts write-message-guide's unprinted next step against the VP
    // Sales at 90 days, so in a plan of 14 the meeting is shown at 90 and covers the team's coaching.
    const meeting = view.plan.find((a) => a.id === 'hold-monthly-team-meeting')!;
    // Thirteenth review, A1: the target lists' day (plan-provided) does real-targets' half-day inside it.
    // Re-pinned after rubric review 15 (edit 4, h-rub18a): acme's reps hold named lists, so no lists' day fires and the
    // reasons' half-day is a plan row of its own (D3's), not covered.
    // Re-pinned after rubric review 17, edit 4 (h-rub19a): the card's row does the reissue inside it (covers).
    expect(view.backlog.filter((a) => a.wait?.kind === 'covered').map((a) => a.id).sort()).toEqual(['coach-the-team-monthly', 'end-one-to-ones-with-an-action', 'reissue-card-from-interviews', 'review-prospecting-in-one-to-ones']);
    expect(view.backlog.find((a) => a.id === 'coach-the-team-monthly')!.wait).toEqual({ kind: 'covered', rank: meeting.rank, due: meeting.horizon });
    const covered = view.backlog.filter((a) => a.wait?.kind === 'covered' && a.wait.rank === cadence.rank);
    expect(covered.map((a) => a.id).sort()).toEqual(['end-one-to-ones-with-an-action', 'review-prospecting-in-one-to-ones']);
    for (const a of covered) expect(a.wait).toEqual({ kind: 'covered', rank: cadence.rank, due: cadence.horizon });
    const group = view.backlogGroups.find((g) => g.kind === 'covered' && g.actions.includes(covered[0]!))!;
    // One status, said one way (eleventh VP reading, class 1: "#19 waits in the backlog" beside "#9 already does it").
    expect(group.text).toBe(`Part of #${cadence.rank} (within ${cadence.horizon} days), which already includes these, so they are not separate actions.`);
    // The count is said once, in the plan's line: what waits, and what a row covers.
    // Re-pinned after rubric review 15 (edit 4, h-rub18a): no lists' row covers real-targets' step on acme any more, so two
    // covering rows, said as one list (the thirteenth review's A1 case, a team with no named list, is
    // rubric-content-review-13's phone-book test).
    // Re-pinned after rubric review 17, edit 4 (h-rub19a): the card's row covers the reissue too, a third covering row.
    const card = view.plan.find((a) => a.id === 'hand-out-differences-card')!;
    expect(view.planText).toContain(`and ${view.backlog.length} more in the backlog: ${view.backlog.length - 4} wait, 1 is part of #${card.rank}, 2 of #${cadence.rank} and 1 of #${meeting.rank}.`);
    expect(view.backlogText).not.toContain(String(view.backlog.length - 4));
    // No group says a covered step waits, nor that its owner has no room for it.
    for (const g of view.backlogGroups) if (g.kind !== 'covered') for (const a of covered) expect(g.actions).not.toContain(a);
  });
});

describe('the load line counts a group per person (VP class 4)', () => {
  it('reads "each first-line sales manager", one figure per person, since each manager does every step of the group', () => {
    expect(view.ownerLoadText).toMatch(/; each first-line sales manager (none|\d) at 30 days, (none|\d) at 60 and (none|\d) at 90[.;]/);
    expect(view.ownerLoadText).not.toMatch(/first-line sales managers (none|\d) at/);
  });
});

describe("Finance's agreement on the reps' shadow credit is a dated action (VP class 4)", () => {
  it('fires with the recount, which waits for it; on acme it is a 30-day row of the Finance lead', () => {
    const agree = actions.get('agree-shadow-credit')!;
    expect([agree.owner, agree.build, agree.horizon]).toEqual(['finance', true, 30]);
    expect(actions.get('recount-manager-time')!.requires).toContain('agree-shadow-credit');
    // Re-pinned after the thirteenth VP reading ("#4 should come before #1"): the hand-over names reps to
    // run accounts on that credit, so it waits for it, in the same 30 days (a build, shape-plan.ts rule 5).
    expect(actions.get('free-manager-time')!.requires).toContain('agree-shadow-credit');
    const row = view.plan.find((a) => a.id === 'agree-shadow-credit')!;
    expect([row.horizon, row.ownerText]).toEqual([30, 'Finance lead']);
    expect(view.plan.find((a) => a.id === 'recount-manager-time')!.afterText).toContain(`#${row.rank}`);
  });
});
