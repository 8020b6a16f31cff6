// SurveyJS results (an array of { elementName: value } objects, as `survey.data` gives them, or
// { "responses": [...] }) as a table: one column per key in first-seen order, one row per
// response, so they go through the same importer as every CSV. Pure.
import type { RuleId } from '../diagnostics.js';
import { own } from '../source/reserved-keys.js';

export type SurveyJsTable = { header: string[]; rows: string[][] } | { problem: { rule: RuleId; message: string } };

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function surveyJsTable(value: unknown): SurveyJsTable {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { responses?: unknown }).responses)
      ? (value as { responses: unknown[] }).responses
      : null;
  if (list === null) return { problem: { rule: 'survey-not-a-table', message: 'the JSON is not a list of SurveyJS results (an array of { "<element name>": value } objects)' } };
  if (list.length === 0) return { problem: { rule: 'survey-empty', message: 'the JSON list holds no response' } };
  const columns = new Map<string, number>();
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return { problem: { rule: 'survey-not-a-table', message: 'every entry of the list must be one response: an object keyed by element name' } };
    }
    for (const key of Object.keys(entry)) if (!columns.has(key)) columns.set(key, columns.size);
  }
  const header = [...columns.keys()];
  const rows = (list as Record<string, unknown>[]).map((entry) => header.map((key) => text(own(entry, key))));
  return { header, rows };
}
