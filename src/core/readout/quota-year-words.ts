// A readout's words about a quota against its own calendar (VP reading 17, class A1: D1 read "the
// hand-over now, next year's quota and span by day 90" where the quota year ended on day 9, so
// "next year" had begun and its quota, decided by day 90, would change mid-year). A quota decided
// within the plan can take effect only in a quota year that starts after the plan's last day:
// a text that names an earlier one, or says "next year's quota" when a year ends within the plan,
// contradicts the calendar the report prints.
import { readableDate } from '../report/format.js';
import { planDate, quotaYearAfter, quotaYearEndingIn, quotaYearName, type PlanCalendar } from '../report/plan-calendar.js';

/** "2027 quota", "2027's quota", "quota and span for 2027", "quota year 2027". */
const NAMED_YEAR = /\b(\d{4})(?:'s)?\s+quotas?\b|\bquotas?(?:\s+year)?(?:\s+and\s+\w+)?\s+(?:for|in|from|of)\s+(\d{4})\b/gi;
/** "next year's quota", "the next cycle's quota", "quota for next year". */
const NEXT_YEAR = /\b(?:next|the coming|the following)\s+(?:year|cycle|period)'?s?\s+quotas?\b|\bquotas?(?:\s+and\s+\w+)?\s+for\s+(?:the\s+)?next\s+(?:year|cycle)\b/i;

/** Why a text's quota year contradicts the calendar (quota decisions due by plan day `lastDay`), or null. */
export function quotaYearContradiction(text: string, calendar: PlanCalendar, lastDay: number): string | null {
  if (calendar.quotaYearEnd === null) return null;
  const lastDate = planDate(calendar, lastDay);
  const next = quotaYearAfter(calendar, lastDay);
  const nextName = next === null ? '' : ` (${quotaYearName(next, readableDate)}, from ${readableDate(next.start)})`;
  for (const m of text.matchAll(NAMED_YEAR)) {
    const year = Number(m[1] ?? m[2]);
    const span = quotaYearEndingIn(calendar.quotaYearEnd, year);
    if (span.start <= lastDate && span.end >= calendar.decided) {
      return `"${m[0]}": that quota year runs from ${readableDate(span.start)} to ${readableDate(span.end)}, and the plan's day ${lastDay} is ${readableDate(lastDate)}: a quota decided within the plan would change it mid-year; name the first quota year that starts after day ${lastDay}${nextName}`;
    }
  }
  const ends = calendar.quotaYearEnd;
  const endsInPlan = ends >= calendar.decided && ends < lastDate;
  const said = NEXT_YEAR.exec(text);
  if (said !== null && endsInPlan) {
    return `"${said[0]}": the quota year ends on ${readableDate(ends)}, within the plan, so "next" could be the year that starts the day after it or the one a decision by day ${lastDay} can set; name the year${nextName}`;
  }
  return null;
}
