// The questionnaire as a SurveyJS form definition (the documented open JSON format): one page per
// imperative, one radiogroup per question and role, choices { value, text } with the level score
// as value, the help as description, and a comment box for the evidence note (results key
// "<name>-Comment"). A form that asks the role branches with `visibleIf`: each role sees its own
// copy of a question, worded for it and named "<imperative>/<question>/<role>". Pure.
import type { Questionnaire } from './questionnaire.js';

/** A SurveyJS expression string literal. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function renderSurveyJs(q: Questionnaire): string {
  const intro: Record<string, unknown>[] = [];
  if (q.roleQuestion !== null) {
    intro.push({ type: 'radiogroup', name: 'role', title: q.roleQuestion.title, isRequired: true, choices: q.roleQuestion.choices.map((text) => ({ value: text, text })) });
  }
  if (q.organizationTitle !== null) intro.push({ type: 'text', name: 'organization', title: q.organizationTitle });
  if (q.nameTitle !== null) intro.push({ type: 'text', name: 'name', title: q.nameTitle });
  const branching = q.roleQuestion !== null;
  // One page per imperative, holding every role's copy of its questions.
  const pages = q.sections.map((section, i) => ({
    name: section.imperativeId,
    title: section.title,
    description: section.summary,
    elements: [
      ...(i === 0 ? intro : []),
      ...q.branches.flatMap((branch) =>
        (branch.sections.find((s) => s.imperativeId === section.imperativeId)?.questions ?? []).map((question) => ({
          type: 'radiogroup',
          name: question.name,
          title: question.title,
          ...(branching ? { visibleIf: `{role} = ${literal(branch.choice)}` } : {}),
          ...(question.help === null ? {} : { description: question.help }),
          choices: question.choices.map((c) => ({ value: c.value, text: c.text })),
          showCommentArea: true,
          commentText: question.noteTitle,
        })),
      ),
    ],
  }));
  const form = {
    title: q.title,
    description: q.description,
    showProgressBar: 'top',
    ...(q.role === null ? {} : { calculatedValues: [{ name: 'role', expression: literal(q.role), includeIntoResult: true }] }),
    pages,
  };
  return `${JSON.stringify(form, null, 2)}\n`;
}
