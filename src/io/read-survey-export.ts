// Reads a survey tool's response export and feeds it, row by row, to the pure importer
// (core/survey/import-responses.ts). The readers are the well-kept libraries only: csv-parse for
// CSV (streamed, so 50,000 rows never sit in memory as text), exceljs for Excel, JSON.parse for
// SurveyJS results. What this file decides: the encoding, the delimiter, the file's kind.
//
// Limits: CSV is streamed and has no size limit, but a record does (MAX_RECORD_CHARS): csv-parse
// keeps the record it is reading in memory. Excel and JSON are read whole (exceljs and
// JSON.parse need the whole file; exceljs takes ~10× the file size in memory), so they are refused
// over 50 MiB: a 10,000-response Microsoft Forms export is about 5 MiB.
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { compareDiagnostics, diagnostic, pointAt, type Diagnostic, type RuleId } from '../core/diagnostics.js';
import type { RubricSet } from '../core/rubric/rubric-set.js';
import { detectExportKind, type ExportKind } from '../core/survey/export-kinds.js';
import { createResponseImporter, MAX_CELL_CHARS, type ImportOptions, type ImportResult, type ResponseImporter } from '../core/survey/import-responses.js';
import { quoteHeader } from '../core/survey/match-columns.js';
import { surveyJsTable } from '../core/survey/surveyjs-table.js';
import { DEFAULT_MAX_ROWS, MAX_COLUMNS, MAX_JSON_DEPTH } from '../core/survey/export-limits.js';
import { yamlLibrary } from '../core/source/yaml-library.js';
import { describeFsError } from './describe-fs-error.js';
import { readXlsxRows, WorkbookLimit, WorkbookUnreadable, type SheetRow } from './read-xlsx-rows.js';
import { thousands } from '../core/report/format.js';

export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;
/** Longest CSV record read: a row of 200 full cells is 2 million characters; no row of responses is longer. */
const MAX_RECORD_CHARS = 2_000_000;

export interface ReadExportOptions extends Omit<ImportOptions, 'kind'> {
  /** --from: the kind, instead of detecting it from the header. */
  from: ExportKind | null;
  /** --max-rows: rows read before reading stops (DEFAULT_MAX_ROWS). */
  maxRows?: number;
  /** Called now and then with the rows read so far (for a progress line). */
  onProgress?: (rows: number) => void;
}

export interface ReadExportResult extends ImportResult {
  kind: ExportKind | null;
}

class NotUtf8 extends Error {}

/** A limit of core/survey/export-limits.ts, reached at a cell (1-based). */
class ExportLimit extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * `utf-8-bom`: the file starts with a UTF-8 byte order mark, which only a UTF-8 writer puts there.
 * A bad byte in it is damage to one cell (decoded as U+FFFD and reported at that cell), not a
 * sign of Windows-1252: reading the whole file as Windows-1252 would garble every accent and turn
 * the mark itself into "ï»¿" in front of the first title.
 */
type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes to text in a stream; UTF-8 is strict (a bad byte throws NotUtf8, to retry in Windows-1252). */
async function decoderFor(encoding: Encoding): Promise<Transform> {
  let decode: (chunk: Buffer) => string;
  let end: () => string;
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const decoder = new TextDecoder('utf-8', { fatal: encoding === 'utf-8' });
    decode = (chunk) => decoder.decode(chunk, { stream: true });
    end = () => decoder.decode();
  } else {
    const iconv = (await import('iconv-lite')).default;
    const decoder = iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding);
    decode = (chunk) => decoder.write(chunk);
    end = () => decoder.end() ?? '';
  }
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        callback(null, decode(chunk));
      } catch {
        callback(new NotUtf8());
      }
    },
    flush(callback: TransformCallback) {
      try {
        callback(null, end());
      } catch {
        callback(new NotUtf8());
      }
    },
  });
}

function decodeHead(head: Buffer, encoding: Encoding | 'binary'): string {
  if (encoding === 'utf-16le') return head.toString('utf16le');
  if (encoding === 'utf-16be') return Buffer.from(head.subarray(0, head.length & ~1)).swap16().toString('utf16le');
  return head.toString(encoding === 'windows-1252' || encoding === 'binary' ? 'latin1' : 'utf8');
}

