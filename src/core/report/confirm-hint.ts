import { wordingFor, type WordingValue } from '../rubric/wording.js';
import type { Question, Recommendation } from '../rubric/schema.js';
import { teamFinding } from '../rubric/level-range.js';
import { recommendationFires } from '../scoring/recommendation-fires.js';
import { VERIFY_SHARE } from '../scoring/verify-first.js';
import { capitalize, countText, lowerFirst, lowerFirstWord, ownerDoes } from './format.js';

// What a "to confirm first" flag asks of the reader, in one line under the flag. A flag that said
// only "to confirm" left a VP asking what, and with whom (fourth VP reading, class 6). "Ask the
// <owner>" then sent the VP to ask themselves, or the people who made the claim (fifth reading,
// class 3): the line names the evidence instead, from the question's own help in the rubric (what
// document, data or observation shows the level), never a check invented per action.

/**
 * What the flag says respondents did: they rated the team higher than the action assumes (not "say
 * this is done"; sixth VP reading: "the level this action starts from" was engine language). Said
 * as the rule's threshold, never as a count: "3 of 6 above the step", with the question's range and
 * mean, left one set of answers possible (seventh VP reading); the threshold is what the flag
 * itself already tells.
 */
export function verifyText(found: { rank: number; changesAt: string | null; replacedBy?: string | null } | null = null): string {
  // Ninth VP reading, class 8: "rated the team higher than this action assumes" is how the tool
  // decides, not a reason. Where the action's ladder says what would make it unnecessary, the flag
  // says that, in the rubric's words for that level, and what replaces the row then; the check line
  // then leaves it out (said once). Twelfth VP reading, class 4: "two in five respondents or more
  // say the team is further along than this action assumes" and "(or better)" read as generated.
  const who = `at least ${shareWords(VERIFY_SHARE)} of those asked`;
  if (found === null || found.changesAt === null) return `to confirm: ${who} say the team is already past this step`;
  return `to confirm: ${who} say ${thresholdText(found.changesAt)}; if that holds, ${replacementText(found.rank, found.replacedBy ?? null)}`;
}

/**
 * Who checks, given the owner of the action the check gates: never the group whose own work the
 * check is about (ninth VP reading, class 8: "Who checks: first-line sales managers" on whether
 * managers run their team). The group whose time a step frees (capacity.ts: first-line managers,
 * freed by the VP Sales' step) is the one the audit measures and the plan protects; a check on an
 * action of theirs goes to the owner of that step, who has authority over their work. Any other
 * owner checks their own action's premise.
 */
export function checkerOf(owner: string | null, freed: readonly { owner: string; by: string }[]): string | null {
  return freed.find((f) => f.owner === owner)?.by ?? owner;
}

/** 2/5 → "two in five" (the smallest denominator that states it exactly), else a percentage. */
function shareWords(share: number): string {
  for (let d = 2; d <= 10; d++) {
    const n = Math.round(share * d);
    if (Math.abs(n / d - share) < 1e-9) return `${countText(n)} in ${countText(d)}`;
  }
  return `${Math.round(share * 100)}% of`;
}

/**
 * The check: the first sentence of the question's default help ("Take, for three reps, … and read the
 * follow-up …"), as an imperative. Rubric help written for the interviewer says "The auditor reads
 * …"; in a client's report the audit is over and the check is the owner's (eighth VP reading, class
 * 2: "who checks? is that Northwind or us?"), so one rule turns it into an instruction (auditorToImperative).
 */
export function evidenceCheck(help: WordingValue | undefined): string {
  const text = help === undefined ? '' : wordingFor(help).replace(/\s+/g, ' ').trim();
  // Page one has room for one line: the first sentence that says what to look at, without its
  // asides in brackets. A help may open with why the question matters ("This is the seed's test…",
  // "Generals set the strategy…"): that is no check (sixth VP reading, class 4).
  // A question ends a sentence too ("… is a deal that fails one parked or dropped? Questions on …").
  const sentences = text.split(/(?<=[.?])\s+(?=[A-Z])/);
  // A help may also warn the interviewer off guessing ("Do not estimate what reps would say: ask
  // three reps …"): said to the owner who checks, that reads as an order to a generator (ninth VP
  // reading, class 6), so the warning goes and the instruction after its colon stays.
  // After a semicolon a help speaks to the interviewer ("; the touches after a first message are
  // read in another question": eleventh VP reading, class 5): the check ends before it.
  const first = (sentences.find(isCheck) ?? '').replace(/\s*\([^()]*\)/g, '').replace(INTERVIEWER_WARNING, '').replace(/;\s.*$/, '');
  return first === '' ? 'Look at a document, system data or a meeting that shows where the team stands.' : capitalize(auditorToImperative(first));
}

