// Fifteenth VP reading, the plan (h-plan18): items 7.1 (a gate due the same day as the rows it
// gates), 7.3 (the calendar: holidays and the quota year) and 7.4/7.5 (the owners' load).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capitalize, ownerDoes } from '../../src/core/report/format.js';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { planDate, planDay, quotaYearWait } from '../../src/core/report/plan-calendar.js';
import { GATE_LAG_DAYS, planDueDays } from '../../src/core/report/plan-due-days.js';
import { holdingGates } from '../../src/core/report/page-one.js';
import type { Horizon } from '../../src/core/rubric/schema.js';
import { acmeViews, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const { set, scores, view, plain } = acmeViews();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));

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

describe('the plan skips a holiday close and waits for the quota year end (VP 15, 7.3)', () => {
  const calendar = { decided: '2026-12-14', blackout: [{ from: '2026-12-24', to: '2027-01-01' }], quotaYearEnd: '2026-12-31', moves: ['free-manager-time'] };

  it('plan days skip the closed days, and a closed date falls on the open day before it', () => {
    expect(planDate({ ...calendar, blackout: [] }, 30)).toBe('2027-01-13');
    // Nine closed days (24 December to 1 January) push day 30 nine days on.
    expect(planDate(calendar, 30)).toBe('2027-01-22');
    expect(planDate(calendar, 9)).toBe('2026-12-23');
    expect(planDate(calendar, 10)).toBe('2027-01-02');
    expect(planDay(calendar, '2026-12-31')).toBe(9);
    expect(planDay(calendar, '2027-01-22')).toBe(30);
  });

  it('the account moves wait for the quota year end only where it falls within the plan', () => {
    expect(quotaYearWait(calendar, 90)).toBe(10);
    expect(quotaYearWait({ ...calendar, quotaYearEnd: '2026-06-30' }, 90)).toBeNull();
    expect(quotaYearWait({ ...calendar, quotaYearEnd: '2027-12-31' }, 90)).toBeNull();
    expect(quotaYearWait({ ...calendar, quotaYearEnd: null }, 90)).toBeNull();
  });

  it('an action held past its horizon by the quota year moves the gate that re-checks it, and what the gate holds', () => {
    const due = planDueDays({
      horizon: new Map<string, Horizon>([['move', 30], ['gate', 60], ['a', 60]]),
      after: new Map([['move', []], ['gate', ['move']], ['a', ['move']]]),
      holdsOf: (id) => (id === 'gate' ? 'm' : null),
      takesTimeOf: (id, owner) => id === 'a' && owner === 'm',
      frees: (id) => id === 'move',
      notBefore: (id) => (id === 'move' ? 41 : null),
    });
    expect([due.get('move'), due.get('gate'), due.get('a')]).toEqual([41, 41 + GATE_LAG_DAYS, 41 + 2 * GATE_LAG_DAYS]);
  });

  it('acme: the plan gives the dates of its days, the close they skip, and when the accounts move', () => {
    expect(view.planText).toContain('skipping the holiday shutdown from 24 December 2026 to 1 January 2027: day 30 falls on 22 January 2027, day 45 on 6 February, day 60 on 21 February and day 90 on 23 March');
    const move = view.plan.find((a) => a.id === 'free-manager-time')!;
    expect(view.planText).toContain(`The quota year ends on 31 December 2026, day 9 of the plan: #${move.rank} moves accounts only after it`);
    expect(plain.planText).not.toMatch(/quota year|skipping the holiday shutdown/);
  });

  it('acme: a quota year ending at day 40 makes the hand-over due after it, and the recount and the managers\' rows follow', () => {
    const text = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8').replace(/^  ends: .*$/m, '  ends: 2027-01-31');
    const checked = checkReadout({ path: 'readout.yaml', content: Buffer.from(text), size: text.length }, set, scores);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const v = buildReportView(set, sheets, scores, { names: false, readout: checked.readout });
    const move = v.plan.find((a) => a.id === 'free-manager-time')!;
    const recount = v.plan.find((a) => a.id === 'recount-manager-time')!;
    // 31 January 2027 is plan day 39 (nine closed days): the hand-over is due on day 40.
    expect(move.due).toBe(40);
    expect(move.horizonText).toBe('40 days');
    expect(recount.due).toBeGreaterThanOrEqual(move.due + GATE_LAG_DAYS);
    for (const a of v.plan.filter((x) => x.ownerText === 'First-line sales managers')) expect(a.due, a.id).toBeGreaterThanOrEqual(recount.due + GATE_LAG_DAYS);
  });

  const readoutWith = (edit: (text: string) => string) => {
    const text = edit(readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8'));
    return { text, diagnostics: checkReadout({ path: 'readout.yaml', content: Buffer.from(text), size: text.length }, set, scores).diagnostics };
  };
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

  it.each([
    ['a date that is no calendar date', (t: string) => t.replace('    to: 2027-01-01', '    to: 2027-02-30'), 'real calendar date', '    to:'],
    ['a date written another way', (t: string) => t.replace('  - from: 2026-12-24', '  - from: 24/12/2026'), 'YYYY-MM-DD', '  - from:'],
    ['a close that ends before it starts', (t: string) => t.replace('    to: 2027-01-01', '    to: 2026-12-01'), 'on or after `from`', '    to:'],
    // A close to the end of time printed "day 30 falls on +010000-01" after seconds of counting days (review of session 18).
    ['a close longer than a month', (t: string) => t.replace('    to: 2027-01-01', '    to: 9999-12-31'), 'within 31 days of `from`', '    to:'],
    ['a quota year end that is no date', (t: string) => t.replace('  ends: 2026-12-31', '  ends: soon'), 'YYYY-MM-DD', '  ends:'],
    ['an unknown key', (t: string) => t.replace('  ends: 2026-12-31', '  ends: 2026-12-31\n  __proto__: x'), '__proto__', '  __proto__:'],
  ])('%s is a located error', (_, edit, message, line) => {
    const { text, diagnostics } = readoutWith(edit);
    const problem = diagnostics.find((d) => d.message.includes(message));
    expect(problem, JSON.stringify(diagnostics)).toBeDefined();
    expect(problem!.severity).toBe('error');
    expect(problem!.line).toBe(lineOf(text, line));
  });

  it('a close or a quota year without a decision day, and a move that names no action, are located errors with their rule ids', () => {
    const undated = readoutWith((t) => t.replace(/^decided: .*\n/m, ''));
    expect(undated.diagnostics.filter((d) => d.rule === 'readout-calendar-undated').map((d) => d.line)).toEqual([lineOf(undated.text, 'blackout:'), lineOf(undated.text, 'quotaYear:')]);
    const unknown = readoutWith((t) => t.replace('moves: [free-manager-time]', 'moves: [free-manager-tim]'));
    const problem = unknown.diagnostics.find((d) => d.rule === 'readout-unknown-action')!;
    expect(problem.line).toBe(lineOf(unknown.text, '  moves:'));
    expect(problem.message).toContain('free-manager-time');
  });
});

describe('the recount comes after every step whose result it reads (VP 16, 2.8)', () => {
  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])('acme %s: the recount is after the hand-over and the head-office cut, whose threshold it reads', (_, v) => {
    const rank = (id: string) => v.plan.find((a) => a.id === id)!.rank;
    const recount = v.plan.find((a) => a.id === 'recount-manager-time')!;
    expect(recount.after).toEqual(expect.arrayContaining([rank('free-manager-time'), rank('cut-demands-on-managers')]));
  });
});

