// `sales-audit compare` end to end on the Acme examples (May 2026 against November 2026), and on
// two survey exports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRecord, expectGolden } from '../helpers/golden.js';
import { inspectMarkdown } from '../helpers/markdown.js';
import { runCli } from '../helpers/run-cli.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

const work = mkdtempSync(join(tmpdir(), 'sales-audit-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sales-audit compare', () => {
  it('prints a before/after table for two folders of respondents', async () => {
    const args = ['compare', 'examples/acme-2026-05/', 'examples/acme/'];
    const result = await runCli(args);
    expect(result.exitCode).toBe(0);
    expectGolden('compare/acme-table.txt', cliRecord(args, result));
  });

  it('writes Markdown that passes markdownlint, and JSON with before, after and delta', async () => {
    const md = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--out', '-']);
    expect(md.exitCode).toBe(0);
    expectGolden('compare/acme.md', md.stdout);
    expect((await inspectMarkdown(md.stdout)).violations).toEqual([]);

    const json = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--format', 'json', '--out', '-']);
    expect(json.exitCode).toBe(0);
    expectGolden('compare/acme.json', json.stdout);
    const data = JSON.parse(json.stdout);
    expect(data.overall).toEqual({ before: expect.any(Number), after: expect.any(Number), delta: expect.any(Number) });
    expect(data.overall.delta).toBeCloseTo(data.overall.after - data.overall.before, 5);
    expect(data.imperatives.map((i: { id: string }) => i.id)).toEqual(['prospecting-plan', 'differentiation', 'sales-interactions', 'sales-managers']);
  });

  it('writes to a file, and never over an existing one without --force', async () => {
    const out = join(work, 'cmp.md');
    const first = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--out', out]);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`Comparison written to ${out}`);
    writeFileSync(out, 'keep me\n');
    const second = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--out', out]);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toContain('already exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
  });

  it('says plainly when the rubrics changed between the audits', async () => {
    const before = join(work, 'before.yaml');
    writeFileSync(
      before,
      readFileSync('examples/acme-leadership.yaml', 'utf8').replace(/^answers:/m, 'rubrics:\n  digest: "sha256:0000"\nanswers:'),
    );
    const after = join(work, 'after.yaml');
    writeFileSync(after, readFileSync('examples/acme-leadership.yaml', 'utf8').replace(/^answers:/m, 'rubrics:\n  digest: "sha256:1111"\nanswers:'));
    const result = await runCli(['compare', before, after, '--out', '-']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('warning: the rubrics changed between the two audits (before: sha256:0000; after: sha256:1111)');
    expect(result.stdout).toContain('**The rubrics changed between the two audits**');
  });

  it('an invalid answers file is located and nothing is compared (exit 1)', async () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, readFileSync('examples/acme-leadership.yaml', 'utf8').replace(/(real-targets:\n\s+score:) 1/, '$1 7'));
    const result = await runCli(['compare', bad, 'examples/acme/']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ {2}error {2}"prospecting-plan\/real-targets": 7 is not a level of this question/);
    expect(result.stderr).toContain('No comparison was made');
    expect(result.stdout).toBe('');
  });

  it('a missing path is a usage error (exit 2)', async () => {
    const result = await runCli(['compare', 'nope/', 'examples/acme/']);
    expect(result).toMatchObject({ exitCode: 2, stderr: 'sales-audit: path not found: nope/\n' });
  });
});

describe('sales-audit compare on two survey exports (issue 21: it reported YAML syntax errors)', () => {
  const questionnaire = buildQuestionnaire(defaultSet(), { role: null, askName: false, askOrganization: false, help: true });
  const roles = ['leadership', 'sales manager', 'salesperson'];
  writeFileSync(join(work, 'march.csv'), googleFormsCsv(questionnaire, madeUpResponses(questionnaire, 6, roles, 11)));
  writeFileSync(join(work, 'september.csv'), googleFormsCsv(questionnaire, madeUpResponses(questionnaire, 7, roles, 12)));
  const json = async (before: string, after: string) => {
    const result = await runCli(['compare', before, after, '--organization', 'Acme', '--format', 'json', '--out', '-'], { cwd: work });
    expect(result.exitCode, result.stderr).toBe(0);
    return { data: JSON.parse(result.stdout), stderr: result.stderr };
  };

  it('reads both exports as report does: the same comparison as of their imported answers', async () => {
    const fromExports = await json('march.csv', 'september.csv');
    expect(fromExports.stderr).toContain('Read 6 responses from march.csv, a Google Forms CSV.');
    expect(fromExports.data.before.respondents).toBe(6);
    expect(fromExports.data.after.respondents).toBe(7);
    for (const [file, folder] of [['march.csv', 'march'], ['september.csv', 'september']]) {
      const imported = await runCli(['import', file!, '--out', folder!, '--organization', 'Acme'], { cwd: work });
      expect(imported.exitCode, imported.stderr).toBe(0);
    }
    expect((await json('march', 'september')).data).toEqual(fromExports.data);
  });

  it('an export against a folder, either way round', async () => {
    expect((await json('march.csv', 'september')).data.after.respondents).toBe(7);
    expect((await json('march', 'september.csv')).data.before.respondents).toBe(6);
  });

  it('a broken export: located findings, exit 1, no comparison', async () => {
    writeFileSync(join(work, 'broken.csv'), readFileSync(join(work, 'march.csv'), 'utf8').replace(/\r\n[^\r\n]*\r\n$/, '\r\n1/1/2026 10:00:00,Nobody knows\r\n'));
    const result = await runCli(['compare', 'broken.csv', 'september.csv', '--organization', 'Acme'], { cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/broken\.csv:\d+/);
    expect(result.stderr).toContain('No comparison was made');
    expect(result.stderr).not.toContain('YAML');
  });
});

describe('sales-audit compare on nearly the same responses (issue 21: two reports differing by one person give that person away)', () => {
  it('warns when the two sides differ by fewer people than the minimum group, and not otherwise', async () => {
    const without = mkdtempSync(join(work, 'without-'));
    for (const name of ['leadership.yaml', 'leadership-2.yaml', 'leadership-3.yaml', 'sales-manager.yaml', 'sales-manager-2.yaml', 'sales-manager-3.yaml', 'salesperson.yaml', 'salesperson-2.yaml', 'salesperson-3.yaml']) {
      writeFileSync(join(without, name), readFileSync(join('examples/acme', name), 'utf8'));
    }
    const one = await runCli(['compare', without, 'examples/acme/']);
    expect(one.exitCode, one.stderr).toBe(0);
    expect(one.stderr).toContain("warning: the two sides hold the same 9 responses but for 1 person (fewer than 3): every change this comparison shows is that person's answers");
    const apart = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/']);
    expect(apart.stderr).not.toContain('the two sides hold the same');
  });
});
