import type { Answer, AnswerSheet } from '../answers/answer-sheet.js';
import type { Evidence } from '../answers/answers-constants.js';
import type { Question } from '../rubric/schema.js';
import { attainment } from './attainment.js';
import { campDistance, CAMP_DISTANCE } from './discussion.js';

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
  /** Respondents genuinely disagree (discussion.ts): two camps here; scoreAudit adds the roles' rule. */
  needsDiscussion: boolean;
  /** Levels between the lower and the upper third of the scores given (discussion.ts). */
  campDistance: number;
  /** The widest gap between two shown roles' mean answers, in levels; set by scoreAudit, 0 before. */
  roleSplit: number;
}

export function scoreQuestion(imperativeId: string, question: Question, sheets: readonly AnswerSheet[]): QuestionScore {
  return questionScoreOf(question, answersTo(question.id, sheets.map((sheet) => sheet.answers[imperativeId])));
}

/**
 * The answers given to a question, from each sheet's answers to its imperative (looked up once
 * per sheet and imperative by the caller: keyed lookups over 50,000 sheets add up).
 */
export function answersTo(questionId: string, answered: readonly (Readonly<Record<string, Answer>> | undefined)[]): RespondentAnswer[] {
  const answers: RespondentAnswer[] = [];
  for (let respondent = 0; respondent < answered.length; respondent++) {
    const answer = answered[respondent]?.[questionId];
    if (answer !== undefined) answers.push({ respondent, score: answer.score, note: answer.note, evidence: answer.evidence });
  }
  return answers;
}

/** A question's figures from the answers given to it (in the order of the sheets). */
export function questionScoreOf(question: Question, answers: RespondentAnswer[]): QuestionScore {
  let sum = 0;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  // One pass, added in the sheets' order (the mean is the same float whoever computes it).
  for (const { score } of answers) {
    if (score === null) continue;
    sum += score;
    count++;
    if (score < min) min = score;
    if (score > max) max = score;
  }
  if (count === 0) {
    return { question, answers, respondents: 0, notApplicable: answers.length, meanScore: null, attainment: null, min: null, max: null, spread: null, needsDiscussion: false, campDistance: 0, roleSplit: 0 };
  }
  const meanScore = sum / count;
  const levelIndex = (score: number) => question.levels.findIndex((level) => level.score === score);
  const spread = levelIndex(max) - levelIndex(min);
  const scores: number[] = [];
  for (const { score } of answers) if (score !== null) scores.push(score);
  const camps = spread < CAMP_DISTANCE ? 0 : campDistance(question, scores);
  return {
    question,
    answers,
    respondents: count,
    notApplicable: answers.length - count,
    meanScore,
    attainment: attainment(question, meanScore),
    min,
    max,
    spread,
    needsDiscussion: camps >= CAMP_DISTANCE,
    campDistance: camps,
    roleSplit: 0,
  };
}
