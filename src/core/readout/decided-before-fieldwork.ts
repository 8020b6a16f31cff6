// The readout's `decided:` day against the data (hostile-input pass, session 18): any real calendar
// date passed, 1900 or 9999 alike, and the plan's days counted from it. Leadership decides at the
// readout meeting, after the last interview and check, and soon after: a day before them puts the
// plan's start before the data it rests on; a day years after them (9999 printed "day 30 falls on
// +010000-01", VP reading 17) puts it on answers that no longer describe the team.
import { readableDate } from '../report/format.js';

/**
 * The most days from the last answers to the readout meeting: a year. A team's answers a year old
 * describe last year's team (people, quota, managers change with the quota year), so the plan would
 * be cut for a team that is gone; and every later date still prints as a date.
 */
export const MAX_DAYS_AFTER_FIELDWORK = 365;

const lastOf = (answeredOn: readonly string[]) => answeredOn.reduce((a, b) => (b > a ? b : a));

/** The message for a decision day before the last answers' date, or null when it is on or after it (or either is missing). */
export function decidedBeforeFieldwork(decided: string | undefined, answeredOn: readonly string[]): string | null {
  if (decided === undefined || answeredOn.length === 0) return null;
  const last = lastOf(answeredOn);
  if (decided >= last) return null;
  return `leadership decides at the readout, after the fieldwork, but ${readableDate(decided)} is before the last answers (${readableDate(last)}): the plan's days would count from before the data; give the readout meeting's date`;
}

/** The message for a decision day more than MAX_DAYS_AFTER_FIELDWORK after the last answers' date, or null. */
export function decidedLongAfterFieldwork(decided: string | undefined, answeredOn: readonly string[]): string | null {
  if (decided === undefined || answeredOn.length === 0) return null;
  const last = lastOf(answeredOn);
  const days = (Date.parse(`${decided}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000;
  if (!(days > MAX_DAYS_AFTER_FIELDWORK)) return null;
  return `${readableDate(decided)} is ${days} days after the last answers (${readableDate(last)}): a plan decided more than a year after its fieldwork rests on answers that no longer describe the team; give the readout meeting's date, or run the audit again`;
}
