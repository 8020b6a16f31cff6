// What scores rest on: checks of the audit sample (a document seen, calls or meetings observed,
// system data) against what respondents said. A check counts as one only where its question's
// checks set the level (answer-tally.ts checksSetLevel: a base of the set's minimum, not one
// respondent's); a smaller check is one respondent's own case, counted with the claims and never
// named by its kind, so no evidence tag points at the person who showed it (VP reading 10, class 2).
// n/a rests on nothing. A survey the audit ran sets a level as a check does, but is fieldwork, not
// the test of a claim: it is named as the survey, never "checked" (VP reading 13).
import { EVIDENCE, SAMPLE_UNITS, type Evidence } from '../answers/answers-constants.js';
import { censusBelowMinimum, checksSetLevel, type AnswerTally } from '../scoring/answer-tally.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { listText } from './format.js';
import { roleKey } from '../rubric/wording.js';

const SEEN_KINDS: readonly Evidence[] = ['document', 'observed', 'data', 'survey'];

/**
 * Each kind of evidence by one name wherever the report or the deck says it (fourteenth VP reading,
 * class 7: "checked on 8 reps (data)" in a row, "(system data)" on page one for the same check).
 */
export const EVIDENCE_KIND_WORDS: Readonly<Record<Evidence, string>> = { document: 'documents', observed: 'meetings observed', data: 'system data', survey: "the audit's survey", claimed: 'claims' };

/** "documents, system data": the kinds by their one name. */
export function kindWords(kinds: readonly Evidence[]): string {
  return listText(kinds.map((k) => EVIDENCE_KIND_WORDS[k]));
}

export interface EvidenceCount {
  /** Checks behind the levels that rest on checks. */
  seen: number;
  /** Scored answers counted as claims: every respondent's answer but the checks that set a level. */
  claimed: number;
  /** How many of each seen kind, in the order document, observed, data, survey. */
  kinds: { kind: Evidence; count: number }[];
  /** Questions scored whose level rests on checks (a survey the audit ran included). */
  checkedQuestions: number;
  /** Of those, the questions whose level rests on a survey the audit ran alone: fieldwork, not checks of the sample. */
  surveyedQuestions: number;
  /** Of those, the questions whose level is the auditor's reading of a company document (readByAuditor): no sample, so no base. */
  documentQuestions: number;
  /** Questions answered at all (by a respondent or a check). */
  questions: number;
  /** Of those, the questions held back (too few answered to show): neither checked nor scored on the average answer. */
  leftOut: number;
  /** The smallest and largest base among the checked questions (cases looked at), or null. */
  baseRange: { min: number; max: number } | null;
}

function scoredAnswers(answers: AnswerTally): number {
  return EVIDENCE.reduce((n, kind) => n + answers.evidence[kind], 0);
}

export function countEvidence(questions: readonly QuestionScore[]): EvidenceCount {
  const counts = new Map<Evidence, number>();
  let claimed = 0;
  let seen = 0;
  let checkedQuestions = 0;
  let surveyedQuestions = 0;
  let documentQuestions = 0;
  let scored = 0;
  let leftOut = 0;
  let baseRange: EvidenceCount['baseRange'] = null;
  for (const q of questions) {
    const { answers } = q;
    const setLevel = checksSetLevel(answers);
    // Answered but not in the score: counted apart, so page one's "the other N" are the scored ones (VP reading 14: 24 said, 23 scored).
    // A census too small to print still rests on its check (its row says so); only a question held back is neither.
    const notInScore = q.scoredAt === 'held-back';
    if (scoredAnswers(answers) > 0 || setLevel) {
      scored++;
      if (notInScore) leftOut++;
    }
    if (!setLevel) {
      claimed += scoredAnswers(answers);
      continue;
    }
    checkedQuestions++;
    if (surveyOnly(answers)) surveyedQuestions++;
    claimed += answers.evidence.claimed;
    seen += answers.checks.byAuditor + answers.checks.byRespondents;
    for (const kind of SEEN_KINDS) if (answers.checks.kinds[kind] > 0) counts.set(kind, (counts.get(kind) ?? 0) + answers.checks.kinds[kind]);
    // The base of the sample's checks: a survey's reach is not one, nor is a company's one document.
    if (surveyOnly(answers)) continue;
    if (readByAuditor(answers)) {
      documentQuestions++;
      continue;
    }
    const base = answers.checks.base.reduce((a, b) => a + b, 0);
    baseRange = baseRange === null ? { min: base, max: base } : { min: Math.min(baseRange.min, base), max: Math.max(baseRange.max, base) };
  }
  const kinds = SEEN_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
  return { seen, claimed, kinds, checkedQuestions, surveyedQuestions, documentQuestions, questions: scored, leftOut, baseRange };
}

