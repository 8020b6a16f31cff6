// Which items the plan shows (src/core/scoring/shape-plan.ts) and the capacity rule
// (src/core/scoring/capacity.ts), on small lists worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HORIZONS } from '../../src/core/rubric/rubric-constants.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { CAPACITY_PER_HORIZON, capacityLeft, gatedHorizon, type CapacityStep } from '../../src/core/scoring/capacity.js';
import { shapePlan, type ShapeItem, type ShapedPlan } from '../../src/core/scoring/shape-plan.js';

const item = (id: string, horizon: Horizon, owner: string | null = 'vp', after: string[] = []): ShapeItem => ({ id, horizon, owner, after });
const shown = (plan: ShapedPlan) => [...plan.shown.keys()].sort();
const when = (plan: ShapedPlan) => Object.fromEntries([...plan.shown].sort(([a], [b]) => a.localeCompare(b)));

describe('shapePlan', () => {
  // Plan order a…l: five at 30 days, two at 60, five at 90; owners spread so the cap per
  // owner per horizon is not what decides here.
  const owners = ['o1', 'o2', 'o3', 'o4', 'o5'];
  const items = [
    item('a', 30, owners[0]), item('b', 30, owners[1]), item('c', 30, owners[2]), item('d', 30, owners[3]), item('e', 30, owners[4]),
    item('f', 60, owners[0]), item('g', 60, owners[1]),
    item('h', 90, owners[0]), item('i', 90, owners[1]), item('j', 90, owners[2]), item('k', 90, owners[3]), item('l', 90, owners[4]),
  ];

  it('takes items in plan order (priority) until the plan is full; what is left waits for room', () => {
    // Size 9: a to i, whatever their horizon (no share is kept for a horizon: the fifth VP reading
    // found 0.65-priority items at 90 days holding the slots of 0.98 ones at 60).
    const plan = shapePlan(items, 9, [], []);
    expect(shown(plan)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(plan.waits.get('j')).toEqual({ kind: 'size', room: 0, needs: 1 });
  });

  it('moves an item its owner has no room for to the next horizon that has room, not to the backlog', () => {
    const crowded = [item('a', 30), item('b', 30), item('c', 30), item('d', 30), item('e', 60)];
    const plan = shapePlan(crowded, 12, [], [], 2);
    // The cap of two: a, b at 30; c at 60 (room there), d at 60 too; e, the VP's third at 60, at 90.
    expect(when(plan)).toEqual({ a: 30, b: 30, c: 60, d: 60, e: 90 });
    // Full to the last horizon: it waits, and says whose slots are full.
    const more = shapePlan([...crowded, item('f', 30), item('g', 30)], 12, [], [], 2);
    expect(more.waits.get('g')).toEqual({ kind: 'full', owner: 'vp' });
  });

  it("counts a next step against its owner's cap in its own horizon: the cap is on what an owner carries at once, new or continuing (ninth VP reading, class 4a)", () => {
    // a, b at 30 days each continue at 60 (the VP's); with a cap of 3, c (60) has one place left at 60, d (60) moves to 90.
    const next = { owner: 'vp', horizon: 60 as Horizon };
    const plan = shapePlan([{ ...item('a', 30), next }, { ...item('b', 30), next }, item('c', 60), item('d', 60)], 12, [], [], 3);
    expect(when(plan)).toEqual({ a: 30, b: 30, c: 60, d: 90 });
    // A next step of another owner counts under that owner: marketing's item continued by the VP.
    const handed = shapePlan([{ ...item('m', 30, 'mkt'), next }, item('x', 60), item('y', 60), item('z', 60)], 12, [], [], 3);
    expect(when(handed)).toEqual({ m: 30, x: 60, y: 60, z: 90 });
    // An item that cannot carry its next step where it lands starts later; in the last horizon it has none.
    const full = shapePlan([item('p', 60), item('q', 60), item('r', 60), { ...item('s', 30), next }], 12, [], [], 3);
    expect(when(full)).toEqual({ p: 60, q: 60, r: 60, s: 90 });
  });

  it('takes an item with the fired prerequisites it waits for, each in the first horizon it can start in', () => {
    // i (90) waits for e (30), which size 9 would leave out at its rank: e is shown with i.
    const waiting = [...items.filter((x) => x.id !== 'e'), item('e', 30, 'o5')].map((x) => (x.id === 'i' ? item('i', 90, 'o2', ['e']) : x));
    const plan = shapePlan(waiting, 9, [], []);
    expect(plan.shown.get('e')).toBe(30);
    expect(plan.shown.get('i')).toBe(90);
    // A prerequisite held back a horizon takes its dependant with it.
    const held = shapePlan([item('p', 30, 'vp'), item('q', 30, 'vp'), item('r', 60, 'mkt', ['q'])], 12, [], [], 1);
    expect(when(held)).toEqual({ p: 30, q: 60, r: 90 });
  });

  it('never shows an item in the same horizon as a prerequisite: it starts once that is done', () => {
    // k (90) waits for h (90): k waits in the backlog, and says for what.
    const waiting = items.map((x) => (x.id === 'k' ? item('k', 90, 'o4', ['h']) : x));
    const plan = shapePlan(waiting, 12, [], []);
    expect(plan.shown.has('k')).toBe(false);
    expect(plan.shown.get('h')).toBe(90);
    expect(plan.waits.get('k')).toEqual({ kind: 'after', id: 'h' });
  });

  it('shows forced items first (the gate, decisions, page one, promoted), with what they wait for', () => {
    // l forced, waiting for e: e and l first; then a to g in plan order fill size 9.
    const waiting = items.map((x) => (x.id === 'l' ? item('l', 90, 'o5', ['e']) : x));
    expect(shown(shapePlan(waiting, 9, ['l'], []))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'l'].concat(['h']).sort());
  });
});

