// Responses to answer sheets, one row at a time (so a 50,000-row export streams through): the
// header is planned once (match-columns.ts), each row becomes a sheet or located findings, and
// `finish` keeps each respondent's latest submission. Every problem is a finding with a rule id
// at file:row:column quoting the header; nothing here throws on bad input. Pure.
import { createHash } from 'node:crypto';
import type { Answer, AnswerSheet } from '../answers/answer-sheet.js';
import { questionKeys } from '../answers/answer-sheet.js';
import { DEFAULT_EVIDENCE, NOT_APPLICABLE } from '../answers/answers-constants.js';
import { compareDiagnostics, diagnostic, pointAt, RULES, type Diagnostic, type RuleId } from '../diagnostics.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { asksRole } from '../rubric/level-range.js';
import type { Question } from '../rubric/schema.js';
import { allWordings, roleKey } from '../rubric/wording.js';
import type { ExportKind } from './export-kinds.js';
import { noteColumns, planColumns, quoteHeader, type ColumnPlan } from './match-columns.js';
import { normalizeTitle } from './normalize-title.js';
import { dateOrderOf, parseTimestamp, type DateOrder, type Timestamp } from './parse-timestamp.js';
import { choiceText, NOT_APPLICABLE_TEXT } from './questionnaire.js';
import { thousands } from '../report/format.js';

/** Longest cell read: an answer is a choice text and a note a few sentences; more is not a response. */
export const MAX_CELL_CHARS = 10_000;
/** Findings kept in full; beyond this they are only counted (a broken 50,000-row file must not fill memory). */
const MAX_KEPT_DIAGNOSTICS = 1_000;

export interface ImportOptions {
  /** The export as shown to the user, for locations. */
  file: string;
  kind: ExportKind;
  /** --organization; used when the export has no organization column (or the cell is blank). */
  organization: string | null;
  /** The organization when neither the export nor --organization names it (the export's file name). */
  organizationFallback?: string | null;
  /** --role; used when the export has no role column (or the cell is blank). */
  role: string | null;
  /** Keep respondents' names (or emails, when there is no name) in the sheets. */
  keepNames: boolean;
  /** The date for a response without a timestamp (today). */
  today: string;
  /**
   * Notes kept per question, the first in row order (a report shows no more: NOTES_KEPT); later
   * ones are only counted, in `notesNotKept`. Absent: every note (import writes them all).
   */
  notesKept?: number;
}

export interface ImportedResponse {
  /** The row in the export (the header is row 1). */
  readonly row: number;
  readonly timestamp: Timestamp | null;
  /** The response as an answer sheet, built each time it is read (see ANSWER_CODES): read it once. */
  readonly sheet: AnswerSheet;
}

/**
 * A row's answer to each question is one number (two bytes) until the sheet is asked for: 0
 * unanswered, 1 n/a, 2 + the index of the level chosen. The rows are held until finish() (the latest submission wins
 * and the date order is the whole column's), and a sheet per row held 1.6 KB a row: 320 MB of a
 * 200,000-row export before anything was scored.
 */
const ANSWER_CODES = { unanswered: 0, notApplicable: 1, firstLevel: 2 } as const;

export interface ImportResult {
  /** Valid responses, each respondent's latest, in row order. */
  responses: ImportedResponse[];
  /** Rows with an error (left out), in order. */
  invalidRows: number[];
  /** Rows dropped because the same respondent submitted again later. */
  droppedRows: number[];
  /** Rows that answer no question (a form submitted empty): left out, as no respondent. */
  blankRows: number[];
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Rows read (blank rows aside). */
  rowCount: number;
  /** Responses whose organization is organizationFallback (the file name), so the user can be told. */
  organizationFromFallback: number;
  /** Per question (the set's questions in order): notes of the responses kept that were past `notesKept`, counted only. */
  notesNotKept: number[];
}

export interface ResponseImporter {
  addRow(cells: readonly string[], row: number): void;
  finish(): ImportResult;
}