/** Whether the level's fieldwork is a survey the audit ran and nothing else: it is said as the survey, not as a check. */
export function surveyOnly(answers: Pick<AnswerTally, 'checks'>): boolean {
  return answers.checks.kinds.survey > 0 && SEEN_KINDS.every((k) => k === 'survey' || answers.checks.kinds[k] === 0);
}

const UNIT_ONE: Record<string, string> = { reps: 'rep', managers: 'manager', deals: 'deal', cases: 'case' };

/**
 * What a question's checks looked at, where they set its level: "checked on 8 reps", "checked on
 * 20 deals", "checked on 4 managers and 1 case" (a check without a sample covers its one case); ''
 * where the checks set no level (their base is then not printed: one or two cases are a person).
 */
export function checkedOnText(answers: Pick<AnswerTally, 'checks'>): string {
  if (!checksSetLevel(answers)) return '';
  // The company's one document, read by the auditor (answer-tally.ts companyCase): no sample to count.
  if (readByAuditor(answers)) return 'read by the auditor';
  // A survey is fieldwork, not a check of anyone's claim: "from the audit's survey, covering 4 managers".
  const lead = surveyOnly(answers) ? "from the audit's survey, covering" : 'checked on';
  return `${lead} ${coveredText(answers)}`;
}

/** Whether the level is the auditor's reading of the company's one document (answer-tally.ts `companyCase`), said as such rather than as a count of cases. */
export function readByAuditor(answers: Pick<AnswerTally, 'checks'>): boolean {
  return answers.checks.companyCase && answers.checks.byAuditor > 0 && !surveyOnly(answers);
}

/** What a question's checks or survey covered: "8 reps", "4 managers and 1 case"; "every manager" for a census too small to print its level (answer-tally.ts censusBelowMinimum): what it covered, not how few. */
export function coveredText(answers: Pick<AnswerTally, 'checks'>): string {
  if (censusBelowMinimum(answers)) return 'every manager';
  const parts = [...SAMPLE_UNITS, 'cases' as const].flatMap((unit) => {
    const n = answers.checks.units[unit];
    return n === 0 ? [] : [`${n} ${n === 1 ? UNIT_ONE[unit] : unit}`];
  });
  return listText(parts);
}

/**
 * A question's evidence cell: "checked on 8 reps (observed)", "checked on 20 deals (document)",
 * "claims only"; "" when nothing is scored. It counts no claims (VP reading 11, class 4: "6
 * claimed" beside a mean of 1.8 and the header's groups told which group answered, and with the
 * annex's decimals how many); a check too small to set the level reads as none (it is one or two
 * people's own case, and that it was made points at them).
 */
export function evidenceText(q: Pick<QuestionScore, 'answers'>, single = false): string {
  // One respondent's report: their answer and what it rests on are theirs to read.
  if (single) {
    const kinds = SEEN_KINDS.filter((k) => q.answers.evidence[k] > 0);
    return kinds.length > 0 ? `seen (${kindWords(kinds)})` : q.answers.evidence.claimed > 0 ? 'claims only' : '';
  }
  const count = countEvidence([q as QuestionScore]);
  if (count.checkedQuestions === 0) return count.claimed === 0 ? '' : 'claims only';
  return checkedEvidenceText(q);
}

/** What the checks that set a question's level looked at, and their kinds: "checked on 20 deals (data)"; '' where no check sets it. */
export function checkedEvidenceText(q: Pick<QuestionScore, 'answers'>): string {
  const count = countEvidence([q as QuestionScore]);
  if (count.checkedQuestions === 0) return '';
  // The survey names itself; a check says its kind.
  return surveyOnly(q.answers) || readByAuditor(q.answers) ? checkedOnText(q.answers) : `${checkedOnText(q.answers)} (${kindWords(count.kinds.map((k) => k.kind))})`;
}

