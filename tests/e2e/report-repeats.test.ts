// The same responses given twice are not counted twice (review of issues 10-11, finding 2): a path
// repeated counts once, and the same responses from two inputs (an imported folder with the export
// it came from, a copied answers file) are refused, exit 1, naming them.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-repeats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const questionnaire = buildQuestionnaire(defaultSet(), { role: null, askName: false, askOrganization: false, help: true });
// 3 leadership, 3 sales managers, 2 salespeople: counted twice, the salespeople would reach 4.
const csv = join(work, 'responses.csv');
writeFileSync(csv, googleFormsCsv(questionnaire, madeUpResponses(questionnaire, 8, ['leadership', 'sales manager', 'salesperson'], 3)));

const respondents = async (...args: string[]) => {
  const result = await runCli(['report', ...args, '--organization', 'Acme', '--format', 'json'], { cwd: work });
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout).respondents.length as number;
};

describe('report: the same responses given twice', () => {
  it('an export given twice, by any spelling of its path, counts once', async () => {
    expect(await respondents('responses.csv')).toBe(8);
    expect(await respondents('responses.csv', 'responses.csv', `./responses.csv`, csv)).toBe(8);
  });

  it('an imported folder with the export it came from is refused (exit 1), naming the pairs; either alone is fine', async () => {
    const imported = await runCli(['import', 'responses.csv', '--out', 'answers', '--organization', 'Acme'], { cwd: work });
    expect(imported.exitCode, imported.stderr).toBe(0);
    expect(await respondents('answers')).toBe(8);
    expect(await respondents('answers', 'answers')).toBe(8);
    const both = await runCli(['report', 'answers', 'responses.csv', '--out', '-'], { cwd: work });
    expect(both.exitCode).toBe(1);
    expect(both.stdout).toBe('');
    expect(both.stderr).toContain('the same responses are given twice');
    expect(both.stderr).toMatch(/answers\/response-0002-\S+\.yaml and responses\.csv:2/);
    expect(both.stderr).toContain('and 3 more');
    expect(both.stderr).toContain('No report was written.');
  });

  it('a copy of an answers file next to its folder is refused; two files alike inside one folder are two people', async () => {
    const copy = join(work, 'copy.yaml');
    copyFileSync(join(REPO_ROOT, 'examples/acme/salesperson.yaml'), copy);
    const result = await runCli(['report', join(REPO_ROOT, 'examples/acme'), copy, '--out', '-'], { cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/salesperson\.yaml and copy\.yaml/);
    // Two people who answered alike (straight-liners) in one folder: counted, no refusal.
    const alike = join(work, 'alike');
    mkdirSync(alike);
    copyFileSync(copy, join(alike, 'a.yaml'));
    copyFileSync(copy, join(alike, 'b.yaml'));
    const ok = await runCli(['report', alike, '--format', 'json'], { cwd: work });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).respondents).toHaveLength(2);
  });
});