function sniffEncoding(head: Buffer): Encoding | 'binary' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  // UTF-16 without a byte order mark: every other byte NUL in ASCII text.
  const sample = head.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  if (oddNul > sample.length / 4 && evenNul === 0) return 'utf-16le';
  if (evenNul > sample.length / 4 && oddNul === 0) return 'utf-16be';
  if (evenNul + oddNul > 0) return 'binary';
  return 'utf-8';
}

/** The delimiter of the header line: Excel writes ; in many locales and tabs in "Unicode text". */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

function located(file: string, rule: RuleId, message: string, line = 1, column = 1): Diagnostic {
  return diagnostic(file, rule, message, pointAt(line, column));
}

function failed(kind: ExportKind | null, diagnostic: Diagnostic): ReadExportResult {
  return { kind, responses: [], invalidRows: [], droppedRows: [], blankRows: [], diagnostics: [diagnostic], errorCount: diagnostic.severity === 'error' ? 1 : 0, warningCount: 0, rowCount: 0, organizationFromFallback: 0, notesNotKept: [] };
}

/** Reads the first bytes of a file. */
function readHead(absolute: string, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(absolute, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** An error of the file system (it names the system call that failed), as opposed to a bug here. */
function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

export async function readSurveyExport(set: RubricSet, absolute: string, options: ReadExportOptions): Promise<ReadExportResult> {
  try {
    return await readAnyExport(set, absolute, options);
  } catch (error) {
    // The file can vanish, lose its permissions or fail to read (EIO) between any two steps:
    // that is a problem with the file, said at file:1:1 like an unreadable YAML file, not a bug.
    if (isFsError(error)) return failed(null, located(options.file, 'file-unreadable', `cannot read the export: ${describeFsError(error)}`));
    throw error;
  }
}

async function readAnyExport(set: RubricSet, absolute: string, options: ReadExportOptions): Promise<ReadExportResult> {
  const file = options.file;
  let info;
  try {
    info = statSync(absolute);
  } catch (error) {
    return failed(null, located(file, 'file-unreadable', `cannot read the export: ${describeFsError(error)}`));
  }
  if (!info.isFile()) return failed(null, located(file, 'file-unreadable', 'the export is not a regular file'));
  if (info.size === 0) return failed(null, located(file, 'survey-empty', 'the export is empty: download the responses again'));
  const head = readHead(absolute, 4096);
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (isZip || /\.xlsx$/i.test(absolute)) {
    if (!isZip) return failed(null, located(file, 'survey-not-a-table', 'the file is named .xlsx but is not an Excel workbook: download it again, or export CSV'));
    if (info.size > MAX_WHOLE_FILE_BYTES) return failed(null, located(file, 'survey-too-large', tooLarge(info.size)));
    return readXlsx(set, absolute, options);
  }
  // The encoding first, then the kind: UTF-16 JSON (with or without a byte order mark) starts
  // with "[" only once decoded, and was read as a broken CSV.
  const sniffed = sniffEncoding(head);
  const firstChar = decodeHead(head, sniffed).replace(/^\uFEFF/, '').trimStart()[0];
  if (options.from === 'surveyjs' || firstChar === '[' || firstChar === '{') {
    if (info.size > MAX_WHOLE_FILE_BYTES) return failed('surveyjs', located(file, 'survey-too-large', tooLarge(info.size)));
    return readJson(set, absolute, options, sniffed);
  }
  if (sniffed === 'binary') return failed(null, located(file, 'survey-not-a-table', 'the file holds binary data (NUL bytes): it is not a CSV export'));
  const first = await readCsv(set, absolute, options, sniffed, head);
  if (first !== 'not-utf8') return first;
  const second = await readCsv(set, absolute, options, 'windows-1252', head);
  if (second === 'not-utf8') throw new Error('internal: Windows-1252 decoding cannot fail');
  const warning = located(file, 'survey-encoding', 'the file is not UTF-8; read as Windows-1252 (what Excel on Windows saves as "CSV"): check accented letters, or save as "CSV UTF-8" next time');
  second.diagnostics.unshift(warning);
  second.warningCount++;
  return second;
}

function rowLimit(row: number, maxRows: number): string {
  return `row ${thousands(row)} is past the ${thousands(maxRows)} rows an export may have; reading stopped here (give --max-rows to read more: about 1 KB of memory a response in report)`;
}

function columnLimit(row: number): string {
  return `row ${row} has more than ${thousands(MAX_COLUMNS)} columns, the most a row of responses may have; reading stopped here`;
}

/** An error thrown by exceljs or its XML parser on a malformed part, as opposed to a bug here: where it was thrown says. */
function isExceljsParseError(error: unknown): boolean {
  const frame = error instanceof Error ? /\n\s+at .*/.exec(error.stack ?? '')?.[0] ?? '' : '';
  return /node_modules[\\/](exceljs|saxes)[\\/]/.test(frame);
}

function tooLarge(size: number): string {
  return `the export is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MiB limit for Excel and JSON files (read whole into memory); export the responses as CSV, which is streamed`;
}

async function readCsv(set: RubricSet, absolute: string, options: ReadExportOptions, encoding: Encoding, head: Buffer): Promise<ReadExportResult | 'not-utf8'> {
  const file = options.file;
  const { parse, CsvError } = await import('csv-parse');
  const headText = decodeHead(head, encoding);
  const delimiter = sniffDelimiter(headText.replace(/^\uFEFF/, ''));
  // Blank lines are records too (skipped by the importer), so a record's number is its row as a
  // spreadsheet shows the file, and a finding, a quote error and a too-long cell all count rows
  // the same way. max_record_size: csv-parse holds a record in memory until it ends, so one huge
  // cell or a quote never closed would hold the whole file; no row of responses comes near this.
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const parser = parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: false, max_record_size: MAX_RECORD_CHARS });
  let importer: ResponseImporter | null = null;
  let kind: ExportKind | null = null;
  let row = 0;
  let headerCells = 0;
  let header: string[] = [];
  // The first cell where a bad byte was replaced (a file with a UTF-8 byte order mark), and how many.
  let damaged = null as { row: number; column: number; title: string; count: number } | null;
  const sink = new Transform({
    objectMode: true,
    transform(record: string[], _encoding, callback) {
      row++;
      if (row > maxRows + 1) return callback(new ExportLimit(rowLimit(row, maxRows), row, 1));
      if (record.length > MAX_COLUMNS) return callback(new ExportLimit(columnLimit(row), row, MAX_COLUMNS + 1));
      if (encoding === 'utf-8-bom') {
        record.forEach((cell, column) => {
          if (!cell.includes('\uFFFD')) return;
          damaged ??= { row, column: column + 1, title: importer === null ? `the title of column ${column + 1}` : quoteHeader(header[column] ?? `column ${column + 1}`), count: 0 };
          damaged.count++;
        });
      }
      if (importer === null) {
        // Blank lines before the header are rows of the sheet, but not its header.
        if (record.every((c) => c.trim() === '')) return callback();
        header = record;
        kind = options.from ?? detectExportKind(record);
        headerCells = record.length;
        importer = createResponseImporter(set, record, { ...options, kind });
      } else {
        importer.addRow(record, row);
        if (row % 1000 === 0) options.onProgress?.(row - 1);
      }
      callback();
    },
  });
  try {
    await pipeline(createReadStream(absolute), await decoderFor(encoding), parser, sink);
  } catch (error) {
    if (error instanceof NotUtf8) return 'not-utf8';
    if (error instanceof ExportLimit) return failed(kind, located(file, 'survey-limit', error.message, error.row, error.column));
    // Every parse error csv-parse raises is a CsvError; its codes (INVALID_OPENING_QUOTE, ...) carry no common prefix.
    if (error instanceof CsvError) {
      // The record being read when it failed (records counts those already read, blank ones
      // included) and its field: the cell, numbered as every other finding numbers it.
      const e = error as Error & { code?: string; records?: number; index?: number };
      const at = (e.records ?? row) + 1;
      const column = (e.index ?? 0) + 1;
      const title = header[column - 1] === undefined ? `column ${column}` : quoteHeader(header[column - 1]!);
      if (e.code === 'CSV_MAX_RECORD_SIZE') {
        return failed(kind, located(file, 'survey-cell-too-long', `${title}: row ${at} runs past ${thousands(MAX_RECORD_CHARS)} characters (a cell over ${thousands(MAX_CELL_CHARS)} characters, or a quote never closed); reading stopped here`, at, column));
      }
      return failed(kind, located(file, 'survey-not-a-table', `${title}: not a well-formed CSV table: ${e.message.replace(/\s+/g, ' ')}`, at, column));
    }
    throw error;
  }
  const done = importer as ResponseImporter | null;
  if (done === null) return failed(kind, located(file, 'survey-empty', 'the export holds no rows'));
  const result = done.finish();
  if (result.rowCount === 0 && result.errorCount === 0) {
    return failed(kind, located(file, 'survey-empty', `the export has its header row (${headerCells} columns) but no response yet`, 2));
  }
  if (damaged !== null) {
    const others = damaged.count - 1;
    result.diagnostics.push(
      located(
        file,
        'survey-encoding',
        `${damaged.title}: a byte that is not UTF-8, in a file that says it is UTF-8 (it starts with a byte order mark); read as "\uFFFD"${others > 0 ? `, as in ${others} more cell${others === 1 ? '' : 's'}` : ''}: check this text`,
        damaged.row,
        damaged.column,
      ),
    );
    result.diagnostics.sort(compareDiagnostics);
    result.warningCount++;
  }
  return { ...result, kind };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A date-formatted cell holding a number no calendar has (1e20) arrives as an invalid Date;
  // toISOString would throw. As text it is an unreadable date, reported at its cell.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date out of range' : value.toISOString();
  if (typeof value === 'object') {
    const v = value as { text?: unknown; richText?: { text: string }[]; result?: unknown; error?: string };
    // A formula cell is read as its stored result, never evaluated; a rich text cell as its text.
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
    return '';
  }
  return String(value);
}

