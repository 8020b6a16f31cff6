// The questionnaire every survey format is written from: one section per imperative, one
// single-choice question per rubric question, the same titles and choice texts whatever the
// format, so a response export from any tool can be read back (match-columns.ts). Pure.
import { NOT_APPLICABLE } from '../answers/answers-constants.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { levelsFor } from '../rubric/level-range.js';
import { wordingFor } from '../rubric/wording.js';

export interface SurveyChoice {
  /** The level score, or "n/a". */
  value: number | typeof NOT_APPLICABLE;
  /** What respondents see: "Label: description", or "Not applicable". */
  text: string;
  /** The bare level label ("Established"), also accepted on import. */
  label: string;
}

export interface SurveyQuestion {
  /** "imperative/question": the element name in SurveyJS, the id in the sheet. */
  key: string;
  imperativeId: string;
  questionId: string;
  title: string;
  help: string | null;
  choices: SurveyChoice[];
  /** Title of the optional free-text question that takes the evidence note. */
  noteTitle: string;
}

export interface SurveySection {
  imperativeId: string;
  title: string;
  summary: string;
  questions: SurveyQuestion[];
}

export interface Questionnaire {
  title: string;
  description: string;
  /** The role everyone answering has (--role), or null when the questionnaire asks it. */
  role: string | null;
  /** The role question: its choices are the set's roles. Null when a role was given. */
  roleQuestion: { title: string; choices: string[] } | null;
  /** Optional text questions for the respondent's name and organization, when asked for. */
  nameTitle: string | null;
  organizationTitle: string | null;
  sections: SurveySection[];
}

export const ROLE_TITLE = 'Your role';
export const NAME_TITLE = 'Your name (optional)';
export const ORGANIZATION_TITLE = 'Your organization';
export const NOT_APPLICABLE_TEXT = 'Not applicable';
const NOTE_PREFIX = 'Evidence (optional): ';

/** The evidence question's title for a question title. */
export function noteTitleFor(title: string): string {
  return `${NOTE_PREFIX}${title}`;
}

/** The question title inside an evidence question's title, or null when it is not one. */
export function questionTitleInNote(title: string): string | null {
  const prefix = NOTE_PREFIX.trim().toLowerCase();
  const t = title.trim();
  return t.toLowerCase().startsWith(prefix) ? t.slice(prefix.length).trim() : null;
}

/** The text a respondent picks for a level. */
export function choiceText(label: string, description: string): string {
  return `${label}: ${description}`;
}

/** "sales manager" → "Sales manager", as shown in a form. */
export function roleChoiceText(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export interface QuestionnaireOptions {
  role: string | null;
  askName: boolean;
  askOrganization: boolean;
  /** Show each question's help (written for an interviewer unless worded for the role). */
  help: boolean;
}

export function buildQuestionnaire(set: RubricSet, options: QuestionnaireOptions): Questionnaire {
  const sections = set.imperatives.map((imperative) => ({
    imperativeId: imperative.id,
    title: imperative.title,
    summary: imperative.summary,
    questions: imperative.questions.map((question): SurveyQuestion => {
      const title = wordingFor(question.prompt, options.role);
      const choices: SurveyChoice[] = levelsFor(question, options.role).map((level) => ({ value: level.score, text: choiceText(level.label, level.description), label: level.label }));
      if (question.na) choices.push({ value: NOT_APPLICABLE, text: NOT_APPLICABLE_TEXT, label: NOT_APPLICABLE_TEXT });
      return {
        key: `${imperative.id}/${question.id}`,
        imperativeId: imperative.id,
        questionId: question.id,
        title,
        help: question.help === undefined || !options.help ? null : wordingFor(question.help, options.role),
        choices,
        noteTitle: noteTitleFor(title),
      };
    }),
  }));
  const count = sections.reduce((n, s) => n + s.questions.length, 0);
  return {
    title: set.title,
    description:
      (set.description === null ? '' : `${set.description}\n\n`) +
      `${count} questions, one choice each. Pick the description closest to what you see today, not what is planned. ` +
      'Answers are reported by role group; no name is shown in the report.',
    role: options.role,
    roleQuestion: options.role === null ? { title: ROLE_TITLE, choices: set.roles.map(roleChoiceText) } : null,
    nameTitle: options.askName ? NAME_TITLE : null,
    organizationTitle: options.askOrganization ? ORGANIZATION_TITLE : null,
    sections,
  };
}
