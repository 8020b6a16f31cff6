// The plan's calendar (fifteenth VP reading, item 7.3: the first 30 days ran over the holidays and
// the quota year's end, and no one said so). The readout may state the days on which the plan
// does not run (`blackout:`, a holiday close) and the end of the client's quota year
// (`quotaYear:`). One rule: the plan's days are the days from leadership's decisions (`decided:`)
// that are not blacked out, so every due date skips the close; and the steps the readout says
// move accounts (`quotaYear.moves`) are due no sooner than the first plan day after the quota
// year ends, where it ends within the plan: moved mid-year, they would put the year's revenue at risk.
// Pure: ISO dates in, days and dates out.

export interface PlanCalendar {
  /** The day leadership decides, YYYY-MM-DD: day 0. */
  decided: string;
  /** Closed periods, each from and to inclusive, YYYY-MM-DD. */
  blackout: readonly { from: string; to: string }[];
  /** The last day of the quota year, YYYY-MM-DD, or null. */
  quotaYearEnd: string | null;
  /** The actions whose accounts change hands (ids): they wait for the quota year's end. */
  moves: readonly string[];
}

/** The readout's calendar keys, as the readout schema holds them. */
export interface CalendarKeys {
  decided?: string | undefined;
  blackout?: readonly { from: string; to: string }[] | undefined;
  quotaYear?: { ends: string; moves: readonly string[] } | undefined;
}

/** The plan's calendar from the readout's keys; null without `decided` (the days count from it). One reading for the report and the readout's checks. */
export function calendarOf(readout: CalendarKeys | null | undefined): PlanCalendar | null {
  if (readout?.decided == null) return null;
  return { decided: readout.decided, blackout: readout.blackout ?? [], quotaYearEnd: readout.quotaYear?.ends ?? null, moves: readout.quotaYear?.moves ?? [] };
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Whether a day is closed: `time` against the closed periods, each parsed once per walk (closedPeriods). */
function blackedOut(closed: readonly (readonly [number, number])[], time: number): boolean {
  return closed.some(([from, to]) => time >= from && time <= to);
}

const closedPeriods = (calendar: PlanCalendar) => calendar.blackout.map((b) => [toTime(b.from), toTime(b.to)] as const);

/** The calendar date of plan day `day`: `day` open days after `decided` (day 0 is `decided` itself). */
export function planDate(calendar: PlanCalendar, day: number): string {
  const closed = closedPeriods(calendar);
  let time = toTime(calendar.decided);
  for (let counted = 0; counted < day; ) {
    time += DAY;
    if (!blackedOut(closed, time)) counted++;
  }
  return toIso(time);
}

/** The plan day a calendar date falls on: the open days after `decided` up to it (a closed date counts as the open day before it). */
export function planDay(calendar: PlanCalendar, iso: string): number {
  const closed = closedPeriods(calendar);
  const end = toTime(iso);
  let day = 0;
  for (let time = toTime(calendar.decided) + DAY; time <= end; time += DAY) if (!blackedOut(closed, time)) day++;
  return day;
}

/**
 * The plan day before which an account move may not be due: the first day after the quota year
 * ends, where it ends after `decided` and on or before plan day `lastDay`; null otherwise (it
 * ended before the plan, or ends after it: nothing in the plan waits for it).
 */
export function quotaYearWait(calendar: PlanCalendar, lastDay: number): number | null {
  if (calendar.quotaYearEnd === null || toTime(calendar.quotaYearEnd) <= toTime(calendar.decided)) return null;
  // A year end on or after the plan's last day holds nothing back: said without counting the days to it (a
  // quota year ending in 9999 walked three million days).
  if (calendar.quotaYearEnd >= planDate(calendar, lastDay)) return null;
  const day = planDay(calendar, calendar.quotaYearEnd);
  return day >= lastDay ? null : day + 1;
}

/** A quota year: its first and last days, YYYY-MM-DD. */
export interface QuotaYearSpan {
  start: string;
  end: string;
}

/** The last day of the quota year ending in calendar year `year`, with the stated year's month and day (29 February falls back to the 28th). */
function quotaYearEndIn(quotaYearEnd: string, year: number): string {
  const monthDay = quotaYearEnd.slice(5);
  const iso = `${String(year).padStart(4, '0')}-${monthDay}`;
  return monthDay === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? `${String(year).padStart(4, '0')}-02-28` : iso;
}

/** The quota year that ends in calendar year `year` ("the 2027 quota" ends in 2027), by the stated year's end. */
export function quotaYearEndingIn(quotaYearEnd: string, year: number): QuotaYearSpan {
  return { start: toIso(toTime(quotaYearEndIn(quotaYearEnd, year - 1)) + DAY), end: quotaYearEndIn(quotaYearEnd, year) };
}

/**
 * The first quota year that starts after plan day `day` (VP reading 17, class A1: "next year's quota
 * by day 90" and "nothing changes mid-year" cannot both hold of a year that began on day 10): the
 * first year whose quota a decision due by that day can set without changing one mid-year.
 */
export function quotaYearAfter(calendar: PlanCalendar, day: number): QuotaYearSpan | null {
  if (calendar.quotaYearEnd === null) return null;
  const date = planDate(calendar, day);
  const year = Number(date.slice(0, 4));
  return [year, year + 1, year + 2].map((y) => quotaYearEndingIn(calendar.quotaYearEnd!, y)).find((span) => span.start > date) ?? null;
}

/** "2028" where the quota year is a calendar year, else "the quota year from 1 April 2027" (`dateText` writes a date). */
export function quotaYearName(span: QuotaYearSpan, dateText: (iso: string) => string): string {
  return span.start.slice(5) === '01-01' && span.end.slice(5) === '12-31' ? span.end.slice(0, 4) : `the quota year from ${dateText(span.start)}`;
}
