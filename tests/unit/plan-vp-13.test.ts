// The plan after the thirteenth VP reading's left items (issue 20): each class is checked over every
// action of the four rubrics, or on acme with and without examples/readout.yaml, so a new step or
// a new layout that breaks it fails here. Each test failed on main fb75665.
import { describe, expect, it } from 'vitest';
import { layoutPlan, NO_EDITS, type PlanItem, type PlanShape } from '../../src/core/report/number-plan.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { shapePlan, type ShapeItem } from '../../src/core/scoring/shape-plan.js';
import { backlogHeadline } from '../../src/core/report/wait-reason.js';
import { countText } from '../../src/core/report/format.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { acmeViews, defaultTemplate } from '../helpers/report-fixtures.js';

const { set, view, plain } = acmeViews();
const actions = set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations));
const byId = new Map(actions.map((a) => [a.id, a]));

/**
 * How an action's text names each owner of the catalog other than "first-line managers" (managers'
 * light steps, under an hour a month, are the rubric's own rule: plan-structure.ts LIGHT_ON_MANAGERS).
 */
const NAMED_AS: Record<string, string> = { 'vp-sales': 'the VP Sales', finance: 'Finance', marketing: 'marketing', hr: 'HR', 'sales-ops': 'sales operations', enablement: 'enablement' };
/** A clause that asks an owner's time: written or costed with them, their approval, their advice, their reading. */
const asksTimeOf = (clause: string, named: string) =>
  new RegExp(`\\bwith\\b[^,]*\\b${named}\\b(?! compiling)|approved by ${named}\\b|\\b${named} approves\\b|\\b${named}'s? approval|\\b${named} advising|\\bsend ${named}\\b.* to read`, 'i').test(clause);