async function readXlsx(set: RubricSet, absolute: string, options: ReadExportOptions): Promise<ReadExportResult> {
  const file = options.file;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let importer: ResponseImporter | null = null;
  let kind: ExportKind | null = null;
  let width = 0;
  const rows = readXlsxRows(absolute, { maxRows });
  let previous = 0;
  try {
    for (;;) {
      let next: IteratorResult<SheetRow>;
      try {
        next = await rows.next();
      } catch (error) {
        if (error instanceof WorkbookLimit) return failed(kind, located(file, 'survey-limit', error.message, error.row, error.column));
        if (error instanceof WorkbookUnreadable) return failed(kind, located(file, 'survey-not-a-table', `the Excel file cannot be opened: ${error.message}`));
        if (isFsError(error) || !isExceljsParseError(error)) throw error;
        return failed(kind, located(file, 'survey-not-a-table', `the Excel file cannot be opened: a part of it is malformed (${String((error as Error).message).replace(/\s+/g, ' ').slice(0, 200)}): open it in Excel and save it again, or export CSV`));
      }
      if (next.done === true) break;
      const row = next.value;
      // Excel numbers rows from 1, in order; a number out of order (or none) would put findings
      // at row 0 or NaN, and rows without numbers would escape the row limit.
      if (!Number.isSafeInteger(row.number) || row.number <= previous) {
        return failed(kind, located(file, 'survey-not-a-table', `the Excel file cannot be opened: the row after row ${previous} ${Number.isNaN(row.number) ? 'has no row number' : `is numbered ${row.number}, out of order`}: open it in Excel and save it again, or export CSV`, previous + 1, 1));
      }
      previous = row.number;
      if (row.number > maxRows + 1) return failed(kind, located(file, 'survey-limit', rowLimit(row.number, maxRows), row.number, 1));
      if (row.cellCount > MAX_COLUMNS) return failed(kind, located(file, 'survey-limit', columnLimit(row.number), row.number, MAX_COLUMNS + 1));
      // exceljs's values are 1-based and sparse (a blank cell is a hole): read by index, so a
      // blank in the middle or at the end is '' like every other blank.
      const cells: string[] = [];
      for (let column = 1; column <= Math.max(width, row.cellCount); column++) cells.push(cellText(row.values[column]));
      if (importer === null) {
        if (cells.every((c) => c.trim() === '')) continue;
        width = cells.length;
        kind = options.from ?? detectExportKind(cells);
        importer = createResponseImporter(set, cells, { ...options, kind });
        continue;
      }
      importer.addRow(cells, row.number);
      if (row.number % 1000 === 0) options.onProgress?.(row.number - 1);
    }
  } finally {
    // Stops the unzipping when a limit ended the reading early.
    await rows.return(undefined);
  }
  if (importer === null) return failed(null, located(file, 'survey-empty', 'the workbook has no rows'));
  const result = importer.finish();
  if (result.rowCount === 0 && result.errorCount === 0) return failed(kind, located(file, 'survey-empty', 'the workbook has its header row but no response yet', 2));
  return { ...result, kind };
}

