// The first sheet of an .xlsx file, one row at a time, with every part unzipped as a bounded
// stream. Why not exceljs's `workbook.xlsx.load`: it builds the whole workbook in memory and
// expands each merged range into cells (a 9.7 KB file with one range over a million rows took
// 4.3 GB before V8 aborted). Why not exceljs's `stream.xlsx.WorkbookReader` as it is: its unzipper
// copies a sheet that comes before the shared strings (the order Excel writes) to a temporary file
// whole, however large it inflates, so a zip bomb fills the disk before any limit can be checked.
//
// So this module reads the zip's central directory itself (the parts, where they are, their
// sizes), inflates only the parts it needs, in the order it needs them, through zlib with a byte
// count, and hands each stream to exceljs's own part readers (relationships, workbook, styles,
// shared strings, the worksheet's row reader): exceljs still decides what a cell holds (dates,
// formulas, rich text). While the sheet's XML goes by, its tags are counted (rows, cells in a row,
// merged ranges, bytes between two cells) and reading stops at a limit, before exceljs builds the
// row that breaks it. The exceljs methods used are the ones its WorkbookReader calls on each part
// (underscored, but unchanged since exceljs 4.0; exceljs is pinned by the lockfile, and
// tests/faults/readers-*.test.ts reads real workbooks through them).
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { MAX_COLUMNS, MAX_MERGED_RANGES, MAX_OTHER_XML_BYTES, MAX_SHARED_STRINGS_XML_BYTES, MAX_SHEET_XML_BYTES, MAX_XML_CELL_BYTES } from '../core/survey/export-limits.js';
import { thousands } from '../core/report/format.js';

/** The workbook cannot be read as one (not a zip, a part missing or damaged, encrypted). */
export class WorkbookUnreadable extends Error {}

/** A limit of core/survey/export-limits.ts reached at a cell of the sheet (1-based). */
export class WorkbookLimit extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly column: number,
  ) {
    super(message);
  }
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const MiB = (n: number) => `${thousands(Math.round(n / 1024 / 1024))} MiB`;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The zip's central directory: the authoritative list of its parts. */
function centralDirectory(path: string): Map<string, ZipEntry> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    // The end record is the last 22 bytes, or up to 64 KiB earlier when the zip has a comment.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end === -1) throw new WorkbookUnreadable('it is not a complete zip archive (the end of its directory is missing): download it again');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) throw new WorkbookUnreadable('it is a ZIP64 archive, which no survey tool writes for an export under 50 MiB: open it in Excel and save it again');
    if (directoryOffset + directorySize > size) throw new WorkbookUnreadable('its zip directory points past the end of the file: download it again');
    const directory = readAt(fd, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) throw new WorkbookUnreadable('its zip directory is damaged: download it again');
      const nameLength = directory.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        uncompressedSize: directory.readUInt32LE(at + 24),
        localOffset: directory.readUInt32LE(at + 42),
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      };
      // Two parts of one name: which one a reader takes is up to the reader, so what this tool
      // reads could differ from what Excel shows.
      if (entries.has(entry.name)) throw new WorkbookUnreadable(`its zip directory lists the part ${entry.name} twice: download it again`);
      entries.set(entry.name, entry);
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    // Where each part's data starts: after its local header, whose extra field length may differ
    // from the directory's. The directory is what Excel reads, so it decides the sizes and the
    // method (and every byte inflated is counted anyway, whatever either says); a local header
    // that names another part, or another method, is a crafted or damaged file: refused, so that
    // no reader of the file takes another part for this one.
    for (const entry of entries.values()) {
      const local = readAt(fd, entry.localOffset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw new WorkbookUnreadable(`its part ${entry.name} is damaged: download it again`);
      const localName = readAt(fd, entry.localOffset + 30, local.readUInt16LE(26)).toString('utf8');
      if (localName !== entry.name || local.readUInt16LE(8) !== entry.method) {
        const what = localName !== entry.name ? `names ${JSON.stringify(localName.slice(0, 80))}` : `says compression method ${local.readUInt16LE(8)}, the directory ${entry.method}`;
        throw new WorkbookUnreadable(`its part ${entry.name} is damaged: the zip's directory and the part's own header disagree (the header ${what}): download it again`);
      }
      entry.localOffset += 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (entry.localOffset + entry.compressedSize > size) throw new WorkbookUnreadable(`its part ${entry.name} runs past the end of the file: download it again`);
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/**
 * A part's text, inflated as it is read; more than `maxBytes` once inflated (whatever the
 * directory says) is an error. Decoded here, as one stream: exceljs decodes each chunk on its own,
 * which turns a letter whose UTF-8 bytes straddle two chunks into two U+FFFD.
 */
async function* partText(path: string, entry: ZipEntry, maxBytes: number, tooLarge: () => Error): AsyncGenerator<string> {
  if ((entry.flags & 1) !== 0) throw new WorkbookUnreadable('it is encrypted (protected by a password): save it without a password, or export CSV');
  if (entry.method !== 0 && entry.method !== 8) throw new WorkbookUnreadable(`its part ${entry.name} is compressed in a way Excel does not use (method ${entry.method})`);
  if (entry.uncompressedSize > maxBytes) throw tooLarge();
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start: entry.localOffset, end: entry.localOffset + entry.compressedSize - 1 });
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw());
  raw.on('error', (error) => source.destroy(error));
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof WorkbookLimit || error instanceof WorkbookUnreadable) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new WorkbookUnreadable(`its part ${entry.name} is damaged (${(error as Error).message}): download it again`);
    throw error;
  } finally {
    raw.destroy();
    source.destroy();
  }
}

