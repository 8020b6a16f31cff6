// Rules the schema cannot express, one small function each. They run on a rubric that already
// passed the schema, and report through `report` with a path into the source for the location.
import type { RuleId } from '../diagnostics.js';
import type { PathSegment } from '../source/parse-yaml-source.js';
import { formatPath } from '../source/zod-diagnostics.js';
import { actionRange, rangeOf } from './level-range.js';
import { MIN_LADDER } from './rubric-constants.js';
import type { LevelAt, Question, Recommendation, Rubric } from './schema.js';
import { roleKey, wordingRoles } from './wording.js';

export interface RubricRuleContext {
  /** The rubric's id, or null when it is not valid (the schema reports that). */
  id: string | null;
  /** The questions that passed the schema; with a schema error elsewhere, only those. */
  questions: readonly Question[];
  /** Where questions[index] sits in the file: ['questions', n] for its original position n. */
  questionPath(index: number): PathSegment[];
  /** File name without folder and extension, to compare with the id. */
  baseName: string;
  report(rule: RuleId, path: readonly PathSegment[], message: string, options?: { atKey?: boolean }): void;
}

export type RubricRule = (ctx: RubricRuleContext) => void;

// The rules run on every question of every file (validate on a thousand files runs them on ten
// thousand questions), so each is a plain loop that builds a path, a message or a lookup table
// only when it needs one: closures and arrays made per question cost more than the checks.

const uniqueQuestionIds: RubricRule = ({ questions, questionPath, report }) => {
  const seen = new Map<string, number>();
  for (let index = 0; index < questions.length; index++) {
    const question = questions[index]!;
    const first = seen.get(question.id);
    if (first === undefined) seen.set(question.id, index);
    else report('duplicate-question-id', [...questionPath(index), 'id'], `question id "${question.id}" is already used by ${formatPath(questionPath(first))}`);
  }
};

const levelOrder: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    const levels = question.levels;
    for (let i = 1; i < levels.length; i++) {
      const previous = levels[i - 1]!.score;
      const score = levels[i]!.score;
      if (score === previous) {
        report('level-order', [...questionPath(q), 'levels', i, 'score'], `question "${question.id}": level score ${score} appears twice; scores must be unique`);
      } else if (score < previous) {
        report('level-order', [...questionPath(q), 'levels', i, 'score'], `question "${question.id}": level score ${score} comes after ${previous}; scores must increase from the weakest level to the strongest`);
      }
    }
  }
};

function levelScores(question: Question): number[] {
  return question.levels.map((l) => l.score);
}

/** Exactly one of `at` and `below`; `below` read with a warning, and inside the scale. */
const recommendationLevels: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    const recommendations = question.recommendations;
    for (let r = 0; r < recommendations.length; r++) {
      const recommendation = recommendations[r]!;
      const { at, below } = recommendation;
      if (at !== undefined && below === undefined) continue;
      // A build step fires with what requires it, not at a level of its own (schema.ts `build`).
      if (at === undefined && below === undefined && recommendation.build === true) continue;
      const path = [...questionPath(q), 'recommendations', r];
      if (at === undefined && below === undefined) {
        report('schema-required', path, `action "${recommendation.id}" needs \`at\`: the level score it lifts a team from (one of ${levelScores(question).join(', ')}), or a range [from, to]`);
        continue;
      }
      if (at !== undefined && below !== undefined) {
        report('recommendation-at-and-below', [...path, 'below'], `action "${recommendation.id}" has both \`at\` and \`below\`; keep \`at\` and remove \`below\``, { atKey: true });
        continue;
      }
      const scores = levelScores(question);
      const lowest = Math.min(...scores);
      const highest = Math.max(...scores);
      if (below! <= lowest || below! > highest) {
        const why = below! <= lowest ? 'it could never fire' : 'it would fire even at the top level';
        report('recommendation-threshold', [...path, 'below'], `question "${question.id}": below: ${below} is outside the scale (${lowest}..${highest}]; ${why}`);
        continue;
      }
      const range = { from: lowest, to: below! - 1 };
      report(
        'recommendation-below-deprecated',
        [...path, 'below'],
        `action "${recommendation.id}": below: ${below} is deprecated and read as at: ${range.from === range.to ? range.from : `[${range.from}, ${range.to}]`}; write \`at\` with the level this action lifts a team from`,
        { atKey: true },
      );
    }
  }
};

