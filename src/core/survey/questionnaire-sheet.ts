// The questionnaire as a sheet, one row per question, for building the form by hand in any other
// tool (Microsoft Forms, Typeform, SurveyMonkey, Qualtrics): copy each cell into the tool as is.
// One column of wording per role (the question, then its choices), blank where the role is not
// asked, so a tool with branching can give each role its own page. Cells are plain text here;
// whoever writes the sheet to CSV or XLSX neutralizes formula-like cells (neutralize-cell.ts). Pure.
import type { Questionnaire, SurveyQuestion } from './questionnaire.js';

export function questionnaireSheet(q: Questionnaire, options: { notes: boolean }): string[][] {
  const branches = q.branches;
  const byBranch = branches.map((b) => new Map(b.sections.flatMap((s) => s.questions.map((x) => [x.key, x] as const))));
  const width = Math.max(1, ...branches.flatMap((b) => b.sections.flatMap((s) => s.questions.map((x) => x.choices.length))), q.roleQuestion?.choices.length ?? 0);
  const header = [
    'id',
    'section',
    ...branches.flatMap((b) => [
      `question (${b.choice})`,
      `help (${b.choice})`,
      ...(options.notes ? [`evidence question (${b.choice})`] : []),
      ...Array.from({ length: width }, (_, i) => `choice ${i + 1} (${b.choice})`),
    ]),
  ];
  const wording = (x: SurveyQuestion | undefined) => [
    x?.title ?? '',
    x?.help ?? '',
    ...(options.notes ? [x?.noteTitle ?? ''] : []),
    ...Array.from({ length: width }, (_, i) => x?.choices[i]?.text ?? ''),
  ];
  // The role, organization and name questions read the same for everyone: in every role's columns.
  const shared = (id: string, title: string, help: string, choices: string[]) => [
    id,
    '',
    ...branches.flatMap(() => [title, help, ...(options.notes ? [''] : []), ...Array.from({ length: width }, (_, i) => choices[i] ?? '')]),
  ];
  const rows = [header];
  if (q.roleQuestion !== null) rows.push(shared('role', q.roleQuestion.title, 'Required. Each choice leads to that role\'s questions.', q.roleQuestion.choices));
  if (q.organizationTitle !== null) rows.push(shared('organization', q.organizationTitle, 'Short text.', []));
  if (q.nameTitle !== null) rows.push(shared('name', q.nameTitle, 'Short text, optional.', []));
  for (const section of q.sections) {
    for (const question of section.questions) {
      rows.push([question.key, section.title, ...byBranch.flatMap((questions) => wording(questions.get(question.key)))]);
    }
  }
  return rows;
}