/** A1 → { row, column }, 1-based; null when it is not a cell reference. */
function cellAt(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,7})\$?(\d{1,9})$/i.exec(ref);
  if (match === null) return null;
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/**
 * The sheet's XML, passed through unchanged while its tags are counted. A tag is found by its
 * name right after `<` (any namespace prefix), in the text of each chunk plus the unfinished tag
 * the previous chunk ended in.
 */
async function* countedSheet(source: AsyncIterable<string>, maxRows: number): AsyncGenerator<string> {
  let carry = '';
  let row = 0;
  let rows = 0;
  let cells = 0;
  // An average of CELLS_PER_ROW cells a row at the row limit: every cell costs exceljs an object,
  // so a sheet of 250,000 rows of 2,000 empty cells each would take minutes.
  const maxCells = maxRows * CELLS_PER_ROW;
  let cellsInRow = 0;
  let merges = 0;
  let sinceTag = 0;
  const tag = /<(\/?)(?:[\w.-]+:)?(c|row|mergeCell)(?=[\s/>])([^<>]{0,200})/g;
  for await (const chunk of source) {
    const text = carry + chunk;
    // Up to the last `<`, unless that tag is long enough to have shown its name already.
    const lastOpen = text.lastIndexOf('<');
    const cut = lastOpen === -1 || text.length - lastOpen > 256 ? text.length : lastOpen;
    const scanned = text.slice(0, cut);
    carry = text.slice(cut);
    let lastTagEnd = -1;
    tag.lastIndex = 0;
    for (let match = tag.exec(scanned); match !== null; match = tag.exec(scanned)) {
      lastTagEnd = match.index;
      const [, closing, name, attributes = ''] = match;
      if (name === 'row') {
        if (closing !== '') continue;
        row = Number(/\br="(\d+)"/.exec(attributes)?.[1] ?? row + 1);
        cellsInRow = 0;
        // One row for the header, and blank rows between: the reader proper counts responses.
        if (++rows > maxRows + 1) throw new WorkbookLimit(`the sheet has more than ${thousands(maxRows + 1)} rows, past the ${thousands(maxRows)} an export may have; reading stopped here (give --max-rows to read more)`, row, 1);
      } else if (name === 'c' && closing === '') {
        if (++cells > maxCells) throw new WorkbookLimit(`the sheet has more than ${thousands(maxCells)} cells (${CELLS_PER_ROW} a row on average at the ${thousands(maxRows)}-row limit); reading stopped here (give --max-rows to read more)`, row, cellsInRow + 1);
        if (++cellsInRow > MAX_COLUMNS) throw new WorkbookLimit(`row ${row} has more than ${thousands(MAX_COLUMNS)} cells, the most a row of responses may have; reading stopped here`, row, MAX_COLUMNS + 1);
      } else if (name === 'mergeCell' && closing === '') {
        if (++merges > MAX_MERGED_RANGES) {
          const at = cellAt(/\bref="([^":]+)/.exec(attributes)?.[1] ?? '') ?? { row: 1, column: 1 };
          throw new WorkbookLimit(`the sheet has more than ${thousands(MAX_MERGED_RANGES)} merged ranges (no survey tool merges cells); reading stopped here`, at.row, at.column);
        }
      }
    }
    sinceTag = lastTagEnd === -1 ? sinceTag + scanned.length : scanned.length - lastTagEnd;
    if (sinceTag > MAX_XML_CELL_BYTES) {
      throw new WorkbookLimit(`${row === 0 ? 'the text before the first row' : `a cell after row ${row}`} holds more than ${MiB(MAX_XML_CELL_BYTES)} of text (a response cell holds at most 10,000 characters); reading stopped here`, Math.max(row, 1), Math.max(cellsInRow, 1));
    }
    yield chunk;
  }
}

