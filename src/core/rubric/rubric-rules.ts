// Rules the schema cannot express, one small function each. They run on a rubric that already
// passed the schema, and report through `report` with a path into the source for the location.
import type { RuleId } from '../diagnostics.js';
import type { PathSegment } from '../source/parse-yaml-source.js';
import type { Rubric } from './schema.js';

export interface RubricRuleContext {
  rubric: Rubric;
  /** File name without folder and extension, to compare with the id. */
  baseName: string;
  report(rule: RuleId, path: readonly PathSegment[], message: string, options?: { atKey?: boolean }): void;
}

export type RubricRule = (ctx: RubricRuleContext) => void;

const uniqueQuestionIds: RubricRule = ({ rubric, report }) => {
  const seen = new Map<string, number>();
  rubric.questions.forEach((question, index) => {
    const first = seen.get(question.id);
    if (first === undefined) seen.set(question.id, index);
    else report('duplicate-question-id', ['questions', index, 'id'], `question id "${question.id}" is already used by questions[${first}]`);
  });
};

const levelOrder: RubricRule = ({ rubric, report }) => {
  rubric.questions.forEach((question, q) => {
    for (let i = 1; i < question.levels.length; i++) {
      const previous = question.levels[i - 1]!.score;
      const score = question.levels[i]!.score;
      if (score === previous) {
        report('level-order', ['questions', q, 'levels', i, 'score'], `question "${question.id}": level score ${score} appears twice; scores must be unique`);
      } else if (score < previous) {
        report('level-order', ['questions', q, 'levels', i, 'score'], `question "${question.id}": level score ${score} comes after ${previous}; scores must increase from the weakest level to the strongest`);
      }
    }
  });
};

const recommendationThresholds: RubricRule = ({ rubric, report }) => {
  rubric.questions.forEach((question, q) => {
    const scores = question.levels.map((l) => l.score);
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    question.recommendations.forEach((recommendation, r) => {
      if (recommendation.below <= lowest || recommendation.below > highest) {
        const why = recommendation.below <= lowest ? 'it could never fire' : 'it would fire even at the top level';
        report(
          'recommendation-threshold',
          ['questions', q, 'recommendations', r, 'below'],
          `question "${question.id}": below: ${recommendation.below} is outside the scale (${lowest}..${highest}]; ${why}`,
        );
      }
    });
  });
};

const questionHasHelp: RubricRule = ({ rubric, report }) => {
  rubric.questions.forEach((question, q) => {
    if (question.help === undefined) report('question-without-help', ['questions', q], `question "${question.id}" has no help text for the interviewer`);
  });
};

const questionHasRecommendation: RubricRule = ({ rubric, report }) => {
  rubric.questions.forEach((question, q) => {
    if (question.recommendations.length === 0) {
      report('question-without-recommendation', ['questions', q], `question "${question.id}" has no recommendations; a low score on it leads to no action`);
    }
  });
};

const idMatchesFileName: RubricRule = ({ rubric, baseName, report }) => {
  if (rubric.id !== baseName) report('id-file-name-mismatch', ['id'], `id "${rubric.id}" differs from the file name "${baseName}"`);
};

export const RUBRIC_RULES: readonly RubricRule[] = [
  uniqueQuestionIds,
  levelOrder,
  recommendationThresholds,
  questionHasHelp,
  questionHasRecommendation,
  idMatchesFileName,
];
