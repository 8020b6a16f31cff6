// The answers given to one question, as counts (issue 21, "Scale"): per role, how many chose each
// level and how many said n/a; the evidence behind the scores; the first notes. Every figure the
// report shows of a question is exact from these counts (a mean is Σ count × level score, a median
// or a third is a walk up the levels, a role's figure reads its own counts), and they take the same
// memory for 10 respondents as for 200,000. Each respondent's answer is added once and then
// forgotten (audit-tally.ts). Pure.
import { EVIDENCE, SAMPLE_UNITS, type Evidence, type SampleUnit } from '../answers/answers-constants.js';
import type { Sample } from '../answers/answer-sheet.js';
import { DEFAULT_CHECK_MINIMUM } from '../rubric/rubric-constants.js';
import type { Question } from '../rubric/schema.js';

/**
 * Notes kept per question, in the respondents' order; the rest are counted (`notesLeftOut`). A
 * report is read by people, and 50 notes on one question is already more than a leadership team
 * reads; a 200,000-row export holds about 640,000 notes, which as text and as report lines were
 * most of the memory a report took. The first in the respondents' order, so the choice depends on
 * nothing but the order of the input, and every run of the same input shows the same notes.
 */
export const NOTES_KEPT = 50;

/**
 * Respondents kept per question who were asked it and did not answer it, first in order: the
 * report names them (with --names) only when this few are missing; more are counted by role.
 */
export const UNANSWERED_KEPT = 5;

/** One role's answers to a question: how many gave each level (the question's levels, in order), and n/a. */
export interface RoleAnswers {
  levels: number[];
  /** Of `levels`, the answers checked (evidence other than `claimed`: a document, an observation, data), per level. */
  checked: number[];
  notApplicable: number;
}

/** A note kept with its answer; `respondent` indexes the audit's respondents (audit-tally.ts). */
export interface NoteAnswer {
  respondent: number;
  note: string;
  /** The level score of the answer, or null for n/a. */
  score: number | null;
}

/**
 * The checks made on a question (answers with evidence other than `claimed`), from respondents'
 * files and the auditor's, by what they covered: what a checked level rests on (score-term.ts).
 */
export interface CheckTally {
  /** Per level (the question's levels, in order), the cases the checks at that level looked at: Σ sample count, 1 for a check without a sample. */
  base: number[];
  /** Cases looked at, per sample unit; `cases` for checks without a sample (a respondent's own case). */
  units: Record<SampleUnit | 'cases', number>;
  /** Checks recorded in the auditor's file (role auditor): the audit's reading of its sample. */
  byAuditor: number;
  /** Checks recorded in respondents' files, one per file at most: each covers that respondent's own work or team. */
  byRespondents: number;
  /** The checks' kinds (document, observed, data, survey). */
  kinds: Record<Evidence, number>;
  /** The set's minimum base (sampling.minimum): below it the checks set no level, unless they are a census. */
  minimum: number;
  /** An auditor's check covered every one of its group (every first-line manager): it sets the level at any base. */
  census: boolean;
  /**
   * The question's check reads one thing the company has, once per audit (its written
   * differentiation strategy: `per: audit` in the set's `sampling.fieldwork`): the auditor's check
   * of it covers the whole of it, sets the level at a base of one and is printed, since it
   * describes the company's document, not a person (rubric review 16, edit 4).
   */
  companyCase: boolean;
}

export interface AnswerTally {
  /** The question's level scores, lowest first: what `levels` counts in each role. */
  levelScores: readonly number[];
  /** The checks on the question, with what they covered (checksSetLevel). */
  checks: CheckTally;
  /** Per role, keyed by roleKey (group-by-role.ts): a role that answered nothing has no entry. */
  byRole: ReadonlyMap<string, RoleAnswers>;
  /** What the scores rest on: scored answers only (n/a rests on nothing). */
  evidence: Readonly<Record<Evidence, number>>;
  /** The first NOTES_KEPT notes, in the respondents' order. */
  notes: readonly NoteAnswer[];
  /** Notes given beyond NOTES_KEPT, counted only. */
  notesLeftOut: number;
  /** The first UNANSWERED_KEPT respondents asked this question who did not answer it. */
  unanswered: readonly number[];
  /** The roles (roleKey) of those who did not answer it, each once, in the order of the first of each. */
  unansweredRoles: readonly string[];
}

/** The counts of one question, filled one answer at a time. */
export interface AnswerTallyBuilder {
  readonly tally: AnswerTally;
  /** Adds an answer (score null: n/a). */
  add(respondent: number, roleKey: string, answer: { score: number | null; note: string | null; evidence: Evidence; sample?: Sample }): void;
  /** Adds a check from the auditor's file: counted in the checks alone, no respondent's answer. */
  addAuditorCheck(answer: { score: number; evidence: Evidence; sample?: Sample }): void;
  /** Notes given and not passed on (a reader keeps no more than NOTES_KEPT): counted as left out. */
  notesNotPassed(count: number): void;
  /** A respondent asked the question who did not answer it. */
  unanswered(respondent: number, roleKey: string): void;
}

