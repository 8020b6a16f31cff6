// Simulated response exports, laid out as each tool documents its export, built from a
// questionnaire (the same model `sales-audit survey` writes every format from) and responses.
// Sources of the layouts:
//   Google Forms   "View and manage form responses" (support.google.com/docs/answer/139706): the
//                  responses sheet has Timestamp, Email Address when collected, then one column per
//                  question titled with its text; File > Download > CSV writes it as UTF-8 CSV.
//                  One column per ITEM: in a form that branches on the role, each role's copy of a
//                  question is its own item, so its own column (titles may repeat), blank in the
//                  rows of respondents who were sent to another role's page.
//   Microsoft Forms "Check your form results" (support.microsoft.com, "Open in Excel"): ID, Start
//                  time, Completion time, Email, Name, (Last modified time), then the questions.
//   Typeform       "Download your results" (help.typeform.com): the questions, then Submitted At
//                  and Token.
//   SurveyJS       survey.data / onComplete results: { "<element name>": value, "<name>-Comment": text }.
import type { Questionnaire, SurveyQuestion } from '../../src/core/survey/questionnaire.js';
import { roleChoiceText } from '../../src/core/survey/questionnaire.js';

export interface SimulatedResponse {
  role: string;
  name?: string;
  email?: string;
  /** YYYY-MM-DD HH:MM:SS */
  submitted: string;
  /** By "imperative/question": a level score, 'n/a', or absent for unanswered. */
  answers: Record<string, number | 'n/a'>;
  notes?: Record<string, string>;
}

export const questionsOf = (q: Questionnaire): SurveyQuestion[] => q.sections.flatMap((s) => s.questions);

/** The questions of a role's branch (worded for it), in form order. */
export const branchQuestionsOf = (q: Questionnaire, role: string): SurveyQuestion[] =>
  (q.branches.find((b) => b.role === role) ?? q.branches[0]!).sections.flatMap((s) => s.questions);

/** The text a respondent's click puts in the export: the choice text. */
export function choiceFor(question: SurveyQuestion, value: number | 'n/a' | undefined): string {
  if (value === undefined) return '';
  const choice = question.choices.find((c) => c.value === value);
  if (!choice) throw new Error(`no choice ${value} in ${question.key}`);
  return choice.text;
}

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
}

/** 2026-11-26 14:03:05 → 11/26/2026 14:03:05 (Google Forms, US locale). */
const usDate = (s: string) => {
  const [d, t] = s.split(' ');
  const [y, m, day] = d!.split('-');
  return `${Number(m)}/${Number(day)}/${y} ${t}`;
};

export function googleFormsCsv(q: Questionnaire, responses: readonly SimulatedResponse[], options: { emails?: boolean } = {}): string {
  const questions = questionsOf(q);
  const header = ['Timestamp', ...(options.emails ? ['Email Address'] : []), ...(q.roleQuestion ? [q.roleQuestion.title] : []), ...questions.flatMap((x) => [x.title, x.noteTitle])];
  const rows = responses.map((r) => [
    usDate(r.submitted),
    ...(options.emails ? [r.email ?? ''] : []),
    ...(q.roleQuestion ? [roleChoiceText(r.role)] : []),
    ...questions.flatMap((x) => [choiceFor(x, r.answers[x.key]), r.notes?.[x.key] ?? '']),
  ]);
  return csv([header, ...rows]);
}

/**
 * The response sheet of the one form that branches on the role (`survey --format gforms`): the
 * role, then every branch's items in form order (each question and its evidence question), a
 * response filling only its own role's columns.
 */
export function googleFormsBranchingCsv(q: Questionnaire, responses: readonly SimulatedResponse[], options: { emails?: boolean } = {}): string {
  const items = q.branches.flatMap((branch) => branch.sections.flatMap((s) => s.questions).map((x) => ({ role: branch.role, x })));
  const header = ['Timestamp', ...(options.emails ? ['Email Address'] : []), q.roleQuestion!.title, ...items.flatMap(({ x }) => [x.title, x.noteTitle])];
  const rows = responses.map((r) => [
    usDate(r.submitted),
    ...(options.emails ? [r.email ?? ''] : []),
    roleChoiceText(r.role),
    ...items.flatMap(({ role, x }) => (role === r.role ? [choiceFor(x, r.answers[x.key]), r.notes?.[x.key] ?? ''] : ['', ''])),
  ]);
  return csv([header, ...rows]);
}

