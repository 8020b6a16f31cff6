// The text the interview prints around its prompts: the imperative header, the question with its
// help, the welcome and the review table. Pure: strings in, strings out; colour comes in `style`.
import type { Answer } from '../answers/answer-sheet.js';
import { describeAnswer } from './question-choices.js';
import type { AnswerMap } from './interview-state.js';
import { answerFor } from './interview-state.js';
import type { PlanImperative, QuestionPlan, QuestionStep } from './question-plan.js';
import { PLAIN_STYLE, wrapText, type TextStyle } from './text-style.js';

export interface ScreenOptions {
  width: number;
  style?: TextStyle;
}

export function renderImperativeHeader(imperative: PlanImperative, options: ScreenOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const width = Math.min(options.width, 100);
  const rule = '─'.repeat(Math.max(20, width));
  const count = `${imperative.questionCount} question${imperative.questionCount === 1 ? '' : 's'}`;
  return [
    '',
    style.muted(rule),
    style.muted(`${imperative.label} · ${count}`),
    style.title(imperative.title),
    '',
    ...wrapText(imperative.summary, width).map((l) => style.muted(l)),
    style.muted(rule),
    '',
  ].join('\n');
}

export function renderQuestion(step: QuestionStep, options: ScreenOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const width = Math.min(options.width, 100);
  const progress = `${step.progress} `;
  const [first = '', ...rest] = wrapText(step.prompt, width - progress.length);
  const lines = [style.muted(progress) + style.strong(first), ...rest.map((l) => ' '.repeat(progress.length) + style.strong(l))];
  if (step.help !== null) {
    lines.push(...wrapText(step.help, width, ' '.repeat(progress.length)).map((l) => style.muted(l)));
  }
  return `${lines.join('\n')}\n`;
}

export interface ReviewRow {
  index: number;
  step: QuestionStep;
  answer: Answer | undefined;
  /** "3 · Established", "Not applicable", "unanswered". */
  answerText: string;
}

export interface Review {
  rows: ReviewRow[];
  answered: number;
  notApplicable: number;
  unanswered: number;
}

export function buildReview(plan: QuestionPlan, answers: AnswerMap): Review {
  const rows = plan.steps.map((step) => {
    const answer = answerFor(answers, step);
    return { index: step.index, step, answer, answerText: describeAnswer(step, answer) };
  });
  return {
    rows,
    answered: rows.filter((r) => r.answer !== undefined).length,
    notApplicable: rows.filter((r) => r.answer !== undefined && r.answer.score === null).length,
    unanswered: rows.filter((r) => r.answer === undefined).length,
  };
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (width <= 1) return '';
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

/**
 * All answers at a glance, grouped by imperative: number, question id, answer, and the start of
 * the note. One line per question so 27 answers fit on one screen.
 */
export function renderReview(review: Review, options: ScreenOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const width = Math.min(options.width, 120);
  const numberWidth = String(review.rows.length).length;
  const idWidth = Math.min(34, Math.max(...review.rows.map((r) => r.step.question.id.length), 8));
  const answerWidth = Math.min(26, Math.max(...review.rows.map((r) => r.answerText.length), 10));
  const noteWidth = width - (2 + numberWidth + 2 + idWidth + 2 + answerWidth + 2);
  const lines = ['', style.title('Review your answers'), ''];
  let imperativeId = '';
  for (const row of review.rows) {
    if (row.step.imperative.id !== imperativeId) {
      imperativeId = row.step.imperative.id;
      if (lines.length > 3) lines.push('');
      lines.push(style.strong(`${row.step.imperative.position}. ${row.step.imperative.title}`));
    }
    const number = String(row.index + 1).padStart(numberWidth);
    const answer = fit(row.answerText, answerWidth);
    const styledAnswer = row.answer === undefined ? style.warn(answer) : answer;
    const note = row.answer?.note ? style.muted(fit(`“${row.answer.note}”`, noteWidth).trimEnd()) : '';
    lines.push(`  ${number}  ${fit(row.step.question.id, idWidth)}  ${styledAnswer}  ${note}`.trimEnd());
  }
  lines.push('');
  const parts = [`${review.answered} of ${review.rows.length} answered`];
  if (review.notApplicable > 0) parts.push(`${review.notApplicable} not applicable`);
  if (review.unanswered > 0) parts.push(style.warn(`${review.unanswered} unanswered (left out of the scores)`));
  lines.push(parts.join(' · '), '');
  return lines.join('\n');
}