export function createAnswerTally(question: { levels: readonly Pick<Question['levels'][number], 'score'>[] }, checkMinimum: number = DEFAULT_CHECK_MINIMUM, companyCase = false): AnswerTallyBuilder {
  const levelScores = question.levels.map((l) => l.score);
  const checks: CheckTally = {
    base: levelScores.map(() => 0),
    units: Object.fromEntries([...SAMPLE_UNITS, 'cases'].map((u) => [u, 0])) as Record<SampleUnit | 'cases', number>,
    byAuditor: 0,
    byRespondents: 0,
    kinds: Object.fromEntries(EVIDENCE.map((e) => [e, 0])) as Record<Evidence, number>,
    minimum: checkMinimum,
    census: false,
    companyCase,
  };
  const byRole = new Map<string, RoleAnswers>();
  const evidence = Object.fromEntries(EVIDENCE.map((e) => [e, 0])) as Record<Evidence, number>;
  const notes: NoteAnswer[] = [];
  const unanswered: number[] = [];
  const unansweredRoles: string[] = [];
  const tally = { levelScores, checks, byRole, evidence, notes, notesLeftOut: 0, unanswered, unansweredRoles };
  /** A score that is no level gets a count of its own, in order (only sheets built in memory hold one: the readers refuse them). */
  const addScore = (score: number): number => {
    let at = levelScores.findIndex((s) => s > score);
    if (at === -1) at = levelScores.length;
    levelScores.splice(at, 0, score);
    checks.base.splice(at, 0, 0);
    for (const role of byRole.values()) {
      role.levels.splice(at, 0, 0);
      role.checked.splice(at, 0, 0);
    }
    return at;
  };
  const levelOf = (score: number): number => {
    const level = levelScores.indexOf(score);
    return level === -1 ? addScore(score) : level;
  };
  const addCheck = (level: number, kind: Evidence, sample: Sample | undefined): void => {
    const cases = sample?.count ?? 1;
    checks.base[level]! += cases;
    checks.units[sample?.of ?? 'cases'] += cases;
    checks.kinds[kind]++;
  };
  return {
    tally,
    addAuditorCheck({ score, evidence: kind, sample }) {
      addCheck(levelOf(score), kind, sample);
      checks.byAuditor++;
      if (sample?.census === true) checks.census = true;
    },
    add(respondent, roleKey, { score, note, evidence: kind, sample }) {
      const level = score === null ? -1 : levelOf(score);
      let role = byRole.get(roleKey);
      if (role === undefined) byRole.set(roleKey, (role = { levels: levelScores.map(() => 0), checked: levelScores.map(() => 0), notApplicable: 0 }));
      if (score === null) role.notApplicable++;
      else {
        role.levels[level]!++;
        if (kind !== 'claimed') {
          role.checked[level]!++;
          addCheck(level, kind, sample);
          checks.byRespondents++;
        }
        evidence[kind]++;
      }
      if (note !== null) {
        if (notes.length < NOTES_KEPT) notes.push({ respondent, note, score });
        else tally.notesLeftOut++;
      }
    },
    notesNotPassed(count) {
      tally.notesLeftOut += count;
    },
    unanswered(respondent, roleKey) {
      if (unanswered.length < UNANSWERED_KEPT) unanswered.push(respondent);
      if (!unansweredRoles.includes(roleKey)) unansweredRoles.push(roleKey);
    },
  };
}

const NO_ROLE: RoleAnswers = { levels: [], checked: [], notApplicable: 0 };

/** One role's answers (keyed by roleKey), or nobody's. */
export function roleAnswers(tally: Pick<AnswerTally, 'byRole'>, roleKey: string): RoleAnswers {
  return tally.byRole.get(roleKey) ?? NO_ROLE;
}

/** How many chose each level, over the roles given (every role when none are named). */
export function levelCounts(tally: Pick<AnswerTally, 'levelScores' | 'byRole'>, roleKeys?: readonly string[]): number[] {
  const counts = tally.levelScores.map(() => 0);
  const add = (role: RoleAnswers) => role.levels.forEach((n, i) => (counts[i]! += n));
  if (roleKeys === undefined) for (const role of tally.byRole.values()) add(role);
  else for (const key of roleKeys) add(roleAnswers(tally, key));
  return counts;
}

/** The cases a question's checks looked at, together: the base a checked level rests on. */
export function checkBase(tally: Pick<AnswerTally, 'checks'>): number {
  return tally.checks.base.reduce((a, b) => a + b, 0);
}

