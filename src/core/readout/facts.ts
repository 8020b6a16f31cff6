// The client's facts (VP reading 16, needs 1 and 6): what the audit did not measure but the
// consultant has from the client (the sales force's headcount, how many were invited, today's
// average discount, the win rate, the share of reps at quota, what a decision costs). The quota
// year's end is not one of them: the plan reads it (h-plan18's `quotaYear:`), its one home. The readout holds them under `facts:`; a text refers to one as to any figure,
// {{fact headcount.reps}}, so a fact is written once and printed the same everywhere, and the tool
// never supplies one: a fact the file does not give is an error where it is referred to, and page
// one's base line says only what is given. The set of facts is closed (FACT_NAMES), so a misspelt
// name is found, not printed.
import { thousands } from '../report/format.js';
// The schema is in a module of its own: a report cites facts through a readout, and without one it
// loads these texts and not the schema (building zod schemas is most of what loading them costs).
import type { FactsData } from './facts-schema.js';
export type { FactsData } from './facts-schema.js';

/** The names a text may cite, besides `costs.<name>` for each cost the file gives. */
export const FACT_NAMES = ['headcount.reps', 'headcount.managers', 'headcount.leadership', 'invited', 'average-discount', 'win-rate', 'at-quota'] as const;

/** The capacity decision's cost, when the consultant gives it (capacity-decision.ts). */
export const CAPACITY_COST_FACT = 'owner-capacity';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

/**
 * 60000 in USD → "$60,000"; in CHF → "60,000 CHF". Whole units, with thousands marked: page one
 * has no decimals. Not Intl: its first call loads ICU's locale data (format.ts thousands).
 */
export function moneyText(amount: number, currency: string): string {
  const whole = thousands(Math.round(amount));
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${whole} ${currency}` : `${symbol}${whole}`;
}

/** A cost as printed: "$60,000", or "$60,000 to $90,000". */
export function costText(cost: number | { low: number; high: number }, currency: string): string {
  if (typeof cost === 'number') return moneyText(cost, currency);
  return cost.low === cost.high ? moneyText(cost.low, currency) : `${moneyText(cost.low, currency)} to ${moneyText(cost.high, currency)}`;
}

function percentText(value: number): string {
  return `${Number.isInteger(value) ? value : Math.round(value * 10) / 10}%`;
}

/** {{fact <name>}}: the fact as printed, or why it cannot be. */
export function resolveFact(name: string | undefined, facts: FactsData | undefined): { ok: true; text: string } | { ok: false; message: string } {
  const known = [...FACT_NAMES, ...Object.keys(facts?.costs ?? {}).map((k) => `costs.${k}`)];
  if (name === undefined) return { ok: false, message: `"fact" takes a fact's name: ${known.join(', ')}` };
  const missing = { ok: false as const, message: `the readout's facts: give no ${name}; add it under facts: (the tool never supplies a client's fact)` };
  if (name.startsWith('costs.')) {
    const cost = facts?.costs?.[name.slice('costs.'.length)];
    if (cost === undefined || !Object.hasOwn(facts!.costs!, name.slice('costs.'.length))) {
      const given = Object.keys(facts?.costs ?? {});
      return { ok: false, message: `the readout's facts: give no cost "${name.slice(6)}"${given.length === 0 ? '' : ` (costs given: ${given.join(', ')})`}` };
    }
    return { ok: true, text: costText(cost, facts!.currency!) };
  }
  if (!(FACT_NAMES as readonly string[]).includes(name)) return { ok: false, message: `no fact "${name}": use one of ${known.join(', ')}` };
  const value = factValue(name as (typeof FACT_NAMES)[number], facts);
  if (value === undefined) return missing;
  if (name === 'average-discount' || name === 'win-rate' || name === 'at-quota') return { ok: true, text: percentText(Number(value)) };
  return { ok: true, text: thousands(Number(value)) };
}

function factValue(name: (typeof FACT_NAMES)[number], facts: FactsData | undefined): number | undefined {
  if (facts === undefined) return undefined;
  switch (name) {
    case 'headcount.reps':
      return facts.headcount?.reps;
    case 'headcount.managers':
      return facts.headcount?.managers;
    case 'headcount.leadership':
      return facts.headcount?.leadership;
    default:
      return facts[name];
  }
}

/**
 * Page one's base, from the facts given and nothing else (VP reading 16, need 6: "State total reps
 * and managers, how many were invited and how many took part, next to 10 respondents"): the
 * respondents "of 42 invited", and the sales force "30 reps, 5 managers". Each part only where the
 * file gives it.
 */
export function baseParts(facts: FactsData | undefined): { invited: string; force: string } {
  const invited = facts?.invited === undefined ? '' : `of ${thousands(facts.invited)} invited`;
  const h = facts?.headcount;
  const force = [
    h?.reps === undefined ? '' : `${thousands(h.reps)} ${h.reps === 1 ? 'rep' : 'reps'}`,
    h?.managers === undefined ? '' : `${thousands(h.managers)} ${h.managers === 1 ? 'manager' : 'managers'}`,
    h?.leadership === undefined ? '' : `${thousands(h.leadership)} in leadership`,
  ].filter((p) => p !== '');
  return { invited, force: force.join(', ') };
}

/**
 * The facts that contradict the data (readout-fact-inconsistent): fewer invited than answered, or a
 * headcount below the respondents who answered in that role. Each with the path of the fact.
 */
export function factsAgainstData(facts: FactsData | undefined, respondents: number, byRole: ReadonlyMap<string, number>): { path: (string | number)[]; message: string }[] {
  if (facts === undefined) return [];
  const found: { path: (string | number)[]; message: string }[] = [];
  if (facts.invited !== undefined && facts.invited < respondents) found.push({ path: ['facts', 'invited'], message: `${facts.invited} invited, but ${respondents} answered: give how many were invited, respondents included` });
  const roles: [keyof NonNullable<FactsData['headcount']>, string][] = [['reps', 'salesperson'], ['managers', 'sales manager'], ['leadership', 'leadership']];
  for (const [key, role] of roles) {
    const count = facts.headcount?.[key];
    const answered = byRole.get(role) ?? 0;
    if (count !== undefined && count < answered) found.push({ path: ['facts', 'headcount', key], message: `headcount.${key} is ${count}, but ${answered} answered as ${role}: give the whole sales force's headcount, respondents included` });
  }
  return found;
}

/** A sum of money as a range: a single figure has low = high. */
export interface MoneyRange {
  low: number;
  high: number;
}

const COST_REF = /\{\{\s*fact\s+costs\.([a-z0-9-]+)\s*\}\}/g;

/**
 * The money a text cites from the facts' costs ({{fact costs.shadow-credit}}), summed: a decision's
 * cost, for page one's total (VP reading 17, class A5: "no total across D1-D5"). Null where it
 * cites none, so a cost in time only ("an hour a week") is not a money cost of 0.
 */
export function costCited(text: string, facts: FactsData | undefined): MoneyRange | null {
  const amounts = [...text.matchAll(COST_REF)].flatMap((m) => {
    const cost = facts?.costs !== undefined && Object.hasOwn(facts.costs, m[1]!) ? facts.costs[m[1]!] : undefined;
    return cost === undefined ? [] : [typeof cost === 'number' ? { low: cost, high: cost } : cost];
  });
  return amounts.length === 0 ? null : sumMoney(amounts);
}

export function sumMoney(amounts: readonly MoneyRange[]): MoneyRange {
  return amounts.reduce((sum, a) => ({ low: sum.low + a.low, high: sum.high + a.high }), { low: 0, high: 0 });
}