export function typeformCsv(q: Questionnaire, responses: readonly SimulatedResponse[]): string {
  const questions = questionsOf(q);
  const header = [...(q.roleQuestion ? [q.roleQuestion.title] : []), ...questions.flatMap((x) => [x.title, x.noteTitle]), 'Submitted At', 'Token'];
  const rows = responses.map((r, i) => [
    ...(q.roleQuestion ? [roleChoiceText(r.role)] : []),
    ...questions.flatMap((x) => [choiceFor(x, r.answers[x.key]), r.notes?.[x.key] ?? '']),
    r.submitted,
    r.email ? `tok-${r.email.replace(/\W/g, '')}` : `tok${i}`,
  ]);
  return csv([header, ...rows]);
}

/** Microsoft Forms as a sheet (header + rows of cells; dates as Date), question columns in a shuffled order. */
export function microsoftFormsRows(q: Questionnaire, responses: readonly SimulatedResponse[]): (string | number | Date)[][] {
  const questions = questionsOf(q);
  const questionColumns = [...(q.roleQuestion ? [{ title: q.roleQuestion.title, cell: (r: SimulatedResponse) => roleChoiceText(r.role) }] : [])];
  for (const x of questions) {
    questionColumns.push({ title: x.title, cell: (r) => choiceFor(x, r.answers[x.key]) });
    questionColumns.push({ title: x.noteTitle, cell: (r) => r.notes?.[x.key] ?? '' });
  }
  // "Columns can be out of order": reverse the question columns.
  questionColumns.reverse();
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...questionColumns.map((c) => c.title)];
  const rows = responses.map((r, i) => {
    const done = new Date(`${r.submitted.replace(' ', 'T')}Z`);
    return [i + 1, new Date(done.getTime() - 600_000), done, r.email ?? 'anonymous', r.name ?? '', ...questionColumns.map((c) => c.cell(r))];
  });
  return [header, ...rows];
}

/** SurveyJS results of the branching form: each answer under the element of the respondent's role's copy. */
export function surveyJsResults(q: Questionnaire, responses: readonly SimulatedResponse[]): Record<string, unknown>[] {
  return responses.map((r) => {
    const out: Record<string, unknown> = q.roleQuestion ? { role: roleChoiceText(r.role) } : { role: r.role };
    for (const x of branchQuestionsOf(q, r.role)) {
      if (r.answers[x.key] !== undefined) out[x.name] = r.answers[x.key];
      if (r.notes?.[x.key]) out[`${x.name}-Comment`] = r.notes[x.key];
    }
    return out;
  });
}

/** A deterministic respondent: scores from a seed, skewed by role (leaders rate higher). */
export function madeUpResponses(q: Questionnaire, count: number, roles: readonly string[], seed = 1): SimulatedResponse[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, (_, i) => {
    const role = roles[i % roles.length]!;
    // Only what the role is asked (a question's `roles:` may leave it out).
    const questions = branchQuestionsOf(q, role);
    const bias = role === 'leadership' ? 1 : role === 'salesperson' ? -1 : 0;
    const answers: Record<string, number | 'n/a'> = {};
    for (const x of questions) {
      const levels = x.choices.filter((c) => c.value !== 'n/a');
      if (random() < 0.05) continue; // unanswered
      if (x.choices.some((c) => c.value === 'n/a') && random() < 0.05) {
        answers[x.key] = 'n/a';
        continue;
      }
      const index = Math.max(0, Math.min(levels.length - 1, Math.floor(random() * levels.length) + bias));
      answers[x.key] = levels[index]!.value as number;
    }
    const minute = String(i % 60).padStart(2, '0');
    return {
      role,
      name: `Person ${i + 1}`,
      email: `person${i + 1}@client.example`,
      submitted: `2026-11-${String(20 + (i % 8)).padStart(2, '0')} 1${i % 10}:${minute}:0${i % 10}`,
      answers,
      ...(i % 4 === 0 ? { notes: { [questions[0]!.key]: i % 8 === 0 ? '=HYPERLINK("http://evil.example","click")' : 'Saw the plan in the CRM' } } : {}),
    };
  });
}
