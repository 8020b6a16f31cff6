// A workbook whose zip directory and local headers disagree (issue 21, left open): the directory
// is what Excel reads, so it decides which bytes are a part, their method and sizes; a local
// header naming another part, another method, or a part listed twice is refused, located at the
// file. Sizes are never trusted: every byte inflated is counted against the part's limit, so a
// part that declares 100 bytes and inflates to 20 MiB stops at the limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/report-fixtures.js';
import { workbookOf } from '../helpers/xlsx-parts.js';

const set = defaultSet();
let dir: string;
let workbook: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-zip-'));
  workbook = await workbookOf([['Your role', 'Organization'], ['leadership', 'Acme']]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Offsets of each local header and directory entry of a part, by name. */
function headersOf(zip: Buffer, name: string): { local: number; central: number } {
  const wanted = Buffer.from(name, 'utf8');
  let local = -1;
  let central = -1;
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = zip.readUInt32LE(i);
    if (signature === 0x04034b50 && zip.subarray(i + 30, i + 30 + wanted.length).equals(wanted) && zip.readUInt16LE(i + 26) === wanted.length) local = i;
    if (signature === 0x02014b50 && zip.subarray(i + 46, i + 46 + wanted.length).equals(wanted) && zip.readUInt16LE(i + 28) === wanted.length) central = i;
  }
  if (local === -1 || central === -1) throw new Error(`no part ${name}`);
  return { local, central };
}

async function read(bytes: Buffer) {
  const file = join(dir, `w${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  return readSurveyExport(set, file, { file: 'w.xlsx', from: null, organization: null, role: null, keepNames: false, today: '2026-12-06' });
}

describe('zip local headers against the directory', () => {
  it('reads the workbook as written (the control)', async () => {
    const result = await read(workbook);
    expect(result.diagnostics.filter((d) => /directory/.test(d.message))).toEqual([]);
  });

  it('refuses a local header that names another part than the directory', async () => {
    const bytes = Buffer.from(workbook);
    const { local } = headersOf(bytes, 'xl/worksheets/sheet1.xml');
    bytes.write('xl/worksheets/sheet9.xml', local + 30, 'utf8');
    const result = await read(bytes);
    expect(result.responses).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ rule: 'survey-not-a-table', line: 1, column: 1 }]);
    expect(result.diagnostics[0]!.message).toContain('xl/worksheets/sheet1.xml is damaged: the zip\'s directory and the part\'s own header disagree (the header names "xl/worksheets/sheet9.xml")');
  });

  it('refuses a local header with another compression method', async () => {
    const bytes = Buffer.from(workbook);
    const { local } = headersOf(bytes, 'xl/worksheets/sheet1.xml');
    bytes.writeUInt16LE(0, local + 8);
    const result = await read(bytes);
    expect(result.diagnostics[0]!.message).toContain('the header says compression method 0, the directory 8');
  });

  it('refuses a directory that lists one part twice', async () => {
    // A second part of the sheet's name: added under a name as long, then renamed in place.
    const zip = await JSZip.loadAsync(workbook);
    zip.file('xl/worksheets/sheetX.xml', '<worksheet/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { local, central } = headersOf(bytes, 'xl/worksheets/sheetX.xml');
    bytes.write('xl/worksheets/sheet1.xml', local + 30, 'utf8');
    bytes.write('xl/worksheets/sheet1.xml', central + 46, 'utf8');
    const result = await read(bytes);
    expect(result.diagnostics).toMatchObject([{ rule: 'survey-not-a-table' }]);
    expect(result.diagnostics[0]!.message).toContain('lists the part xl/worksheets/sheet1.xml twice');
  });

  it('counts the bytes inflated, not the sizes declared: a part declaring 100 bytes that inflates to 20 MiB stops at its limit', async () => {
    const zip = await JSZip.loadAsync(workbook);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    zip.file('xl/styles.xml', styles.replace('<styleSheet', `<!--${' '.repeat(20 * 1024 * 1024)}--><styleSheet`));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { local, central } = headersOf(bytes, 'xl/styles.xml');
    bytes.writeUInt32LE(100, local + 22);
    bytes.writeUInt32LE(100, central + 24);
    const result = await read(bytes);
    expect(result.responses).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ rule: 'survey-limit' }]);
  });
});
