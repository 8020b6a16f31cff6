// VP reading 17, class C (the plan's load, order and gates; h-plan19). Each expectation is read off
// the view and the layout, not acme's printed figures, so a branch that moves acme's plan keeps it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { planDate } from '../../src/core/report/plan-calendar.js';
import { GATE_DECISION_DAYS } from '../../src/core/scoring/config.js';
import { readableDate } from '../../src/core/report/format.js';
import { acmeViews, defaultSet } from '../helpers/report-fixtures.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { shapePlan, type ShapeItem } from '../../src/core/scoring/shape-plan.js';
import { CAPACITY_PER_HORIZON } from '../../src/core/scoring/capacity.js';

const { view, plain } = acmeViews();
const readout = parse(readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8')) as { decided: string; blackout?: { from: string; to: string }[] };
const calendar = { decided: readout.decided, blackout: readout.blackout ?? [], quotaYearEnd: null, moves: [] };

describe("the managers' gate has a dated fallback (VP 17, item 20)", () => {
  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])('acme %s: the gate row names every later step of a held manager, each moved by the days leadership takes, with its date', (label, v) => {
    const shown = v.actionPlan.flatMap((h) => h.actions);
    const gate = shown.find((a) => /starts no further step of the plan/.test(a.doneText ?? ''));
    expect(gate, 'a shown row states the gate').toBeDefined();
    const recountDay = Number(/at (\d+) days must find/.exec(gate!.doneText!)?.[1]);
    expect(recountDay).toBeGreaterThan(0);
    const managers = 'First-line sales managers';
    const recount = /^#(\d+)'s recount/.exec(gate!.doneText!)?.[1];
    const held = shown.filter((a) => a.rank !== gate!.rank && String(a.rank) !== recount && a.due > recountDay && (a.ownerText === managers || a.spendsText === managers));
    expect(held.length, 'acme has managers\' steps after the recount').toBeGreaterThan(0);
    const text = gate!.doneText!;
    expect(text).toContain(`up to ${GATE_DECISION_DAYS} days later`);
    for (const a of held) {
      const moved = a.due + GATE_DECISION_DAYS;
      // "#7, #8 and #9 to day 90 (23 March 2027)": each held row sits in the group of its moved day.
      const date = label === 'with the readout' ? ` \\(${readableDate(planDate(calendar, moved))}\\)` : '';
      const group = new RegExp(`((?:#\\d+(?:, | and ))*#\\d+) to day ${moved}${date}`).exec(text);
      expect(group, `#${a.rank} moved to day ${moved} in: ${text}`).not.toBeNull();
      expect(group![1]!.split(/, | and /)).toContain(`#${a.rank}`);
    }
    // No row outside the held ones is said to move.
    const named = [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1])).filter((r) => String(r) !== recount);
    expect(new Set(named)).toEqual(new Set(held.map((a) => a.rank)));
  });
});

describe('an idle owner takes a step its own owner has no room for (VP 17, item 23)', () => {
  const item = (id: string, horizon: Horizon, owner: string, extra: Partial<ShapeItem> = {}): ShapeItem => ({ id, horizon, owner, after: [], ...extra });

  it("shapePlan: a step goes to its alternative only when its own owner has no room in any horizon, and in the alternative's first horizon with room", () => {
    // Nine of the VP's at 30 days fill the VP's three places in each horizon.
    const vpFull = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => item(id, 30, 'vp'));
    const plan = shapePlan([item('m', 30, 'mkt'), item('n', 30, 'mkt'), item('o', 30, 'mkt'), ...vpFull, item('x', 30, 'vp', { alternative: 'mkt' })], 20, [], [], 3);
    expect(plan.shown.get('x')).toBe(60);
    expect(plan.reassigned.get('x')).toBe('mkt');
    // With room of its own (the cap raised), it stays its owner's.
    const roomy = shapePlan([...vpFull, item('x', 30, 'vp', { alternative: 'mkt' })], 20, [], [], 4);
    expect(roomy.reassigned.has('x')).toBe(false);
    expect(roomy.shown.get('x')).toBe(90);
    // Without an alternative it waits for its owner's room.
    expect(shapePlan([...vpFull, item('x', 30, 'vp')], 20, [], [], 3).waits.get('x')).toEqual({ kind: 'full', owner: 'vp' });
    // A full slot is no owner's lack of room: it never hands the step over.
    const slotted = shapePlan([item('s1', 30, 'mkt', { slot: 'p' }), item('s2', 60, 'mkt', { slot: 'p' }), item('s3', 90, 'mkt', { slot: 'p' }), item('x', 30, 'vp', { slot: 'p', alternative: 'mkt' })], 12, [], [], 3, new Map([['p', 1]]));
    expect(slotted.reassigned.has('x')).toBe(false);
    expect(slotted.waits.get('x')).toEqual({ kind: 'slot', slot: 'p' });
    // An alternative with no room either: it waits, said under its own owner.
    const both = shapePlan([...vpFull, ...['j', 'k', 'l', 'p', 'q', 'r', 's', 't', 'u'].map((id) => item(id, 30, 'mkt')), item('x', 30, 'vp', { alternative: 'mkt' })], 30, [], [], 3);
    expect(both.waits.get('x')).toEqual({ kind: 'full', owner: 'vp' });
  });

  it("acme with the readout: each row given to its alternative is its owner's by the set's `alternatives`, its own owner full where it could start, and the plan text says so", () => {
    const set = defaultSet();
    const shown = view.actionPlan.flatMap((h) => h.actions);
    const moved = shown.filter((a) => a.ownerMovedFrom !== undefined);
    expect(moved.length, 'the readout plan gives a step to an idle owner').toBeGreaterThan(0);
    for (const a of moved) {
      expect(Object.keys(set.alternatives ?? {})).toContain(a.id);
      // Its own owner carries the cap in this horizon and every later one, as the load says.
      for (const h of [30, 60, 90].filter((h) => h >= a.horizon)) expect(view.ownerLoadText).toMatch(new RegExp(`the ${a.ownerMovedFrom!} [^;]*\\b${CAPACITY_PER_HORIZON} at ${h}\\b`));
      expect(view.planText).toContain(`#${a.rank} goes to the ${a.ownerText.replace(/^./, (c) => c.toLowerCase())}, as the ${a.ownerMovedFrom} has no room for it.`);
    }
    // A row moved to its alternative is no role the client lacks.
    expect(view.ownerLoadText).not.toMatch(/has no VP Sales/);
  });
});

