// Which items the plan shows (src/core/scoring/shape-plan.ts) and the capacity rule
// (src/core/scoring/capacity.ts), on small lists worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { CAPACITY_PER_HORIZON, capacityLeft, gatedHorizon, timeSpentBy } from '../../src/core/scoring/capacity.js';
import { horizonQuota, shapePlan, type ShapeItem } from '../../src/core/scoring/shape-plan.js';

const item = (id: string, horizon: Horizon, owner: string | null = 'vp', after: string[] = [], next: ShapeItem['next'] = null): ShapeItem => ({ id, horizon, owner, after, next });
const shown = (set: Set<string>) => [...set].sort();

describe('horizonQuota: about a third per horizon, the remainder to the earliest', () => {
  it('12 → 4, 4, 4; 10 → 4, 3, 3; 1 → 1, 0, 0', () => {
    expect([...horizonQuota(12).values()]).toEqual([4, 4, 4]);
    expect([...horizonQuota(10).values()]).toEqual([4, 3, 3]);
    expect([...horizonQuota(1).values()]).toEqual([1, 0, 0]);
  });
});

describe('shapePlan', () => {
  // Plan order a…l: five at 30 days, two at 60, five at 90.
  const items = [
    item('a', 30), item('b', 30), item('c', 30), item('d', 30), item('e', 30),
    item('f', 60), item('g', 60),
    item('h', 90), item('i', 90), item('j', 90), item('k', 90), item('l', 90),
  ];

  it('takes a third per horizon in plan order, and gives a slot a horizon cannot fill to the best remaining item', () => {
    // Size 9 → 3, 3, 3: a b c; f g (only two at 60); h i j; the spare slot goes to d (next in plan order).
    expect(shown(shapePlan(items, 9, [], []))).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j']);
  });

  it('shows an item only with every fired prerequisite it waits for', () => {
    // i waits for e, which the 30-day share leaves out: i is passed over for k.
    const waiting = items.map((x) => (x.id === 'i' ? item('i', 90, 'vp', ['e']) : x));
    expect(shown(shapePlan(waiting, 9, [], []))).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k']);
  });

  it('always shows forced items (page one, promoted), with what they wait for, counted in their horizon', () => {
    // l forced, waiting for e: e and l first; 30 days then has e + a b; 90 days l + h i; c fills the spare slot.
    const waiting = items.map((x) => (x.id === 'l' ? item('l', 90, 'vp', ['e']) : x));
    expect(shown(shapePlan(waiting, 9, ['l'], []))).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'h', 'i', 'l']);
  });
});

describe('the capacity rule', () => {
  const step = { id: 'free', owner: 'mgr', horizon: 30 as Horizon };

  it('gates what requires a capacity step into the next horizon (or the last one)', () => {
    expect(gatedHorizon({ frees: 'mgr' }, 30)).toBe(60);
    expect(gatedHorizon({ frees: 'mgr' }, 90)).toBe(90);
    expect(gatedHorizon({}, 30)).toBe(30);
  });

  it("leaves nothing of the freed owner's in or before the step's horizon, and CAPACITY_PER_HORIZON after it", () => {
    expect(CAPACITY_PER_HORIZON).toBe(2);
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 30 }, 0)).toBe(0);
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 60 }, 0)).toBe(2);
    expect(capacityLeft([step], { id: 'm', owner: 'mgr', horizon: 60 }, 2)).toBe(0);
    expect(capacityLeft([step], { id: 'v', owner: 'vp', horizon: 30 }, 5)).toBe(Infinity);
    expect(capacityLeft([], { id: 'm', owner: 'mgr', horizon: 30 }, 9)).toBe(Infinity);
  });

  it("counts an action that requires the capacity step against the freed owner, whoever owns it", () => {
    // Marketing presenting battlecards at the team meeting spends the managers' meeting time.
    expect(timeSpentBy([step], { owner: 'marketing', requires: ['free', 'other'] })).toBe('mgr');
    expect(timeSpentBy([step], { owner: 'marketing', requires: ['other'] })).toBe('marketing');
    expect(timeSpentBy([step], { owner: 'mgr' })).toBe('mgr');
    // A capacity step that does not fire (not in the list) constrains nothing.
    expect(timeSpentBy([], { owner: 'marketing', requires: ['free'] })).toBe('marketing');
    expect(timeSpentBy([step], {})).toBeNull();
  });

  it('caps the shown plan: the step, then at most two new manager actions per later horizon, next steps included', () => {
    const items = [
      item('free', 30, 'vp'),
      item('m1', 30, 'mgr'),
      item('m2', 60, 'mgr', ['free'], { id: 'm2-next', horizon: 90, owner: 'mgr' }),
      item('m3', 60, 'mgr', ['free']),
      item('m4', 60, 'mgr', ['free']),
      item('m5', 90, 'mgr', ['free']),
      item('m6', 90, 'mgr', ['free']),
      item('v1', 60, 'vp'),
    ];
    // 30 days: free (m1 never: the step's own horizon). 60: m2 (its next step takes one of 90's
    // two), m3; m4 is over the cap. 90: m5 (with m2's next step, two); m6 is over. v1 fills in.
    expect(shown(shapePlan(items, 12, [], [step]))).toEqual(['free', 'm2', 'm3', 'm5', 'v1']);
  });
});
