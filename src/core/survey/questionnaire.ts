// The questionnaire every survey format is written from: one section per imperative, one
// single-choice question per rubric question, the same titles and choice texts whatever the
// format, so a response export from any tool can be read back (match-columns.ts). A form that
// asks the role branches on it: each role gets its own copy of the questions it is asked, worded
// for it (prompts and levels), as separate items; the import matches any role's wording. Pure.
import { NOT_APPLICABLE } from '../answers/answers-constants.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { asksRole, levelsFor, type WordedLevel } from '../rubric/level-range.js';
import { hasWordingFor, roleKey, wordingFor, type WordingValue } from '../rubric/wording.js';
import { questionTitle } from '../rubric/titles.js';

export interface SurveyChoice {
  /** The level score, or "n/a". */
  value: number | typeof NOT_APPLICABLE;
  /** What respondents see: "Label: description", or "Not applicable". */
  text: string;
  /** The bare level label ("Established"), also accepted on import. */
  label: string;
}

export interface SurveyQuestion {
  /** "imperative/question": the id in the sheet. */
  key: string;
  /** The element name in SurveyJS: the key, and in a role's branch "imperative/question/<role>". */
  name: string;
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

/** One role's questions, worded for it: the page a branching form sends that role to. */
export interface RoleBranch {
  role: string;
  /** The role question's choice that leads here ("Sales manager"). */
  choice: string;
  sections: SurveySection[];
}

export interface Questionnaire {
  title: string;
  description: string;
  /** Whether the form collects respondents' email addresses (--collect-emails; never the default). */
  collectEmails: boolean;
  /** The role everyone answering has (--role), or null when the questionnaire asks it. */
  role: string | null;
  /** The role question: its choices are the set's roles. Null when a role was given. */
  roleQuestion: { title: string; choices: string[] } | null;
  /** Optional text questions for the respondent's name and organization, when asked for. */
  nameTitle: string | null;
  organizationTitle: string | null;
  /** Every question in the default wording (or the given role's): a sheet for tools without branching. */
  sections: SurveySection[];
  /** The branching form: one branch per role asked first, or the one given role's. */
  branches: RoleBranch[];
}

export const ROLE_TITLE = 'Your role';
export const NAME_TITLE = 'Your name (optional)';
export const ORGANIZATION_TITLE = 'Your organization';
export const NOT_APPLICABLE_TEXT = 'Not applicable';
// The evidence question asks what the answer rests on and names its question by its short title
// (rubric review 14, R4: "Evidence (optional): <the prompt again>" never asked for evidence, and the
// report classes every form answer as a claim). Exports made before it carry the old prefix and the
// prompt; the import reads both.
const NOTE_ASK = /^what does your answer on "(.+)" rest on\?/i;
const OLD_NOTE_PREFIX = 'Evidence (optional): ';

/** The evidence question's title for a question's short title (its `title`). */
export function noteTitleFor(title: string): string {
  return `What does your answer on “${title}” rest on? A document, a record, a meeting you saw (optional)`;
}

/** The question's short title (or, in an older export, its prompt) inside an evidence question's title; null when it is not one. */
export function questionTitleInNote(title: string): string | null {
  const t = title.trim();
  const asked = NOTE_ASK.exec(t.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'));
  if (asked !== null) return asked[1]!.trim();
  const prefix = OLD_NOTE_PREFIX.trim().toLowerCase();
  return t.toLowerCase().startsWith(prefix) ? t.slice(prefix.length).trim() : null;
}

/** The text a respondent picks for a level: "Label: description". */
export function choiceText(label: string, description: string): string {
  return `${label}: ${description}`;
}

/**
 * A level as a form offers it to a role: in the role's own words alone where the rubric has them
 * ("I completed a call … in each of the last four weeks"; the label is the team's finding, which a
 * salesperson cannot say of themselves), else "Label: description" (the default wording).
 */
export function levelChoiceText(level: WordedLevel): string {
  return level.inOwnWords ? level.description : choiceText(level.label, level.description);
}

/** "sales manager" → "Sales manager", as shown in a form. */
export function roleChoiceText(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export interface QuestionnaireOptions {
  role: string | null;
  /** The client's name (--organization), in the title and the description. */
  organization?: string | null;
  /** The firm running the survey (--by), in the description. */
  by?: string | null;
  /** The firm whose brand the form carries (--brand): the title reads "<firm> for <organization>: …"; also the description's firm when --by is not given. */
  firm?: string | null;
  /** Collect respondents' email addresses (--collect-emails): off unless asked. */
  collectEmails?: boolean;
  askName: boolean;
  askOrganization: boolean;
  /** Show each question's help where it is worded for the respondent's role (helpFor). */
  help: boolean;
}

/**
 * The help a respondent in `role` sees: their role's own wording, or none. A help worded per role
 * keeps its default for the interviewer ("Do not estimate: take the audit sample's reps' lists…"),
 * which asks a respondent to run the audit's fieldwork; a role with no wording of its own ("other",
 * where a tailored set asks it) therefore gets no help. A help written once, for everyone, is shown
 * to all.
 */
function helpFor(help: WordingValue, role: string | null): string | null {
  if (typeof help === 'string' || role === null) return wordingFor(help, role);
  return hasWordingFor(help, role) ? wordingFor(help, role) : null;
}

export function buildQuestionnaire(set: RubricSet, options: QuestionnaireOptions): Questionnaire {
  const sectionsFor = (role: string | null, branch: boolean): SurveySection[] =>
    set.imperatives
      .map((imperative) => ({
        imperativeId: imperative.id,
        title: imperative.title,
        summary: imperative.summary,
        questions: imperative.questions
          .filter((question) => role === null || asksRole(question, role))
          .map((question): SurveyQuestion => {
            const title = wordingFor(question.prompt, role);
            const choices: SurveyChoice[] = levelsFor(question, role).map((level) => ({ value: level.score, text: levelChoiceText(level), label: level.label }));
            if (question.na) choices.push({ value: NOT_APPLICABLE, text: NOT_APPLICABLE_TEXT, label: NOT_APPLICABLE_TEXT });
            const key = `${imperative.id}/${question.id}`;
            return {
              key,
              name: branch && role !== null ? branchElementName(key, role) : key,
              imperativeId: imperative.id,
              questionId: question.id,
              title,
              help: question.help === undefined || !options.help ? null : helpFor(question.help, role),
              choices,
              noteTitle: noteTitleFor(questionTitle(question)),
            };
          }),
      }))
      .filter((section) => section.questions.length > 0);
  const sections = sectionsFor(options.role, false);
  const branches: RoleBranch[] =
    options.role === null
      ? set.roles.map((role) => ({ role, choice: roleChoiceText(role), sections: sectionsFor(role, true) })).filter((b) => b.sections.length > 0)
      : [{ role: options.role, choice: roleChoiceText(options.role), sections }];
  const count = sections.reduce((n, s) => n + s.questions.length, 0);
  const organization = options.organization?.trim() || null;
  const firm = options.firm?.trim() || null;
  const by = options.by?.trim() || firm;
  const collectEmails = options.collectEmails ?? false;
  // "Northwind Advisory for Acme Corp", "Acme Corp", "Northwind Advisory", or nothing.
  const heading = firm !== null && organization !== null ? `${firm} for ${organization}` : (organization ?? firm);
  // What is kept, said plainly: people answer more honestly when they know.
  const kept = [
    'Your answers are reported by role group, never one by one; no name is shown in the report.',
    collectEmails
      ? 'This form records your email address, only so that a second submission replaces your first; it is dropped before the answers are scored and never appears in the report.'
      : 'The form does not record your email address.',
    options.askName ? 'Your name is optional; leave it blank and nothing names you.' : null,
  ].filter((x): x is string => x !== null);
  const asked = organization === null ? '' : ` for ${organization}`;
  const from = by === null ? '' : `${by} runs this survey${asked} and sees the answers. `;
  const length = options.role === null ? 'The questions depend on your role; one choice each.' : `${count} questions, one choice each.`;
  return {
    title: heading === null ? set.title : `${heading}: ${set.title}`,
    description:
      (set.description === null ? '' : `${set.description}\n\n`) +
      `${from}${length} Pick the description closest to what you see today, not what is planned. ${kept.join(' ')}`,
    collectEmails,
    role: options.role,
    roleQuestion: options.role === null ? { title: ROLE_TITLE, choices: branches.map((b) => b.choice) } : null,
    nameTitle: options.askName ? NAME_TITLE : null,
    organizationTitle: options.askOrganization ? ORGANIZATION_TITLE : null,
    sections,
    branches,
  };
}

/** A role's copy of a question in a branching form: "imperative/question/sales-manager" (element names are unique). */
export function branchElementName(key: string, role: string): string {
  return `${key}/${roleKey(role).replace(/ /g, '-')}`;
}