describe("D5 accounts for exactly the owner's waiting actions, and the plan is re-cut for the hire (VP 17, item 4)", () => {
  it('acme with the readout: the hire takes nothing before it is recruited, each of its steps dated within the plan and no sooner than its own horizon, at most the cap a horizon', () => {
    const d5 = view.decisions.find((d) => d.id === 'owner-capacity');
    expect(d5, 'acme has a capacity decision').toBeDefined();
    // Re-pinned (fx-pg19): the why gives the owner's share of the whole backlog ("12 of the 41 backlog actions").
    const owner = /^The (.+) has no room for (?:the )?(\w+)(?: of the \w+)? backlog actions?/.exec(d5!.finding);
    expect(owner).not.toBeNull();
    const waiting = view.backlog.filter((a) => a.wait?.kind === 'full' && a.wait.own && a.wait.ownerText === owner![1]).map((a) => a.rank);
    // Every waiting action is named once in the recommendation; the only others are the preparation it names as such.
    const named = [...d5!.recommendation.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
    // The preparation the hire takes with them: the owner's own backlog steps that prepare a waiting one (wait kind "build").
    const preps = view.backlog.filter((a) => a.wait?.kind === 'build' && a.ownerText === owner![1] && named.includes(a.rank)).map((a) => a.rank);
    for (const r of waiting) expect(named, `#${r} in D5`).toContain(r);
    expect(new Set(named.filter((r) => !waiting.includes(r)))).toEqual(new Set(preps));
    // Dated: "#24, #26 and #27 by day 60 and #46, #51 and #52 by day 90".
    const dated = [...d5!.recommendation.matchAll(/((?:#\d+(?:, | and ))*#\d+) by day (\d+)/g)].flatMap((m) => [...m[1]!.matchAll(/#(\d+)/g)].map((r) => ({ rank: Number(r[1]), day: Number(m[2]) })));
    expect(dated.length).toBeGreaterThan(0);
    // The dates are the pointer: no "→ Backlog" for steps hired for (planText empty).
    expect(d5!.planText).toBe('');
    for (const { rank, day } of dated) {
      const row = view.backlog.find((a) => a.rank === rank)!;
      expect(day, `#${rank}`).toBeGreaterThan(30);
      expect(day).toBeLessThanOrEqual(90);
      expect(day).toBeGreaterThanOrEqual(row.rubricHorizon);
      // What it waits for among the hire's steps is dated no later (a preparation in the same horizon).
      for (const p of row.after) {
        const before = dated.find((x) => x.rank === p);
        if (before !== undefined) expect(before.day).toBeLessThanOrEqual(day);
      }
    }
    for (const day of new Set(dated.map((x) => x.day))) expect(dated.filter((x) => x.day === day).length).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
  });
});

describe("the capacity decision's recruiting is in its owner's load (VP 17, item 18)", () => {
  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])("acme %s: the owner page one asks a second person for carries the decision's recruiting in the first horizon's cell", (_, v) => {
    const d = v.decisions.find((x) => x.id === 'owner-capacity');
    expect(d).toBeDefined();
    const owner = /^The (.+) has no room/.exec(d!.finding)![1]!;
    const by = /recruited by the (.+?) by day (\d+)/.exec(d!.recommendation);
    expect(by, d!.recommendation).not.toBeNull();
    expect(by![1]).toBe(owner);
    expect(v.ownerLoadText).toMatch(new RegExp(`the ${owner} (?:none|\\d+) at ${by![2]} days and ${d!.label}'s recruiting[,;.]`));
    // Said once, under that owner only.
    expect(v.ownerLoadText.split(`${d!.label}'s recruiting`)).toHaveLength(2);
  });
});
