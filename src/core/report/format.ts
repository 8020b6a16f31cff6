// Numbers as the report shows them. One place, so the Markdown, the terminal table and the
// worked computations in the appendix always agree.

/** A 0–100 score or gap with one decimal: "62.5". */
export function formatScore(value: number): string {
  return value.toFixed(1);
}

/** The overall score with the two decimals it is kept to (round-score.ts roundOverall): "34.45". */
export function formatOverall(value: number): string {
  return value.toFixed(2);
}

/** A target or weight as written in the rubric: "75", "1.5". */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(3)));
}

/** Attainment, priority and other fractions with three decimals: "0.625". */
export function formatFraction(value: number): string {
  return value.toFixed(3);
}

/** "62%" for a share from 0 to 1. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The text with its first letter in upper case: "leadership and …" → "Leadership and …". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A text bar of `width` cells for a 0–100 score: "█████████░░░░░░░░░░░". */
export function textBar(score: number | null, width = 20): string {
  const filled = score === null ? 0 : Math.round((Math.max(0, Math.min(100, score)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Ranks in the plan: "#3", "#3 and #7". */
export function ranksText(ranks: readonly number[]): string {
  return listText(ranks.map((r) => `#${r}`));
}

/** A mean of level scores, one decimal: "3.0", "1.3". */
export function formatMean(value: number): string {
  // One decimal always: "2" beside "1.1" in one column read as two roundings (fifth VP reading).
  return value.toFixed(1);
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Where a level sits on its ladder, in words a reader can take in: "the second of five levels".
 * ("Level 1 of 4" read as a four-step scale when the ladder runs from 0 to 4.)
 */
export function levelPlace(levels: readonly { score: number }[], score: number): string {
  const index = levels.findIndex((l) => l.score === score);
  const ordinal = ORDINAL_WORDS[index] ?? `${index + 1}th`;
  return `the ${ordinal} of ${COUNT_WORDS[levels.length] ?? String(levels.length)} levels`;
}

/**
 * A 0–100 score in whole points for page one ("37"). Rounding could carry a score over a band's
 * cut-off or a target (39.6 → "40", while the band says At risk): such a score reads "just under
 * 40", so the words and the band never disagree. `cutoffs` are the band floors and the target.
 */
export function wholePoints(score: number, cutoffs: readonly number[]): string {
  const crossed = cutoffCrossed(score, cutoffs);
  return crossed === undefined ? String(Math.round(score)) : `just under ${crossed}`;
}

/** The cut-off that rounding `score` to whole points would carry it over, if any. */
function cutoffCrossed(score: number, cutoffs: readonly number[]): number | undefined {
  const rounded = Math.round(score);
  return cutoffs.find((c) => score < c && rounded >= c);
}

/**
 * A whole number with its thousands marked, 250000 → "250,000", as toLocaleString('en-US') writes
 * it. Not toLocaleString itself: its first call loads ICU's locale data, 8 to 20 ms of CPU (a
 * report that leaves notes out printed a count with it).
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A 0–100 score for a column of numbers or a chart label: whole points, rounded down where rounding
 * would carry it over a cut-off (39.7 → "39", never "40" beside an At risk band). A table cell holds
 * a number, not the words "just under 40" that a sentence uses (wholePoints); page one has no
 * decimals. The gap beside it is the target less this number, so the row adds up.
 */
export function columnPoints(score: number, cutoffs: readonly number[]): number {
  return cutoffCrossed(score, cutoffs) === undefined ? Math.round(score) : Math.floor(score);
}

/** A whole number in words up to ten ("three"), digits above: for counts in plain sentences. */
export function countText(n: number): string {
  return COUNT_WORDS[n] === undefined || n === 0 ? String(n) : COUNT_WORDS[n]!;
}

/** The text with its first letter in lower case, unless it starts with an acronym ("VP Sales"). */
export function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An owner as the subject of a verb inside a sentence: "the VP Sales checks", "the marketing lead
 * takes", "first-line sales managers check" (a role named by a plural noun takes no article and the
 * plural verb). One rule for every sentence that says who does what (VP review 16, class 6: "Who
 * checks: VP Sales, before …" was a form's field pasted into prose).
 */
export function ownerDoes(owner: string, verb: string, pluralVerb: string): string {
  return `${ownerPhrase(owner)} ${pluralOwner(owner) ? pluralVerb : verb}`;
}

/** "the VP Sales", "the finance lead", "first-line sales managers": an owner inside a sentence. */
export function ownerPhrase(owner: string): string {
  return `${pluralOwner(owner) ? '' : 'the '}${lowerFirstWord(owner)}`;
}

/** A role named by a plural noun ("First-line sales managers"), not an acronym's title ("VP Sales"). */
function pluralOwner(owner: string): boolean {
  return /s$/.test(owner) && !/^[A-Z]{2}/.test(owner);
}

/** "the VP Sales'", "first-line sales managers'", "the Marketing lead's": whose time or actions. */
export function possessive(owner: string): string {
  return `${ownerPhrase(owner)}${/s$/.test(owner) ? "'" : "'s"}`;
}

/** An organization's name as a possessive: "Acme Corp's", "Siemens'", "the company's". */
export function possessiveName(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** Lower-cases a leading common word ("First-line sales managers"), never an acronym ("VP Sales") or a title's first word ("Marketing lead" stays). */
export function lowerFirstWord(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? lowerFirst(text) : text;
}

/** An action's first words, cut at a word: "List every recurring meeting, report and request managers…". */
export function shortText(action: string, words = 9): string {
  const all = action.split(/\s+/);
  if (all.length <= words + 2) return action;
  return `${all.slice(0, words).join(' ').replace(/[,;:]$/, '')}…`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 May 2026" from "2026-05-04"; any other text as it stands (a date the answers wrote some other way). */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** The cover's dates: "4 May 2026", "4 to 8 May 2026", "28 April to 8 May 2026". */
export function readableDateRange(first: string, last: string): string {
  if (first === last) return readableDate(first);
  const a = readableDate(first).split(' ');
  const b = readableDate(last).split(' ');
  if (a.length !== 3 || b.length !== 3) return `${readableDate(first)} to ${readableDate(last)}`;
  if (a[2] === b[2] && a[1] === b[1]) return `${a[0]} to ${b.join(' ')}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} to ${b.join(' ')}`;
  return `${a.join(' ')} to ${b.join(' ')}`;
}

/** Text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
