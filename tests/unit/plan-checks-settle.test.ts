// The checks the plan prints are the checks its layout counted (capacity.ts: a check is work for
// whoever runs it). The layout is redone with the rows it checks until it checks no new one
// (build-report-view.ts); a set of checked rows that also dropped rows swung on acme between two
// layouts until a cap on passes stopped it, and with --plan-size 20 --focus 3 it stopped on a
// layout that printed the role gap's check before #16 without counting it in the VP Sales' load.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { acmeViews, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const { set, scores, view } = acmeViews();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const plainWith = (planSize: number, focus: number) => buildReportView(set, sheets, scores, { names: false, planSize, focus });

const cases: [string, ReportView][] = [
  ['with the readout', view],
  ...[9, 12, 14, 20].flatMap((size) => [3, 5].map((focus): [string, ReportView] => [`without a readout, plan of ${size}, focus ${focus}`, plainWith(size, focus)])),
];

describe("every check the plan prints is counted in its checker's load", () => {
  it.each(cases)("acme %s: each check before a plan row is that row's counted check", (_, v) => {
    const planned = new Map(v.plan.map((a) => [a.rank, a]));
    for (const check of v.checksFirst) {
      const row = planned.get(check.rank);
      if (row === undefined) continue;
      expect(row.checker, `"${check.subject}" is checked before #${check.rank}, which counts no check`).not.toBeNull();
    }
    for (const row of v.plan) if (row.verifyFirst) expect(row.checker, `#${row.rank} is to confirm, and counts no check`).not.toBeNull();
  });
});
