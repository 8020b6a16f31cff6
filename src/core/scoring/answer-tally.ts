// The answers given to one question, as counts (issue 21, "Scale"): per role, how many chose each
// level and how many said n/a; the evidence behind the scores; the first notes. Every figure the
// report shows of a question is exact from these counts (a mean is Σ count × level score, a median
// or a third is a walk up the levels, a role's figure reads its own counts), and they take the same
// memory for 10 respondents as for 200,000. Each respondent's answer is added once and then
// forgotten (audit-tally.ts). Pure.
import { EVIDENCE, type Evidence } from '../answers/answers-constants.js';
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

export interface AnswerTally {
  /** The question's level scores, lowest first: what `levels` counts in each role. */
  levelScores: readonly number[];
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
  add(respondent: number, roleKey: string, answer: { score: number | null; note: string | null; evidence: Evidence }): void;
  /** Notes given and not passed on (a reader keeps no more than NOTES_KEPT): counted as left out. */
  notesNotPassed(count: number): void;
  /** A respondent asked the question who did not answer it. */
  unanswered(respondent: number, roleKey: string): void;
}

export function createAnswerTally(question: { levels: readonly Pick<Question['levels'][number], 'score'>[] }): AnswerTallyBuilder {
  const levelScores = question.levels.map((l) => l.score);
  const byRole = new Map<string, RoleAnswers>();
  const evidence = Object.fromEntries(EVIDENCE.map((e) => [e, 0])) as Record<Evidence, number>;
  const notes: NoteAnswer[] = [];
  const unanswered: number[] = [];
  const unansweredRoles: string[] = [];
  const tally = { levelScores, byRole, evidence, notes, notesLeftOut: 0, unanswered, unansweredRoles };
  /** A score that is no level gets a count of its own, in order (only sheets built in memory hold one: the readers refuse them). */
  const addScore = (score: number): number => {
    let at = levelScores.findIndex((s) => s > score);
    if (at === -1) at = levelScores.length;
    levelScores.splice(at, 0, score);
    for (const role of byRole.values()) {
      role.levels.splice(at, 0, 0);
      role.checked.splice(at, 0, 0);
    }
    return at;
  };
  return {
    tally,
    add(respondent, roleKey, { score, note, evidence: kind }) {
      let level = score === null ? -1 : levelScores.indexOf(score);
      if (score !== null && level === -1) level = addScore(score);
      let role = byRole.get(roleKey);
      if (role === undefined) byRole.set(roleKey, (role = { levels: levelScores.map(() => 0), checked: levelScores.map(() => 0), notApplicable: 0 }));
      if (score === null) role.notApplicable++;
      else {
        role.levels[level]!++;
        if (kind !== 'claimed') role.checked[level]!++;
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

/**
 * How many checked answers chose each level, over every role: what the team level rests on where
 * there are any (recommendation-fires.ts teamLevel).
 */
export function checkedCounts(tally: Pick<AnswerTally, 'levelScores' | 'byRole'>): number[] {
  const counts = tally.levelScores.map(() => 0);
  for (const role of tally.byRole.values()) role.checked.forEach((n, i) => (counts[i]! += n));
  return counts;
}

/** How many answers to the question were checked. */
export function checkedCount(tally: Pick<AnswerTally, 'byRole'>): number {
  let n = 0;
  for (const role of tally.byRole.values()) n += role.checked.reduce((a, b) => a + b, 0);
  return n;
}

/**
 * How many of the roles given claimed each level: their answers without the checked ones. A role's
 * figures are its claims, the perception beside the checked level; and a checked answer, whose level
 * the report prints, left in a role's figures could be taken back out of them to give the others'.
 */
export function claimCounts(tally: Pick<AnswerTally, 'levelScores' | 'byRole'>, roleKeys: readonly string[]): number[] {
  const counts = tally.levelScores.map(() => 0);
  for (const key of roleKeys) {
    const { levels, checked } = roleAnswers(tally, key);
    levels.forEach((n, i) => (counts[i]! += n - checked[i]!));
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