function markdown(v: ReportView): string {
  const result = renderMarkdown(defaultTemplate(), { ...v, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe("an owner's load counts every hour a step asks of them, wherever the step states it", () => {
  it('every owner of the catalog has a name the check below looks for', () => {
    expect(Object.keys(set.owners ?? {}).filter((key) => key !== 'first-line-managers').sort()).toEqual(Object.keys(NAMED_AS).sort());
  });

  it('a step co-written with, advised, approved or read by another owner spends that owner\'s time (`spends:`), so the capacity rule counts it', () => {
    const unspent: string[] = [];
    for (const a of actions) {
      for (const [key, named] of Object.entries(NAMED_AS)) {
        if (key === a.owner || key === a.spends) continue;
        const clause = a.action.split(/[.;]/).find((c) => asksTimeOf(c, named));
        if (clause !== undefined) unspent.push(`${a.id} asks ${key}: "${clause.trim()}"`);
      }
    }
    expect(unspent).toEqual([]);
    // The ones the reading counted by hand: the shadow credit and the quota costing written with the
    // VP Sales, the team plans' targets and each rep's result the VP Sales approves.
    for (const id of ['agree-shadow-credit', 'cost-manager-quota-and-span', 'write-team-plans', 'agree-one-result-per-rep']) expect(byId.get(id)!.spends, id).toBe('vp-sales');
  });

  it('on acme, a plan row that spends the VP Sales\' time is in the VP Sales\' count (the shadow credit, owned by Finance, at 30 days)', () => {
    const credit = view.plan.find((a) => a.id === 'agree-shadow-credit')!;
    expect(credit.spendsText).toBe('VP Sales');
    expect(view.ownerLoadText).toMatch(/the VP Sales 3 at 30 days/);
    // Its three at 30 days are the two steps that free managers' time and this one.
    expect(view.plan.filter((a) => a.horizon === 30 && (a.ownerText === 'VP Sales' || a.spendsText === 'VP Sales')).map((a) => a.id).sort()).toEqual(['agree-shadow-credit', 'cut-demands-on-managers', 'free-manager-time']);
  });
});

describe("a step that takes managers' time starts after the step that frees it (the gate)", () => {
  it.each([
    ['with the readout', view],
    ['without a readout', plain],
  ])('acme %s: every shown row owned by managers, or spending their time, is after every shown freeing step', (_, v) => {
    const managers = 'First-line sales managers';
    const gates = v.plan.filter((a) => a.id === 'free-manager-time' || a.id === 'cut-demands-on-managers').map((a) => a.rank);
    expect(gates.length).toBe(2);
    // Re-pinned (h-plan16): the hand-over spends managers' time itself (fourteenth VP reading, class
    // 1.3), so the gates are left out of the rows that wait for them.
    const theirs = v.plan.filter((a) => (a.ownerText === managers || a.spendsText === managers) && !gates.includes(a.rank));
    // The monthly team meeting (a light step that requires neither gate in the rubric) among them.
    // Re-pinned after the merge with h-rub16c: write-team-plans waits for the meeting, which lifts its order priority,
    // so it is in the plain plan too (the one-to-ones wait there instead).
    // Re-pinned (h-plan19, VP 17 item 19): without a readout the meeting waits (Finance's test of the discount limit takes a place of the 12).
    // Re-pinned on the merge with h-rub19a: its plan has the meeting at 90 without a readout too (plan-vp-14), beside Finance's test.
    expect(theirs.some((a) => a.id === 'hold-monthly-team-meeting')).toBe(true);
    expect(theirs.length).toBeGreaterThan(0);
    for (const a of theirs) for (const gate of gates) expect(a.after, `#${a.rank} ${a.id}`).toContain(gate);
    for (const a of theirs) expect(a.horizon, a.id).toBeGreaterThan(30);
  });

  const shape = (declined: boolean): { items: PlanItem[]; shape: PlanShape } => ({
    items: [
      { id: 'gate', rank: 1, horizon: 30, after: [], neededBy: [], declined: declined ? 'd1' : null },
      { id: 'meeting', rank: 2, horizon: 60, after: [], neededBy: [] },
      { id: 'guide', rank: 3, horizon: 60, after: [], neededBy: [] },
    ],
    shape: { size: 12, ownerOf: (id) => (id === 'gate' || id === 'guide' ? 'vp' : 'managers'), usesOf: () => [], capacity: [{ id: 'gate', owner: 'managers', horizon: 30 }] },
  });

  it('the layout puts the gate before a managers\' step its rubric does not make wait, and before nothing else', () => {
    const { items, shape: s } = shape(false);
    const layout = layoutPlan(items, NO_EDITS, s);
    expect(layout.after.get('meeting')).toEqual(['gate']);
    expect(layout.after.get('guide')).toEqual([]);
    expect(layout.neededBy.get('gate')).toEqual(['meeting']);
  });

  it('a gate leadership declined frees nothing, so the light step goes ahead without it', () => {
    const { items, shape: s } = shape(true);
    const layout = layoutPlan(items, NO_EDITS, s);
    expect(layout.after.get('meeting')).toEqual([]);
    expect(layout.horizon.get('meeting')).toBe(60);
  });
});

describe('a build is done within the horizon of the step it is built for, before it', () => {
  const item = (id: string, horizon: Horizon, after: string[] = [], build = false): ShapeItem => ({ id, horizon, owner: id, after, build });

  it('a build and its step share a horizon; an ordinary prerequisite still holds its dependant a horizon later', () => {
    const plan = shapePlan([item('credit', 30, [], true), item('hand-over', 30, ['credit']), item('recount', 30, ['hand-over'])], 12, [], []);
    expect(plan.shown.get('credit')).toBe(30);
    expect(plan.shown.get('hand-over')).toBe(30);
    expect(plan.shown.get('recount')).toBe(60);
  });

  it.each([
    ['with the readout', view],
    ['without a readout', plain],
  ])('acme %s: the shadow credit the hand-over promises is priced first, in the same 30 days, and numbered before it', (_, v) => {
    const credit = v.plan.find((a) => a.id === 'agree-shadow-credit')!;
    const handOver = v.plan.find((a) => a.id === 'free-manager-time')!;
    expect(credit.horizon).toBe(30);
    expect(handOver.horizon).toBe(30);
    expect(credit.rank).toBeLessThan(handOver.rank);
    expect(handOver.after).toContain(credit.rank);
  });

  it.each([
    ['with the readout', view],
    ['without a readout', plain],
  ])('acme %s: every shown row comes after what it waits for: a build in its horizon or before, anything else a horizon before', (_, v) => {
    const shown = new Map(v.plan.map((a) => [a.rank, a]));
    for (const a of v.plan) {
      for (const rank of a.after) {
        const p = shown.get(rank);
        expect(p, `#${a.rank} waits for #${rank}, not in the plan`).toBeDefined();
        expect(rank).toBeLessThan(a.rank);
        if (byId.get(p!.id)?.build === true) expect(p!.horizon).toBeLessThanOrEqual(a.horizon);
        else expect(p!.horizon, `#${a.rank} after #${rank}`).toBeLessThan(a.horizon);
      }
    }
  });
});

describe('page one says in one line what the plan deliberately leaves out of its 90 days', () => {
  it.each([
    ['with the readout', view],
    ['without a readout', plain],
  ])('acme %s: the count of waiting actions, their main reason and the first in line, as the backlog has them', (_, v) => {
    const waiting = v.backlog.filter((a) => a.wait?.kind !== 'covered');
    const first = waiting.find((a) => a.wait?.kind !== 'build')!;
    // Groundwork is not a reason of its own (it waits because what it is built for waits): since the merge of
    // set 2026.12.13 acme's 14 builds outnumber the VP Sales' 13, and page one named the builds as the main reason.
    const largestReason = [...v.backlogGroups].filter((g) => g.kind !== 'covered' && g.kind !== 'build').sort((x, y) => y.actions.length - x.actions.length)[0]!;
    // Re-pinned (c03a971): 2.7's step fires and waits with the VP Sales, so without a readout the two tie at 14; a tie
    // is still a case the exclusion decides (a sort by size alone could name the builds), so the counts are pinned exactly.
    // Re-pinned again at the integration of h-rub18a (the CRM's load, a build, no longer fires: 13 builds) with c03a971:
    // with the readout the two tie at 13, without one the VP Sales' 14 lead; both cases still pinned exactly.
    // Re-pinned after rubric review 17 (edit 12): the skills briefing is a build that waits with the assessment (14 builds);
    // the builds still never name the main reason, which stays the VP Sales' room.
    // Re-pinned on the merge of h-plan19, h-rub19a and h-rub19b: the VP Sales' own group is 12 with the readout and 13
    // without (one fewer each than h-rub19b's branch counted: in the combined plan the VP Sales' rows that wait change with
    // h-plan19's Finance test and h-rub19a's interviews); the 14 builds still outnumber it, so the exclusion still decides.
    expect([v.backlogGroups.find((g) => g.kind === 'build')!.actions.length, largestReason.actions.length]).toEqual(v === view ? [14, 12] : [14, 13]);
    // Re-pinned (h-plan16): where page one asks for that owner's capacity (D5), the line points to it; else the first in line.
    const capacity = v.decisions.find((d) => d.id === 'owner-capacity');
    // Re-pinned (pg1-17): with D5 asked, the line counts that owner's group, not the largest (the groundwork's 14 outnumber the VP Sales' 12 on acme).
    const counted = [...v.backlogGroups].filter((g) => g.kind !== 'covered');
    const largest = (capacity === undefined ? undefined : counted.find((g) => g.text.startsWith('The VP Sales has no room for these'))) ?? counted.sort((x, y) => y.actions.length - x.actions.length)[0]!;
    // Re-pinned (VP review 16, class 7: page one's 37 beside the plan's and the deck's 41): the backlog's whole count, then the reason.
    // Re-pinned (fx-pg19): with D5 asked, its why says the count and the owner's share ("12 of the 41 backlog
    // actions"), and the line, which said them again, is left out: page one on Letter had no line for both.
    expect(v.notInPlanText).toBe(capacity === undefined ? `Deliberately not in these 90 days: the ${countText(v.backlog.length)} backlog actions; ${largest.actions.length} because the VP Sales has no room; first in line, ${first.title.charAt(0).toLowerCase()}${first.title.slice(1)} (#${first.rank}).` : '');
    expect(capacity?.finding).toBe(`The VP Sales has no room for ${largest.actions.length} of the ${countText(v.backlog.length)} backlog actions within 90 days.`);
    expect(capacity?.label).toBe('D5');
    expect(largest.text).toMatch(/^The VP Sales has no room for these within 90 days/);
  });

  it('it is on page one (before the first section after the executive summary) in Markdown', () => {
    const md = markdown(view);
    const pageOne = md.slice(0, md.indexOf('\n## ', md.indexOf('## Executive summary') + 1));
    // Re-pinned (fx-pg19): on acme the capacity decision's why says it (the line is left out, above).
    expect(view.notInPlanText).toBe('');
    expect(pageOne).toContain(`of the ${countText(view.backlog.length)} backlog actions within 90 days`);
  });

  it('where only covered actions are left out, nothing waits, and nothing is said', () => {
    const covered = { rank: 9, title: 'End each one-to-one with a written action', wait: { kind: 'covered' as const, rank: 4, due: 60 } };
    expect(backlogHeadline([covered], [{ kind: 'covered', ownerSaid: false, text: '', short: '', actions: [covered] }], 12)).toBe('');
  });
});
