// Submission times as the tools write them, to order duplicate submissions and to date each
// answers file. Pure: text in, { date, sortKey } or null out.
//   Google Forms  11/26/2026 14:03:05 (the sheet's locale: US month first, UK day first)
//   Typeform      2026-11-26 14:03:05
//   MS Forms      a date cell (read as ISO 2026-11-26T14:03:05.000Z) or 11/26/26 14:03:05
//   ISO 8601      2026-11-26, 2026-11-26T14:03:05Z
// A local date such as 12/11/2026 is 12 November in a UK sheet and 11 December in a US one. The
// cell alone cannot tell, and deciding cell by cell mixes both orders in one file (and so puts a
// later submission before an earlier one): the order is decided once per file, from the cells
// that settle it (dateOrderOf), and every cell is then read in that order.
import { isCalendarDate } from '../answers/answers-constants.js';

export interface Timestamp {
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DDTHH:MM:SS, comparable as text. */
  sortKey: string;
}

/** Which number of a local date (12/11/2026) is the month. */
export type DateOrder = 'month-first' | 'day-first';

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

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.*))?$/;
const LOCAL = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[\s,]+(.*))?$/;

/**
 * What one cell says about its file's date order: `day-first` when its first number cannot be a
 * month (13/11/2026), `month-first` when its second cannot (11/13/2026), `ambiguous` when either
 * reading is a date (12/11/2026), null when the order does not matter (ISO, 11/11/2026, not a date).
 */
export function dateOrderOf(text: string): DateOrder | 'ambiguous' | null {
  const local = LOCAL.exec(text.trim());
  if (!local) return null;
  const a = Number(local[1]);
  const b = Number(local[2]);
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  if (a === b || a > 12) return null;
  return 'ambiguous';
}

/** A cell in the file's date order (month first, the US locale and Google's and Microsoft's default, unless the file says otherwise). */
export function parseTimestamp(text: string, order: DateOrder = 'month-first'): Timestamp | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const time = clock(iso[4]?.replace(/(Z|[+-]\d{2}:?\d{2}|\s*(GMT|UTC).*)$/i, ''));
    return time && build(Number(iso[1]), Number(iso[2]), Number(iso[3]), ...time);
  }
  const local = LOCAL.exec(t);
  if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    const [month, day] = order === 'month-first' ? [first, second] : [second, first];
    const year = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
    const time = clock(local[4]?.replace(/\s*(GMT|UTC).*$/i, ''));
    return time && build(year, month, day, ...time);
  }
  return null;
}
