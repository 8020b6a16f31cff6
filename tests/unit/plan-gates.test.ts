// Two plan rules worked out by hand on small layouts: a step whose leadership decision was declined
// leaves the plan with what needs it (shape-plan.ts), and a next step rides on its item only where
// every item it waits for is shown before it (number-plan.ts).
import { describe, expect, it } from 'vitest';
import { layoutPlan, NO_EDITS, numberPlan, type PlanItem } from '../../src/core/report/number-plan.js';
import type { ActionView, NextStepView } from '../../src/core/report/report-view.js';
import { shapePlan } from '../../src/core/scoring/shape-plan.js';

describe('a declined decision', () => {
  it('sends the step that carries it out to the backlog, forced or not, and what requires it waits for it', () => {
    const shaped = shapePlan(
      [
        { id: 'apply-rule', horizon: 30, owner: 'vp', after: [], declined: 'discount-authority' },
        { id: 'uses-rule', horizon: 60, owner: 'vp', after: ['apply-rule'] },
        { id: 'other', horizon: 30, owner: 'vp', after: [] },
      ],
      12,
      ['apply-rule'],
      [],
    );
    expect([...shaped.shown.keys()]).toEqual(['other']);
    expect(shaped.waits.get('apply-rule')).toEqual({ kind: 'declined', decision: 'discount-authority' });
    expect(shaped.waits.get('uses-rule')).toEqual({ kind: 'after', id: 'apply-rule' });
  });
});

describe('a next step', () => {
  it('rides on its item only where what it waits for is shown in an earlier horizon', () => {
    // Three 30-day items; the plan shows two. a's next step (60 days) waits for c, in the backlog;
    // b's waits for a, shown at 30: b's rides, a's does not. A backlog item keeps its own.
    const items: PlanItem[] = ['a', 'b', 'c'].map((id, i) => ({ id, rank: i + 1, horizon: 30, after: [], neededBy: [] }));
    // The layout decides which next steps ride (and counts them in the load); the plan prints those.
    const nextAfter: Record<string, string[]> = { a: ['c'], b: ['a'], c: ['a'] };
    const layout = layoutPlan(items, NO_EDITS, { size: 2, ownerOf: () => null, usesOf: () => [], capacity: [], nextOf: (id) => ({ owner: null, horizon: 60, uses: [], after: nextAfter[id] ?? [] }) });
    const next = (after: string[], horizon = 60): NextStepView => ({ id: 'n', title: 'N', action: 'N.', horizon, horizonText: `${horizon} days`, ownerText: 'x', fromLevel: 1, text: `Then, by ${horizon} days: N.`, after, spendsText: null });
    const view = (id: string, after: string[]) => ({ id, rank: 0, horizon: 30, rubricHorizon: 30, action: id, owner: null, next: next(after) }) as unknown as ActionView;
    const numbered = numberPlan([view('a', ['c']), view('b', ['a']), view('c', ['a'])], layout, NO_EDITS);
    expect(numbered.map((a) => [a.id, a.next === null ? null : a.next.after])).toEqual([
      ['a', null],
      ['b', ['a']],
      ['c', ['a']],
    ]);
  });
});
