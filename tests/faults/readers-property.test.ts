// Randomly damaged workbooks and CSV files (issue 21, "Done when"): zip entries altered, removed or
// replaced, cells and rows added (some far out, some huge), merged ranges added, bytes of the zip
// itself flipped; and CSV files with structure broken and limits crossed. Each must give a located
// finding or responses, never throw (the CLI's "internal error"), and the reader's memory must stay
// bounded. A fixed seed and a fixed number of runs; nothing here is timed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { expectLocatedOrResponses } from '../helpers/located-or-responses.js';
import { randomEdits } from '../helpers/random-edits.js';
import { googleFormsCsv, madeUpResponses, microsoftFormsRows } from '../helpers/survey-exports.js';
import { workbookOf } from '../helpers/xlsx-parts.js';

const SEED = 2121;
/** Growth of the heap over the whole run, after a collection where the test runner allows one. */
const MEMORY_BOUND = 400 * 1024 * 1024;

const set = defaultSet();
const questionnaire = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const people = madeUpResponses(questionnaire, 4, ['leadership', 'salesperson'], 9);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-readers-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let good: Buffer;
beforeAll(async () => {
  const rows = microsoftFormsRows(questionnaire, people).map((row, i) => (i === 0 ? row : row.map((cell) => (cell === '' ? null : cell))));
  good = await workbookOf(rows);
});

let n = 0;
let heapAtStart = 0;
async function check(content: Uint8Array | string, ext: 'xlsx' | 'csv'): Promise<void> {
  const path = join(dir, `p${n++}.${ext}`);
  writeFileSync(path, content);
  const file = `p.${ext}`;
  heapAtStart ||= process.memoryUsage().heapUsed;
  const r = await readSurveyExport(set, path, { file, from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
  rmSync(path);
  expectLocatedOrResponses(r, file);
  (globalThis as { gc?: () => void }).gc?.();
  expect(process.memoryUsage().heapUsed - heapAtStart).toBeLessThan(MEMORY_BOUND);
}

/** 1 → A, 16384 → XFD; past that, what no Excel writes. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

const cellRef = fc.tuple(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(16384, 20000, 1_000_000)), fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1_048_576, 2_000_000)));
const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Leadership', '=cmd|', '<', '&amp;', ']]>', '\u0000', 'x'.repeat(20_000)));
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One edit of the workbook, as data (fast-check shows it when a run fails). */
const workbookEdit = fc.oneof(
  // A part's XML edited: one to three cuts and inserts of XML-ish snippets.
  fc.record({ kind: fc.constant('edit' as const), part: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'), seed: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), part: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels') }),
  fc.record({ kind: fc.constant('replace' as const), part: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'), bytes: fc.uint8Array({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('cells' as const), cells: fc.array(fc.tuple(cellRef, fc.constantFrom('inlineStr', 's', 'n', 'b', 'e', 'str', 'd'), cellText), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('merges' as const), merges: fc.array(fc.tuple(cellRef, cellRef), { minLength: 1, maxLength: 5 }), many: fc.boolean() }),
  fc.record({ kind: fc.constant('bytes' as const), flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }) }),
);
type WorkbookEdit = typeof workbookEdit extends fc.Arbitrary<infer T> ? T : never;

const SNIPPETS = ['<', '>', '</row>', '<row r="2">', '<c r="B2" t="s"><v>99999</v></c>', '<mergeCell ref="A1:Z9999"/>', '<si><t>x</t></si>', '&', '&#0;', '"', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', 'r="A0"', '', '\u0000'];

/** The workbook `base` with one edit; a zip jszip cannot open any more (after flipped bytes) stays as it is. */
async function edited(base: Uint8Array, edit: WorkbookEdit): Promise<Uint8Array> {
  if (edit.kind === 'bytes') {
    const bytes = Uint8Array.from(base);
    // Past the zip's first signature (a file that does not start as a zip has its own test).
    for (const [where, value] of edit.flips) bytes[4 + Math.floor(where * (bytes.length - 5))] = value;
    return bytes;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(base);
  } catch {
    return base;
  }
  const text = async (name: string) => (await zip.file(name)?.async('string').catch(() => null)) ?? null;
  const sheet = (await text('xl/worksheets/sheet1.xml')) ?? '<worksheet><sheetData></sheetData></worksheet>';
  switch (edit.kind) {
    case 'edit': {
      const text = (await zip.file(edit.part)?.async('string').catch(() => null)) ?? '';
      const [mutated] = fc.sample(randomEdits(text, SNIPPETS), { seed: edit.seed, numRuns: 1 });
      zip.file(edit.part, mutated!);
      break;
    }
    case 'remove':
      zip.remove(edit.part);
      break;
    case 'replace':
      zip.file(edit.part, edit.bytes);
      break;
    case 'cells': {
      const cells = edit.cells.map(([[column, row], type, text]) => `<row r="${row}"><c r="${columnName(column)}${row}" t="${type}">${type === 'inlineStr' ? `<is><t>${xmlEscape(text)}</t></is>` : `<v>${xmlEscape(text)}</v>`}</c></row>`);
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `${cells.join('')}</sheetData>`));
      break;
    }
    case 'merges': {
      const refs = edit.merges.map(([[c1, r1], [c2, r2]]) => `<mergeCell ref="${columnName(c1)}${r1}:${columnName(c2)}${r2}"/>`);
      // Past the limit on merged ranges, or a few.
      const all = edit.many ? Array.from({ length: 1_200 }, (_, i) => refs[i % refs.length]!) : refs;
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `</sheetData><mergeCells count="${all.length}">${all.join('')}</mergeCells>`));
      break;
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('randomly damaged workbooks', () => {
  it('give a located finding or responses, never an error out of the reader, in bounded memory', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(workbookEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let bytes: Uint8Array = good;
        for (const edit of edits) bytes = await edited(bytes, edit);
        await check(bytes, 'xlsx');
      }),
      { seed: SEED, numRuns: 120 },
    );
  }, 300_000);
});

describe('randomly damaged CSV', () => {
  const GOOD_CSV = googleFormsCsv(questionnaire, people, { emails: true });
  const header = GOOD_CSV.slice(0, GOOD_CSV.indexOf('\r\n'));
  it('structure broken, limits crossed, encodings mixed: a located finding or responses, in bounded memory', async () => {
    const inserts = ['"', '""', ',', '\r\n', '\r', '\n', '\t', ';', '\uFEFF', '\u0000', '=cmd|', '"'.repeat(3), ','.repeat(2_500), 'x'.repeat(12_000), `\r\n${header}`, ''];
    const prefixes = fc.constantFrom('', '\uFEFF', '\uFFFE', 'sep=,\r\n', '\r\n\r\n');
    await fc.assert(
      fc.asyncProperty(prefixes, randomEdits(GOOD_CSV, inserts), fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<BufferEncoding>, async (prefix, text, encoding) => {
        await check(Buffer.from(prefix + text, encoding), 'csv');
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 300_000);
});