/** Whether any answer to the question was checked (by a respondent or the auditor). */
export function hasChecks(tally: Pick<AnswerTally, 'checks'>): boolean {
  return tally.checks.byAuditor + tally.checks.byRespondents > 0;
}

/**
 * Whether the question's checks set its level (the one rule, docs/rubric-design.md "The team level
 * with several respondents"): they looked at the set's minimum base or more (sampling.minimum:
 * three reps, managers or deals), and they are not one respondent's alone. A check in a
 * respondent's file covers that respondent's own work or team (a manager's CRM pull of their own
 * reps): one team is not the audit sample, which is spread across teams, and its level would be
 * that team's figure, traceable to whoever showed it. The auditor's own checks (role auditor) are
 * the audit's reading of its sample, drawn before fieldwork; so are checks from two respondents or
 * more together. Below that the checks replace nothing: the claims score the question. A census
 * (the auditor's check of every first-line manager, `sample.census`) sets the level at any base
 * (rubric review 11, B2): a two-manager firm has no larger sample to draw, and its keystone
 * question must still fire its step; below the minimum its level is not printed
 * (censusBelowMinimum). A question whose check reads the company's one document (`companyCase`)
 * is set by the auditor's check of it alone: there is no larger sample, and no person in it.
 */
export function checksSetLevel(tally: Pick<AnswerTally, 'checks'>): boolean {
  const { byAuditor, byRespondents, minimum, census, companyCase } = tally.checks;
  return census || (companyCase && byAuditor > 0) || (checkBase(tally) >= minimum && (byAuditor > 0 || byRespondents >= 2));
}

/**
 * Whether the checks are a census smaller than the set's minimum: their level says how each of one
 * or two known people stands (both managers sell half the week), so the report prints no level and
 * leaves it out of the score, while the plan acts on it (score-term.ts 'census-withheld').
 */
export function censusBelowMinimum(tally: Pick<AnswerTally, 'checks'>): boolean {
  return tally.checks.census && checkBase(tally) < tally.checks.minimum;
}

/**
 * The cases the checks at each level looked at: where the checks set the level, its median is the
 * team level (recommendation-fires.ts teamLevel), each check weighing what it covered.
 */
export function checkedCounts(tally: Pick<AnswerTally, 'checks'>): number[] {
  return [...tally.checks.base];
}

/**
 * How many respondents' answers to the question count as checks rather than claims: their checked
 * answers where the checks set the level, none where they do not (the checked answer is then that
 * respondent's answer, one of the claims); over the roles given (the question's witnesses,
 * witnesses.ts), every role when none are.
 */
export function checkedCount(tally: Pick<AnswerTally, 'byRole' | 'checks'>, roleKeys?: readonly string[]): number {
  if (!checksSetLevel(tally)) return 0;
  let n = 0;
  for (const role of roleKeys === undefined ? tally.byRole.values() : roleKeys.map((key) => roleAnswers(tally, key))) n += role.checked.reduce((a, b) => a + b, 0);
  return n;
}

/**
 * How many of the roles given claimed each level: their answers without the checked ones where the
 * checks set the level. A role's figures are then its claims, the perception beside the checked
 * level; and a checked answer, whose level the report prints, left in a role's figures could be
 * taken back out of them to give the others'. Where the checks set no level, a respondent's checked
 * answer is their answer like any other.
 */
export function claimCounts(tally: Pick<AnswerTally, 'levelScores' | 'byRole' | 'checks'>, roleKeys: readonly string[]): number[] {
  const counts = tally.levelScores.map(() => 0);
  const setLevel = checksSetLevel(tally);
  for (const key of roleKeys) {
    const { levels, checked } = roleAnswers(tally, key);
    levels.forEach((n, i) => (counts[i]! += setLevel ? n - checked[i]! : n));
  }
  return counts;
}

/** Everyone who answered, n/a included. */
export function answeredCount(tally: Pick<AnswerTally, 'byRole'>): number {
  let n = 0;
  for (const role of tally.byRole.values()) n += role.notApplicable + role.levels.reduce((a, b) => a + b, 0);
  return n;
}

/** The level (its index) of the lower middle answer: the team level's rule (recommendation-fires.ts teamLevel); -1 when nobody answered. */
export function medianLevelIndex(counts: readonly number[]): number {
  const scored = counts.reduce((a, b) => a + b, 0);
  return scored === 0 ? -1 : levelIndexAt(counts, Math.floor((scored - 1) / 2));
}

/** The level (its index) of the answer at a position (0-based) of the answers, lowest first, from how many chose each level; -1 past the end. */
export function levelIndexAt(counts: readonly number[], position: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (position < seen) return i;
  }
  return -1;
}
