// Fifteenth VP reading, the plan (h-plan18): items 7.1 (a gate due the same day as the rows it
// gates), 7.3 (the calendar: holidays and the quota year) and 7.4/7.5 (the owners' load).
import { describe, expect, it } from 'vitest';
import { GATE_LAG_DAYS, planDueDays } from '../../src/core/report/plan-due-days.js';
import { holdingGates } from '../../src/core/report/page-one.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { acmeViews } from '../helpers/report-fixtures.js';

const { scores, view, plain } = acmeViews();

/** planDueDays over a small plan: `m` is the held owner, `gate` holds m's further steps. */
function dues(horizon: Record<string, Horizon>, after: Record<string, string[]>, own: Record<string, string>, frees: string[] = []) {
  return planDueDays({
    horizon: new Map(Object.entries(horizon)),
    after: new Map(Object.entries(horizon).map(([id]) => [id, after[id] ?? []])),
    holdsOf: (id) => (id === 'gate' ? 'm' : null),
    takesTimeOf: (id, owner) => own[id] === owner,
    frees: (id, owner) => frees.includes(id) && owner === 'm',
  });
}

describe('no gate is due the same day as the rows it holds (VP 15, 7.1)', () => {
  it('a gate is put the lag ahead of the first step it holds in its own horizon', () => {
    const due = dues({ free: 30, gate: 60, a: 60, b: 90, other: 60 }, { gate: ['free'] }, { free: 'vp', gate: 'vp', a: 'm', b: 'm', other: 'x' }, ['free']);
    expect(due.get('gate')).toBe(60 - GATE_LAG_DAYS);
    expect(due.get('a')).toBe(60);
    expect(due.get('b')).toBe(90);
    // Another owner's step is not held, and keeps its horizon's day.
    expect(due.get('other')).toBe(60);
    expect(due.get('free')).toBe(30);
  });

  it('a gate that cannot go earlier (it reads its prerequisite) moves the steps it holds the lag after it', () => {
    // The prerequisite is due at 60, so the gate reads it the lag later, and what it holds after that.
    const due = dues({ pre: 60, gate: 60, a: 60 }, { gate: ['pre'] }, { pre: 'vp', gate: 'vp', a: 'm' });
    expect(due.get('gate')).toBe(60 + GATE_LAG_DAYS);
    expect(due.get('a')).toBe(60 + 2 * GATE_LAG_DAYS);
  });

  it('a gate with nothing to hold keeps its horizon, and its own prerequisites are never held', () => {
    expect(dues({ gate: 60, a: 30 }, {}, { a: 'm' }).get('gate')).toBe(60);
    const due = dues({ a: 60, gate: 60 }, { gate: ['a'] }, { a: 'm', gate: 'vp' });
    expect(due.get('a')).toBe(60);
  });

  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])('acme %s: every shown row a gate holds is due at least the lag after it, and the recount names no day of its own', (_, v) => {
    const gates = holdingGates(scores);
    expect([...gates.keys()]).toEqual(['recount-manager-time']);
    const shown = v.actionPlan.flatMap((h) => h.actions);
    const recount = shown.find((a) => a.id === 'recount-manager-time')!;
    expect(recount.due).toBe(45);
    expect(recount.horizonText).toBe('45 days');
    // The managers' own rows and the rows that spend their time (the training, the price script).
    const held = shown.filter((a) => a.id !== recount.id && a.ownerText === 'First-line sales managers' && a.horizon >= recount.horizon);
    expect(held.length).toBeGreaterThan(0);
    for (const a of held) expect(a.due, `#${a.rank} ${a.id}`).toBeGreaterThanOrEqual(recount.due + GATE_LAG_DAYS);
    // The recount comes first among the rows of its horizon, and the threshold text of the step it re-checks names its day.
    expect(shown.filter((a) => a.horizon === recount.horizon)[0]!.id).toBe(recount.id);
    expect(shown.find((a) => a.id === 'cut-demands-on-managers')!.doneText).toContain(`#${recount.rank}'s recount at 45 days`);
    expect(`${recount.title} ${recount.action}`).not.toMatch(/\b(day 60|60 days)\b/);
  });
});
