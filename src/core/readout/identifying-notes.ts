// Notes that point to one person (issue 20, class H). No name is printed, but a region ("showed the
// Northeast one"), a date or a tenure ("fourteen months ago", "inherited from the rep who left"),
// authorship ("wrote the positioning document") or a "the largest / the only" detail can identify
// the one respondent it is about, in a team of four reps. The tool cannot paraphrase; `draft` must
// not pick such notes blindly. This heuristic names what in a note may identify someone, so the
// draft skips it (and says so) and the consultant can reword it. It errs towards flagging: a note
// wrongly skipped costs one quote; one wrongly printed can cost a person.

export type IdentifyingKind = 'place' | 'date' | 'tenure' | 'authorship' | 'unique';

export interface IdentifyingDetail {
  kind: IdentifyingKind;
  /** The words that matched, as written. */
  match: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const PATTERNS: readonly { kind: IdentifyingKind; pattern: RegExp }[] = [
  // Regions and sites: a compass region, or a capitalised name before region/office/branch/site/territory.
  { kind: 'place', pattern: /\b(North|South|East|West|North-?east|North-?west|South-?east|South-?west|Northeast|Northwest|Southeast|Southwest|Midwest|EMEA|APAC|LATAM|DACH|Nordics)\b/ },
  { kind: 'place', pattern: /\b(?!(?:The|A|An|Our|This|That|Each|Every|Their|His|Her)\b)[A-Z][a-z]+ (region|office|branch|site|territory)\b/ },
  // Dates: a month, a year, a season with "in the", "N months/years ago".
  { kind: 'date', pattern: new RegExp(`\\b(${MONTHS})\\b`) },
  { kind: 'date', pattern: /\b(19|20)\d\d\b/ },
  { kind: 'date', pattern: /\b(in the (spring|summer|autumn|fall|winter))\b/i },
  { kind: 'tenure', pattern: /\b(\w+|\d+) (weeks?|months?|years?) ago\b/i },
  { kind: 'tenure', pattern: /\b(onboarding|joined (?:the company|the team|in|as|last)|new hire|newest|since (I|he|she|they) started|inherited|who left|took over|first year|tenure)\b/i },
  // Authorship: who made a document, a plan, a sequence.
  { kind: 'authorship', pattern: /\b(wrote|written by|built|designed|created|authored|drew up)\b/i },
  // The one person on the team with a trait.
  { kind: 'unique', pattern: /\bthe (only|largest|biggest|smallest|newest|oldest|longest|top|best|worst|most senior|most junior)\b/i },
  { kind: 'unique', pattern: /\bthe other (managers|reps|salespeople|leaders|members)\b/i },
];

/** What in a note may identify the person it is about; empty when nothing does. */
export function identifyingDetails(note: string): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const { kind, pattern } of PATTERNS) {
    const m = pattern.exec(note);
    if (m !== null && !found.some((f) => f.kind === kind)) found.push({ kind, match: m[0] });
  }
  return found;
}
