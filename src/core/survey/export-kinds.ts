// The survey tools whose response exports `import` reads, and the columns each adds around the
// question columns, as the tools document them (docs/survey.md lists the sources). Pure.
import { normalizeTitle } from './normalize-title.js';

export const EXPORT_KINDS = ['gforms', 'msforms', 'typeform', 'surveyjs', 'csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_NAMES: Record<ExportKind, string> = {
  gforms: 'a Google Forms CSV',
  msforms: 'a Microsoft Forms workbook',
  typeform: 'a Typeform CSV',
  surveyjs: 'SurveyJS results',
  csv: 'a CSV of responses',
};

export interface KindLayout {
  /** Columns that say when the response was submitted, best first. */
  timestamp: string[];
  /** Columns that identify a respondent across submissions (the latest submission wins). */
  identity: string[];
  /** Columns that hold a person's name or email: dropped unless --keep-names. */
  personal: string[];
  /** Other columns the tool adds, read for nothing. */
  other: string[];
}

// Normalized header texts (normalizeTitle).
const LAYOUTS: Record<ExportKind, KindLayout> = {
  // Google Forms: Timestamp, Email Address (when collected), then the questions; quizzes add Score.
  gforms: { timestamp: ['timestamp'], identity: ['email address'], personal: ['email address'], other: ['score'] },
  // Microsoft Forms: ID, Start time, Completion time, Email, Name, sometimes Last modified time.
  msforms: {
    timestamp: ['completion time', 'last modified time', 'start time'],
    identity: ['email'],
    personal: ['email', 'name'],
    other: ['id', 'start time', 'last modified time', 'total points', 'quiz feedback'],
  },
  // Typeform: the questions, then Submitted At and Token (newer exports: #, Start Date (UTC), Submit Date (UTC), Network ID).
  typeform: {
    timestamp: ['submitted at', 'submit date (utc)'],
    identity: ['token', '#'],
    personal: [],
    other: ['start date (utc)', 'stage date (utc)', 'network id', 'tags', 'ending', 'response type'],
  },
  surveyjs: { timestamp: [], identity: [], personal: [], other: [] },
  csv: { timestamp: ['date', 'timestamp', 'submitted at'], identity: ['email', 'token'], personal: ['email'], other: ['id'] },
};

export function layoutOf(kind: ExportKind): KindLayout {
  return LAYOUTS[kind];
}

/** The kind an export's header says it is; `csv` when it matches no tool's layout. */
export function detectExportKind(header: readonly string[]): ExportKind {
  const titles = new Set(header.map(normalizeTitle));
  if (normalizeTitle(header[0] ?? '') === 'timestamp') return 'gforms';
  if (titles.has('id') && titles.has('start time') && titles.has('completion time')) return 'msforms';
  if (titles.has('submitted at') && titles.has('token')) return 'typeform';
  if (titles.has('submit date (utc)') && titles.has('network id')) return 'typeform';
  return 'csv';
}
