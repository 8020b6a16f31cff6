// The deck's self-report table (evidenceTable) shows a column only where some question is in it.
// Acme left one question out (Q2.7, the strategy only leadership answers) until c03a971 had the
// auditor's reading of the strategy page set its level; the e2e deck test then lost its "Left out"
// column. This keeps that column tested: acme without the auditor's reading of Q2.7 leaves it out.
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { evidenceTable } from '../../src/renderers/pptx.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const acme = TEAM_EXAMPLE.map((p) => loadSheet(p, set));

/** Acme's sheets with the auditor's answer to the strategy question removed. */
function withoutStrategyReading(sheets: readonly AnswerSheet[]): AnswerSheet[] {
  return sheets.map((s) => {
    if (s.respondent.role !== 'auditor') return s;
    const { 'differentiation-strategy': _dropped, ...rest } = s.answers.differentiation ?? {};
    return { ...s, answers: { ...s.answers, differentiation: rest } };
  });
}

function tableOf(sheets: readonly AnswerSheet[]) {
  const view = buildReportView(set, sheets, scoreAudit(set, sheets), { names: false });
  const table = evidenceTable(view)!;
  const scored = view.imperatives.reduce((n, i) => n + i.questions.filter((q) => q.scored).length, 0);
  return { headers: table.columns.map((c) => c.header), all: table.rows.at(-1)!, scored };
}

describe("the deck's self-report table", () => {
  it("has no 'Left out' column where no question is left out (acme, the strategy read by the auditor)", () => {
    const { headers, all, scored } = tableOf(acme);
    expect(headers).toEqual(['Questions', 'Checked', "The audit's survey", 'What people said']);
    expect(all.slice(1).reduce((n, x) => n + Number(x), 0)).toBe(scored);
  });

  it("counts the question left out under 'Left out: too few answered' once the auditor's reading is gone, one fewer checked", () => {
    const full = tableOf(acme);
    const { headers, all, scored } = tableOf(withoutStrategyReading(acme));
    expect(headers).toEqual(['Questions', 'Checked', "The audit's survey", 'What people said', 'Left out: too few answered']);
    expect(all[0]).toBe('All');
    expect(all[4]).toBe('1');
    expect(Number(all[1])).toBe(Number(full.all[1]) - 1);
    expect(all.slice(1).reduce((n, x) => n + Number(x), 0)).toBe(scored);
  });
});
