// "Wherever we checked, the answers were rosier than the records" (VP reading 16, class 3 item 20,
// need 6): said once on page one when every checked question whose answers are printed came out
// below what people said, and not said when one did not.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { checksBelowClaims, checksBelowClaimsText, surveyOnly } from '../../src/core/report/evidence-of.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const checks = (kinds: Partial<Record<'data' | 'survey', number>>) => ({ checks: { kinds: { document: 0, observed: 0, data: 0, survey: 0, claimed: 0, ...kinds } } });
const q = (teamLevel: number, meanScore: number, over: Record<string, unknown> = {}) =>
  ({ scoredAt: 'checked-level', figuresShown: true, teamLevel, meanScore, answers: checks({ data: 8 }), ...over }) as unknown as Parameters<typeof checksBelowClaims>[0][number];

describe('checks below claims', () => {
  it('counts the checked questions with printed answers, and those whose check sat half a level or more below the mean as printed', () => {
    const below = [q(1, 1.7), q(1, 1.5)];
    expect(checksBelowClaims(below)).toEqual({ below, compared: 2 });
    // VP reading 17, item 29: 1 checked against 1.1 or 1.2 said is no rosier view (ROSIER_MARGIN).
    expect(checksBelowClaims([q(1, 1.1), q(1, 1.2), q(2, 2.4)])).toEqual({ below: [], compared: 3 });
    // At the mean as printed (1.04 prints 1.0), above it, claims-only, a survey, answers withheld: not below, or not compared.
    const r = checksBelowClaims([q(1, 1.04), q(2, 1.5), q(0, 1, { scoredAt: 'mean' }), q(1, 2, { answers: checks({ survey: 4 }) }), q(1, 2, { figuresShown: false })]);
    expect(r).toEqual({ below: [], compared: 2 });
  });
  it('is said where every one compared sat below, two at least; else nothing', () => {
    expect(checksBelowClaimsText(2, 2)).toBe('Wherever we checked, what people said was rosier than what we found.');
    expect(checksBelowClaimsText(1, 2)).toBe('');
    expect(checksBelowClaimsText(1, 1)).toBe('');
  });
  it('acme: page one says it where every compared check bears it out, once, and not otherwise', () => {
    const set = defaultSet();
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
    const scores = scoreAudit(set, sheets);
    const view = buildReportView(set, sheets, scores, { names: false });
    const found = checksBelowClaims(scores.imperatives.flatMap((r) => r.questions));
    expect(found.compared).toBeGreaterThanOrEqual(2);
    const all = found.below.length === found.compared;
    expect(view.evidenceLine.match(/Wherever we checked, what people said was rosier than what we found/g) ?? []).toHaveLength(all ? 1 : 0);
    // Independently of the rule's code: a compared row within half a level keeps the sentence out.
    const close = scores.imperatives.flatMap((r) => r.questions).filter((x) => x.scoredAt === 'checked-level' && x.figuresShown && x.meanScore !== null && x.teamLevel !== null && !surveyOnly(x.answers) && Math.round(x.meanScore * 10) / 10 - x.teamLevel < 0.5);
    expect(close.length > 0 || all, 'either a close row or every row below').toBe(true);
    if (close.length > 0) expect(view.evidenceLine).not.toMatch(/rosier/);
  });
});
