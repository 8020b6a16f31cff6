// An export's header row to what each column holds: a question's answer, its evidence note, the
// role, a timestamp, or something to ignore. Titles match whatever role's wording the
// questionnaire used, after normalizeTitle; the element names of SurveyJS ("imperative/question")
// match too. Problems are findings at row 1, quoting the header. Pure.
import { diagnostic, pointAt, type Diagnostic, type RuleId } from '../diagnostics.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { asksRole } from '../rubric/level-range.js';
import { allWordings } from '../rubric/wording.js';
import { questionTitle } from '../rubric/titles.js';
import { layoutOf, type ExportKind } from './export-kinds.js';
import { normalizeTitle } from './normalize-title.js';
import { branchElementName, NAME_TITLE, ORGANIZATION_TITLE, questionTitleInNote, ROLE_TITLE } from './questionnaire.js';

export type ColumnRole =
  | { kind: 'answer'; question: number }
  | { kind: 'note'; question: number }
  | { kind: 'role' }
  | { kind: 'name' }
  | { kind: 'organization' }
  | { kind: 'timestamp'; rank: number }
  | { kind: 'identity'; rank: number }
  | { kind: 'personal' }
  | { kind: 'ignored' };

export interface QuestionRef {
  imperativeId: string;
  questionId: string;
  key: string;
  /** The default wording, to quote in messages. */
  title: string;
  /** The roles the question asks (`roles:`), absent for every role. */
  roles?: string[];
}

export interface ColumnPlan {
  columns: ColumnRole[];
  questions: QuestionRef[];
  /**
   * The columns of each question's answer (empty when missing): one, or in a branching form one per
   * role's copy of the question, of which a response fills one.
   */
  answerColumns: number[][];
  roleColumn: number;
  nameColumn: number;
  organizationColumn: number;
  timestampColumn: number;
  identityColumn: number;
  /** Columns that name the person (name, email), in order: a name for --keep-names when the name column is blank. */
  personalColumns: number[];
  diagnostics: Diagnostic[];
}

const ROLE_TITLES = new Set([normalizeTitle(ROLE_TITLE), 'role', 'respondent role']);
const NAME_TITLES = new Set([normalizeTitle(NAME_TITLE), 'your name', 'name', 'respondent name']);
const ORGANIZATION_TITLES = new Set([normalizeTitle(ORGANIZATION_TITLE), 'organization', 'organisation', 'your organisation', 'company']);

/** "column 3 "How often…"", truncated for long titles. */
export function quoteHeader(header: string): string {
  const flat = header.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}"`;
}

/**
 * `role` is --role: with no role column, the export is of a form sent to that one role
 * (`survey --role`), which holds only the questions that role is asked.
 */