/** "Do not estimate what reps would say: " at a help sentence's start, up to its colon. */
const INTERVIEWER_WARNING = /^Do not [^:]*:\s*/;

/** The verbs rubric help gives the auditor, third person → imperative ("reads" → "read"). */
const AUDITOR_VERBS = /(^|, then |, | and | then | or )(asks|checks|counts|divides|leaves|looks|opens|reads|sits|takes)\b/g;

/**
 * "The auditor reads the process document, then opens … and checks …" → "Read the process
 * document, then open … and check …": the subject goes, and every verb it governs loses its "s".
 * A sentence that does not start with "The auditor" is left as written (it is already an instruction).
 */
export function auditorToImperative(sentence: string): string {
  const match = /^The auditor\s+/i.exec(sentence);
  if (match === null) return sentence;
  const rest = sentence.slice(match[0].length).replace(AUDITOR_VERBS, (_, before: string, verb: string) => `${before}${verb.slice(0, -1)}`);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Where a check sits in the plan: the action it gates (the first of its question's, for a disagreement). */
export interface CheckTarget {
  rank: number;
  /** The action's owner (who acts on the result, so who checks), or null when the rubric names none. */
  owner: string | null;
  horizon: number;
  /** In the plan (true) or the backlog. */
  planned: boolean;
  /** The description of the first level above the team's at which the action no longer fires (what the check must find to change it), or null. */
  changesAt: string | null;
  /** The title of the step for that level, which replaces the action there (stepThatReplacesIt); null where none fires there (the action is then not needed). */
  replacedBy?: string | null;
}

/**
 * One check, said the same way on page one, the plan, the discussion list and the deck (eighth VP
 * reading, class 2: checks said what to pull, never who, by when, or what result changes the plan):
 * "The VP Sales checks before #10 starts (within 60 days): take, for three reps, …. If it finds
 * ‘In most reps' last decided deal, …’ or better, #10 is dropped." Who is the
 * owner of the action the check gates: they act on its result. A sentence, not a form's field (VP
 * review 16, class 6: "Who checks: VP Sales, before #33 …" pasted into prose).
 */
export function checkLine(check: string, target: CheckTarget): string {
  return [`${checkWho(target)}: ${sentence(lowerFirst(check))}`, checkChanges(target)].filter((p) => p !== '').join(' ');
}

/** A check as a sentence: its own full stop or question mark, else a full stop. */
export function sentence(text: string): string {
  return /[.?]$/.test(text) ? text : `${text}.`;
}

/**
 * checkLine for a check said in full elsewhere (page one's box, which says what it changes too):
 * who and by when, and a pointer to the rest (tenth VP reading, class 9: the same check twice, word
 * for word; eleventh, class 6: each thing said once and pointed to).
 */
export function checkLineElsewhere(target: CheckTarget, where: string): string {
  return `${checkWho(target, 'it')}; what to check${checkChanges(target) === '' ? '' : ', and the result that changes the plan,'} is in ${where}.`;
}

/**
 * "The VP Sales checks before #10 starts (within 60 days)"; a backlog action is checked before it
 * is planned, at the day-90 review ("The VP Sales checks it before #33 is planned, at the day-90
 * review", with `object` 'it'). A sentence without its full stop, starting with a capital.
 */
export function checkWho(target: Pick<CheckTarget, 'rank' | 'owner' | 'horizon' | 'planned'>, object = ''): string {
  const when = target.planned ? `before #${target.rank} starts (within ${target.horizon} days)` : `before #${target.rank} is planned, at the day-90 review`;
  const what = object === '' ? '' : ` ${object}`;
  return target.owner === null ? `Check${what} ${when}` : `${capitalize(ownerDoes(target.owner, 'checks', 'check'))}${what} ${when}`;
}

/**
 * The result that changes the plan, from the action's own ladder, in the reader's terms: "If it
 * shows a call debriefed this quarter, not monthly, #7 becomes: make
 * the debrief monthly." A team found a level higher gets that level's step, as the method's rule
 * says ("a question gets the action for the level where the team stands"): never "dropped" with
 * nothing in its place (twelfth VP reading, class 4), and no "(or better)" (class 4: generated
 * phrasing; the threshold is the level the check must reach, which the method says once). '' where
 * no level above the team's stops it.
 */
export function checkChanges(target: Pick<CheckTarget, 'rank' | 'changesAt' | 'replacedBy'>): string {
  return target.changesAt === null ? '' : `If it shows ${thresholdText(target.changesAt)}, ${replacementText(target.rank, target.replacedBy ?? null)}.`;
}

/** What a check that reaches its threshold does to the row: "#7 becomes: make the debrief monthly"; "#7 is not needed" where no step fires there. */
export function replacementText(rank: number, replacedBy: string | null): string {
  return replacedBy === null ? `#${rank} is not needed` : `#${rank} becomes: ${lowerFirstWord(replacedBy.replace(/\.$/, ''))}`;
}

/** A level's label as a threshold inside a sentence: "A call debriefed this quarter, not monthly." → "a call debriefed this quarter, not monthly". */
export function thresholdText(label: string): string {
  const text = label.replace(/\.$/, '');
  return /^A\s/.test(text) ? lowerFirst(text) : lowerFirstWord(text);
}

/**
 * What a check must find to change the plan: the label of the first level above `level` at which
 * `recommendation` no longer fires (its plain finding, teamFinding: "Clients get something new at
 * two buying steps", not the description's floor quoted in nested quotation marks; tenth VP
 * reading, class 8), or null (it fires up to the top).
 */
export function levelThatChangesIt(question: Pick<Question, 'levels'>, recommendation: Pick<Recommendation, 'at' | 'below' | 'build'>, level: number): string | null {
  // A build is done for the steps that require it, not from a level: no level found stops it.
  if (recommendation.build === true) return null;
  const above = [...question.levels].filter((l) => l.score > level).sort((a, b) => a.score - b.score);
  const stops = above.find((l) => !recommendationFires(question, recommendation, l.score));
  return stops === undefined ? null : teamFinding(stops).replace(/\s+/g, ' ').trim();
}

/**
 * The step a team found at that level gets instead (twelfth VP reading, class 4): the title of the
 * question's first step, other than a build, that fires at the first level above `level` at which
 * `recommendation` stops firing; null where none fires there (or none stops it).
 */
export function stepThatReplacesIt(question: Pick<Question, 'levels' | 'recommendations'>, recommendation: Pick<Recommendation, 'at' | 'below' | 'build'>, level: number): string | null {
  if (recommendation.build === true) return null;
  const above = [...question.levels].filter((l) => l.score > level).sort((a, b) => a.score - b.score);
  const stops = above.find((l) => !recommendationFires(question, recommendation, l.score));
  if (stops === undefined) return null;
  const step = question.recommendations.find((r) => r.build !== true && recommendationFires(question, r, stops.score));
  return step === undefined ? null : (step.title ?? step.action).replace(/\s+/g, ' ').trim();
}

/** A sentence that tells the reader what to look at or ask, not why the question matters. */
function isCheck(sentence: string): boolean {
  return !/^This\b/.test(sentence) && /\b(ask|asks|take|takes|read|reads|count|counts|open|opens|look|see)\b/i.test(sentence);
}

/**
 * Page one's line under a flag, from the plan's "to confirm: …" and the check that settles it
 * (checkLine): "Two in five respondents or more say the team is further along (‘…’ or better), which would make #9 unnecessary.
 * Marketing lead, before #9 starts (within 60 days): take the last twenty deals …".
 */
export function confirmHint(flag: string, line: string): string {
  const finding = flag.replace(/^to confirm:\s*/i, '');
  return `${finding.charAt(0).toUpperCase()}${finding.slice(1)}. ${line}`;
}

/** The plan row's flag: "to confirm: two in five respondents or more …. Who checks: …" (the check line, checkLine). */
export function planFlag(verify: string, line: string): string {
  return `${verify}. ${line.replace(/\.$/, '')}`;
}

/**
 * The plan row's flag for a page-one priority, whose check page one prints in full: the row points
 * there instead of repeating it (sixth VP reading, class 8: the #9 check appeared three times).
 */
export function planFlagOnPageOne(verify: string): string {
  return `${verify}; what to check is on page one`;
}

/** What a "needs discussion" flag on page one asks of the reader, after the flag (one wording for every format). */
export const DISCUSSION_HINT = 'Agree with each role which is true before committing.';
