// SurveyJS results (an array of { elementName: value } objects, as `survey.data` gives them, or
// { "responses": [...] }) as a table: one column per key in first-seen order, one row per
// response, so they go through the same importer as every CSV. Pure.
import type { RuleId } from '../diagnostics.js';
import { own } from '../source/reserved-keys.js';
import { DEFAULT_MAX_ROWS, MAX_COLUMNS } from './export-limits.js';
import { thousands } from '../report/format.js';

export type SurveyJsTable = { header: string[]; rows: string[][] } | { problem: { rule: RuleId; message: string } };

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

export interface TableLimits {
  /** Entries read (--max-rows). */
  maxRows: number;
  /** Distinct keys over all entries. */
  maxColumns: number;
}

export function surveyJsTable(value: unknown, limits: TableLimits = { maxRows: DEFAULT_MAX_ROWS, maxColumns: MAX_COLUMNS }): SurveyJsTable {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { responses?: unknown }).responses)
      ? (value as { responses: unknown[] }).responses
      : null;
  if (list === null) return { problem: { rule: 'survey-not-a-table', message: 'the JSON is not a list of SurveyJS results (an array of { "<element name>": value } objects)' } };
  if (list.length === 0) return { problem: { rule: 'survey-empty', message: 'the JSON list holds no response' } };
  if (list.length > limits.maxRows) {
    const message = `the list holds ${thousands(list.length)} responses, past the ${thousands(limits.maxRows)} an export may have (give --max-rows to read more: about 1 KB of memory a response in report)`;
    return { problem: { rule: 'survey-limit', message } };
  }
  const columns = new Map<string, number>();
  for (const [index, entry] of list.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return { problem: { rule: 'survey-not-a-table', message: 'every entry of the list must be one response: an object keyed by element name' } };
    }
    for (const key of Object.keys(entry)) if (!columns.has(key)) columns.set(key, columns.size);
    if (columns.size > limits.maxColumns) {
      return { problem: { rule: 'survey-limit', message: `entry ${index + 1}: the results use more than ${thousands(limits.maxColumns)} different keys, the most a table of responses may have` } };
    }
  }
  const header = [...columns.keys()];
  const rows = (list as Record<string, unknown>[]).map((entry) => header.map((key) => text(own(entry, key))));
  return { header, rows };
}
