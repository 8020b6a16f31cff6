// The questionnaire as a sheet, one row per question, for building the form by hand in any other
// tool (Microsoft Forms, Typeform, SurveyMonkey, Qualtrics): copy each cell into the tool as is.
// Cells are plain text here; whoever writes the sheet to CSV or XLSX neutralizes formula-like
// cells (neutralize-cell.ts). Pure.
import type { Questionnaire } from './questionnaire.js';

export function questionnaireSheet(q: Questionnaire, options: { notes: boolean }): string[][] {
  const width = Math.max(1, ...q.sections.flatMap((s) => s.questions.map((x) => x.choices.length)), q.roleQuestion?.choices.length ?? 0);
  const header = ['id', 'section', 'question', 'help', ...(options.notes ? ['evidence question'] : []), ...Array.from({ length: width }, (_, i) => `choice ${i + 1}`)];
  const row = (cells: { id: string; section: string; question: string; help: string; note: string; choices: string[] }) => [
    cells.id,
    cells.section,
    cells.question,
    cells.help,
    ...(options.notes ? [cells.note] : []),
    ...Array.from({ length: width }, (_, i) => cells.choices[i] ?? ''),
  ];
  const rows = [header];
  if (q.roleQuestion !== null) rows.push(row({ id: 'role', section: '', question: q.roleQuestion.title, help: 'Required.', note: '', choices: q.roleQuestion.choices }));
  if (q.organizationTitle !== null) rows.push(row({ id: 'organization', section: '', question: q.organizationTitle, help: 'Short text.', note: '', choices: [] }));
  if (q.nameTitle !== null) rows.push(row({ id: 'name', section: '', question: q.nameTitle, help: 'Short text, optional.', note: '', choices: [] }));
  for (const section of q.sections) {
    for (const question of section.questions) {
      rows.push(row({ id: question.key, section: section.title, question: question.title, help: question.help ?? '', note: question.noteTitle, choices: question.choices.map((c) => c.text) }));
    }
  }
  return rows;
}