/**
 * How far below what people said a check must sit to call the answers rosier: half a level (VP
 * reading 17, item 29: "Q1.1 is 1.1 said vs 1 checked, essentially equal" was counted as rosier).
 * A mean a tenth above a whole level is rounding of a few answers, not a view of the team.
 */
export const ROSIER_MARGIN = 0.5;

/**
 * The checked questions whose check sat below what people said (VP reading 16, class 3 item 20:
 * "wherever we checked, the truth was lower than the answers ... the strongest reason to discount
 * the 23 unchecked questions"): those whose level rests on a check of the audit sample (a survey
 * the audit ran is fieldwork, not a test of a claim), whose answers' mean the report prints, and
 * whose checked level is at least ROSIER_MARGIN below that mean as printed (one decimal).
 * `compared` counts the checked questions the comparison could be made on.
 */
export function checksBelowClaims<Q extends Pick<QuestionScore, 'answers' | 'scoredAt' | 'figuresShown' | 'meanScore' | 'teamLevel'>>(questions: readonly Q[]): { below: Q[]; compared: number } {
  const comparable = questions.filter((q) => q.scoredAt === 'checked-level' && !surveyOnly(q.answers) && q.figuresShown && q.meanScore !== null && q.teamLevel !== null);
  return { below: comparable.filter((q) => q.teamLevel! <= Math.round(q.meanScore! * 10) / 10 - ROSIER_MARGIN), compared: comparable.length };
}

/**
 * Said once, on page one, where every checked question whose answers are printed (two or more)
 * came out below what people said: the reader then discounts the rows no check tested. One that
 * sat at or above the answers keeps it unsaid (the reading is "wherever", or nothing).
 */
export function checksBelowClaimsText(below: number, compared: number): string {
  // No question numbers: page one has none (tests/unit/page-one.test.ts); each section's rows show which.
  if (compared < 2 || below < compared) return '';
  return 'Wherever we checked, what people said was rosier than what we found.';
}

/**
 * The evidence's limits in one line, for page one (VP reading 17, class D: "only 4 of my 24 reps
 * answered ... buried in the header"; "two weeks of late-November calendars, before a 31 December
 * year end"): how many of each role shown on its own answered, of the headcount the client gave
 * (a pooled role's count would give its partner's away), and how near the quota year's end the
 * fieldwork fell, where it ended within the three months before it. '' where neither applies; no
 * full stop: page one runs on into what the scores rest on ("…, and most of what we heard is self-report").
 */
export function limitsText(roles: readonly { role: string; count: number; pooled: boolean }[], headcount: { reps?: number | undefined; managers?: number | undefined; leadership?: number | undefined } | undefined, lastDate: string, quotaYearEnd: string | null): string {
  const force: [number | undefined, string, string][] = [
    [headcount?.reps, 'salesperson', 'reps'],
    [headcount?.managers, 'sales manager', 'managers'],
    [headcount?.leadership, 'leadership', 'in leadership'],
  ];
  const answered = force.flatMap(([of, key, noun]) => {
    const shown = roles.find((r) => !r.pooled && roleKey(r.role) === key);
    return shown === undefined || of === undefined || shown.count >= of ? [] : [`${shown.count} of ${of} ${noun}`];
  });
  const days = quotaYearEnd === null ? -1 : (Date.parse(`${quotaYearEnd}T00:00:00Z`) - Date.parse(`${lastDate}T00:00:00Z`)) / 86_400_000;
  const weeks = Math.round(days / 7);
  // The year end's date is the plan's line (plan-calendar.ts); page one says how near it fell.
  const season = days < 0 || days > 91 ? '' : `${weeks < 1 ? 'in the last week' : `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`} before the quota year's end`;
  if (answered.length === 0) return season === '' ? '' : `Limits: fieldwork ended ${season}`;
  return `Limits: ${listText(answered)} answered${season === '' ? '' : `, ${season}`}`;
}
