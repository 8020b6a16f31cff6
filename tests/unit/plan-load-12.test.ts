// The plan engine against the twelfth VP reading (classes 1a, 1d, 3 and 4): each test fails on the
// acme output of 7ffe100, and holds for any readout (acme with examples/readout.yaml and without).
import { describe, expect, it } from 'vitest';
import { shapePlan, type ShapeItem } from '../../src/core/scoring/shape-plan.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import type { WaitView } from '../../src/core/report/wait-reason.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const { view, plain } = acmeViews();
const item = (id: string, horizon: Horizon, owner: string | null = 'vp', after: string[] = [], build = false): ShapeItem => ({ id, horizon, owner, after, build });

/** What a backlog item's line points to: the rank it waits for, is built for or is covered by. */
function pointsTo(wait: WaitView | null): number | null {
  if (wait === null) return null;
  return wait.kind === 'after' || wait.kind === 'build' || wait.kind === 'covered' ? wait.rank : null;
}

describe('class 1d: no waiting loop in the backlog', () => {
  it('a build held to the last horizon holds the item it is built for by its own reason, never "waits for" the build that is "built for" it', () => {
    // The VP's room is full at 30 and 60 days (cap 1): the build could only land at 90, so the item it is built for cannot follow it.
    const items = [item('x', 30), item('y', 60), item('use', 30, 'vp', ['crm']), item('crm', 30, 'vp', [], true)];
    const plan = shapePlan(items, 12, [], [], 1);
    expect(plan.waits.get('use')).toEqual({ kind: 'full', owner: 'vp' });
    expect(plan.waits.get('crm')).toEqual({ kind: 'build', for: 'use', next: false });
  });

  it('a build its owner has no room for at all holds its item by that reason', () => {
    const items = [item('x', 30), item('y', 60), item('z', 90), item('use', 30, 'other', ['crm']), item('crm', 30, 'vp', [], true)];
    const plan = shapePlan(items, 12, [], [], 1);
    expect(plan.waits.get('use')).toEqual({ kind: 'full', owner: 'vp' });
  });

  it.each([
    ['with the readout', view],
    ['without a readout', plain],
  ])('acme %s: following the backlog lines from any item never comes back to it', (_, v) => {
    const byRank = new Map(v.backlog.map((a) => [a.rank, a]));
    for (const start of v.backlog) {
      const seen = new Set<number>([start.rank]);
      let next = pointsTo(start.wait);
      while (next !== null && byRank.has(next)) {
        expect(seen.has(next), `#${start.rank} comes back to #${next}`).toBe(false);
        seen.add(next);
        next = pointsTo(byRank.get(next)!.wait);
      }
    }
  });
});
