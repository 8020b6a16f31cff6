// The client's facts in the readout (VP reading 16, needs 1 and 6): written once under `facts:`,
// cited as {{fact …}}, printed as given and never supplied by the tool; a fact that is no fact, is
// not given, is malformed or contradicts the answers is a located error with its own rule.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { baseParts, costText, resolveFact } from '../../src/core/readout/facts.js';
import { fillFigures } from '../../src/core/readout/figures.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const HEAD = `version: 1\nrubrics: ${set.digest}\n`;
const FACTS = ['facts:', '  currency: USD', '  headcount:', '    reps: 28', '    managers: 4', '  invited: 16', '  average-discount: 11', '  costs:', '    shadow-credit: { low: 90000, high: 140000 }', '    pipeline: 1250000'].join('\n');

function check(yaml: string) {
  return checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores);
}
const rules = (yaml: string) => check(yaml).diagnostics.map((d) => [d.rule, d.line]);

describe('facts', () => {
  const facts = { currency: 'USD', headcount: { reps: 28, managers: 4 }, invited: 16, 'average-discount': 11.5, costs: { 'shadow-credit': { low: 90000, high: 140000 }, pipeline: 1250000 } };
  it('print as given: counts, percents, money and ranges in the readout\'s currency', () => {
    expect(fillFigures('{{fact headcount.reps}} reps, {{fact average-discount}} off, {{fact costs.shadow-credit}}; {{fact costs.pipeline}}', { set, scores, facts })).toBe(
      '28 reps, 11.5% off, $90,000 to $140,000; $1,250,000',
    );
    expect(costText({ low: 5000, high: 5000 }, 'EUR')).toBe('€5,000');
    expect(costText(5000, 'CHF')).toBe('5,000 CHF');
  });
  it('are never supplied: one the file does not give, or no fact at all, does not resolve', () => {
    expect(resolveFact('win-rate', facts)).toMatchObject({ ok: false, message: expect.stringContaining('give no win-rate') });
    expect(resolveFact('costs.hire', facts)).toMatchObject({ ok: false, message: expect.stringContaining('costs given: shadow-credit, pipeline') });
    expect(resolveFact('headcount.reps', undefined).ok).toBe(false);
    expect(resolveFact('revenue', facts)).toMatchObject({ ok: false, message: expect.stringContaining('no fact "revenue"') });
    // A cost named after Object's members is no cost the file gives.
    expect(resolveFact('costs.constructor', facts).ok).toBe(false);
  });
  it('page one\'s base: only the parts the file gives', () => {
    expect(baseParts(facts)).toEqual({ invited: 'of 16 invited', force: '28 reps, 4 managers' });
    expect(baseParts({ headcount: { managers: 1 } })).toEqual({ invited: '', force: '1 manager' });
    expect(baseParts(undefined)).toEqual({ invited: '', force: '' });
  });
});

describe('checking a readout\'s facts', () => {
  it('accepts facts the texts cite', () => {
    expect(rules(`${HEAD}${FACTS}\nheadline: "{{fact headcount.reps}} reps; {{fact costs.shadow-credit}}"\n`)).toEqual([]);
  });
  it('readout-fact-unknown: a fact that is no fact, or one not given, where it is cited', () => {
    expect(rules(`${HEAD}${FACTS}\nheadline: "{{fact win-rate}}"\ndecisions:\n  - id: own\n    text: T\n    cost: "{{fact costs.hire}} and {{fact revenue}}"\n`)).toEqual([
      ['readout-fact-unknown', 13],
      // Re-pinned (h-cal19): revenue in a cost is not spent (readout-cost-not-spent), reported at the cost's start.
      ['readout-cost-not-spent', 17],
      ['readout-fact-unknown', 17],
      ['readout-fact-unknown', 17],
    ]);
  });
  it('a malformed fact is a located schema error: a negative count, a percent over 100, a range upside down, costs without a currency, an unknown key', () => {
    const bad = [HEAD.trimEnd(), 'facts:', '  invited: -3', '  average-discount: 120', '  costs:', '    hire: { low: 9, high: 1 }', '  headcnt: { reps: 3 }', 'headline: H', ''].join('\n');
    const found = check(bad).diagnostics;
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    expect(found.map((d) => d.line)).toEqual(expect.arrayContaining([4, 5, 7, 8]));
    expect(check(bad).readout).toBeNull();
    // The currency's absence is said at costs.
    const noCurrency = check([HEAD.trimEnd(), 'facts:', '  costs:', '    hire: 40000', 'headline: H', ''].join('\n')).diagnostics;
    expect(noCurrency.map((d) => [d.severity, d.line])).toEqual([['error', 5]]);
    expect(noCurrency[0]!.message).toContain('currency');
  });
  it('hostile values: a prototype-named cost, a huge amount, a text where a number goes, a list for the facts: located errors, no readout', () => {
    for (const facts of ['  currency: USD\n  costs:\n    __proto__: 5', '  currency: USD\n  costs:\n    constructor: 5', '  invited: 1e308', '  win-rate: "22%"', '  - 1', '  currency: usd']) {
      const found = check(`${HEAD}facts:\n${facts}\nheadline: H\n`);
      expect(found.readout, facts).toBeNull();
      expect(found.diagnostics.length, facts).toBeGreaterThan(0);
      for (const d of found.diagnostics) expect(d.line, facts).toBeGreaterThanOrEqual(3);
    }
  });
  it('readout-fact-inconsistent: fewer invited than answered, or a headcount below those who answered in the role', () => {
    const yaml = [HEAD.trimEnd(), 'facts:', '  invited: 9', '  headcount:', '    reps: 3', '    managers: 4', 'headline: H', ''].join('\n');
    expect(rules(yaml)).toEqual([
      ['readout-fact-inconsistent', 4],
      ['readout-fact-inconsistent', 6],
    ]);
  });
});

describe('the report with facts', () => {
  it('gives the base beside the respondents, and nothing without facts', () => {
    const readout = checkReadout({ path: 'r.yaml', content: Buffer.from(`${HEAD}${FACTS}\nheadline: H\n`), size: 1 }, set, scores).readout!;
    expect(buildReportView(set, sheets, scores, { names: false, readout }).respondentSummary).toMatch(/^\d+ of 16 invited \(.*\); sales force: 28 reps, 4 managers$/);
    const none = checkReadout({ path: 'r.yaml', content: Buffer.from(`${HEAD}headline: H\n`), size: 1 }, set, scores).readout!;
    expect(buildReportView(set, sheets, scores, { names: false, readout: none }).respondentSummary).toMatch(/^\d+ \([^;]*\)$/);
  });
});
