// The plan's ordering rules (src/core/scoring/plan-actions.ts) on small graphs worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Imperative } from '../../src/core/rubric/load-rubric-set.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import type { FiredAction } from '../../src/core/scoring/fire-actions.js';
import { planActions } from '../../src/core/scoring/plan-actions.js';

const imperative = (id: string) => ({ id, title: id, weight: 1 }) as unknown as Imperative;
const ALPHA = imperative('alpha');
const BETA = imperative('beta');

/** A fired action: id, priority, horizon, requires; fired in the order given (as fireActions sorts them). */
function fired(id: string, priority: number, horizon: Horizon = 30, requires: string[] = [], on = ALPHA): FiredAction {
  return {
    imperative: on,
    question: { id: `q-${id}` } as FiredAction['question'],
    recommendation: { id, at: 1, action: `Do ${id}.`, horizon, requires, effort: 'medium' },
    score: 1,
    teamLevel: 1,
    fromLevel: 1,
    priority,
    owner: null,
    frees: null,
    next: null,
  };
}

/** fireActions' order: priority descending, stable. */
const byPriority = (actions: FiredAction[]) => [...actions].sort((a, b) => b.priority - a.priority);
const ids = (plan: ReturnType<typeof planActions>) => plan.map((a) => a.recommendation.id);

describe('planActions', () => {
  it('without prerequisites keeps the priority order', () => {
    const plan = planActions(byPriority([fired('a', 3), fired('b', 2), fired('c', 1)]));
    expect(ids(plan)).toEqual(['a', 'b', 'c']);
    expect(plan.map((a) => a.rank)).toEqual([1, 2, 3]);
    expect(plan.every((a) => a.after.length === 0 && a.neededBy.length === 0)).toBe(true);
  });

  it('a chain: each prerequisite comes first, rises to the priority of what waits for it, and says who needs it', () => {
    // c (most important) requires b requires a (least important); x is unrelated, in between.
    const plan = planActions(byPriority([fired('c', 4, 30, ['b']), fired('x', 3), fired('b', 2, 30, ['a']), fired('a', 1)]));
    expect(ids(plan)).toEqual(['a', 'b', 'c', 'x']);
    expect(plan.map((a) => a.orderPriority)).toEqual([4, 4, 4, 3]);
    expect(plan.map((a) => a.after)).toEqual([[], [1], [2], []]);
    expect(plan.map((a) => a.neededBy)).toEqual([[2], [3], [], []]);
  });

  it('a diamond: the shared prerequisite once, first; both branches before the action that needs them', () => {
    const plan = planActions(byPriority([fired('d', 5, 30, ['b', 'c']), fired('c', 3, 30, ['a']), fired('b', 2, 30, ['a']), fired('a', 1), fired('y', 4)]));
    expect(ids(plan)).toEqual(['a', 'c', 'b', 'd', 'y']);
    expect(plan.find((a) => a.recommendation.id === 'd')!.after).toEqual([2, 3]);
    expect(plan.find((a) => a.recommendation.id === 'a')!.neededBy).toEqual([2, 3]);
  });

  it('prerequisites across imperatives count like any other', () => {
    const plan = planActions(byPriority([fired('call-reviews', 3, 30, ['free-time'], ALPHA), fired('other', 2, 30, [], ALPHA), fired('free-time', 1, 30, [], BETA)]));
    expect(ids(plan)).toEqual(['free-time', 'call-reviews', 'other']);
    expect(plan[0]!.imperative.id).toBe('beta');
  });

  it('a prerequisite that does not fire constrains nothing', () => {
    const plan = planActions(byPriority([fired('b', 2, 30, ['not-firing']), fired('a', 1)]));
    expect(ids(plan)).toEqual(['b', 'a']);
    expect(plan[0]!.after).toEqual([]);
    expect(plan[0]!.horizon).toBe(30);
  });

  it('a step starts a horizon after each fired prerequisite: 30 → 60 → 90, and 90 stays 90', () => {
    // b needs a (30 days): b cannot be due in the same 30 days, so 60; c needs b: 90; d needs c: 90 (no later horizon).
    const plan = planActions(byPriority([fired('d', 4, 30, ['c']), fired('c', 3, 30, ['b']), fired('b', 2, 30, ['a']), fired('a', 1, 30)]));
    const at = (id: string) => plan.find((a) => a.recommendation.id === id)!;
    expect([at('a').horizon, at('b').horizon, at('c').horizon, at('d').horizon]).toEqual([30, 60, 90, 90]);
  });

  it('a horizon is pulled later by a later prerequisite, through a chain, and says so', () => {
    const plan = planActions(byPriority([fired('c', 3, 30, ['b']), fired('b', 2, 30, ['a']), fired('a', 1, 90), fired('d', 0.5, 60)]));
    const at = (id: string) => plan.find((a) => a.recommendation.id === id)!;
    expect([at('a').horizon, at('b').horizon, at('c').horizon, at('d').horizon]).toEqual([90, 90, 90, 60]);
    expect([at('a').horizonMoved, at('b').horizonMoved, at('c').horizonMoved, at('d').horizonMoved]).toEqual([false, true, true, false]);
    // In every horizon's list the prerequisite still comes first.
    for (const action of plan) for (const rank of action.after) expect(rank).toBeLessThan(action.rank);
  });

  it("an action that requires another question's next step waits for the item it rides on, and for its horizon", () => {
    // a (30 days) carries its next step a2 (planned a horizon later: 60); b requires a2, so b
    // waits for a and starts once a2 is done: at 90, not its own 30.
    const a = { ...fired('a', 1), next: { recommendation: { id: 'a2', at: 2, action: 'Do a2.', horizon: 30 as Horizon, requires: [], effort: 'medium' as const }, fromLevel: 2, owner: null } };
    const plan = planActions(byPriority([fired('b', 2, 30, ['a2']), a]));
    expect(ids(plan)).toEqual(['a', 'b']);
    expect(plan.map((x) => [x.horizon, x.after])).toEqual([
      [30, []],
      [90, [1]],
    ]);
    expect(plan[0]!.next?.horizon).toBe(60);
  });

  it('equal priorities keep the order fireActions gave', () => {
    expect(ids(planActions([fired('p', 1), fired('q', 1), fired('r', 1)]))).toEqual(['p', 'q', 'r']);
  });

  it('a cycle (which validate rejects) still yields every action once', () => {
    const plan = planActions([fired('a', 2, 30, ['b']), fired('b', 1, 30, ['a'])]);
    expect(ids(plan).sort()).toEqual(['a', 'b']);
  });
});

