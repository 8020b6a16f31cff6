// The reader crashes of issue 21 §3, each as a fixture: before the fix each one ended in an
// internal error (exit 2), a stack overflow or V8 running out of memory. Each must now be a
// located finding (file:row:column, or file:line:column in JSON) or a normal read. The bundle
// matters for the first one (esbuild's dynamic import of `yaml`), so it runs the built CLI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { DEFAULT_MAX_ROWS, MAX_COLUMNS, MAX_JSON_DEPTH, MAX_MERGED_RANGES } from '../../src/core/survey/export-limits.js';
import { readSurveyExport, type ReadExportOptions } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { madeUpResponses, microsoftFormsRows, surveyJsResults } from '../helpers/survey-exports.js';
import { addMerges, addRows, withSheetXml, workbookOf } from '../helpers/xlsx-parts.js';

const set = defaultSet();
const questionnaire = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const responses = madeUpResponses(questionnaire, 6, ['leadership', 'sales manager', 'salesperson'], 7);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-readers-crashes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const read = (path: string, extra: Partial<ReadExportOptions> = {}) =>
  readSurveyExport(set, path, { file: path.slice(dir.length + 1), from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01', ...extra });
const located = (r: { diagnostics: { file: string; line: number; column: number; rule: string }[] }) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
const noInternalError = (r: { stderr: string; exitCode: number | null }) => {
  expect(r.stderr).not.toMatch(/internal error|This is a bug|at .*\.js:\d+/);
  expect(r.exitCode).not.toBe(2);
};

/** The Microsoft Forms rows with every blank as a hole (null), and a last column blank in every row. */
function sparseMicrosoftForms(): (string | number | Date | null)[][] {
  const [header, ...rows] = microsoftFormsRows(questionnaire, responses);
  return [[...header!, 'Last modified time'] as string[], ...rows.map((row) => [...row.map((cell) => (cell === '' ? null : cell)), null])];
}

describe('SurveyJS results with one row finding: "Parser is not a constructor" (the bundle imported yaml\'s default only)', () => {
  const badRole = surveyJsResults(questionnaire, responses);
  badRole[2]!.role = 'Intern';
  const badChoice = surveyJsResults(questionnaire, responses);
  // A choice key, not the comment beside it: 'Sometimes' is no level of any question, but any comment.
  const question = Object.keys(badChoice[4]!).find((k) => k.includes('/') && !k.endsWith('-Comment'))!;
  badChoice[4]![question] = 'Sometimes';

  for (const [name, results, rule] of [
    ['bad-role.json', badRole, 'survey-unknown-role'],
    ['bad-choice.json', badChoice, 'survey-invalid-choice'],
  ] as const) {
    it(`${name}: the finding is located at the entry's key; --skip-invalid goes on with the other rows`, async () => {
      const path = write(name, JSON.stringify(results, null, 2));
      const plain = await runCli(['report', path, '--organization', 'Acme', '--out', '-'], { cwd: dir });
      noInternalError(plain);
      expect(plain.exitCode).toBe(1);
      expect(plain.stderr).toMatch(new RegExp(`${name}:\\d+:\\d+ +error +entry ${name === 'bad-role.json' ? 3 : 5}: .*${rule}`));
      const skipped = await runCli(['report', path, '--organization', 'Acme', '--skip-invalid', '--out', '-'], { cwd: dir });
      noInternalError(skipped);
      expect(skipped.exitCode).toBe(0);
      expect(skipped.stderr).toContain(`Skipped 1 invalid row (--skip-invalid): ${name === 'bad-role.json' ? 4 : 6}`);
      expect(skipped.stdout).toContain('# Acme');
    });
  }
});

describe('a Microsoft Forms workbook whose rows have blank cells in the middle and at the end', () => {
  it('reads every response ("Cannot read properties of undefined (reading \'length\')" before)', async () => {
    const path = write('sparse.xlsx', await workbookOf(sparseMicrosoftForms()));
    const r = await read(path);
    expect(located(r).filter((d) => !d.endsWith('survey-unknown-column'))).toEqual([]);
    expect(r.responses).toHaveLength(responses.length);
    expect(r.kind).toBe('msforms');
    const imported = await runCli(['import', path, '--organization', 'Acme', '--out', join(dir, 'sparse-answers')], { cwd: dir });
    noInternalError(imported);
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain(`${responses.length} answers files written`);
  });
});

describe('workbooks that held gigabytes once expanded', () => {
  it('one merged range over a million rows (9.7 KB; 34 s and 4.3 GB before) is never expanded: the responses are read', async () => {
    const path = write('merged.xlsx', await withSheetXml(await workbookOf(sparseMicrosoftForms()), addMerges(['A2:Z1048576'])));
    const before = process.memoryUsage().rss;
    const r = await read(path);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(r.responses).toHaveLength(responses.length);
  });

  it(`more than ${MAX_MERGED_RANGES} merged ranges: survey-limit at the first range over the limit`, async () => {
    const refs = Array.from({ length: MAX_MERGED_RANGES + 5 }, (_, i) => `C${i + 10}:D${i + 10}`);
    const path = write('merges.xlsx', await withSheetXml(await workbookOf(sparseMicrosoftForms()), addMerges(refs)));
    const r = await read(path);
    expect(located(r)).toEqual([`merges.xlsx:${MAX_MERGED_RANGES + 10}:3 survey-limit`]);
    expect(r.diagnostics[0]!.message).toContain(`more than ${MAX_MERGED_RANGES.toLocaleString('en-US')} merged ranges`);
    expect(r.responses).toEqual([]);
  });

  it('a dense sheet past the row limit stops at the first row over it, names --max-rows, in bounded memory', async () => {
    const rows = DEFAULT_MAX_ROWS + 10;
    const path = write('dense.xlsx', await withSheetXml(await workbookOf(sparseMicrosoftForms()), addRows(responses.length + 2, rows)));
    const before = process.memoryUsage().rss;
    const r = await read(path);
    expect(process.memoryUsage().rss - before).toBeLessThan(1024 * 1024 * 1024);
    expect(located(r)).toEqual([`dense.xlsx:${DEFAULT_MAX_ROWS + 2}:1 survey-limit`]);
    expect(r.diagnostics[0]!.message).toContain('--max-rows');
    // The same limit, lowered, in a CSV and in SurveyJS results.
    const small = await read(path, { maxRows: 3 });
    expect(located(small)).toEqual(['dense.xlsx:5:1 survey-limit']);
  }, 120_000);

  it(`a row of more than ${MAX_COLUMNS} cells stops at the first cell over the limit, before exceljs builds the row`, async () => {
    const cells = Array.from({ length: MAX_COLUMNS + 50 }, (_, i) => `<c r="${columnName(i + 1)}3" t="inlineStr"><is><t>x</t></is></c>`).join('');
    const path = write('wide.xlsx', await withSheetXml(await workbookOf(sparseMicrosoftForms()), (xml) => xml.replace(/<row r="3"[^>]*>[\s\S]*?<\/row>/, `<row r="3">${cells}</row>`)));
    const r = await read(path);
    expect(located(r)).toEqual([`wide.xlsx:3:${MAX_COLUMNS + 1} survey-limit`]);
  });

  it('rows without numbers, or out of order, stop at the first such row (they escaped the row limit, and findings were at row 0 or NaN)', async () => {
    const base = await workbookOf(sparseMicrosoftForms());
    const unnumbered = await read(write('unnumbered.xlsx', await withSheetXml(base, (xml) => xml.replace('</sheetData>', `${'<row/>'.repeat(300_000)}</sheetData>`))));
    expect(located(unnumbered)).toEqual([`unnumbered.xlsx:${responses.length + 2}:1 survey-not-a-table`]);
    const backwards = await read(write('backwards.xlsx', await withSheetXml(base, (xml) => xml.replace('<row r="3"', '<row r="0"'))));
    expect(located(backwards)).toEqual(['backwards.xlsx:3:1 survey-not-a-table']);
  });

  it('a sheet inflating to megabytes of filler (a zip bomb) stops at the filler, not after it', async () => {
    const filler = ' '.repeat(8 * 1024 * 1024);
    const path = write('bomb.xlsx', await withSheetXml(await workbookOf(sparseMicrosoftForms()), (xml) => xml.replace('</sheetData>', `</sheetData>${filler}`)));
    const r = await read(path);
    expect(located(r)).toHaveLength(1);
    expect(located(r)[0]).toMatch(/^bomb\.xlsx:\d+:\d+ survey-limit$/);
  });
});

describe('report straight from a 200,000-row export ("Maximum call stack size exceeded": push(...rows))', () => {
  it('writes the report', async () => {
    const rubrics = join(dir, 'minimal-rubrics');
    mkdirSync(rubrics, { recursive: true });
    writeFileSync(join(rubrics, 'minimal.yaml'), readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml')));
    const lines = ['Your role,Is there a plan?'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i % 2 === 0 ? 'Leadership' : 'Salesperson'},${i % 3 === 0 ? 'No' : 'Yes'}`);
    const path = write('big.csv', `${lines.join('\r\n')}\r\n`);
    const r = await runCli(['report', path, '-r', rubrics, '--organization', 'Acme', '--format', 'json', '--out', '-'], { cwd: dir });
    noInternalError(r);
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.stdout) as { respondents: unknown }).respondents).toBeDefined();
    expect(r.stderr).toContain('Read 200000 responses');
  }, 120_000);
});

describe('a SurveyJS value nested 5,000 deep ("Maximum call stack size exceeded")', () => {
  it(`stops at the first level past ${MAX_JSON_DEPTH}, located in the file`, async () => {
    const results = surveyJsResults(questionnaire, responses);
    const text = JSON.stringify(results, null, 2).replace('"role": ', `"deep": ${'['.repeat(5000)}${']'.repeat(5000)},\n    "role": `);
    const path = write('deep.json', text);
    const r = await read(path);
    const line = text.slice(0, text.indexOf('"deep"')).split('\n').length;
    const column = text.split('\n')[line - 1]!.indexOf('[') + MAX_JSON_DEPTH - 1;
    expect(located(r)).toEqual([`deep.json:${line}:${column}`.concat(' survey-limit')]);
    const cli = await runCli(['report', path, '--organization', 'Acme', '--out', '-'], { cwd: dir });
    noInternalError(cli);
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toContain(`deep.json:${line}:${column}`);
  });
});

/** 1 → A, 27 → AA. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

describe('SurveyJS results with keys Object.prototype has ("constructor", "__proto__")', () => {
  it('reads only each entry\'s own keys (an entry without "constructor" read a function, and the importer crashed)', async () => {
    const results = surveyJsResults(questionnaire, responses);
    const text = JSON.stringify(results).replace('{"role"', '{"__proto__":{"x":1},"constructor":"y","role"');
    const r = await read(write('proto.json', text));
    expect(r.responses).toHaveLength(responses.length);
    expect(located(r).map((d) => d.replace(/:\d+:\d+/, ''))).toEqual(['proto.json survey-unknown-column', 'proto.json survey-unknown-column']);
  });
});

