// Where the interview stands: which question is on screen and what has been answered. Every move
// (answer, skip, back, jump) is a pure function from one state to the next, so the whole walk can
// be tested without a terminal and the CLI only asks and saves.
import type { Answer, AnswerSheet } from '../answers/answer-sheet.js';
import type { QuestionPlan, QuestionStep } from './question-plan.js';

export type AnswerMap = AnswerSheet['answers'];

export interface InterviewState {
  /** Index of the question on screen; `plan.steps.length` once every step has been passed. */
  cursor: number;
  /**
   * The furthest question reached in this run. Moving forward from behind it revisits questions
   * one by one (after "Back" you see each question again); moving forward from it jumps to the
   * next unanswered question (after a resume you are not walked through what is already answered).
   */
  frontier: number;
  answers: AnswerMap;
}

export function answerFor(answers: AnswerMap, step: QuestionStep): Answer | undefined {
  return answers[step.imperative.id]?.[step.question.id];
}

/** Index of the first question without an answer, or `plan.steps.length` when all are answered. */
export function firstUnanswered(plan: QuestionPlan, answers: AnswerMap, from = 0): number {
  for (let i = from; i < plan.steps.length; i++) {
    if (answerFor(answers, plan.steps[i]!) === undefined) return i;
  }
  return plan.steps.length;
}

/** A new interview, or a resumed one: it starts at the first unanswered question. */
export function startInterview(plan: QuestionPlan, answers: AnswerMap): InterviewState {
  const cursor = firstUnanswered(plan, answers);
  return { cursor, frontier: cursor, answers };
}

export function isFinished(plan: QuestionPlan, state: InterviewState): boolean {
  return state.cursor >= plan.steps.length;
}

/** Records (or replaces) the answer to one question without moving. */
export function setAnswer(state: InterviewState, step: QuestionStep, answer: Answer): InterviewState {
  const byQuestion = { ...state.answers[step.imperative.id], [step.question.id]: answer };
  return { ...state, answers: { ...state.answers, [step.imperative.id]: byQuestion } };
}

/** Removes the answer to one question (the person chose to skip it for now). */
export function clearAnswer(state: InterviewState, step: QuestionStep): InterviewState {
  const current = state.answers[step.imperative.id];
  if (current === undefined || !(step.question.id in current)) return state;
  const { [step.question.id]: _removed, ...rest } = current;
  const answers = { ...state.answers };
  if (Object.keys(rest).length === 0) delete answers[step.imperative.id];
  else answers[step.imperative.id] = rest;
  return { ...state, answers };
}

/** Moves on from the current question (after an answer or a skip). */
export function advance(plan: QuestionPlan, state: InterviewState): InterviewState {
  const next = state.cursor + 1;
  const cursor = next <= state.frontier ? next : firstUnanswered(plan, state.answers, next);
  return { ...state, cursor, frontier: Math.max(state.frontier, cursor) };
}

export function answerAndAdvance(plan: QuestionPlan, state: InterviewState, step: QuestionStep, answer: Answer): InterviewState {
  return advance(plan, setAnswer(state, step, answer));
}

export function skipAndAdvance(plan: QuestionPlan, state: InterviewState, step: QuestionStep): InterviewState {
  return advance(plan, clearAnswer(state, step));
}

/** "Back": the previous question, whatever its state. Stays put on the first question. */
export function goBack(state: InterviewState): InterviewState {
  return { ...state, cursor: Math.max(0, state.cursor - 1) };
}

export function canGoBack(state: InterviewState): boolean {
  return state.cursor > 0;
}