describe('the capacity rule', () => {
  const step: CapacityStep = { id: 'free', owner: 'mgr', horizon: 30 };

  it('plans what requires a prerequisite a horizon after it (the last stays the last)', () => {
    expect(gatedHorizon(30)).toBe(60);
    expect(gatedHorizon(60)).toBe(90);
    expect(gatedHorizon(90)).toBe(90);
  });

  it("caps every owner at CAPACITY_PER_HORIZON, and leaves nothing of a freed owner's in or before the step's horizon", () => {
    expect(CAPACITY_PER_HORIZON).toBe(3);
    // Any owner: three, then none.
    expect(capacityLeft([], { id: 'v', owner: 'vp', horizon: 30 }, 0)).toBe(3);
    expect(capacityLeft([], { id: 'v', owner: 'vp', horizon: 30 }, 3)).toBe(0);
    expect(capacityLeft([step], { id: 'v', owner: 'vp', horizon: 30 }, 1)).toBe(2);
    // The freed owner: none until the step's horizon has passed, then the same cap.
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 30 }, 0)).toBe(0);
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 60 }, 0)).toBe(3);
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 60 }, 3)).toBe(0);
    // The worked examples below use a cap of two, given explicitly, to stay small.
    expect(capacityLeft([], { id: 'v', owner: 'vp', horizon: 30 }, 1, 2)).toBe(1);
  });

  it('caps the shown plan for every owner, forced items included: what does not fit waits', () => {
    const items = [
      item('free', 30, 'vp'),
      item('v1', 30, 'vp'),
      item('v2', 30, 'vp'),
      item('m1', 30, 'mgr'),
      item('m2', 60, 'mgr', ['free']),
      item('m3', 60, 'mgr', ['free']),
      item('m4', 60, 'mgr', ['free']),
      item('k1', 30, 'mkt'),
    ];
    // 30 days: the forced free and v2 fill the VP's two, so v1 starts at 60; m1 not at 30 (the
    // step's own horizon) but at 60 with m2; m3 and m4 at 90 (the managers' two at 60 are taken).
    expect(when(shapePlan(items, 12, ['free', 'v2'], [step], 2))).toEqual({ free: 30, k1: 30, m1: 60, m2: 60, m3: 90, m4: 90, v1: 60, v2: 30 });
    // A forced item is bound by the cap too: with the VP full at 30, a third forced VP item starts at 60.
    expect(shapePlan(items, 12, ['free', 'v2', 'v1'], [step], 2).shown.get('v1')).toBe(60);
  });

  it("counts an action that spends a freed owner's time (`spends:`) against that owner's cap as well as its own; requiring the freeing step alone does not", () => {
    // Marketing presenting at the managers' team meeting says it spends their time.
    const uses = (x: ShapeItem): ShapeItem => ({ ...x, uses: ['mgr'] });
    const items = [item('free', 30, 'vp'), item('m1', 60, 'mgr', ['free']), uses(item('k1', 60, 'mkt', ['free'])), uses(item('k2', 60, 'mkt', ['free'])), item('k3', 60, 'mkt')];
    // 60 days: m1 and k1 take the managers' two; k2 (marketing's, but their time) starts at 90; k3 does not use it.
    expect(when(shapePlan(items, 12, [], [step], 2))).toEqual({ free: 30, k1: 60, k2: 90, k3: 60, m1: 60 });
    // The same marketing items without `spends`: requiring the step orders them after it, and takes none of the managers' room.
    const plain = [item('free', 30, 'vp'), item('m1', 60, 'mgr', ['free']), item('m2', 60, 'mgr', ['free']), item('k1', 60, 'mkt', ['free']), item('k2', 60, 'mkt', ['free'])];
    expect(when(shapePlan(plain, 12, [], [step], 2))).toEqual({ free: 30, k1: 60, k2: 60, m1: 60, m2: 60 });
  });

  it('starts at most the slot\'s room of steps in a shared slot per horizon; the rest start later, or wait saying which slot (tenth consultant review, C.3)', () => {
    const inSlot = (x: ShapeItem): ShapeItem => ({ ...x, slot: 'practice' });
    // Four owners, so the owners' cap is not what decides: the slot's two a horizon does.
    const items = [inSlot(item('p1', 60, 'o1')), inSlot(item('p2', 60, 'o2')), inSlot(item('p3', 60, 'o3')), inSlot(item('p4', 60, 'o4')), inSlot(item('p5', 60, 'o5')), item('x', 60, 'o1')];
    const plan = shapePlan(items, 12, [], [], 3, new Map([['practice', 2]]));
    expect(when(plan)).toEqual({ p1: 60, p2: 60, p3: 90, p4: 90, x: 60 });
    expect(plan.waits.get('p5')).toEqual({ kind: 'slot', slot: 'practice' });
    // A slot with no stated room holds any number; so does every step without a slot.
    expect(shapePlan(items, 12, [], [], 3).shown.size).toBe(6);
  });

  it('takes no place for an item a shown item covers: it is listed as covered, and what requires it waits for the covering item (tenth VP reading, class 4)', () => {
    const cadence: ShapeItem = { ...item('cadence', 30, 'mgr'), covers: ['close', 'coach'] };
    const items = [cadence, item('close', 60, 'mgr'), item('coach', 60, 'mgr'), item('later', 90, 'mgr', ['close']), item('other', 60, 'mgr')];
    const plan = shapePlan(items, 12, [], [], 3);
    expect(when(plan)).toEqual({ cadence: 30, later: 90, other: 60 });
    expect(plan.waits.get('close')).toEqual({ kind: 'covered', by: 'cadence' });
    expect(plan.waits.get('coach')).toEqual({ kind: 'covered', by: 'cadence' });
    // Not shown, the covering item covers nothing: each keeps its own reason.
    const small = shapePlan([item('first', 30, 'o1'), cadence, item('close', 60, 'mgr')], 1, [], [], 3);
    expect(small.waits.get('close')?.kind).toBe('size');
    // A forced item keeps its own place: someone chose it.
    expect(shapePlan(items, 12, ['close'], [], 3).shown.has('close')).toBe(true);
  });

  it('holds, on any plan: no owner over the cap in any horizon, no item beside its prerequisite in one horizon, never before its own horizon, never more than the size, and each item shown or saying why it waits', () => {
    const arbitraryPlan = fc
      .array(fc.record({ horizon: fc.constantFrom(...HORIZONS), owner: fc.constantFrom('vp', 'mgr', 'mkt', null), after: fc.array(fc.nat(20), { maxLength: 2 }) }), { minLength: 1, maxLength: 20 })
      .map((rows) =>
        // Prerequisites are earlier items (plan order puts them first), at the same or an earlier horizon.
        rows.map((r, i) => item(`x${i}`, r.horizon, r.owner, [...new Set(r.after.filter((p) => p < i && rows[p]!.horizon <= r.horizon).map((p) => `x${p}`))])),
      );
    fc.assert(
      fc.property(arbitraryPlan, fc.integer({ min: 1, max: 15 }), fc.boolean(), (plan, size, withStep) => {
        const steps: CapacityStep[] = withStep && plan[0]!.owner !== 'mgr' ? [{ id: plan[0]!.id, owner: 'mgr', horizon: plan[0]!.horizon }] : [];
        const result = shapePlan(plan, size, [], steps);
        expect(result.shown.size).toBeLessThanOrEqual(size);
        const byId = new Map(plan.map((x) => [x.id, x]));
        const load = new Map<string, number>();
        for (const [id, horizon] of result.shown) {
          const x = byId.get(id)!;
          expect(horizon).toBeGreaterThanOrEqual(x.horizon);
          const key = `${x.owner}/${horizon}`;
          load.set(key, (load.get(key) ?? 0) + 1);
          for (const p of x.after) {
            expect(result.shown.has(p)).toBe(true);
            expect(result.shown.get(p)!).toBeLessThan(horizon);
          }
          for (const s of steps) if (x.owner === s.owner && x.id !== s.id) expect(horizon).toBeGreaterThan(s.horizon);
        }
        for (const x of plan) expect(result.shown.has(x.id) !== result.waits.has(x.id)).toBe(true);
        // Waiting for room only when the item, with its prerequisites not shown, is more than the room left.
        const chain = (id: string, seen = new Set<string>()): number => {
          if (result.shown.has(id) || seen.has(id)) return 0;
          seen.add(id);
          return 1 + byId.get(id)!.after.reduce((n, p) => n + chain(p, seen), 0);
        };
        for (const [id, w] of result.waits) if (w.kind === 'size') expect(chain(id)).toBeGreaterThan(size - result.shown.size);
        for (const count of load.values()) expect(count).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
      }),
    );
  });
});
