// VP reading 17, class A (h-cal19): a decision's cost is a cost (money or time, never the pipeline
// at risk or a benefit), page one adds the money up, and a decision's words about a quota year
// agree with the calendar the report prints. Expectations come from the readout's own facts and
// calendar, not from acme's printed figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { costProblem } from '../../src/core/readout/cost-signals.js';
import { quotaYearContradiction } from '../../src/core/readout/quota-year-words.js';
import { costText } from '../../src/core/readout/facts.js';
import { planDate, quotaYearAfter, quotaYearName } from '../../src/core/report/plan-calendar.js';
import { lowerFirstWord, readableDate } from '../../src/core/report/format.js';
import { limitsText } from '../../src/core/report/evidence-of.js';
import { acmeViews, markdownOf } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const { set, scores, view } = acmeViews();
const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const readout = parse(EXAMPLE) as {
  decided: string;
  blackout: { from: string; to: string }[];
  quotaYear: { ends: string; moves: string[] };
  facts: { currency: string; costs: Record<string, number | { low: number; high: number }> };
  decisions: { id: string; cost?: string; risk?: string; benefit?: string }[];
};

function check(edit: (text: string) => string) {
  const text = edit(EXAMPLE);
  expect(text, 'the edit applies').not.toBe(EXAMPLE);
  const lines = text.split('\n');
  const { diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(text), size: text.length }, set, scores);
  return { diagnostics, lineOf: (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1 };
}

describe('a cost is what the option spends (class A3, A5)', () => {
  it('the shipped readout has no cost problem, and every decision of it states money or time', () => {
    const { diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(EXAMPLE), size: EXAMPLE.length }, set, scores);
    expect(diagnostics.filter((d) => d.rule.startsWith('readout-cost-'))).toEqual([]);
    for (const d of readout.decisions) if (d.cost !== undefined) expect(costProblem(d.cost), d.id).toBeNull();
  });

  it('pipeline in a cost is exposure: a warning at the cost, pointing to risk:', () => {
    const { diagnostics, lineOf } = check((t) => t.replace('over 2027."', 'over 2027, on {{fact costs.pipeline-moved}} of pipeline."'));
    expect(diagnostics).toMatchObject([{ rule: 'readout-cost-not-spent', severity: 'warning', line: lineOf('on {{fact costs.pipeline-moved}} of pipeline') }]);
    expect(diagnostics[0]!.message).toMatch(/risk:/);
  });

  it('a benefit in a cost ("each point worth …") is a benefit, and "Slower approvals" states no figure or time', () => {
    expect(costProblem('Slower approvals; each point worth {{fact costs.one-discount-point}} a year.')?.rule).toBe('readout-cost-not-spent');
    expect(costProblem('Slower approvals.')?.rule).toBe('readout-cost-unstated');
    expect(costProblem('No cash cost; weekly activity reports stop.')?.rule).toBe('readout-cost-unstated');
    for (const spent of ['Half a day per rep and manager.', 'About an hour a week of the VP Sales.', '{{fact costs.shadow-credit}} over 2027.', '$35,000 for one person.', '3 days of each manager.']) expect(costProblem(spent), spent).toBeNull();
  });

  it('risk and benefit print after the cost, in their own words, never in it', () => {
    const withRisk = readout.decisions.findIndex((d) => d.risk !== undefined);
    const withBenefit = readout.decisions.findIndex((d) => d.benefit !== undefined);
    expect(withRisk).toBeGreaterThanOrEqual(0);
    expect(withBenefit).toBeGreaterThanOrEqual(0);
    const md = markdownOf(view);
    for (const i of [withRisk, withBenefit]) {
      const d = view.decisions[i]!;
      expect(d.cost).not.toMatch(/pipeline|worth/);
      const line = md.split('\n').find((l) => l.startsWith('- **We recommend:**') && l.includes(d.recommendation.slice(0, 30).replace(/\$/g, '\\$')))!;
      expect(line).toBeDefined();
      if (i === withRisk) expect(line).toMatch(/\*Cost:\*.*\*Risk:\* /);
      if (i === withBenefit) expect(line).toMatch(/\*Cost:\*.*\*Benefit:\* /);
    }
  });

  it("page one's total is the sum of the money the decisions' costs cite, the capacity decision's included; the time-only costs are named beside it", () => {
    const amount = (name: string) => {
      const c = readout.facts.costs[name]!;
      return typeof c === 'number' ? { low: c, high: c } : c;
    };
    const cited = (text: string) => [...text.matchAll(/\{\{fact costs\.([a-z0-9-]+)\}\}/g)].map((m) => amount(m[1]!));
    const money = readout.decisions.map((d) => cited(d.cost ?? ''));
    const capacity = view.decisions.find((d) => d.id === 'owner-capacity');
    const all = [...money.flat(), ...(capacity === undefined ? [] : [amount('owner-capacity')])];
    const total = all.reduce((s, a) => ({ low: s.low + a.low, high: s.high + a.high }), { low: 0, high: 0 });
    expect(view.decisionsCostText).toContain(costText(total, readout.facts.currency));
    const timeOnly = view.decisions.filter((d, i) => d.cost !== '' && (i < money.length ? money[i]!.length === 0 : false)).map((d) => d.label);
    expect(timeOnly.length).toBeGreaterThan(0);
    for (const label of timeOnly) expect(view.decisionsCostText).toMatch(new RegExp(`plus the time .*\\b${label}\\b`));
    expect(markdownOf(view)).toContain(view.decisionsCostText.replace(/\$/g, '\\$'));
  });
});