/** Shared strings, with one string (the text between two `<si>`) bounded as a cell is. */
async function* countedStrings(source: AsyncIterable<string>): AsyncGenerator<string> {
  let sinceTag = 0;
  let carry = '';
  for await (const chunk of source) {
    const text = carry + chunk;
    const last = text.lastIndexOf('<si');
    sinceTag = last === -1 ? sinceTag + chunk.length : text.length - last;
    carry = text.slice(-8);
    if (sinceTag > MAX_XML_CELL_BYTES) throw new WorkbookLimit(`a shared string holds more than ${MiB(MAX_XML_CELL_BYTES)} of text (a response cell holds at most 10,000 characters); reading stopped here`, 1, 1);
    yield chunk;
  }
}

/** The subset of exceljs's streaming WorkbookReader this module drives, part by part. */
interface PartReader {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string; id: number; name: string }[] };
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<SheetRow> }>;
}

export interface SheetRow {
  number: number;
  /** Highest column with a cell. */
  cellCount: number;
  /** 1-based, sparse: a blank cell is a hole. */
  values: unknown[];
}

/** The first sheet's path in the zip, as the workbook names it (else the lowest-numbered sheet). */
function firstSheetPath(reader: PartReader, entries: Map<string, ZipEntry>): string | null {
  const first = reader.model?.sheets?.[0];
  const target = first === undefined ? undefined : reader.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
  if (target !== undefined) {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (entries.has(path)) return path;
  }
  const sheets = [...entries.keys()].flatMap((name) => {
    const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    return match === null ? [] : [{ name, n: Number(match[1]) }];
  });
  sheets.sort((a, b) => a.n - b.n);
  return sheets[0]?.name ?? null;
}

/** Cells a row may have on average (a form of 40 questions with notes has about 90 columns). */
const CELLS_PER_ROW = 200;

export async function* readXlsxRows(path: string, limits: { maxRows: number }): AsyncGenerator<SheetRow> {
  const entries = centralDirectory(path);
  const { default: ExcelJS } = await import('exceljs');
  type ReaderClass = new (input: unknown, options: object) => PartReader;
  const Reader = (ExcelJS as unknown as { stream: { xlsx: { WorkbookReader: ReaderClass } } }).stream.xlsx.WorkbookReader;
  const reader = new Reader(null, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  const part = (name: string, maxBytes: number, counted?: (s: AsyncIterable<string>, maxRows: number) => AsyncGenerator<string>) => {
    const entry = entries.get(name)!;
    const tooLarge = () => new WorkbookLimit(`its part ${name} inflates to more than ${MiB(maxBytes)}, the most this reader unzips (a zip bomb, or not a survey export)`, 1, 1);
    const text = partText(path, entry, maxBytes, tooLarge);
    return counted === undefined ? text : counted(text, limits.maxRows);
  };
  if (!entries.has('xl/workbook.xml')) throw new WorkbookUnreadable('it has no workbook part (xl/workbook.xml): it is not an Excel workbook');
  // Each part's errors surface where it is consumed; Readable.from keeps them.
  if (entries.has('xl/_rels/workbook.xml.rels')) await reader._parseRels(Readable.from(part('xl/_rels/workbook.xml.rels', MAX_OTHER_XML_BYTES)));
  await reader._parseWorkbook(Readable.from(part('xl/workbook.xml', MAX_OTHER_XML_BYTES)));
  // Styles say which numbers are dates (Microsoft Forms' start and completion times).
  if (entries.has('xl/styles.xml')) await reader._parseStyles(Readable.from(part('xl/styles.xml', MAX_OTHER_XML_BYTES)));
  if (entries.has('xl/sharedStrings.xml')) {
    for await (const _ of reader._parseSharedStrings(Readable.from(part('xl/sharedStrings.xml', MAX_SHARED_STRINGS_XML_BYTES, countedStrings)))) {
      // 'cache' yields nothing: the strings are kept for the sheet.
    }
  } else {
    // A workbook with inline strings only: exceljs still looks each shared string up.
    (reader as unknown as { sharedStrings: unknown[] }).sharedStrings = [];
  }
  const sheet = firstSheetPath(reader, entries);
  if (sheet === null) throw new WorkbookUnreadable('it has no sheet');
  const sheetNo = /(\d+)\.xml$/.exec(sheet)?.[1] ?? '1';
  for (const { value: worksheet } of reader._parseWorksheet(part(sheet, MAX_SHEET_XML_BYTES, countedSheet), sheetNo)) {
    yield* worksheet;
  }
}