function isLevelScore(question: Question, score: number): boolean {
  const levels = question.levels;
  for (let i = 0; i < levels.length; i++) if (levels[i]!.score === score) return true;
  return false;
}

/** What is wrong with an `at` of this question (a score that is not a level, a range that runs backwards), or null. */
function atProblem(question: Question, at: LevelAt): string | null {
  const missing = typeof at === 'number' ? (isLevelScore(question, at) ? [] : [at]) : at.filter((score) => !isLevelScore(question, score));
  if (missing.length > 0) {
    return `${missing.join(' and ')} ${missing.length === 1 ? 'is not a level score' : 'are not level scores'} of question "${question.id}" (${levelScores(question).join(', ')})`;
  }
  const range = rangeOf(at);
  return range.from > range.to ? `the range [${range.from}, ${range.to}] runs backwards; write [${range.to}, ${range.from}]` : null;
}

/** An action's `at`, and a decision's, names level scores of its question, from ≤ to. */
const atIsALevel: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    const recommendations = question.recommendations;
    for (let r = 0; r < recommendations.length; r++) {
      const recommendation = recommendations[r]!;
      const at = recommendation.at;
      if (at === undefined) continue;
      const problem = atProblem(question, at);
      if (problem !== null) report('action-at-not-a-level', [...questionPath(q), 'recommendations', r, 'at'], `action "${recommendation.id}": ${problem}`);
      // `to` is a level above every level the step lifts from.
      const to = recommendation.to;
      if (to === undefined) continue;
      const from = rangeOf(at).to;
      if (!isLevelScore(question, to) || to <= from) {
        report('action-at-not-a-level', [...questionPath(q), 'recommendations', r, 'to'], `action "${recommendation.id}": to ${to} is not a level score of question "${question.id}" above ${from} (${levelScores(question).filter((s) => s > from).join(', ') || 'none'})`);
      }
    }
    const decision = question.decision;
    if (decision) {
      const problem = atProblem(question, decision.at);
      if (problem !== null) report('action-at-not-a-level', [...questionPath(q), 'decision', 'at'], `decision "${decision.id}": ${problem}`);
    }
  }
};

/** Whether action `from` requires `to`, directly or through other actions of its question (`byId`). */
function reaches(byId: ReadonlyMap<string, Recommendation>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    if (id === to) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (byId.get(id)?.requires ?? []).some(walk);
  };
  return byId.get(from)!.requires.some(walk);
}

/**
 * Two actions of one question whose levels overlap must be ordered by `requires` (directly or
 * through other actions of the question): else the plan holds two first steps in no order.
 */
const sameLevelOrdered: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    const recommendations = question.recommendations;
    if (recommendations.length < 2) continue;
    const ranges = recommendations.map((recommendation) => actionRange(question, recommendation));
    // The actions by id (the last of a repeated id, which another rule reports), built for the first overlap.
    let byId: Map<string, Recommendation> | null = null;
    for (let i = 0; i < recommendations.length; i++) {
      for (let j = i + 1; j < recommendations.length; j++) {
        const a = ranges[i]!;
        const b = ranges[j]!;
        if (a === null || b === null || a.to < b.from || b.to < a.from) continue;
        const first = recommendations[i]!;
        const second = recommendations[j]!;
        if (first.id === second.id) continue;
        byId ??= new Map(recommendations.map((recommendation) => [recommendation.id, recommendation]));
        if (reaches(byId, first.id, second.id) || reaches(byId, second.id, first.id)) continue;
        const shared = Math.max(a.from, b.from);
        report(
          'action-same-level-unordered',
          [...questionPath(q), 'recommendations', j],
          `question "${question.id}": actions "${first.id}" and "${second.id}" both lift a team from level ${shared} and neither requires the other; add \`requires\` to order them, or move one to another level`,
        );
      }
    }
  }
};