// Rule 2 as its header states it, written the plain way (scan for ready actions with every(), a
// fresh walk up the dependants for each action): planActions, which counts the prerequisites still
// to place and memoizes the walks, must choose the same order on any graph validate accepts. (With
// a cycle, which validate rejects, the order priority is not well defined; the example test above
// holds that every action still appears once.)
function referenceOrder(actions: readonly FiredAction[]): string[] {
  const index = new Map<string, number>();
  actions.forEach((a, i) => {
    if (!index.has(a.recommendation.id)) index.set(a.recommendation.id, i);
  });
  const prerequisites = actions.map((a) => [...new Set(a.recommendation.requires)].map((id) => index.get(id)).filter((i): i is number => i !== undefined));
  const up = (i: number, seen: Set<number>): number => {
    if (seen.has(i)) return actions[i]!.priority;
    seen.add(i);
    let best = actions[i]!.priority;
    prerequisites.forEach((list, j) => {
      if (list.includes(i)) best = Math.max(best, up(j, new Set(seen)));
    });
    return best;
  };
  const priorityOf = actions.map((_, i) => up(i, new Set()));
  const key = (i: number) => [priorityOf[i]!, actions[i]!.priority, -i];
  const better = (a: number, b: number) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  };
  const placed = new Set<number>();
  const order: string[] = [];
  while (placed.size < actions.length) {
    const remaining = actions.map((_, i) => i).filter((i) => !placed.has(i));
    const ready = remaining.filter((i) => prerequisites[i]!.every((p) => placed.has(p)));
    const pool = ready.length > 0 ? ready : remaining;
    const best = pool.reduce((b, i) => (better(i, b) > 0 ? i : b));
    placed.add(best);
    order.push(actions[best]!.recommendation.id);
  }
  return order;
}

describe('planActions on random graphs', () => {
  it('orders as the rule says, with shared prerequisites, long chains and missing ones', () => {
    const graph = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.array(
        fc.record({ priority: fc.integer({ min: 0, max: 4 }), requires: fc.uniqueArray(fc.integer({ min: 0, max: n + 1 }), { maxLength: 3 }) }),
        { minLength: n, maxLength: n },
      ),
    );
    fc.assert(
      fc.property(graph, (nodes) => {
        // Each action requires only later ones (no cycle) or ones that did not fire (a{n}, a{n+1}).
        const actions = byPriority(nodes.map((node, i) => fired(`a${i}`, node.priority, 30, node.requires.filter((r) => r > i).map((r) => `a${r}`))));
        expect(ids(planActions(actions))).toEqual(referenceOrder(actions));
      }),
      { numRuns: 500 },
    );
  });
});
