// The built CLI, run as a CI job would: every format, exit codes, hostile files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRecord, expectGolden } from '../helpers/golden.js';
import type { RuleId } from '../../src/core/diagnostics.js';
import { MIGRATION_WARNINGS } from '../helpers/migration-warnings.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const INVALID = 'tests/fixtures/rubrics/invalid';
const work = mkdtempSync(join(tmpdir(), 'sales-audit-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sales-audit validate', () => {
  it('the built-in rubrics are valid (exit 0) by default', async () => {
    const result = await runCli(['validate'], { cwd: work });
    // Until the shipped rubrics are rewritten to the issue-19 model they carry its migration
    // warnings (old `below`, no `measures`): valid, exit 0, and nothing else.
    if (result.stdout.includes('warning')) {
      expect(result.stdout).toMatch(/✖ 0 errors, \d+ warnings in 5 files\n$/);
      for (const line of result.stdout.split('\n').filter((l) => l.includes('  warning  '))) expect(line).toMatch(/(recommendation-below-deprecated|question-measures-missing|action-same-level-unordered|ladder-too-short)$/);
    } else expect(result.stdout).toBe('✔ 5 files checked, no problems\n');
    expect(result.exitCode).toBe(0);
  });

  it('./rubrics is the default when it exists', async () => {
    const dir = mkdtempSync(join(work, 'local-'));
    mkdirSync(join(dir, 'rubrics'));
    writeFileSync(join(dir, 'rubrics', 'bad.yaml'), 'id: bad\n');
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.stdout).toContain('rubrics/bad.yaml:1:1  error  missing required key "title" at the top level  schema-required');
    expect(result.exitCode).toBe(1);
  });

  for (const format of ['stylish', 'json', 'github', 'junit', 'sarif']) {
    it(`--format ${format} on every invalid fixture: all problems in one run, exit 1`, async () => {
      const args = ['validate', INVALID, '--format', format];
      const result = await runCli(args);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe('');
      expectGolden(`validate/invalid-${format}.txt`, cliRecord(args, result));
    });
  }

  it('warnings fail only with --strict', async () => {
    const file = `${INVALID}/question-without-help.yaml`;
    expect((await runCli(['validate', file])).exitCode).toBe(0);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('question-without-help');
  });

  it('hostile files are each one located problem; the valid file beside them is still checked', async () => {
    const dir = join(work, 'hostile');
    mkdirSync(dir);
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(dir, 'huge.yaml'), `summary: "${'x'.repeat(1024 * 1024 + 10)}"\n`);
    writeFileSync(join(dir, 'list.yaml'), '- a\n- b\n');
    writeFileSync(join(dir, 'empty.yml'), '');
    writeFileSync(join(dir, 'minimal.yaml'), readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml')));
    const result = await runCli(['validate', dir, '--format', 'json'], { cwd: work });
    expect(result.exitCode).toBe(1);
    // The minimal (old-format) rubric's migration warnings aside: it is checked, and valid.
    const findings = (JSON.parse(result.stdout) as { file: string; rule: RuleId; line: number }[]).filter((f) => !MIGRATION_WARNINGS.has(f.rule));
    expect(findings.map((f) => `${f.file} ${f.rule} ${f.line}`)).toEqual([
      'hostile/binary.yaml file-binary 1',
      'hostile/empty.yml file-empty 1',
      'hostile/huge.yaml file-too-large 1',
      'hostile/list.yaml schema-type 1',
    ]);
  });

  it('a pipe or a device is refused without reading it (no hang, no unbounded read)', async () => {
    const fifo = join(work, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const target of [fifo, '/dev/zero']) {
      const result = await runCli(['validate', target, '--format', 'json']);
      expect(result.exitCode).toBe(1);
      expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'file-unreadable', line: 1 })]);
    }
  });

  it('usage errors exit 2 with a message and no stack trace', async () => {
    const missing = await runCli(['validate', 'no/such/path']);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toBe('sales-audit: path not found: no/such/path\n');
    const option = await runCli(['validate', '--colour']);
    expect(option.exitCode).toBe(2);
    expect(option.stderr).toContain("unknown option '--colour'");
    const format = await runCli(['validate', '--format', 'xml']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain('Allowed choices are stylish, json, github, junit, sarif');
    for (const r of [missing, option, format]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an empty folder is an empty set (exit 1)', async () => {
    const dir = join(work, 'empty-dir');
    mkdirSync(dir);
    const result = await runCli(['validate', dir], { cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('empty-dir:1:1  error  no rubric files (*.yaml, *.yml) found');
  });
});

describe('other rubric commands', () => {
  it('--version and --help', async () => {
    const version = await runCli(['--version']);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
    for (const command of ['validate', 'schema', 'rubrics', 'init', 'audit', 'report', 'compare']) {
      const help = await runCli([command, '--help']);
      expect(help.exitCode, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples:\n {2}\$ sales-audit /);
    }
  });

  it('no command prints help and exits 2', async () => {
    const result = await runCli([]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage: sales-audit');
  });

  it('schema prints the shipped JSON Schema; an unknown kind is a usage error', async () => {
    const result = await runCli(['schema']);
    expect(result.stdout).toBe(readFileSync(join(REPO_ROOT, 'schemas/rubric.schema.json'), 'utf8'));
    expect((await runCli(['schema', 'answers'])).stdout).toBe(readFileSync(join(REPO_ROOT, 'schemas/answers.schema.json'), 'utf8'));
    expect((await runCli(['schema', 'readout'])).stdout).toBe(readFileSync(join(REPO_ROOT, 'schemas/readout.schema.json'), 'utf8'));
    expect(await runCli(['schema', 'bogus'])).toMatchObject({ exitCode: 2, stderr: 'sales-audit: unknown schema "bogus"; choose one of: rubric, set, answers, results, readout, brand\n' });
  });

  it('rubrics lists imperatives and questions; --json for machines', async () => {
    const table = await runCli(['rubrics'], { cwd: work });
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/^The four imperatives of a high-performing sales force: 4 imperatives, \d+ questions/);
    expect(table.stdout).toContain('Differentiation with a difference');
    const json = JSON.parse((await runCli(['rubrics', '--json'], { cwd: work })).stdout);
    expect(json.imperatives.map((i: { id: string }) => i.id)).toEqual(['prospecting-plan', 'differentiation', 'sales-interactions', 'sales-managers']);
    const broken = await runCli(['rubrics', '--rubrics', INVALID]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain('the rubrics are not valid');
  });

  it('init copies the defaults with a working $schema line and never overwrites', async () => {
    const dir = join(work, 'client');
    const first = await runCli(['init', 'client/rubrics'], { cwd: work });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('sales-audit validate client/rubrics');
    const copied = readFileSync(join(dir, 'rubrics', 'differentiation.yaml'), 'utf8');
    const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(copied)![1]!;
    expect(existsSync(resolve(dir, 'rubrics', schemaPath))).toBe(true);
    expect((await runCli(['validate', 'client/rubrics'], { cwd: work })).exitCode).toBe(0);
    writeFileSync(join(dir, 'rubrics', 'differentiation.yaml'), 'tailored: true\n');
    const second = await runCli(['init', 'client/rubrics'], { cwd: work });
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toContain('already exist');
    expect(readFileSync(join(dir, 'rubrics', 'differentiation.yaml'), 'utf8')).toBe('tailored: true\n');
  });
});
