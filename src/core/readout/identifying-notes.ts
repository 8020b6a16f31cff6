// Notes that point to one person (issue 20, class H). No name is printed, but a region ("showed the
// Northeast one"), a date or a tenure ("fourteen months ago", "inherited from the rep who left"),
// authorship ("wrote the positioning document") or a "the largest / the only" detail can identify
// the one respondent it is about, in a team of four reps. The tool cannot paraphrase; `draft` must
// not pick such notes blindly. This heuristic names what in a note may identify someone, so the
// draft skips it (and says so) and the consultant can reword it. It errs towards flagging: a note
// wrongly skipped costs one quote; one wrongly printed can cost a person.
//
// With three people in a role (three managers, three leaders), more than names identify: one team's
// own figures ("the team's last 40 deals", "340 accounts for four reps"), a person's quota or pay
// ("a quota of 60% of a rep's"), the one call that was observed, a named policy or budget ("hiring a
// fourth manager", "expects managers to ride along"), and a loaded verb ("Admits") that puts one
// person's words on record. This file is the one source of truth for that rule: `draft` skips a
// flagged note, and every report format leaves it out and counts it (build-report-view.ts) unless
// the consultant asks to see it (report --show-identifying-notes, for their own working copy).
//
// The fourth reading (leadership notes, three people): a named document ("the benchmark report",
// "the battlecards", "the positioning document") or the single one shown points to whoever owns or
// showed it; a single event or moment ("at the annual kickoff", "during the interview", "on the
// spot") to whoever was there; a rep's note on "a manager reviewing one of their calls" to that
// rep's manager. A person's own words are a second matter, decided by the size of the group they
// are attributed to (report/printed-notes.ts, quoteGroupMin).
//
// The twelfth reading: a judgement of a named document ("Proposal template is good; discovery guide
// is out of date") points to whoever wrote or keeps it, whichever word names it; and what only an
// approver sees ("Discount requests cite a cheaper competitor") points to the one or two people who
// approve: the tool cannot count the approvers, so it holds the note back and the consultant words
// it as anyone on the team could have said it.

export type IdentifyingKind = 'place' | 'date' | 'tenure' | 'authorship' | 'unique' | 'team-figure' | 'pay' | 'calendar' | 'observed' | 'policy' | 'loaded' | 'document' | 'approver' | 'event' | 'own-manager';

export interface IdentifyingDetail {
  kind: IdentifyingKind;
  /** The words that matched, as written. */
  match: string;
}

