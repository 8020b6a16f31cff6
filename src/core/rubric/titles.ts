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

export function imperativeLabel(imperative: Pick<Rubric, 'id' | 'label'>): string {
  return imperative.label ?? fromId(imperative.id);
}
