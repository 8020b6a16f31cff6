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
