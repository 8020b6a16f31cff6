// The short names reports show: the rubric's `title` of a question and `label` of an imperative.
// A rubric written before they existed falls back to the id with spaces; that fallback is the only
// place a label is built from an id ("Client relevant differences" read as a clumsy label).
import type { Question, Rubric } from './schema.js';

function fromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function questionTitle(question: Pick<Question, 'id' | 'title'>): string {
  return question.title ?? fromId(question.id);
}

/** Marks a question the rubric adds to its source (`addition:`) where its row is shown. */
export const ADDITION_MARK = "(consultant's addition)";

/**
 * The title of a question's row in its imperative's section: marked when the rubric adds the
 * question to its source, so a reader never takes the consultant's reading for the source's
 * (rubric review 17, edit 15). Only the row, once per question: a finding or plan line names the
 * question by its title alone.
 */
export function questionRowTitle(question: Pick<Question, 'id' | 'title' | 'addition'>): string {
  const title = questionTitle(question);
  return question.addition === undefined ? title : `${title} ${ADDITION_MARK}`;
}

export function imperativeLabel(imperative: Pick<Rubric, 'id' | 'label'>): string {
  return imperative.label ?? fromId(imperative.id);
}
