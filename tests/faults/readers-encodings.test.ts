// Encodings a Windows or old Mac editor saves, in every file kind the CLI reads (issue 21 §7): a
// UTF-16 YAML file was "binary, not YAML", UTF-16 SurveyJS results were read as a broken CSV, and
// a file with CR line ends was "empty". The product decision (docs/survey.md, docs/rubric-format.md):
// UTF-16, with or without a byte order mark, is decoded like UTF-8 (the text is the same text);
// CR alone ends a line as LF does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { readSurveyExport } from '../../src/io/read-survey-export.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { googleFormsCsv, madeUpResponses, surveyJsResults } from '../helpers/survey-exports.js';

const dir = mkdtempSync(join(tmpdir(), 'sales-audit-readers-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const BOM = '\uFEFF';

/** Each way of saving a text, by name. */
const ENCODINGS: [string, (text: string) => Buffer][] = [
  ['UTF-16 LE with BOM', (t) => utf16le(BOM + t)],
  ['UTF-16 BE with BOM', (t) => utf16be(BOM + t)],
  ['UTF-16 LE without BOM', utf16le],
  ['UTF-16 BE without BOM', utf16be],
  ['UTF-8 with CR line ends', (t) => Buffer.from(t.replace(/\r?\n/g, '\r'))],
  ['UTF-16 LE with BOM and CR line ends', (t) => utf16le(BOM + t.replace(/\r?\n/g, '\r'))],
];

/** The file in its own folder under one name, so reports that print the path compare equal. */
function saved(kind: string, name: string, content: Buffer | string): string {
  const folder = join(dir, kind.replace(/\W+/g, '-'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), content);
  return folder;
}

describe('an answers file (YAML) in each encoding reads as its UTF-8 original does', async () => {
  const original = readFileSync(join(REPO_ROOT, 'examples/acme-leadership.yaml'), 'utf8');
  const expected = await runCli(['report', 'answers.yaml', '--out', '-'], { cwd: saved('utf-8', 'answers.yaml', original) });
  it('(the UTF-8 original reports)', () => expect(expected.exitCode).toBe(0));
  for (const [name, encode] of ENCODINGS) {
    it(name, async () => {
      const r = await runCli(['report', 'answers.yaml', '--out', '-'], { cwd: saved(name, 'answers.yaml', encode(original)) });
      expect(r.stderr).toBe(expected.stderr);
      expect(r.stdout).toBe(expected.stdout);
      expect(r.exitCode).toBe(0);
    });
  }
});

describe('findings in a re-encoded YAML file keep their line and column', () => {
  // An unknown key on line 4 of a rubric.
  const rubric = readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml'), 'utf8').replace('summary:', 'sumary:');
  for (const [name, encode] of ENCODINGS) {
    it(name, async () => {
      const r = await runCli(['validate', 'minimal.yaml'], { cwd: saved(`rubric-${name}`, 'minimal.yaml', encode(rubric)) });
      expect(r.stdout).toMatch(/minimal\.yaml:3:1 +error .*schema-unknown-key|minimal\.yaml:3:1 +error/);
      expect(r.stdout).not.toMatch(/file-binary|file-empty/);
      expect(r.exitCode).toBe(1);
    });
  }
});

describe('survey exports in each encoding: SurveyJS results and a Google Forms CSV', () => {
  const set = defaultSet();
  const questionnaire = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
  const responses = madeUpResponses(questionnaire, 5, ['leadership', 'salesperson'], 3);
  const read = (path: string) => readSurveyExport(set, path, { file: 'export', from: null, organization: 'Acme', role: null, keepNames: false, today: '2026-12-01' });
  for (const [name, encode] of ENCODINGS) {
    it(`SurveyJS results, ${name}: read as SurveyJS, never as a broken CSV`, async () => {
      const folder = saved(`json-${name}`, 'results.json', encode(JSON.stringify(surveyJsResults(questionnaire, responses), null, 2)));
      const r = await read(join(folder, 'results.json'));
      expect(r.diagnostics.map((d) => d.rule)).toEqual([]);
      expect(r.kind).toBe('surveyjs');
      expect(r.responses).toHaveLength(responses.length);
    });
    it(`a Google Forms CSV, ${name}`, async () => {
      const folder = saved(`csv-${name}`, 'responses.csv', encode(googleFormsCsv(questionnaire, responses)));
      const r = await read(join(folder, 'responses.csv'));
      expect(r.diagnostics.map((d) => d.rule)).toEqual([]);
      expect(r.kind).toBe('gforms');
      expect(r.responses).toHaveLength(responses.length);
    });
  }

  it('SurveyJS results in Windows-1252 are read as such, with the same warning as a CSV', async () => {
    const results = surveyJsResults(questionnaire, responses);
    const key = Object.keys(results[0]!).find((k) => k.includes('/'))!;
    results[0]![`${key}-Comment`] = 'Vu en réunion';
    const folder = saved('json-1252', 'results.json', Buffer.from(JSON.stringify(results), 'latin1'));
    const r = await read(join(folder, 'results.json'));
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:1 survey-encoding']);
    expect(r.responses[0]!.sheet.answers[key.split('/')[0]!]![key.split('/')[1]!]!.note).toBe('Vu en réunion');
  });
});
