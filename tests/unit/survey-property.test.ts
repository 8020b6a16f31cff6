// Random and mutated exports never crash the import: CSV, Excel workbooks and SurveyJS JSON always
// give located findings (rule, row and column at least 1) or responses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { expectLocatedOrResponses } from '../helpers/located-or-responses.js';
import { randomEdits } from '../helpers/random-edits.js';
import { googleFormsCsv, madeUpResponses, microsoftFormsRows, surveyJsResults } from '../helpers/survey-exports.js';

const set = defaultSet();
const q = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const people = madeUpResponses(q, 3, ['leadership', 'salesperson']);
const GOOD = googleFormsCsv(q, people, { emails: true });
const GOOD_JSON = JSON.stringify(surveyJsResults(q, people), null, 1);
const MS_ROWS = microsoftFormsRows(q, people);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-survey-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function check(content: string | Uint8Array, ext = 'csv'): Promise<void> {
  const path = join(dir, `p${n++}.${ext}`);
  writeFileSync(path, content);
  const file = `p.${ext}`;
  const r = await readSurveyExport(set, path, { file, from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
  expectLocatedOrResponses(r, file);
}

describe('import on random and mutated CSV', () => {
  it('mutations of a real Google Forms export', async () => {
    const inserts = ['"', '""', ',', '\r\n', '\n', '\r', '\t', ';', '\uFEFF', '\u0000', '=cmd|', 'é', '\uD800', 'Leadership', 'Absent', '4', ''];
    await fc.assert(fc.asyncProperty(randomEdits(GOOD, inserts), (text) => check(text)), { numRuns: 150 });
  });
  it('arbitrary text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }),
          fc.array(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Timestamp', 'Your role', 'Leadership', '"', '')), { maxLength: 6 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
        ),
        async (content) => {
          if (content.length === 0) return; // the empty file has its own test (survey-empty)
          await check(content);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// What an Excel cell can hold, as exceljs writes it: text, numbers (any size, in a date format or
// not), booleans, formulas with a stored result, rich text, hyperlinks and error values.
type Cell = { value: ExcelJS.CellValue; numFmt?: string };
const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 30 }).map((value) => ({ value })),
  fc.constantFrom('Leadership', 'Absent', '3', 'anonymous', '=1+1', '').map((value) => ({ value })),
  fc.double().map((value) => ({ value })),
  fc.oneof(fc.double(), fc.constantFrom(1e20, -1e20, 46000, 0, -1, 2958466)).map((value) => ({ value, numFmt: 'yyyy-mm-dd hh:mm' })),
  fc.boolean().map((value) => ({ value })),
  fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((value) => ({ value })),
  fc.oneof(fc.string({ maxLength: 10 }), fc.double(), fc.date({ noInvalidDate: true })).map((result) => ({ value: { formula: 'A1', result } as ExcelJS.CellValue })),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }).map((parts) => ({ value: { richText: parts.map((text) => ({ text })) } })),
  fc.string({ maxLength: 10 }).map((text) => ({ value: { text, hyperlink: 'http://example.com' } })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((error) => ({ value: { error } as ExcelJS.CellValue })),
);

async function workbook(rows: Cell[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Form1');
  rows.forEach((cells, r) =>
    cells.forEach((c, i) => {
      const cell = ws.getCell(r + 1, i + 1);
      cell.value = c.value;
      if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
    }),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('import on random and mutated Excel workbooks (Microsoft Forms)', () => {
  it('a real layout with random cells put anywhere, an out-of-range date among them', async () => {
    const base = MS_ROWS.map((r) => r.map((value): Cell => ({ value })));
    const edit = fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: base[0]!.length + 1 }), cellValue);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const rows = base.map((r) => [...r]);
        for (const [row, column, cell] of edits) rows[row]![column] = cell;
        await check(await workbook(rows), 'xlsx');
      }),
      { numRuns: 40 },
    );
  });
  it('small sheets of arbitrary cells', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { maxLength: 5 }), { minLength: 1, maxLength: 4 }), async (rows) => {
        await check(await workbook(rows), 'xlsx');
      }),
      { numRuns: 40 },
    );
  });
  it('a date cell out of range is a located finding, not an internal error (review finding 9)', async () => {
    const rows = MS_ROWS.map((r) => r.map((value): Cell => ({ value })));
    rows[1]![2] = { value: 1e20, numFmt: 'yyyy-mm-dd hh:mm' }; // Completion time
    const path = join(dir, 'bigdate.xlsx');
    writeFileSync(path, await workbook(rows));
    const r = await readSurveyExport(set, path, { file: 'bigdate.xlsx', from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
    expect(r.diagnostics.filter((d) => d.rule === 'survey-invalid-date').map((d) => `${d.line}:${d.column}`)).toEqual(['2:3']);
    expect(r.diagnostics.find((d) => d.rule === 'survey-invalid-date')!.message).toContain('"Completion time"');
  });
});

describe('import on random and mutated SurveyJS JSON', () => {
  it('mutations of real SurveyJS results', async () => {
    const inserts = ['"', ',', '[', ']', '{', '}', ':', 'null', '1e999', '-', '\uFEFF', '\u0000', '"role"', '"Leadership"', '4', ''];
    await fc.assert(fc.asyncProperty(randomEdits(GOOD_JSON, inserts), (text) => check(text, 'json')), { numRuns: 100 });
  });
  it('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 3 }), fc.array(fc.dictionary(fc.constantFrom('role', 'prospecting-plan/plan-provided', 'x', '__proto__'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }).map((v) => JSON.stringify(v))), (text) => check(text, 'json')),
      { numRuns: 150 },
    );
  });
});
