// Rules the schema cannot express, one small function each. They run on a rubric that already
// passed the schema, and report through `report` with a path into the source for the location.
import type { RuleId } from '../diagnostics.js';
import type { PathSegment } from '../source/parse-yaml-source.js';
import { formatPath } from '../source/zod-diagnostics.js';
import { actionRange, rangeOf } from './level-range.js';
import { MIN_LADDER } from './rubric-constants.js';
import type { LevelAt, Question, Rubric } from './schema.js';
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

const uniqueQuestionIds: RubricRule = ({ questions, questionPath, report }) => {
  const seen = new Map<string, number>();
  questions.forEach((question, index) => {
    const first = seen.get(question.id);
    if (first === undefined) seen.set(question.id, index);
    else report('duplicate-question-id', [...questionPath(index), 'id'], `question id "${question.id}" is already used by ${formatPath(questionPath(first))}`);
  });
};

const levelOrder: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    for (let i = 1; i < question.levels.length; i++) {
      const previous = question.levels[i - 1]!.score;
      const score = question.levels[i]!.score;
      if (score === previous) {
        report('level-order', [...questionPath(q), 'levels', i, 'score'], `question "${question.id}": level score ${score} appears twice; scores must be unique`);
      } else if (score < previous) {
        report('level-order', [...questionPath(q), 'levels', i, 'score'], `question "${question.id}": level score ${score} comes after ${previous}; scores must increase from the weakest level to the strongest`);
      }
    }
  });
};

/** Exactly one of `at` and `below`; `below` read with a warning, and inside the scale. */
const recommendationLevels: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    const scores = question.levels.map((l) => l.score);
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    question.recommendations.forEach((recommendation, r) => {
      const path = [...questionPath(q), 'recommendations', r];
      const { at, below } = recommendation;
      // A build step fires with what requires it, not at a level of its own (schema.ts `build`).
      if (at === undefined && below === undefined && recommendation.build === true) return;
      if (at === undefined && below === undefined) {
        report('schema-required', path, `action "${recommendation.id}" needs \`at\`: the level score it lifts a team from (one of ${scores.join(', ')}), or a range [from, to]`);
        return;
      }
      if (at !== undefined && below !== undefined) {
        report('recommendation-at-and-below', [...path, 'below'], `action "${recommendation.id}" has both \`at\` and \`below\`; keep \`at\` and remove \`below\``, { atKey: true });
        return;
      }
      if (below !== undefined) {
        if (below <= lowest || below > highest) {
          const why = below <= lowest ? 'it could never fire' : 'it would fire even at the top level';
          report('recommendation-threshold', [...path, 'below'], `question "${question.id}": below: ${below} is outside the scale (${lowest}..${highest}]; ${why}`);
          return;
        }
        const range = { from: lowest, to: below - 1 };
        report(
          'recommendation-below-deprecated',
          [...path, 'below'],
          `action "${recommendation.id}": below: ${below} is deprecated and read as at: ${range.from === range.to ? range.from : `[${range.from}, ${range.to}]`}; write \`at\` with the level this action lifts a team from`,
          { atKey: true },
        );
      }
    });
  });
};

/** An action's `at`, and a decision's, names level scores of its question, from ≤ to. */
const atIsALevel: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    const scores = question.levels.map((l) => l.score);
    const check = (at: LevelAt | undefined, path: PathSegment[], what: string) => {
      if (at === undefined) return;
      const range = rangeOf(at);
      const ends = typeof at === 'number' ? [at] : at;
      const missing = ends.filter((score) => !scores.includes(score));
      if (missing.length > 0) {
        report('action-at-not-a-level', path, `${what}: ${missing.join(' and ')} ${missing.length === 1 ? 'is not a level score' : 'are not level scores'} of question "${question.id}" (${scores.join(', ')})`);
      } else if (range.from > range.to) {
        report('action-at-not-a-level', path, `${what}: the range [${range.from}, ${range.to}] runs backwards; write [${range.to}, ${range.from}]`);
      }
    };
    question.recommendations.forEach((recommendation, r) => {
      check(recommendation.at, [...questionPath(q), 'recommendations', r, 'at'], `action "${recommendation.id}"`);
      // `to` is a level above every level the step lifts from.
      const to = recommendation.to;
      if (to === undefined || recommendation.at === undefined) return;
      const from = rangeOf(recommendation.at).to;
      if (!scores.includes(to) || to <= from) {
        report('action-at-not-a-level', [...questionPath(q), 'recommendations', r, 'to'], `action "${recommendation.id}": to ${to} is not a level score of question "${question.id}" above ${from} (${scores.filter((s) => s > from).join(', ') || 'none'})`);
      }
    });
    if (question.decision) check(question.decision.at, [...questionPath(q), 'decision', 'at'], `decision "${question.decision.id}"`);
  });
};

/**
 * Two actions of one question whose levels overlap must be ordered by `requires` (directly or
 * through other actions of the question): else the plan holds two first steps in no order.
 */
const sameLevelOrdered: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    const actions = question.recommendations.map((recommendation, r) => ({ recommendation, r, range: actionRange(question, recommendation) }));
    const ids = new Map(actions.map((a) => [a.recommendation.id, a]));
    const reaches = (from: string, to: string): boolean => {
      const seen = new Set<string>();
      const walk = (id: string): boolean => {
        if (id === to) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return (ids.get(id)?.recommendation.requires ?? []).some(walk);
      };
      return ids.get(from)!.recommendation.requires.some(walk);
    };
    for (let i = 0; i < actions.length; i++) {
      for (let j = i + 1; j < actions.length; j++) {
        const a = actions[i]!;
        const b = actions[j]!;
        if (a.range === null || b.range === null || a.range.to < b.range.from || b.range.to < a.range.from) continue;
        if (a.recommendation.id === b.recommendation.id || reaches(a.recommendation.id, b.recommendation.id) || reaches(b.recommendation.id, a.recommendation.id)) continue;
        const shared = Math.max(a.range.from, b.range.from);
        report(
          'action-same-level-unordered',
          [...questionPath(q), 'recommendations', b.r],
          `question "${question.id}": actions "${a.recommendation.id}" and "${b.recommendation.id}" both lift a team from level ${shared} and neither requires the other; add \`requires\` to order them, or move one to another level`,
        );
      }
    }
  });
};

/** Role wording for a level needs the prompt worded for that role; no wording for a role the question does not ask. */
const levelWording: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
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
  });
};

const ladderLength: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    if (question.levels.length < MIN_LADDER) {
      report('ladder-too-short', [...questionPath(q), 'levels'], `question "${question.id}" has ${question.levels.length} levels; a ladder needs ${MIN_LADDER} or more`, { atKey: true });
    }
  });
};

const questionMeasures: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    if (question.measures === undefined) report('question-measures-missing', [...questionPath(q), 'id'], `question "${question.id}" does not say what it measures; add \`measures:\`, the one axis its levels describe`);
  });
};

const questionHasHelp: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    if (question.help === undefined) report('question-without-help', questionPath(q), `question "${question.id}" has no help text for the interviewer`);
  });
};

const questionHasRecommendation: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    if (question.recommendations.length === 0) {
      report('question-without-recommendation', questionPath(q), `question "${question.id}" has no recommendations; a low score on it leads to no action`);
    }
  });
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
  ladderLength,
  questionMeasures,
  questionHasHelp,
  questionHasRecommendation,
  idMatchesFileName,
];
