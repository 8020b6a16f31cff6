// Respondent text typed into an organization column ("john.smith@…", "Jane Doe (Acme)") reached
// the report's header without --keep-names (issue 21 §4). The rule now: the organization is
// --organization, or the one value the column holds in every row that fills it; a column whose
// rows differ is an error of the whole export, which --skip-invalid does not skip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire, ORGANIZATION_TITLE } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { runCli } from '../helpers/run-cli.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

const set = defaultSet();
const questionnaire = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
const responses = madeUpResponses(questionnaire, 4, ['leadership', 'sales manager', 'salesperson'], 5);
const dir = mkdtempSync(join(tmpdir(), 'sales-audit-readers-organization-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Google Forms export with an organization column (after the timestamp) holding these cells. */
function exportWith(cells: readonly string[]): string {
  const lines = googleFormsCsv(questionnaire, responses).split('\r\n');
  return lines.map((line, i) => (line === '' ? line : line.replace(/^([^,]*),/, `$1,${i === 0 ? ORGANIZATION_TITLE : JSON.stringify(cells[i - 1] ?? '')},`))).join('\r\n');
}

const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const read = (path: string, organization: string | null) =>
  readSurveyExport(set, path, { file: 'export.csv', from: null, organization, organizationFallback: 'export', role: null, keepNames: false, today: '2026-12-01' });

describe('an organization column whose rows differ', () => {
  const typed = ['Acme', 'john.smith@acme.example', 'Jane Doe (Acme)', 'Acme'];
  const path = write('varies.csv', exportWith(typed));

  it('is one error at the first row that differs, and no response is kept', async () => {
    const r = await read(path, null);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:2 survey-organization-varies']);
    expect(r.diagnostics[0]!.message).toContain('--organization');
    // The finding does not repeat what the respondents typed.
    expect(r.diagnostics[0]!.message).not.toMatch(/john|Jane/);
    expect(r.responses).toEqual([]);
  });

  it('stops report and import, --skip-invalid and --keep-names too: nothing typed there reaches a file', async () => {
    for (const extra of [[], ['--skip-invalid'], ['--keep-names'], ['--skip-invalid', '--keep-names']]) {
      const report = await runCli(['report', path, '--out', '-', ...extra], { cwd: dir });
      expect(report.exitCode).toBe(1);
      expect(report.stdout).toBe('');
      expect(report.stderr).toMatch(/varies\.csv:3:2 +error .*survey-organization-varies/);
      const imported = await runCli(['import', path, '--out', join(dir, `answers-${extra.join('')}`), ...extra], { cwd: dir });
      expect(imported.exitCode).toBe(1);
      expect(imported.stdout).toBe('');
    }
  });

  it('with --organization, the column is ignored: the report names only the client', async () => {
    const r = await read(path, 'Acme Corp');
    expect(r.diagnostics).toEqual([]);
    expect(new Set(r.responses.map((x) => x.sheet.organization))).toEqual(new Set(['Acme Corp']));
    const report = await runCli(['report', path, '--organization', 'Acme Corp', '--out', '-'], { cwd: dir });
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain('# Acme Corp');
    expect(report.stdout).not.toMatch(/john|Jane Doe/);
  });
});

describe('an organization column with one value', () => {
  it('gives that value to every row, blank cells included', async () => {
    const r = await read(write('one.csv', exportWith(['Acme Corp', '', ' acme corp ', 'Acme Corp'])), null);
    expect(r.diagnostics).toEqual([]);
    expect(r.responses.map((x) => x.sheet.organization)).toEqual(['Acme Corp', 'Acme Corp', 'Acme Corp', 'Acme Corp']);
    expect(r.organizationFromFallback).toBe(0);
  });

  it('all blank: the file name, said as such', async () => {
    const r = await read(write('blank.csv', exportWith(['', '', '', ''])), null);
    expect(r.diagnostics).toEqual([]);
    expect(r.responses.map((x) => x.sheet.organization)).toEqual(['export', 'export', 'export', 'export']);
    expect(r.organizationFromFallback).toBe(4);
  });
});

describe('a second organization column', () => {
  it('is an error at its title, whatever either column says (it was ignored without a word)', async () => {
    const lines = exportWith(['Acme', 'Acme', 'Acme', 'Acme']).split('\r\n');
    const text = lines.map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'Organization' : 'Evil Corp'}`)).join('\r\n');
    const r = await read(write('two.csv', text), null);
    const width = (parse(lines[0]!) as string[][])[0]!.length + 1;
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([`1:${width} survey-duplicate-column`]);
    expect(r.responses).toEqual([]);
  });
});

