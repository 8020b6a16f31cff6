// The thirteenth VP reading's wording classes (BRIEF-16, h-words15), on acme's report with and
// without its readout. Each test fails on the report as it was at main fb75665.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { acmeViews, defaultSet, loadSheet, markdownOf, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';

const { view, plain } = acmeViews();
const md = markdownOf(view);
const plainMd = markdownOf(plain);

describe('the organization is named, never "the client" (the client is its own clients here)', () => {
  it('says the fallback owner and the naming rule with the organization\'s name', () => {
    expect(md).toContain('With no HR lead at Acme Corp, the VP Sales owns the HR lead\'s steps.');
    const set = defaultSet();
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
    const named = buildReportView(set, sheets, scoreAudit(set, sheets), { names: true });
    const namedMd = markdownOf(named);
    expect(namedMd).toContain("respondents are named at Acme Corp's request");
    for (const text of [md, plainMd, namedMd]) expect(text).not.toMatch(/\bat the client\b[^'’]|the client's request/);
  });
});