describe("a quota year in a decision's words agrees with the calendar (class A1)", () => {
  const calendar = { decided: readout.decided, blackout: readout.blackout, quotaYearEnd: readout.quotaYear.ends, moves: readout.quotaYear.moves };
  const next = quotaYearAfter(calendar, 90)!;
  const dayNinety = planDate(calendar, 90);

  it('the first quota year a decision by day 90 can set starts after day 90, and the year before it does not', () => {
    expect(next.start > dayNinety).toBe(true);
    const before = new Date(Date.parse(`${next.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(before.slice(5)).toBe(readout.quotaYear.ends.slice(5));
    expect(Number(next.start.slice(0, 4)) - 1 <= Number(dayNinety.slice(0, 4))).toBe(true);
  });

  it('a year whose quota would change mid-year, or "next year\'s quota" when the year ends in the plan: a warning at the text, naming the year to use', () => {
    const name = quotaYearName(next, readableDate);
    const earlier = String(Number(next.end.slice(0, 4)) - 1);
    const named = check((t) => t.replace(`${name} quota and span by day 90`, `${earlier} quota and span by day 90`));
    expect(named.diagnostics.filter((d) => d.rule === 'readout-quota-year-mid-year')).toMatchObject([{ severity: 'warning', line: named.lineOf(`${earlier} quota and span`) }]);
    expect(named.diagnostics.find((d) => d.rule === 'readout-quota-year-mid-year')!.message).toContain(`(${name}, from ${readableDate(next.start)})`);
    const vague = check((t) => t.replace(`${name} quota and span by day 90`, "next year's quota and span by day 90"));
    expect(vague.diagnostics.filter((d) => d.rule === 'readout-quota-year-mid-year')).toHaveLength(1);
  });

  it('a non-calendar quota year: named by its first day, and the one starting before day 90 is refused', () => {
    const april = { decided: '2026-12-01', blackout: [], quotaYearEnd: '2027-03-31', moves: [] };
    const after = quotaYearAfter(april, 90)!;
    expect(after).toEqual({ start: '2027-04-01', end: '2028-03-31' });
    expect(quotaYearName(after, readableDate)).toBe('the quota year from 1 April 2027');
    expect(quotaYearContradiction('Set the 2027 quota by day 90.', april, 90)).toMatch(/runs from 1 April 2026 to 31 March 2027/);
    expect(quotaYearContradiction('Set the 2028 quota by day 90.', april, 90)).toBeNull();
  });

  it("the plan's calendar line says when a quota decided within the plan takes effect, so \"next cycle\" has one reading", () => {
    expect(view.planText).toContain(`takes effect on ${readableDate(next.start)}, so nothing changes mid-year`);
  });
});

describe("page one's evidence limits, in one line (class D, items 26-28)", () => {
  const roles = [
    { role: 'leadership', count: 2, pooled: true },
    { role: 'sales manager', count: 4, pooled: true },
    { role: 'salesperson', count: 4, pooled: false },
  ];
  it('counts a role shown on its own against its headcount, never a pooled one (its partner would follow by subtraction)', () => {
    expect(limitsText(roles, { reps: 24, managers: 4 }, '2026-11-26', null)).toBe('Limits: 4 of 24 reps answered');
    expect(limitsText(roles, { managers: 5 }, '2026-11-26', null)).toBe('');
    expect(limitsText(roles, { reps: 4 }, '2026-11-26', null)).toBe('');
  });
  it('says how near the quota year end the fieldwork fell, within three months of it, and nothing after it or further away', () => {
    expect(limitsText(roles, { reps: 24 }, '2026-11-26', '2026-12-31')).toBe("Limits: 4 of 24 reps answered, 5 weeks before the quota year's end");
    expect(limitsText(roles, undefined, '2026-11-26', '2026-12-31')).toBe("Limits: fieldwork ended 5 weeks before the quota year's end");
    expect(limitsText(roles, undefined, '2026-08-01', '2026-12-31')).toBe('');
    expect(limitsText(roles, undefined, '2027-01-05', '2026-12-31')).toBe('');
  });
  it("acme: page one opens its evidence paragraph with the limits, from the readout's facts and calendar, and the deck's line keeps its own lead", () => {
    const reps = view.roles.find((r) => r.role === 'salesperson')!;
    expect(view.pageOneEvidence.startsWith(`Limits: ${reps.count} of ${(parse(EXAMPLE) as { facts: { headcount: { reps: number } } }).facts.headcount.reps} reps answered`)).toBe(true);
    expect(view.pageOneEvidence).toContain(lowerFirstWord(view.evidenceLine));
    expect(view.evidenceLine).not.toMatch(/^Limits/);
    const md = markdownOf(view);
    expect(md.indexOf('Limits: ')).toBeGreaterThan(0);
    expect(md.indexOf('Limits: ')).toBeLessThan(md.indexOf('### Decisions for leadership'));
  });
});