interface QuestionMatcher {
  question: Question;
  imperativeId: string;
  questionId: string;
  /** Exact text → value, tried first; then the normalized text. */
  exact: Map<string, number | typeof NOT_APPLICABLE>;
  normalized: Map<string, number | typeof NOT_APPLICABLE>;
  accepted: string;
  /**
   * One frozen answer per level (and n/a) for the answers without a note, shared by every sheet:
   * nine in ten answers of a large export are these, and 50,000 sheets of 32 answers each held
   * 1.6 million identical small objects.
   */
  plain: Map<number | null, Answer>;
}

function matchers(set: RubricSet): QuestionMatcher[] {
  return set.imperatives.flatMap((imperative) =>
    imperative.questions.map((question) => {
      const exact = new Map<string, number | typeof NOT_APPLICABLE>();
      const normalized = new Map<string, number | typeof NOT_APPLICABLE>();
      const accept = (text: string, value: number | typeof NOT_APPLICABLE) => {
        if (!exact.has(text)) exact.set(text, value);
        const n = normalizeTitle(text);
        if (!normalized.has(n)) normalized.set(n, value);
      };
      for (const level of question.levels) {
        // Any role's wording of the level: a branching form shows each role its own, alone (a role
        // with its own words) or after the label (the default; and forms built before 2026.12).
        for (const description of allWordings(level.description)) {
          accept(choiceText(level.label, description), level.score);
          accept(description, level.score);
        }
        accept(level.label, level.score);
        accept(String(level.score), level.score);
      }
      if (question.na) for (const text of [NOT_APPLICABLE_TEXT, NOT_APPLICABLE, 'na', 'N/A']) accept(text, NOT_APPLICABLE);
      const accepted = `${question.levels.map((l) => `"${l.label}" (${l.score})`).join(', ')}${question.na ? `, "${NOT_APPLICABLE_TEXT}"` : ''}, or a level's full choice text`;
      return { question, imperativeId: imperative.id, questionId: question.id, exact, normalized, accepted, plain: new Map() };
    }),
  );
}

function plainAnswer(q: QuestionMatcher, score: number | null): Answer {
  let answer = q.plain.get(score);
  if (answer === undefined) {
    answer = Object.freeze({ score, note: null, evidence: DEFAULT_EVIDENCE });
    q.plain.set(score, answer);
  }
  return answer;
}

function fileName(row: number, width: number, timestamp: Timestamp | null): string {
  const stamp = timestamp === null ? '' : `-${timestamp.sortKey.replace('T', '-').replace(/:/g, '')}`;
  return `response-${String(row).padStart(width, '0')}${stamp}.yaml`;
}

/** The answers file name for a response: its row and timestamp, never anything it says about the person. */
export function responseFileName(response: ImportedResponse, rowCount: number): string {
  return fileName(response.row, Math.max(4, String(rowCount + 1).length), response.timestamp);
}

