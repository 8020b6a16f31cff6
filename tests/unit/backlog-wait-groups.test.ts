// Lines of the backlog that wait for the same action are one group, the awaited action and its
// status said once on the group (FIXUP-17, after h-rub16c's set: three managers' steps waited for
// the monthly team meeting and each line said "waits for #12, due within 90 days").
import { describe, expect, it } from 'vitest';
import { backlogGroups, backlogHeadline, type WaitView } from '../../src/core/report/wait-reason.js';

const item = (rank: number, wait: WaitView) => ({ rank, title: `Step ${rank}`, wait, waitText: wait.kind === 'after' ? `waits for #${wait.rank}` : '' });
const plan = { count: 12, decisions: false, perHorizon: 3, gate: null };

describe('backlog lines that wait for another action', () => {
  const backlog = [
    item(24, { kind: 'after', rank: 12, due: 90 }),
    item(30, { kind: 'after', rank: 22, due: null }),
    item(41, { kind: 'after', rank: 12, due: 90 }),
    item(50, { kind: 'after', rank: 12, due: 90 }),
  ];
  const groups = backlogGroups(backlog, plan);

  it('are one group per action two or more wait for, its status said once on the group and on none of its lines; a line alone keeps its note in the shared group', () => {
    expect(groups.map((g) => [g.text, g.actions.map((a) => a.rank)])).toEqual([
      ['These wait for #12, due within 90 days.', [24, 41, 50]],
      ['This waits for an action that is itself in the backlog or due at 90 days.', [30]],
    ]);
    expect(groups.flatMap((g) => g.actions.map((a) => a.waitText))).toEqual(['', '', '', 'waits for #22']);
    expect(groups.map((g) => g.short)).toEqual(['These wait for #12', 'This waits for another action']);
  });

  it('count as one reason on page one, however many actions they wait for', () => {
    const withOwner = [...backlog, item(60, { kind: 'full', ownerText: 'VP Sales', own: true }), item(61, { kind: 'full', ownerText: 'VP Sales', own: true })];
    const line = backlogHeadline(withOwner, backlogGroups(withOwner, plan), 12);
    // Re-pinned (VP review 16, class 7): the backlog's whole count, as the plan says it.
    expect(line).toBe('Deliberately not in these 90 days: the six backlog actions; 4 because what they wait for is not in the plan; first in line, step 24 (#24).');
  });
});
