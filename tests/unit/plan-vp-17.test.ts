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
import { acmeViews } from '../helpers/report-fixtures.js';

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