/** What a team's documents are called: "guide", "template", "pitch deck". */
const DOCUMENT_WORDS = 'guide|template|deck|script|playbook|handbook|manual|presentation|brochure|one-pager|checklist|spreadsheet|wiki|portal|course|material|toolkit|tool kit|collateral|case stud(?:y|ie)';
/** Words that judge one: "good", "out of date". */
const JUDGEMENT_WORDS = 'good|great|fine|excellent|useful|useless|helpful|unhelpful|current|up to date|out of date|out-of-date|outdated|old|stale|wrong|poor|weak|bad|generic|clunky|unused|incomplete|obsolete|dated|confusing|solid|strong';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// How the patterns are written, for V8's regexp compiler (its first compile of these patterns was
// about a tenth of a one-respondent report; matching costs next to nothing):
// - A word's end is `(?!\w)`, not `\b`: after a word character the two are the same assertion (no
//   pattern has the `u` flag, which would widen `\w`), and `\b` after a long word list doubled
//   the compile of its pattern.
// - `(?=)`, an empty lookahead that always holds, follows a word list where more of the pattern
//   comes after it: V8 compiles the rest of a pattern again for each word that can reach it, and a
//   lookahead stops that. The judged-document pattern compiled in about 8 ms, 1.3 ms with it.
// tests/unit/identifying-notes-pinned.test.ts holds the kinds and words found to what they were.
const PATTERNS: readonly { kind: IdentifyingKind; pattern: RegExp }[] = [
  // Regions and sites: a compass region, or a capitalised name before region/office/branch/site/territory.
  { kind: 'place', pattern: /\b(North|South|East|West|North-?east|North-?west|South-?east|South-?west|Northeast|Northwest|Southeast|Southwest|Midwest|EMEA|APAC|LATAM|DACH|Nordics)(?!\w)/ },
  { kind: 'place', pattern: /\b(?!(?:The|A|An|Our|This|That|Each|Every|Their|His|Her)(?!\w))[A-Z][a-z]+ (region|office|branch|site|territory)(?!\w)/ },
  // Dates: a month, a year, a season with "in the", "N months/years ago".
  { kind: 'date', pattern: new RegExp(`\\b(${MONTHS})(?!\\w)`) },
  { kind: 'date', pattern: /\b(19|20)\d\d(?!\w)/ },
  { kind: 'date', pattern: /\b(in the (spring|summer|autumn|fall|winter))(?!\w)/i },
  // A relative date pins a moment as well: "went out last spring", "last quarter".
  { kind: 'date', pattern: /\b(?:last|this past|early|late) (?:spring|summer|autumn|fall|winter|quarter|month|year)(?!\w)/i },
  { kind: 'tenure', pattern: /\b(\w+|\d+) (weeks?|months?|years?) ago(?!\w)/i },
  { kind: 'tenure', pattern: /\b(onboarding|joined (?:the company|the team|in|as|last)|new hire|newest|since (I|he|she|they) started|inherited|who left|took over|first year|tenure)(?!\w)/i },
  // Authorship: who made a document, a plan, a sequence.
  { kind: 'authorship', pattern: /\b(wrote|written by|built|designed|created|authored|drew up)(?!\w)/i },
  // The one person on the team with a trait.
  { kind: 'unique', pattern: /\bthe (only|largest|biggest|smallest|newest|oldest|longest|top|best|worst|most senior|most junior)(?!\w)/i },
  { kind: 'unique', pattern: /\bthe other (managers|reps|salespeople|leaders|members)(?!\w)/i },
  // One team's figures: "the team's last 40 deals", "31 of the team's", "for four reps", "my three reps".
  { kind: 'team-figure', pattern: /\b(?:the|my|our|his|her|their)(?=) team's (?:last |first )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen)(?!\w)/i },
  { kind: 'team-figure', pattern: /\b\d+ of (?:the|my|our|his|her|their) team's(?!\w)/i },
  { kind: 'team-figure', pattern: /\b(?:for|of|with|has|leads|manages|my|our)(?=) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=) (?:reps|salespeople|sellers|people|accounts executives)(?!\w)/i },
  { kind: 'team-figure', pattern: /\b\d{2,} (?:target )?accounts(?!\w)/i },
  // One person's own deals or discounts, checkable in the CRM: "Lost three deals this quarter", "Offers 10% up front".
  { kind: 'team-figure', pattern: /\b(?:lost|won|closed|closes) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some of the team's) deals(?!\w)|\boffers \d+\s?%/i },
  // A person's quota, commission or pay.
  { kind: 'pay', pattern: /\b(?:quota|commission|bonus|salary|pay|comp(?:ensation)?)(?=) (?:of|is|at|was) \d+\s?%|\d+\s?% of (?:a|my|his|her|their)(?=) (?:rep's|manager's|quota|target|pay|salary|bonus)(?!\w)|\b(?:his|her|their|my)(?=) (?:own )?(?:quota|commission|bonus|salary|pay)(?!\w)|\bcarries a (?:personal )?quota(?!\w)/i },
  // A person's week, checkable in their calendar: "Monday morning", "cancelled three weeks out of the last four".
  { kind: 'calendar', pattern: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s? (?:mornings?|afternoons?|evenings?)(?!\w)|\b\w+ weeks? out of the last \w+(?!\w)|\b(?:were|was) cancelled(?!\w)/i },
  // The one call, ride-along or meeting the consultant sat in on.
  { kind: 'observed', pattern: /\b(?:sat in on|listened (?:in|to) (?:a|one|the)|observed (?:a|one|the)|rode along|shadowed)(?!\w)|\bjoined one call(?!\w)/i },
  // A named policy or budget line: who set it, or who holds the budget.
  { kind: 'policy', pattern: /\b(?:fourth|fifth|sixth|second|third) (?:manager|rep|leader|hire)(?!\w)|\bin (?:next|this) year's budget(?!\w)|\bexpects (?:managers|reps|everyone|the team) to(?!\w)|\bour (?:rule|policy) is(?!\w)|\b(?:are|is) expected to(?!\w)/i },
  // A verb that puts a judgement on the person: "Admits", "Confesses".
  { kind: 'loaded', pattern: /\b(?:admits?|admitted|confess(?:es|ed)?|complains?|complained|blames?|blamed|refuses?|refused|concedes?|conceded)(?!\w)/i },
  // A named document, or the one shown: whoever owns it or showed it ("the one shown had not been updated").
  { kind: 'document', pattern: /\b(?:benchmark report|battlecards?|positioning document|playbook|insight email|(?:marketing|sales) dashboard)(?!\w)|\bthe one (?:shown|seen)(?!\w)|\bpoints to the(?!\w)|\bwritten with(?!\w)/i },
  // A document judged, by any name: "discovery guide is out of date", "an outdated pitch deck" (whoever wrote or keeps it).
  { kind: 'document', pattern: new RegExp(`\\b(?:${DOCUMENT_WORDS})s?(?=) (?:is|are|was|were|looks?|seems?|feels?|reads?)(?=)(?: (?:very|quite|too|a bit|rather|really|badly|still|now|not))?(?=) (?:${JUDGEMENT_WORDS})(?!\\w)|\\b(?:${JUDGEMENT_WORDS})(?=) (?:\\w+ )?(?:${DOCUMENT_WORDS})s?(?!\\w)`, 'i') },
  // What only an approver sees: the requests they receive, the approvals they give.
  { kind: 'approver', pattern: /\b(?:discount|deal|pricing|price|exception|expense|credit|contract|budget)(?=) (?:requests?|approvals?|sign-?offs?|desk)(?!\w)|\b(?:requests?|approvals?)(?=) (?:that )?(?:I|we)(?=) (?:get|see|approve|receive|sign)(?!\w)|\b(?:I|we) (?:approve|sign off)(?!\w)/i },
  // A single event or moment: who was there ("at the annual kickoff", "during the interview", "on the spot").
  { kind: 'event', pattern: /\b(?:annual |sales )?kick-?off(?!\w)|\bduring the interview(?!\w)|\bon the spot(?!\w)|\bat (?:the|our) (?:offsite|off-site|conference|summit|retreat)(?!\w)/i },
  // The sixth reading: what the respondent did before the interview ("put the question to two reps":
  // they know who asked them) and a one-off session ("one half-day on it was held": whoever ran it, who missed it).
  { kind: 'event', pattern: /\b(?:put|asked) the question to(?!\w)|\bbefore the interview(?!\w)|\b(?:one|a single) (?:half-day|day|session|workshop|training)(?!\w)|\bwas held(?!\w)/i },
  // A rep's word on their own manager points to that manager.
  { kind: 'own-manager', pattern: /\b(?:my|his|her|their) (?:own )?manager(?!\w)|\ba manager (?:reviewing|review|listening to|coaching) (?:one of )?(?:their|his|her|my)(?!\w)/i },
  // The sixth reading: a rep's one-to-ones and team meetings are with one manager ("One-to-ones are
  // pipeline reviews", "Team meetings are the manager reading out…"), and "nobody has talked to me
  // about my numbers" or "nobody went through it with me" is about whoever should have; "feedback
  // after a call" is one manager's.
  { kind: 'own-manager', pattern: /\bone-to-ones?(?!\w)|\b1:1s?(?!\w)|\bteam meetings? (?:is|are) the manager(?!\w)|\bthe manager (?:reads|reading|runs|running|asks|asking)(?!\w)|\b(?:talked|spoken|talks|speaks) to me(?!\w)|\bnobody(?!\w)[^.;]*\b(?:me|my)(?!\w)|\bfeedback (?:after|on|from) (?:a |the |my |their )?(?:calls?|manager)(?!\w)/i },
];

/** Each kind in words, in the order the method lists them (method-items.ts reads this list). */
export const IDENTIFYING_KIND_WORDS: Readonly<Record<IdentifyingKind, string>> = {
  'team-figure': "one team's or one person's own figures",
  pay: "a person's quota or pay",
  calendar: 'their calendar',
  observed: 'the one call observed',
  policy: 'a named policy or budget',
  document: 'a document named, shown or judged ("the guide is out of date")',
  approver: 'what only those who approve see (discount requests, approvals)',
  event: 'a single event or moment (a session held, what someone did before the interview)',
  'own-manager': "a rep's own manager (their one-to-ones, their team meetings, who has or has not talked to them)",
  unique: 'the only or the largest one of a kind',
  authorship: 'who wrote or built something',
  loaded: 'a verb that judges the person ("admits")',
  place: 'a place',
  date: 'a date, absolute or relative ("last spring")',
  tenure: 'a tenure',
};

/** What in a note may identify the person it is about; empty when nothing does. */
export function identifyingDetails(note: string): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const { kind, pattern } of PATTERNS) {
    // A kind is named once, by its first pattern that matches: the later ones are not run (nor compiled).
    if (found.some((f) => f.kind === kind)) continue;
    const m = pattern.exec(note);
    if (m !== null) found.push({ kind, match: m[0] });
  }
  return found;
}

/** The note may point to one person: left out of every format unless the consultant asks (one rule). */
export function mayIdentify(note: string): boolean {
  return identifyingDetails(note).length > 0;
}
