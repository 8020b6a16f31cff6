import type { AnswerSheet } from '../answers/answer-sheet.js';
import type { Evidence } from '../answers/answers-constants.js';
import type { Question } from '../rubric/schema.js';
import { attainment } from './attainment.js';
import { NEEDS_DISCUSSION_SPREAD } from './config.js';

/** One respondent's answer to a question; `respondent` indexes the sheets given to scoring. */
export interface RespondentAnswer {
  respondent: number;
  /** The level score, or null for "not applicable". */
  score: number | null;
  note: string | null;
  evidence: Evidence;
}

export interface QuestionScore {
  question: Question;
  /** Every answer given, n/a included, in the order of the sheets. */
  answers: RespondentAnswer[];
  /** How many respondents gave this question a score (n/a and unanswered left out). */
  respondents: number;
  notApplicable: number;
  /** Mean of the scores given; null when nobody scored the question. */
  meanScore: number | null;
  /** Attainment of the mean score (= mean of the respondents' attainments), 0 to 1. */
  attainment: number | null;
  min: number | null;
  max: number | null;
  /** Levels between the lowest and the highest score given (0 with one respondent). */
  spread: number | null;
  /** Respondents disagree by NEEDS_DISCUSSION_SPREAD levels or more. */
  needsDiscussion: boolean;
}

export function scoreQuestion(imperativeId: string, question: Question, sheets: readonly AnswerSheet[]): QuestionScore {
  const answers: RespondentAnswer[] = [];
  const scores: number[] = [];
  sheets.forEach((sheet, respondent) => {
    const answer = sheet.answers[imperativeId]?.[question.id];
    if (answer === undefined) return;
    answers.push({ respondent, score: answer.score, note: answer.note, evidence: answer.evidence });
    if (answer.score !== null) scores.push(answer.score);
  });
  if (scores.length === 0) {
    return { question, answers, respondents: 0, notApplicable: answers.length, meanScore: null, attainment: null, min: null, max: null, spread: null, needsDiscussion: false };
  }
  const meanScore = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const levelIndex = (score: number) => question.levels.findIndex((level) => level.score === score);
  const spread = levelIndex(max) - levelIndex(min);
  return {
    question,
    answers,
    respondents: scores.length,
    notApplicable: answers.length - scores.length,
    meanScore,
    attainment: attainment(question, meanScore),
    min,
    max,
    spread,
    needsDiscussion: spread >= NEEDS_DISCUSSION_SPREAD,
  };
}
