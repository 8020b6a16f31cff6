// Where on a question's ladder an action or a decision applies, and a ladder worded for a role.
// One place reads `at` (and the deprecated `below`), so validate, scoring and the reports agree
// on what a range means. Free of zod.
import type { Level, LevelAt, Question, Recommendation } from './schema.js';
import { hasWordingFor, roleKey, wordingFor } from './wording.js';

/** An inclusive range of level scores. */
export interface LevelRange {
  from: number;
  to: number;
}

/** `at: 2` is [2, 2]; `at: [0, 1]` is [0, 1]. */
export function rangeOf(at: LevelAt): LevelRange {
  return typeof at === 'number' ? { from: at, to: at } : { from: at[0]!, to: at[1]! };
}

/**
 * The team levels an action lifts a team from: its `at`, or for an old `below: N`,
 * [lowest level score, N − 1] (what "fires below N" meant for one respondent). Null when it has
 * neither (validate reports that).
 */
export function actionRange(question: Pick<Question, 'levels'>, recommendation: Pick<Recommendation, 'at' | 'below'>): LevelRange | null {
  if (recommendation.at !== undefined) return rangeOf(recommendation.at);
  if (recommendation.below !== undefined) return { from: lowestScore(question), to: recommendation.below - 1 };
  return null;
}

export function inRange(range: LevelRange, score: number): boolean {
  return score >= range.from && score <= range.to;
}

export function lowestScore(question: Pick<Question, 'levels'>): number {
  return Math.min(...question.levels.map((l) => l.score));
}

/** Whether a respondent in this role is asked the question (`roles:`; every role when it has none). */
export function asksRole(question: Pick<Question, 'roles'>, role: string | null | undefined): boolean {
  if (question.roles === undefined || role === null || role === undefined) return true;
  const wanted = roleKey(role);
  return question.roles.some((r) => roleKey(r) === wanted);
}

/** A level whose description is the one text shown to this role (the default without a role). */
export interface WordedLevel {
  score: number;
  label: string;
  description: string;
  /**
   * The description is this role's own wording ("I …", "My team …"), not the default that reads as
   * a finding about the team. The interview then offers it as the choice itself.
   */
  inOwnWords: boolean;
}

export function wordedLevel(level: Level, role?: string | null): WordedLevel {
  return {
    score: level.score,
    label: level.label,
    description: wordingFor(level.description, role),
    inOwnWords: hasWordingFor(level.description, role),
  };
}

/**
 * Where the team stands at a level, as a plain finding: the level's label, which names the level's
 * range on its own ("Reasons for under a quarter of listed accounts"), not its description, which
 * states the floor a respondent must reach ("give a business reason for at least one of their
 * listed accounts") and, printed as a finding, made a weak level sound fine (tenth VP reading,
 * class 8). The report's tables, page one's default whys and the draft all say it this way.
 */
export function teamFinding(level: Pick<Level, 'label'>): string {
  const label = level.label.trim();
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}${/[.!?]$/.test(label) ? '' : '.'}`;
}

export function levelsFor(question: Pick<Question, 'levels'>, role?: string | null): WordedLevel[] {
  return question.levels.map((level) => wordedLevel(level, role));
}
