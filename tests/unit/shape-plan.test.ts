// Which items the plan shows (src/core/scoring/shape-plan.ts) and the capacity rule
// (src/core/scoring/capacity.ts), on small lists worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HORIZONS } from '../../src/core/rubric/rubric-constants.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { CAPACITY_PER_HORIZON, capacityLeft, gatedHorizon, timeSpentBy, type CapacityStep } from '../../src/core/scoring/capacity.js';
import { horizonQuota, shapePlan, type ShapeItem } from '../../src/core/scoring/shape-plan.js';

const item = (id: string, horizon: Horizon, owner: string | null = 'vp', after: string[] = []): ShapeItem => ({ id, horizon, owner, after });
const shown = (set: Set<string>) => [...set].sort();

describe('horizonQuota: about a third per horizon, the remainder to the earliest', () => {
  it('12 → 4, 4, 4; 10 → 4, 3, 3; 1 → 1, 0, 0', () => {
    expect([...horizonQuota(12).values()]).toEqual([4, 4, 4]);
    expect([...horizonQuota(10).values()]).toEqual([4, 3, 3]);
    expect([...horizonQuota(1).values()]).toEqual([1, 0, 0]);
  });
});

describe('shapePlan', () => {
  // Plan order a…l: five at 30 days, two at 60, five at 90; owners spread so the cap per
  // owner per horizon is not what decides here.
  const owners = ['o1', 'o2', 'o3', 'o4', 'o5'];
  const items = [
    item('a', 30, owners[0]), item('b', 30, owners[1]), item('c', 30, owners[2]), item('d', 30, owners[3]), item('e', 30, owners[4]),
    item('f', 60, owners[0]), item('g', 60, owners[1]),
    item('h', 90, owners[0]), item('i', 90, owners[1]), item('j', 90, owners[2]), item('k', 90, owners[3]), item('l', 90, owners[4]),
  ];

  it('takes a third per horizon in plan order, and gives a slot a horizon cannot fill to the best remaining item', () => {
    // Size 9 → 3, 3, 3: a b c; f g (only two at 60); h i j; the spare slot goes to d (next in plan order).
    expect(shown(shapePlan(items, 9, [], []))).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j']);
  });

  it('takes an item with the fired prerequisites it waits for, placed when it is taken', () => {
    // i (90) waits for e (30), which the 30-day share leaves out: e is shown with i, in i's slot
    // (the prerequisite does not cost its dependant the slot); the spare slot is gone.
    const waiting = items.map((x) => (x.id === 'i' ? item('i', 90, 'o2', ['e']) : x));
    expect(shown(shapePlan(waiting, 9, [], []))).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('never shows an item in the same horizon as a prerequisite: it starts once that is done', () => {
    // k (90) waits for h (90): k waits in the backlog, and l takes its place.
    const waiting = items.map((x) => (x.id === 'k' ? item('k', 90, 'o4', ['h']) : x));
    const plan = shapePlan(waiting, 12, [], []);
    expect(plan.has('k')).toBe(false);
    expect(plan.has('h')).toBe(true);
  });

  it('shows forced items first (the gate, decisions, page one, promoted), with what they wait for', () => {
    // l forced, waiting for e: e and l first; 30 days then has e + a b; 90 days l + h i; c fills the spare slot.
    const waiting = items.map((x) => (x.id === 'l' ? item('l', 90, 'o5', ['e']) : x));
    expect(shown(shapePlan(waiting, 9, ['l'], []))).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'h', 'i', 'l']);
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
    // 30 days: the forced free and v2 fill the VP's two, so v1 waits, ahead of it in plan order or
    // not; m1 never (the step's own horizon). 60: m2, m3; m4 is over the cap. Marketing's k1 has room.
    expect(shown(shapePlan(items, 12, ['free', 'v2'], [step], 2))).toEqual(['free', 'k1', 'm2', 'm3', 'v2']);
    // A forced item is bound by the cap too: with the VP full, a third forced VP item waits.
    expect(shapePlan(items, 12, ['free', 'v2', 'v1'], [step], 2).has('v1')).toBe(false);
  });

  it("counts an action that spends a freed owner's time against that owner's cap as well as its own", () => {
    // Marketing presenting at the managers' team meeting requires the step that frees them.
    expect(timeSpentBy([step], ['free', 'other'])).toEqual(['mgr']);
    expect(timeSpentBy([step], ['other'])).toEqual([]);
    expect(timeSpentBy([], ['free'])).toEqual([]);
    const uses = (x: ShapeItem): ShapeItem => ({ ...x, uses: ['mgr'] });
    const items = [item('free', 30, 'vp'), item('m1', 60, 'mgr', ['free']), uses(item('k1', 60, 'mkt', ['free'])), uses(item('k2', 60, 'mkt', ['free'])), item('k3', 60, 'mkt')];
    // 60 days: m1 and k1 take the managers' two; k2 (marketing's, but their time) waits; k3 does not use it.
    expect(shown(shapePlan(items, 12, [], [step], 2))).toEqual(['free', 'k1', 'k3', 'm1']);
  });

  it('holds, on any plan: no owner over the cap in any horizon, no item beside its prerequisite in one horizon, never more than the size unless forced', () => {
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
        expect(result.size).toBeLessThanOrEqual(size);
        const byId = new Map(plan.map((x) => [x.id, x]));
        const load = new Map<string, number>();
        for (const id of result) {
          const x = byId.get(id)!;
          const key = `${x.owner}/${x.horizon}`;
          load.set(key, (load.get(key) ?? 0) + 1);
          for (const p of x.after) {
            expect(result.has(p)).toBe(true);
            expect(byId.get(p)!.horizon).toBeLessThan(x.horizon);
          }
          for (const s of steps) if (x.owner === s.owner && x.id !== s.id) expect(x.horizon).toBeGreaterThan(s.horizon);
        }
        for (const count of load.values()) expect(count).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
      }),
    );
  });
});