describe("the plan's prerequisite closure is planned, or the row waits (VP 15, 7.2)", () => {
  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])('acme %s: every action a shown row waits for, and what that waits for, is shown before it', (_, v) => {
    const byRank = new Map([...v.plan, ...v.backlog].map((a) => [a.rank, a]));
    const shownRanks = new Set(v.plan.map((a) => a.rank));
    for (const row of v.plan) {
      const seen = new Set<number>();
      const walk = (rank: number) => {
        for (const p of byRank.get(rank)!.after) {
          if (seen.has(p)) continue;
          seen.add(p);
          expect(shownRanks.has(p), `#${row.rank} ${row.id} needs #${p} ${byRank.get(p)!.id}, which is in the backlog`).toBe(true);
          expect(p, `#${row.rank} after #${p}`).toBeLessThan(row.rank);
          walk(p);
        }
      };
      walk(row.rank);
    }
  });
});

describe("the owners' load shows the checks the day-90 review holds (VP 15, 7.4; VP 16, 2.6)", () => {
  it.each([
    ['with the readout', view],
    ['without one', plain],
  ])('acme %s: each backlog check is counted under who runs it, beside the plan\'s load', (_, v) => {
    expect(v.backlogChecks.length).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const c of v.backlogChecks) counts.set(c.owner!, (counts.get(c.owner!) ?? 0) + 1);
    // Re-pinned (h-words18, VP reading 16 class 6): the check names its owner as a sentence's subject, not "Who checks:".
    for (const c of v.backlogChecks) expect(c.text).toContain(capitalize(ownerDoes(c.owner!, 'checks', 'check')));
    // Re-pinned (h-plan19, VP 17 item 18): counted in the owner's own row of the load, not in a sentence apart.
    expect(v.ownerLoadText).toContain('counting');
    const words = ['one', 'two', 'three', 'four', 'five', 'six'];
    for (const [owner, n] of counts) expect(v.ownerLoadText).toMatch(new RegExp(`(?:the|each) ${owner.replace(/^(\w)/, (c) => (/^[A-Z]{2}/.test(owner) ? c : c.toLowerCase()))} [^;.]*\\b${words[n - 1]} checks? at the day-90 review`));
  });
});
