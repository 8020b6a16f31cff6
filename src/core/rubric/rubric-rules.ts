// Rules the schema cannot express, one small function each. They run on a rubric that already
// passed the schema, and report through `report` with a path into the source for the location.
import type { RuleId } from '../diagnostics.js';
import type { PathSegment } from '../source/parse-yaml-source.js';
import { formatPath } from '../source/zod-diagnostics.js';
import type { Question, Rubric } from './schema.js';

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

const recommendationThresholds: RubricRule = ({ questions, questionPath, report }) => {
  questions.forEach((question, q) => {
    let lowest = Infinity;
    let highest = -Infinity;
    for (const { score } of question.levels) {
      if (score < lowest) lowest = score;
      if (score > highest) highest = score;
    }
    question.recommendations.forEach((recommendation, r) => {
      if (recommendation.below <= lowest || recommendation.below > highest) {
        const why = recommendation.below <= lowest ? 'it could never fire' : 'it would fire even at the top level';
        report(
          'recommendation-threshold',
          [...questionPath(q), 'recommendations', r, 'below'],
          `question "${question.id}": below: ${recommendation.below} is outside the scale (${lowest}..${highest}]; ${why}`,
        );
      }
    });
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
  recommendationThresholds,
  questionHasHelp,
  questionHasRecommendation,
  idMatchesFileName,
];
