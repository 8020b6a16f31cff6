// A record file's text to a record, or why not, located. Pure. Three kinds of problem, each its
// own rule id: a file that is not a record at all (foreign), a record that is damaged (corrupt),
// and a record written by a newer sales-audit (newer), which is never half-read.
import * as z from 'zod';
import { PACK_FORMAT, PortfolioPack, PortfolioRecord, RECORD_FORMAT, RECORD_FORMAT_VERSION } from './record.js';

export type RecordProblemRule = 'portfolio-foreign-file' | 'portfolio-corrupt-record' | 'portfolio-newer-format';

export interface RecordProblem {
  rule: RecordProblemRule;
  line: number;
  column: number;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & RecordProblem);

/** Line and column (1-based) of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where JSON.parse stopped: its message gives the position (Node 22), or on Node 20 the token and
 * a snippet of the text around it ('Unexpected token '}', ..."id": \n}" is not valid JSON').
 */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const snippet = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message);
  if (snippet) {
    const at = text.indexOf(snippet[2]!);
    if (at !== -1) return at + snippet[2]!.lastIndexOf(snippet[1]!);
  }
  return 0;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = positionOf(text, errorOffset(text, message));
    return { ok: false, line, column, message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?"[\s\S]*$/, '').replace(/^Unexpected/, 'unexpected')}` };
  }
}

function issuesText(error: z.ZodError): string {
  const first = error.issues[0]!;
  const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length === 2 ? '' : 's'})` : '';
  return `${path === '' ? 'the record' : path}: ${first.message}${more}`;
}

function parseVersioned<T>(text: string, format: string, what: string, schema: z.ZodType<T>): Parsed<T> {
  const json = parseJson(text);
  if (!json.ok) {
    // A file that does not even start like JSON is someone else's file; one that does is a damaged record.
    const rule = /^\s*\{/.test(text) ? 'portfolio-corrupt-record' : 'portfolio-foreign-file';
    return { ok: false, rule, line: json.line, column: json.column, message: rule === 'portfolio-foreign-file' ? `not a ${what}: ${json.message}` : json.message };
  }
  const value = json.value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== format) {
    return { ok: false, rule: 'portfolio-foreign-file', line: 1, column: 1, message: `not a ${what} (no "format": "${format}")` };
  }
  if (typeof value.formatVersion === 'number' && value.formatVersion > RECORD_FORMAT_VERSION) {
    return {
      ok: false,
      rule: 'portfolio-newer-format',
      line: 1,
      column: 1,
      message: `written by a newer sales-audit (${what} format ${value.formatVersion}; this version reads format ${RECORD_FORMAT_VERSION}): update sales-audit to read it`,
    };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, rule: 'portfolio-corrupt-record', line: 1, column: 1, message: `damaged ${what}: ${issuesText(parsed.error)}` };
  return { ok: true, value: parsed.data };
}

export function parseRecord(text: string): Parsed<PortfolioRecord> {
  return parseVersioned(text, RECORD_FORMAT, 'portfolio record', PortfolioRecord);
}

export function parsePack(text: string): Parsed<PortfolioPack> {
  return parseVersioned(text, PACK_FORMAT, 'portfolio pack', PortfolioPack);
}

/** A record as written to its file: stable key order, one line per field of the top level. */
export function serializeRecord(record: PortfolioRecord): string {
  return `${JSON.stringify(record)}\n`;
}
