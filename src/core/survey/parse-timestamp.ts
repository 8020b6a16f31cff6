// Submission times as the tools write them, to order duplicate submissions and to date each
// answers file. Pure: text in, { date, sortKey } or null out.
//   Google Forms  11/26/2026 14:03:05 (the sheet's locale: US month first; 26/11/2026 read day first when the first number is over 12)
//   Typeform      2026-11-26 14:03:05
//   MS Forms      a date cell (read as ISO 2026-11-26T14:03:05.000Z) or 11/26/26 14:03:05
//   ISO 8601      2026-11-26, 2026-11-26T14:03:05Z
import { isCalendarDate } from '../answers/answers-constants.js';

export interface Timestamp {
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DDTHH:MM:SS, comparable as text. */
  sortKey: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function build(year: number, month: number, day: number, h: number, m: number, s: number): Timestamp | null {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isCalendarDate(date) || h > 23 || m > 59 || s > 60) return null;
  return { date, sortKey: `${date}T${pad(h)}:${pad(m)}:${pad(s)}` };
}

function clock(text: string | undefined): [number, number, number] | null {
  if (text === undefined || text.trim() === '') return [0, 0, 0];
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp][Mm])?/.exec(text.trim());
  if (!match) return null;
  let h = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  return [h, Number(match[2]), Number(match[3] ?? 0)];
}

export function parseTimestamp(text: string): Timestamp | null {
  const t = text.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.*))?$/.exec(t);
  if (iso) {
    const time = clock(iso[4]?.replace(/(Z|[+-]\d{2}:?\d{2}|\s*(GMT|UTC).*)$/i, ''));
    return time && build(Number(iso[1]), Number(iso[2]), Number(iso[3]), ...time);
  }
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[\s,]+(.*))?$/.exec(t);
  if (local) {
    let [a, b] = [Number(local[1]), Number(local[2])];
    // Month first (the US locale, Google's and Microsoft's default) unless that cannot be a month.
    if (a > 12 && b <= 12) [a, b] = [b, a];
    const year = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
    const time = clock(local[4]?.replace(/\s*(GMT|UTC).*$/i, ''));
    return time && build(year, a, b, ...time);
  }
  return null;
}