/** Offsets to 1-based line and column in `text`; the line starts are found once (a 50 MiB export can have a thousand findings). */
function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
}

/**
 * Where each SurveyJS entry, and each of its keys, starts in the file. JSON.parse gives no
 * positions, so the text goes once more through yaml's CST parser (JSON is YAML; the CST keeps
 * every token's offset and builds no values). Only called when there is a finding to locate.
 */
async function surveyJsPositions(text: string): Promise<{ entry: number; keys: Map<string, number> }[]> {
  // The one `yaml` the program loads, on first use (core/source/yaml-library.ts): a static import
  // here would bundle a second copy and load it with every command that can read an export.
  const { Parser } = yamlLibrary();
  type Token = { type: string; offset: number; source?: string; items?: { key?: Token | null; value?: Token | null }[] };
  const keyText = (token: Token | null | undefined) => (token?.type === 'double-quoted-scalar' && token.source !== undefined ? (JSON.parse(token.source) as string) : null);
  for (const document of new Parser().parse(text)) {
    let list = (document as { value?: Token }).value;
    // { "responses": [...] } holds the list under a key.
    if (list?.type === 'flow-collection' && list.items?.every((item) => item.key !== undefined && item.key !== null)) {
      list = list.items.find((item) => keyText(item.key) === 'responses')?.value ?? undefined;
    }
    if (list?.type !== 'flow-collection' || list.items === undefined) return [];
    return list.items.flatMap((item) => {
      const entry = item.value;
      if (entry === null || entry === undefined) return [];
      const keys = new Map<string, number>();
      for (const pair of entry.items ?? []) {
        const key = keyText(pair.key);
        if (key !== null && !keys.has(key)) keys.set(key, pair.key!.offset);
      }
      return [{ entry: entry.offset, keys }];
    });
  }
  return [];
}

