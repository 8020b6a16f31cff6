// The order in which an interview asks the questions of a rubric set, with the labels a person
// needs to keep their bearings: "[7/27]" and "Imperative 2 of 4". Pure.
import type { Question } from '../rubric/schema.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { asksRole, levelsFor, type WordedLevel } from '../rubric/level-range.js';
import { wordingFor } from '../rubric/wording.js';

export interface PlanImperative {
  id: string;
  title: string;
  summary: string;
  /** 1-based position in the set. */
  position: number;
  /** "Imperative 2 of 4". */
  label: string;
  questionCount: number;
}

export interface QuestionStep {
  /** 0-based index in the plan. */
  index: number;
  /** "imperative/question": the key answers, reviews and messages use. */
  key: string;
  /** "[7/27]". */
  progress: string;
  imperative: PlanImperative;
  /** 1-based position within its imperative. */
  positionInImperative: number;
  question: Question;
  /** The question as worded for the respondent's role (the default wording without a role). */
  prompt: string;
  /** The help text for that role, when the question has one. */
  help: string | null;
  /** The levels with their descriptions worded for that role (first person: "I …", "My team …"). */
  levels: WordedLevel[];
}

export interface QuestionPlan {
  steps: QuestionStep[];
  imperatives: PlanImperative[];
}

/**
 * The plan for one respondent: with a role, each question and its levels are worded for that
 * role, and a question whose `roles:` leaves the role out is not asked.
 */
export function buildQuestionPlan(set: RubricSet, role: string | null = null): QuestionPlan {
  const asked = (questions: RubricSet['imperatives'][number]['questions']) => questions.filter((q) => asksRole(q, role));
  const total = set.imperatives.reduce((n, imperative) => n + asked(imperative.questions).length, 0);
  const imperatives: PlanImperative[] = [];
  const steps: QuestionStep[] = [];
  set.imperatives.forEach((rubric, i) => {
    const imperative: PlanImperative = {
      id: rubric.id,
      title: rubric.title,
      summary: rubric.summary,
      position: i + 1,
      label: `Imperative ${i + 1} of ${set.imperatives.length}`,
      questionCount: asked(rubric.questions).length,
    };
    imperatives.push(imperative);
    asked(rubric.questions).forEach((question, j) => {
      const index = steps.length;
      steps.push({
        index,
        key: `${rubric.id}/${question.id}`,
        progress: `[${index + 1}/${total}]`,
        imperative,
        positionInImperative: j + 1,
        question,
        prompt: wordingFor(question.prompt, role),
        help: question.help === undefined ? null : wordingFor(question.help, role),
        levels: levelsFor(question, role),
      });
    });
  });
  return { steps, imperatives };
}