export function planColumns(set: RubricSet, header: readonly string[], kind: ExportKind, file: string, role: string | null = null): ColumnPlan {
  const layout = layoutOf(kind);
  const questions: QuestionRef[] = [];
  const byTitle = new Map<string, number[]>();
  // The short titles an evidence question names its question by (questionnaire.ts noteTitleFor).
  const byShortTitle = new Map<string, number[]>();
  const add = (title: string, index: number, map = byTitle) => {
    const key = normalizeTitle(title);
    const list = map.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    map.set(key, list);
  };
  for (const imperative of set.imperatives) {
    for (const question of imperative.questions) {
      const index = questions.length;
      const key = `${imperative.id}/${question.id}`;
      questions.push({ imperativeId: imperative.id, questionId: question.id, key, title: allWordings(question.prompt)[0]!, ...(question.roles === undefined ? {} : { roles: question.roles }) });
      for (const wording of allWordings(question.prompt)) add(wording, index);
      add(questionTitle(question), index, byShortTitle);
      add(key, index);
      // A branching SurveyJS form names each role's copy "<imperative>/<question>/<role>".
      for (const role of set.roles) add(branchElementName(key, role), index);
    }
  }

  const diagnostics: Diagnostic[] = [];
  const report = (rule: RuleId, column: number, message: string) => diagnostics.push(diagnostic(file, rule, message, pointAt(1, column + 1)));

  const answerColumns = questions.map((): number[] => []);
  const plan: ColumnPlan = {
    columns: [],
    questions,
    answerColumns,
    roleColumn: -1,
    nameColumn: -1,
    organizationColumn: -1,
    timestampColumn: -1,
    identityColumn: -1,
    personalColumns: [],
    diagnostics,
  };
  // A second role or organization column was ignored without a word, whatever it said: which
  // one holds the answer is the user's to say.
  const secondColumn = (what: string, first: number, column: number) =>
    report('survey-duplicate-column', column, `${quoteHeader(header[column]!)} is a second ${what} column (the first is ${quoteHeader(header[first]!)}): the import cannot tell which holds the ${what}; remove one`);
  let timestampRank = Infinity;
  let identityRank = Infinity;

  /** The question with this title: the first one with no column yet (two questions may share a wording), else the first. */
  const claim = (title: string, columns: readonly (readonly number[])[], map = byTitle): number | null => {
    const candidates = map.get(normalizeTitle(title)) ?? map.get(normalizeTitle(title).replace(/\s*\*$/, ''));
    if (candidates === undefined) return null;
    return candidates.find((q) => columns[q]!.length === 0) ?? candidates[0]!;
  };
  const noteColumnsOf = questions.map((): number[] => []);

  header.forEach((raw, column) => {
    const title = normalizeTitle(raw);
    const role = ((): ColumnRole | null => {
      if (title === '') return null;
      if (ROLE_TITLES.has(title)) return { kind: 'role' };
      if (NAME_TITLES.has(title)) return { kind: 'name' };
      if (ORGANIZATION_TITLES.has(title)) return { kind: 'organization' };
      const t = layout.timestamp.indexOf(title);
      if (t !== -1 && t < timestampRank) return { kind: 'timestamp', rank: t };
      const i = layout.identity.indexOf(title);
      if (i !== -1 && i < identityRank) return { kind: 'identity', rank: i };
      if (layout.personal.includes(title)) return { kind: 'personal' };
      if (layout.other.includes(title) || layout.timestamp.includes(title) || layout.identity.includes(title)) return { kind: 'ignored' };
      const answer = claim(raw, answerColumns);
      if (answer !== null) return { kind: 'answer', question: answer };
      const inNote = questionTitleInNote(raw) ?? (title.endsWith('-comment') ? raw.trim().slice(0, -'-comment'.length) : null);
      if (inNote !== null) {
        const note = claim(inNote, noteColumnsOf, byShortTitle) ?? claim(inNote, noteColumnsOf);
        if (note !== null) return { kind: 'note', question: note };
      }
      return null;
    })();
    if (role === null) {
      report('survey-unknown-column', column, raw.trim() === '' ? `column ${column + 1} has no title; it is ignored` : `column ${quoteHeader(raw)} matches no question of the rubrics; it is ignored`);
      plan.columns.push({ kind: 'ignored' });
      return;
    }
    switch (role.kind) {
      case 'answer':
        answerColumns[role.question]!.push(column);
        break;
      case 'note':
        noteColumnsOf[role.question]!.push(column);
        break;
      case 'role':
        if (plan.roleColumn === -1) plan.roleColumn = column;
        else secondColumn('role', plan.roleColumn, column);
        break;
      case 'name':
        if (plan.nameColumn === -1) plan.nameColumn = column;
        plan.personalColumns.push(column);
        break;
      case 'organization':
        if (plan.organizationColumn === -1) plan.organizationColumn = column;
        else secondColumn('organization', plan.organizationColumn, column);
        break;
      case 'timestamp':
        timestampRank = role.rank;
        plan.timestampColumn = column;
        break;
      case 'identity':
        identityRank = role.rank;
        plan.identityColumn = column;
        if (layout.personal.includes(title)) plan.personalColumns.push(column);
        break;
      case 'personal':
        plan.personalColumns.push(column);
        break;
    }
    plan.columns.push(role);
  });

  // A form sent to one role (no role column, --role) leaves out the questions that role is not
  // asked (`survey --role`): only the questions it asks must have a column.
  const oneRole = plan.roleColumn === -1 ? role : null;
  const missing = questions.flatMap((q, i) => (answerColumns[i]!.length === 0 && asksRole(q, oneRole) ? [q] : []));
  if (answerColumns.every((columns) => columns.length === 0)) {
    report(
      'survey-missing-column',
      0,
      `no column matches a question of the rubrics (${questions.length} expected, titled as in \`sales-audit survey\`): is this the response export of that questionnaire, for these rubrics?`,
    );
  } else if (kind !== 'surveyjs') {
    // SurveyJS results leave out the questions a respondent skipped: there, a missing key is unanswered.
    for (const q of missing) report('survey-missing-column', 0, `no column for question ${q.key} ${quoteHeader(q.title)}; the export must have every question of the questionnaire`);
  }
  return plan;
}

/** The note columns of each question (none, one, or one per role's copy), from a plan's columns. */
export function noteColumns(plan: ColumnPlan): number[][] {
  const out = plan.questions.map((): number[] => []);
  plan.columns.forEach((c, column) => {
    if (c.kind === 'note') out[c.question]!.push(column);
  });
  return out;
}