/** Role wording for a level needs the prompt worded for that role; no wording for a role the question does not ask. */
const levelWording: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    // Most questions word nothing per role: nothing to check.
    if (typeof question.prompt === 'string' && (question.help === undefined || typeof question.help === 'string') && question.levels.every((level) => typeof level.description === 'string')) continue;
    const promptRoles = new Set(wordingRoles(question.prompt).map(roleKey));
    const asked = question.roles === undefined ? null : new Set(question.roles.map(roleKey));
    const excluded = (role: string, path: PathSegment[], what: string) => {
      if (asked === null || asked.has(roleKey(role))) return false;
      report('wording-role-excluded', path, `question "${question.id}": ${what} is worded for "${role}", which the question's roles (${question.roles!.join(', ')}) do not ask; remove it or add the role`, { atKey: true });
      return true;
    };
    for (const field of ['prompt', 'help'] as const) {
      for (const role of wordingRoles(question[field])) excluded(role, [...questionPath(q), field, role], field);
    }
    const withoutPrompt = new Set<string>();
    question.levels.forEach((level, i) => {
      for (const role of wordingRoles(level.description)) {
        const path = [...questionPath(q), 'levels', i, 'description', role];
        if (excluded(role, path, `level ${level.score}`)) continue;
        if (promptRoles.has(roleKey(role)) || withoutPrompt.has(roleKey(role))) continue;
        withoutPrompt.add(roleKey(role));
        report('wording-level-role-without-prompt', path, `question "${question.id}": level ${level.score} is worded for "${role}", but the prompt is not; add a "${role}" prompt`, { atKey: true });
      }
    });
  }
};

/** A witness (`scoredBy`) is a role the question asks (scoring/witnesses.ts): one it does not ask never answers, so it could never set the level. */
const witnessesAsked: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    if (question.scoredBy === undefined || question.roles === undefined) return;
    const asked = new Set(question.roles.map(roleKey));
    question.scoredBy.forEach((role, i) => {
      if (asked.has(roleKey(role))) return;
      report('scored-by-not-asked', [...questionPath(q), 'scoredBy', i], `question "${question.id}": scoredBy names "${role}", which the question's roles (${question.roles!.join(', ')}) do not ask; add it to roles or take it out of scoredBy`);
    });
  });
};

const ladderLength: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    if (question.levels.length < MIN_LADDER) {
      report('ladder-too-short', [...questionPath(q), 'levels'], `question "${question.id}" has ${question.levels.length} levels; a ladder needs ${MIN_LADDER} or more`, { atKey: true });
    }
  }
};

const questionMeasures: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    if (question.measures === undefined) report('question-measures-missing', [...questionPath(q), 'id'], `question "${question.id}" does not say what it measures; add \`measures:\`, the one axis its levels describe`);
  }
};

const questionHasHelp: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    if (question.help === undefined) report('question-without-help', questionPath(q), `question "${question.id}" has no help text for the interviewer`);
  }
};

const questionHasRecommendation: RubricRule = ({ questions, questionPath, report }) => {
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q]!;
    if (question.recommendations.length === 0) {
      report('question-without-recommendation', questionPath(q), `question "${question.id}" has no recommendations; a low score on it leads to no action`);
    }
  }
};

const idMatchesFileName: RubricRule = ({ id, baseName, report }) => {
  if (id !== null && id !== baseName) report('id-file-name-mismatch', ['id'], `id "${id}" differs from the file name "${baseName}"`);
};

/** The context for a rubric that passed the schema whole. */
export function ruleContextOf(rubric: Rubric): Pick<RubricRuleContext, 'id' | 'questions' | 'questionPath'> {
  return { id: rubric.id, questions: rubric.questions, questionPath: (index) => ['questions', index] };
}

export const RUBRIC_RULES: readonly RubricRule[] = [
  uniqueQuestionIds,
  levelOrder,
  recommendationLevels,
  atIsALevel,
  sameLevelOrdered,
  levelWording,
  witnessesAsked,
  ladderLength,
  questionMeasures,
  questionHasHelp,
  questionHasRecommendation,
  idMatchesFileName,
];