export function createResponseImporter(set: RubricSet, header: readonly string[], options: ImportOptions): ResponseImporter {
  const plan: ColumnPlan = planColumns(set, header, options.kind, options.file, options.role);
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  let errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  let warningCount = diagnostics.length - errorCount;
  const record = (d: Diagnostic) => {
    if (d.severity === 'error') errorCount++;
    else warningCount++;
    if (diagnostics.length < MAX_KEPT_DIAGNOSTICS) diagnostics.push(d);
  };
  const headerProblem = (rule: RuleId, message: string) => record(diagnostic(options.file, rule, message));
  if (plan.roleColumn === -1 && options.role === null) {
    headerProblem('survey-missing-column', 'no role column ("Your role"): every answers file needs a role; give --role for a questionnaire sent to one role');
  }
  if (plan.organizationColumn === -1 && options.organization === null && (options.organizationFallback ?? null) === null) {
    headerProblem('survey-missing-column', 'no organization column: give --organization "<the client>"');
  }
  /** False when the header alone makes the rows unreadable (no question matched, no role...). */
  const canReadRows = errorCount === 0;

  const questions = matchers(set);
  const notes = noteColumns(plan);
  const roles = new Map(set.roles.map((r) => [roleKey(r), r]));
  // Every sheet of the export names the same rubrics: one object for all of them.
  const rubrics: AnswerSheet['rubrics'] = Object.freeze({ digest: set.digest, source: null, questions: questionKeys(set) });
  // Each row's answers (ANSWER_CODES), a row of `questions.length` bytes per row read, in one buffer.
  // Two bytes a code: a rubric file (1 MiB at most) cannot hold 65,534 levels of one question.
  let codes = new Uint16Array(256 * Math.max(1, questions.length));
  // Every note in one list, and the question of each: a list per row cost 110 bytes a row.
  const noteTexts: (string | null)[] = [];
  let noteQuestions = new Uint16Array(1024);
  /** Notes kept per question so far (options.notesKept). */
  const notesSeen = questions.map(() => 0);
  /** The export's one organization, settled in finish(). */
  let organization = '';
  /** The file's one date order, settled in finish() (readTimestamps). */
  let dateOrder: DateOrder = 'month-first';
  /** One string per date and one respondent object per role (without names), not one per row. */
  const dates = new Map<string, string>();
  const anonymous = new Map<string, { name: null; role: string }>();
  /**
   * A row read: its answers are codes in `codes` at `slot`, its notes (question index, text)
   * beside them, its timestamp the cell's text (read in the file's date order when asked for).
   */
  class StoredResponse implements ImportedResponse {
    constructor(
      readonly row: number,
      readonly slot: number,
      private readonly respondent: { name: string | null; role: string },
      /** Its notes: noteTexts[firstNote …], noteCount of them, each for question noteQuestions[…]. */
      private readonly firstNote: number,
      private readonly noteCount: number,
      readonly stampText: string | null,
      /** Who submitted it (normalized), for the latest-submission rule; let go in finish(). */
      public identity: string | null,
      /** Its error findings (0: valid). */
      public errors: number,
    ) {}

    get timestamp(): Timestamp | null {
      if (this.stampText === null) return null;
      const timestamp = parseTimestamp(this.stampText, dateOrder);
      if (timestamp === null) return null;
      let date = dates.get(timestamp.date);
      if (date === undefined) dates.set(timestamp.date, (date = timestamp.date));
      return { ...timestamp, date };
    }

    /** Adds this row's notes that were not kept (options.notesKept) to the count of each question. */
    countNotesNotKept(counts: number[]): void {
      for (let n = this.firstNote; n < this.firstNote + this.noteCount; n++) if (noteTexts[n] === null) counts[noteQuestions[n]!]!++;
    }

    get sheet(): AnswerSheet {
      // Null-prototype: keyed by ids, which must never read an inherited member (reserved-keys.ts).
      const answers: Record<string, Record<string, Answer>> = Object.create(null);
      const base = this.slot * questions.length;
      questions.forEach((q, i) => {
        const code = codes[base + i]!;
        if (code === ANSWER_CODES.unanswered) return;
        const score = code === ANSWER_CODES.notApplicable ? null : q.question.levels[code - ANSWER_CODES.firstLevel]!.score;
        let note: string | null = null;
        for (let n = this.firstNote; n < this.firstNote + this.noteCount; n++) if (noteQuestions[n] === i) note = noteTexts[n] ?? null;
        (answers[q.imperativeId] ??= Object.create(null))[q.questionId] = note === null ? plainAnswer(q, score) : { score, note, evidence: DEFAULT_EVIDENCE };
      });
      return { source: `${options.file}:${this.row}`, collected: 'survey', organization, respondent: this.respondent, date: this.timestamp?.date ?? options.today, rubrics, answers };
    }
  }
  /** Every row read. */
  const rows: StoredResponse[] = [];
  const blankRows: number[] = [];
  let rowCount = 0;
  let organizationFromFallback = 0;
  // The first cell of each kind that says something about the date order (parse-timestamp.ts):
  // the order is decided once the whole column has been seen, in finish().
  const organizationColumn = { first: null as { row: number; text: string } | null, differs: null as { row: number } | null, blankRows: 0 };
  const orderEvidence: Record<DateOrder | 'ambiguous', { row: number; text: string } | null> = { 'month-first': null, 'day-first': null, ambiguous: null };
  const at = (rule: RuleId, row: number, column: number, message: string): Diagnostic => diagnostic(options.file, rule, message, pointAt(row, column + 1));

  function addRow(cells: readonly string[], row: number): void {
    if (!canReadRows) return;
    if (cells.every((c) => c.trim() === '')) return;
    rowCount++;
    let errors = 0;
    const problem = (rule: RuleId, column: number, message: string) => {
      if (RULES[rule].severity === 'error') errors++;
      record(at(rule, row, column, message));
    };
    const cell = (column: number): string | null => {
      if (column === -1) return null;
      const text = cells[column] ?? '';
      if (text.length > MAX_CELL_CHARS) return null; // reported once below
      return text.trim() === '' ? null : text.trim();
    };
    cells.forEach((text, column) => {
      if (text.length > MAX_CELL_CHARS) {
        problem('survey-cell-too-long', column, `${header[column] === undefined ? `column ${column + 1}` : quoteHeader(header[column]!)}: ${thousands(text.length)} characters, over the ${thousands(MAX_CELL_CHARS)} a response cell may hold`);
      }
    });

    const roleText = cell(plan.roleColumn);
    let role: string | null = null;
    if (roleText !== null) {
      role = roles.get(roleKey(roleText)) ?? null;
      if (role === null) problem('survey-unknown-role', plan.roleColumn, `${quoteHeader(header[plan.roleColumn]!)}: "${roleText}" is not a role of the set; expected one of: ${set.roles.join(', ')}`);
    } else if (options.role !== null) role = options.role;
    else if ((cells[plan.roleColumn] ?? '').length <= MAX_CELL_CHARS) problem('survey-unknown-role', plan.roleColumn, `${quoteHeader(header[plan.roleColumn]!)}: no role given; expected one of: ${set.roles.join(', ')}`);

    // Read in finish(), once the column's date order is known.
    // Held until finish(): a date and time is read from the start of its cell (parse-timestamp.ts),
    // so a cell of 10,000 characters is kept as its start.
    const stampCell = cell(plan.timestampColumn);
    const stampText = stampCell === null || stampCell.length <= MAX_HELD_CHARS ? stampCell : `${stampCell.replace(/\s+/g, ' ').slice(0, MAX_HELD_CHARS)}…`;
    if (stampText !== null) {
      const order = dateOrderOf(stampText);
      if (order !== null) orderEvidence[order] ??= { row, text: stampText };
    }

    const slot = rows.length;
    if ((slot + 1) * questions.length > codes.length) {
      const grown = new Uint16Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    // A submission that answers nothing is no respondent: counted, it would swell its role's group
    // (a group of four people and a blank reads as five) and the respondent count. Left out before
    // anything of it is held, so a blank resubmission never replaces a person's answers either.
    if (errors === 0 && plan.answerColumns.every((columns) => columns.every((c) => cell(c) === null))) {
      blankRows.push(row);
      return;
    }
    const firstNote = noteTexts.length;
    questions.forEach((q, i) => {
      // A branching form has a column per role's copy of the question; a response fills one.
      const filled = plan.answerColumns[i]!.filter((c) => cell(c) !== null);
      if (filled.length === 0) return;
      const column = filled[0]!;
      // A role the question does not ask (`roles:`) cannot judge it: its answer is left out, and said so.
      if (role !== null && !asksRole(q.question, role)) {
        problem('survey-role-not-asked', column, `${quoteHeader(header[column]!)}: answered by a ${role}, whom ${q.imperativeId}/${q.questionId} does not ask (its roles: ${q.question.roles!.join(', ')}); the answer is left out`);
        return;
      }
      const text = cell(column)!;
      if (filled.slice(1).some((c) => cell(c) !== text)) {
        problem('survey-duplicate-column', filled[1]!, `${quoteHeader(header[filled[1]!]!)}: a second answer to ${q.imperativeId}/${q.questionId} in one response, beside ${quoteHeader(header[column]!)}; keep one of them`);
        return;
      }
      const value = q.exact.get(text) ?? q.normalized.get(normalizeTitle(text));
      if (value === undefined) {
        const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
        problem('survey-invalid-choice', column, `${quoteHeader(header[column]!)}: "${shown}" is none of the choices; accepted: ${q.accepted}`);
        return;
      }
      // As for answers: two evidence cells of one question filled differently in one response (two
      // copies of its evidence question) kept the first without a word (hostile-input pass, session 18).
      const noted = notes[i]!.filter((c) => cell(c) !== null);
      const note = noted.length === 0 ? null : cell(noted[0]!)!;
      if (noted.slice(1).some((c) => cell(c) !== note)) {
        problem('survey-duplicate-column', noted[1]!, `${quoteHeader(header[noted[1]!]!)}: a second evidence answer to ${q.imperativeId}/${q.questionId} in one response, beside ${quoteHeader(header[noted[0]!]!)}; keep one of them`);
        return;
      }
      codes[slot * questions.length + i] = value === NOT_APPLICABLE ? ANSWER_CODES.notApplicable : ANSWER_CODES.firstLevel + q.question.levels.findIndex((l) => l.score === value);
      if (note !== null) {
        // Past options.notesKept, the note is only marked (null): counted in finish() if its row is kept.
        const kept = options.notesKept === undefined || notesSeen[i]! < options.notesKept;
        if (kept) notesSeen[i]!++;
        if (noteTexts.length === noteQuestions.length) {
          const grown = new Uint16Array(noteQuestions.length * 2);
          grown.set(noteQuestions);
          noteQuestions = grown;
        }
        noteQuestions[noteTexts.length] = i;
        noteTexts.push(kept ? note : null);
      }
    });

    // --organization wins over the column. The column's text is read only to see that every row
    // says the same (finish() then uses it): a respondent's own name typed there must never
    // become the report's client.
    if (options.organization === null) {
      const typed = cell(plan.organizationColumn);
      if (typed !== null) {
        if (organizationColumn.first === null) organizationColumn.first = { row, text: typed };
        else if (organizationColumn.differs === null && normalizeTitle(typed) !== normalizeTitle(organizationColumn.first.text)) organizationColumn.differs = { row };
      } else organizationColumn.blankRows++;
    }
    const identityText = cell(plan.identityColumn);
    const identity = identityText === null || isAnonymous(identityText) ? null : heldIdentity(normalizeTitle(identityText));
    // The name, else a column that names the person (an email): never a token, a form's ID or
    // Microsoft Forms' "anonymous", which --names would then show in a report as if a person.
    const name = options.keepNames ? [plan.nameColumn, ...plan.personalColumns].map(cell).find((text) => text !== null && !isAnonymous(text)) ?? null : null;

    const respondent = name !== null ? { name, role: role ?? '' } : (anonymous.get(role ?? '') ?? anonymous.set(role ?? '', { name: null, role: role ?? '' }).get(role ?? '')!);
    // The notes' list at its own length (a list grown by push keeps room for 17).
    rows.push(new StoredResponse(row, slot, respondent, firstNote, noteTexts.length - firstNote, stampText, identity, errors));
  }

  /** Every timestamp in the one date order of the file: day first when any cell's first number is over 12. */
  function readTimestamps(): void {
    const dayFirst = orderEvidence['day-first'];
    const monthFirst = orderEvidence['month-first'];
    const ambiguous = orderEvidence.ambiguous;
    const order: DateOrder = dayFirst !== null ? 'day-first' : 'month-first';
    dateOrder = order;
    const column = plan.timestampColumn;
    if (column === -1) return;
    const title = quoteHeader(header[column]!);
    if (dayFirst === null && monthFirst === null && ambiguous !== null) {
      record(
        at(
          'survey-ambiguous-date',
          ambiguous.row,
          column,
          `${title}: no date in this column says whether the day or the month comes first ("${ambiguous.text.slice(0, 40)}" could be either); read month first (as a US-locale sheet writes them): check the dates in the answers files`,
        ),
      );
    }
    const settled = order === 'day-first' ? dayFirst : monthFirst;
    for (const r of rows) {
      const { stampText } = r;
      // Read again whenever the response's date is asked for; here only to find the cells that are no date.
      if (stampText === null || r.timestamp !== null) continue;
      const why =
        settled !== null && dateOrderOf(stampText) !== null && dateOrderOf(stampText) !== order
          ? `is not a date with the day first, as row ${settled.row} ("${settled.text.slice(0, 40)}") says the dates of this file are: one file has one date order`
          : 'is not a date and time this tool reads (such as 11/26/2026 14:03:05 or 2026-11-26 14:03:05)';
      r.errors++;
      record(at('survey-invalid-date', r.row, column, `${title}: "${stampText.slice(0, 40)}" ${why}`));
    }
  }

  /**
   * One organization for the export: --organization, else the column's one value (blank cells
   * take it too), else the file name. A column whose rows differ is an error of the whole export,
   * which --skip-invalid does not skip: no row's text can be trusted as the client's name.
   */
  function settleOrganization(): boolean {
    const { first, differs } = organizationColumn;
    if (differs !== null && first !== null) {
      record(
        at(
          'survey-organization-varies',
          differs.row,
          plan.organizationColumn,
          `${quoteHeader(header[plan.organizationColumn]!)}: this row names another organization than row ${first.row}; the column is free text the respondents typed, not the client: give --organization "<the client>" (the column is then ignored)`,
        ),
      );
      return false;
    }
    const settled = options.organization ?? first?.text ?? options.organizationFallback ?? null;
    if (settled === null) {
      headerProblem('survey-missing-column', `${quoteHeader(header[plan.organizationColumn]!)}: no organization given in any row; give --organization "<the client>"`);
      return false;
    }
    if (options.organization === null && first === null) organizationFromFallback = rows.length;
    organization = settled;
    return true;
  }

  function finish(): ImportResult {
    readTimestamps();
    const organizationSettled = rows.length === 0 || settleOrganization();
    // The latest submission of each respondent wins (by timestamp, then by row).
    const latest = new Map<string, { r: StoredResponse; key: string }>();
    for (const r of rows) {
      if (r.identity === null) continue;
      const seen = latest.get(r.identity);
      const key = r.timestamp?.sortKey ?? '';
      if (seen === undefined || compareSubmissions({ key, row: r.row }, { key: seen.key, row: seen.r.row }) > 0) latest.set(r.identity, { r, key });
    }
    const droppedRows: number[] = [];
    const droppedWithErrors: number[] = [];
    const kept: StoredResponse[] = [];
    let firstWinner = 0;
    for (const r of rows) {
      const winner = r.identity === null ? r : latest.get(r.identity)!.r;
      if (winner !== r) {
        if (droppedRows.length === 0) firstWinner = winner.row;
        droppedRows.push(r.row);
        if (r.errors > 0) droppedWithErrors.push(r.row);
        continue;
      }
      if (r.errors === 0 && organizationSettled) kept.push(r);
    }
    // A submission replaced by a later one is left out whatever it holds: its errors would stop
    // the import (and --skip-invalid would find no invalid row to skip) for a row nobody keeps.
    if (droppedWithErrors.length > 0) {
      const forgotten = new Set(droppedWithErrors);
      errorCount -= rows.reduce((n, r) => n + (forgotten.has(r.row) ? r.errors : 0), 0);
      const stillCounted = diagnostics.filter((d) => !(d.severity === 'error' && d.line > 1 && forgotten.has(d.line)));
      diagnostics.splice(0, diagnostics.length, ...stillCounted);
    }
    // Past the cap on kept findings too: it is the one place every dropped row is named.
    if (droppedRows.length > 0) {
      warningCount++;
      diagnostics.push(duplicatesFinding(droppedRows, firstWinner, droppedWithErrors));
    }
    if (blankRows.length > 0) {
      warningCount++;
      diagnostics.push(blanksFinding(blankRows));
    }
    diagnostics.sort(compareDiagnostics);
    const dropped = new Set(droppedRows);
    const invalidRows = rows.flatMap((r) => (r.errors === 0 || dropped.has(r.row) ? [] : [r.row]));
    const notesNotKept = questions.map(() => 0);
    for (const r of kept) r.countNotesNotKept(notesNotKept);
    // Let go of every row not kept: the responses' methods share this closure, which would hold
    // the list (and every row's identity) for as long as any response lives.
    rows.length = 0;
    for (const r of kept) r.identity = null;
    return {
      responses: kept,
      invalidRows,
      droppedRows,
      blankRows,
      diagnostics,
      errorCount,
      warningCount,
      rowCount,
      organizationFromFallback,
      notesNotKept,
    };
  }

  /**
   * One finding for all the earlier submissions dropped, at the first of them: a 50,000-row export
   * can drop thousands, and one line per row hid everything else behind the finding cap. Every
   * dropped row is still named, in ranges.
   */
  function duplicatesFinding(dropped: number[], firstWinner: number, withErrors: number[]): Diagnostic {
    const title = quoteHeader(header[plan.identityColumn]!);
    const errors = withErrors.length === 0 ? '' : `; the errors in ${rowList(withErrors)} do not count, as ${withErrors.length === 1 ? 'a later submission replaces it' : 'later submissions replace them'}`;
    const message =
      dropped.length === 1
        ? `row ${dropped[0]} dropped: the same ${title} submitted again later (row ${firstWinner}), and the latest submission wins${errors}`
        : `${dropped.length} earlier submissions dropped, ${rowList(dropped)}: the same ${title} submitted again later (row ${dropped[0]} again in row ${firstWinner}, …), and each respondent's latest submission wins${errors}`;
    return at('survey-duplicate-response', dropped[0]!, plan.identityColumn, message);
  }

  /** One finding for every blank submission, at the first, naming them all in ranges (as duplicatesFinding). */
  function blanksFinding(blank: number[]): Diagnostic {
    const message =
      blank.length === 1
        ? `row ${blank[0]} left out: it answers no question (a form submitted empty), so it is not counted as a respondent`
        : `${blank.length} submissions left out, ${rowList(blank)}: they answer no question (forms submitted empty), so they are not counted as respondents`;
    return at('survey-blank-response', blank[0]!, 0, message);
  }

  return { addRow, finish };
}

/**
 * Characters of a timestamp or an identity held per row until finish(): every row's are held, and
 * 250,000 rows of 10,000-character cells would hold gigabytes. No date is longer; an identity
 * longer is held as its SHA-256, which tells the same people apart as well.
 */
const MAX_HELD_CHARS = 64;

function heldIdentity(identity: string): string {
  return identity.length <= MAX_HELD_CHARS ? identity : createHash('sha256').update(identity).digest('hex');
}

/** Microsoft Forms writes "anonymous" in Email and Name when the form does not ask who answers. */
function isAnonymous(text: string): boolean {
  return normalizeTitle(text) === 'anonymous';
}

/** "row 7", "rows 2–126, 130": every row, consecutive ones as a range. */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    parts.push(j === i ? String(rows[i]) : j === i + 1 ? `${rows[i]}, ${rows[j]}` : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return `${rows.length === 1 ? 'row' : 'rows'} ${parts.join(', ')}`;
}

function compareSubmissions(a: { key: string; row: number }, b: { key: string; row: number }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.row - b.row;
}