/** Where the JSON text first nests deeper than MAX_JSON_DEPTH, or -1: found in one pass before JSON.parse, which is not asked to build a value 5,000 levels deep. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return -1;
}

/** The JSON's text: UTF-8 (strict), UTF-16 as sniffed, else Windows-1252 with a warning, as for CSV. */
function jsonText(bytes: Buffer, encoding: Encoding | 'binary'): { text: string; legacy: boolean } {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { text: new TextDecoder(encoding).decode(bytes), legacy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}

async function readJson(set: RubricSet, absolute: string, options: ReadExportOptions, encoding: Encoding | 'binary'): Promise<ReadExportResult> {
  const file = options.file;
  let value: unknown;
  // Read outside the try below: EACCES is file-unreadable, not "not valid JSON: EACCES".
  const decoded = jsonText(readFileSync(absolute), encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    const at = lineLocator(text)(deep);
    return failed('surveyjs', located(file, 'survey-limit', `a value nests more than ${MAX_JSON_DEPTH} levels deep (SurveyJS results nest three or four); reading stopped here`, at.line, at.column));
  }
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 says where: "… in JSON at position 59", or nothing when the text ends too soon.
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const at = lineLocator(text)(position === null ? text.length : Number(position[1]));
    return failed('surveyjs', located(file, 'survey-not-a-table', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, at.line, at.column));
  }
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const table = surveyJsTable(value, { maxRows, maxColumns: MAX_COLUMNS });
  if ('problem' in table) return failed('surveyjs', located(file, table.problem.rule, table.problem.message));
  const kind = options.from ?? 'surveyjs';
  const importer = createResponseImporter(set, table.header, { ...options, kind });
  // Entry n is row n + 1 inside the importer, as if the keys were a header row; findings are
  // then moved to where the entry, or its key, is in the file.
  table.rows.forEach((cells, i) => importer.addRow(cells, i + 2));
  const result = importer.finish();
  if (result.diagnostics.some((d) => d.line >= 2)) {
    const positions = await surveyJsPositions(text);
    const locate = lineLocator(text);
    for (const d of result.diagnostics) {
      const entry = positions[d.line - 2];
      if (d.line < 2 || entry === undefined) continue;
      const key = table.header[d.column - 1];
      const at = locate((key === undefined ? undefined : entry.keys.get(key)) ?? entry.entry);
      const where = `entry ${d.line - 1}`;
      Object.assign(d, { line: at.line, column: at.column, endLine: at.line, endColumn: at.column, message: `${where}: ${d.message}` });
    }
    result.diagnostics.sort(compareDiagnostics);
  }
  if (decoded.legacy) {
    result.diagnostics.unshift(located(file, 'survey-encoding', 'the file is not UTF-8; read as Windows-1252: check accented letters, or save the results as UTF-8 next time'));
    result.warningCount++;
  }
  return { ...result, kind };
}
