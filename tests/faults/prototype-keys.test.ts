// Names JavaScript objects reserve, typed where user text becomes a key (issue 21, item 6): a role
// named "__proto__" made the Markdown report fail (the role lookup read Object.prototype),
// "constructor" showed as "Object", and a "__proto__" key in a rubric's prompt mapping was
// dropped without a word.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { roleGroup } from '../../src/core/report/describe-role.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { surveyJsTable } from '../../src/core/survey/surveyjs-table.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-proto-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = (path: string, content: string) => ({ path, content, size: Buffer.byteLength(content) });
const MINIMAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml'), 'utf8');
const findings = (content: string) => loadRubricSet([source('minimal.yaml', content)]).diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);

describe('roles named like Object members', () => {
  it('the role lookup reads only its own table', () => {
    expect(roleGroup('__proto__')).toEqual({ name: 'respondents in the role "__proto__"', plural: true });
    expect(roleGroup('constructor')).toEqual({ name: 'respondents in the role "constructor"', plural: true });
    expect(roleGroup('toString').name).toBe('respondents in the role "toString"');
  });

  // 3 leaders, 3 "__proto__", 3 "constructor": with --min-group 2 (a role of 3 is then safe alone), every role shown on its own, by name.
  const folder = join(work, 'roles');
  mkdirSync(folder);
  // The shipped set asks each question of named roles only (rubric review 14, R1: a role that cannot
  // see the evidence is not asked), so a role outside them answers nothing. This test is about the
  // roles' names, not the set's reach: the same rubrics with no `roles:` ask everyone, as the set did
  // when the test was written.
  const rubrics = join(work, 'rubrics-any-role');
  mkdirSync(rubrics);
  for (const file of readdirSync(join(REPO_ROOT, 'rubrics')).filter((f) => f.endsWith('.yaml'))) {
    writeFileSync(join(rubrics, file), readFileSync(join(REPO_ROOT, 'rubrics', file), 'utf8').replace(/^ {4}roles: \[[^\]\n]*\]\n/gm, ''));
  }
  // As claims: a checked answer leaves its role's figures (score-term.ts), and this test is about the roles' names.
  for (const name of ['leadership', 'leadership-2', 'leadership-3']) writeFileSync(join(folder, `${name}.yaml`), readFileSync(join(REPO_ROOT, 'examples/acme', `${name}.yaml`), 'utf8').replace(/^\s+evidence: (document|observed|data)\n/gm, ''));
  const salesperson = readFileSync(join(REPO_ROOT, 'examples/acme/salesperson.yaml'), 'utf8');
  for (const role of ['__proto__', 'constructor']) {
    for (const i of [1, 2, 3]) writeFileSync(join(folder, `${role}-${i}.yaml`), salesperson.replace('role: salesperson', `role: ${role}`).replace(/name: .*/, `name: P${i}`));
  }

  it('Markdown: the report is written, names both roles as typed, and never says "Object"', async () => {
    const result = await runCli(['report', folder, '--rubrics', rubrics, '--min-group', '2']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('9 (3 leadership, 3 respondents in the role "\\_\\_proto\\_\\_", 3 respondents in the role "constructor")');
    expect(result.stdout).not.toMatch(/\bObject\b/);
    // By name in the scores by role (the notes of a group of 3 are quotes held back, or could point to one person).
    expect(result.stdout).toContain('| Respondents in the role "constructor" (3) |');
  });

  it('JSON and HTML: both roles are there with their scores', async () => {
    const json = await runCli(['report', folder, '--rubrics', rubrics, '--format', 'json', '--min-group', '2']);
    expect(json.exitCode, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(Object.keys(data.imperatives[0].byRole)).toEqual(['leadership', '__proto__', 'constructor']);
    expect(typeof data.imperatives[0].byRole.constructor).toBe('number');
    const html = await runCli(['report', folder, '--rubrics', rubrics, '--format', 'html', '--min-group', '2', '--out', join(work, 'roles.html')]);
    expect(html.exitCode, html.stderr).toBe(0);
    const page = readFileSync(join(work, 'roles.html'), 'utf8');
    expect(page).toContain('__proto__');
    expect(page).not.toMatch(/>\s*Object\s*</);
  });
});

describe('validate: reserved keys in a rubric, located, with their own rule id', () => {
  it('a "__proto__" key in a prompt mapping is refused at its line (it used to vanish)', () => {
    const content = MINIMAL.replace('    prompt: Is there a plan?\n', '    prompt:\n      default: Is there a plan?\n      __proto__: Hidden wording\n');
    expect(findings(content)).toEqual(['yaml-reserved-key 8:7']);
  });

  it('"constructor" and "prototype" keys too, each where it is', () => {
    const content = MINIMAL.replace('    help: Ask to see it.\n', '    help:\n      default: Ask to see it.\n      constructor: For the builder\n').replace('summary:', 'prototype: x\nsummary:');
    expect(findings(content)).toEqual(['yaml-reserved-key 3:1', 'yaml-reserved-key 10:7']);
  });

  it('an id that would become such a key in every answers file is refused as a value', () => {
    const diagnostics = loadRubricSet([source('minimal.yaml', MINIMAL.replace('  - id: only-question', '  - id: constructor'))]).diagnostics;
    expect(diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['schema-value 5']);
    expect(diagnostics[0]!.message).toContain('reserve');
  });

  it('the CLI prints the finding with file:line:col and exits 1', async () => {
    const dir = join(work, 'rubric');
    mkdirSync(dir);
    writeFileSync(join(dir, 'minimal.yaml'), MINIMAL.replace('    prompt: Is there a plan?\n', '    prompt:\n      default: Is there a plan?\n      __proto__: Hidden wording\n'));
    const result = await runCli(['validate', join(dir, 'minimal.yaml'), '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const reported = JSON.stringify(JSON.parse(result.stdout));
    expect(reported).toContain('"yaml-reserved-key"');
    expect(reported).toContain('"line":8');
  });
});

describe('exports keyed by user text', () => {
  it('SurveyJS results: a key only some responses have reads as blank in the others, never as Object', () => {
    // As JSON.parse reads an export: "__proto__" is an own key there.
    const table = surveyJsTable(JSON.parse('[{"constructor":"x","role":"leadership"},{"role":"salesperson"},{"__proto__":"y","role":"other"}]'));
    expect(table).toEqual({
      header: ['constructor', 'role', '__proto__'],
      rows: [
        ['x', 'leadership', ''],
        ['', 'salesperson', ''],
        ['', 'other', 'y'],
      ],
    });
  });

  it('a Google Forms export with columns titled "__proto__" and "constructor" reports as without them', async () => {
    const questionnaire = buildQuestionnaire(defaultSet(), { role: null, askName: false, askOrganization: false, help: true });
    const plain = googleFormsCsv(questionnaire, madeUpResponses(questionnaire, 6, ['leadership', 'salesperson'], 7));
    const [header, ...rows] = plain.trimEnd().split('\r\n');
    const extra = [`${header},__proto__,constructor`, ...rows.map((r) => `${r},a,b`)].join('\r\n');
    writeFileSync(join(work, 'plain.csv'), plain);
    writeFileSync(join(work, 'extra.csv'), `${extra}\r\n`);
    const json = async (file: string) => {
      const result = await runCli(['report', join(work, file), '--organization', 'Acme', '--format', 'json']);
      expect(result.exitCode, result.stderr).toBe(0);
      return JSON.parse(result.stdout);
    };
    const [a, b] = [await json('plain.csv'), await json('extra.csv')];
    expect(b.imperatives).toEqual(a.imperatives);
    expect(b.respondents).toEqual(a.respondents);
  });
});
