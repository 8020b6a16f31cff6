// The readout's `decided:` day against the data (hostile-input pass, session 18): any real calendar
// date passed, 1900 or 9999 alike, and the plan's days counted from it. Leadership decides at the
// readout meeting, after the last interview and check; a day before them puts the plan's start
// before the data it rests on.
import { readableDate } from '../report/format.js';

/** The message for a decision day before the last answers' date, or null when it is on or after it (or either is missing). */
export function decidedBeforeFieldwork(decided: string | undefined, answeredOn: readonly string[]): string | null {
  if (decided === undefined || answeredOn.length === 0) return null;
  const last = answeredOn.reduce((a, b) => (b > a ? b : a));
  if (decided >= last) return null;
  return `leadership decides at the readout, after the fieldwork, but ${readableDate(decided)} is before the last answers (${readableDate(last)}): the plan's days would count from before the data; give the readout meeting's date`;
}
