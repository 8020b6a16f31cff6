// `sales-audit audit --answers`: the built CLI without a terminal, as a demo or a CI job runs it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectGolden, cliRecord } from '../helpers/golden.js';
import { BIN, cliEnv, REPO_ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/audit');
let dir: string;

beforeEach(() => {
  // A folder without ./rubrics: the built-in set is used, and relative paths keep output stable.
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-answers-'));
  for (const name of ['partial.yaml', 'invalid-score.yaml']) copyFileSync(join(FIXTURES, name), join(dir, name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit --answers', () => {
  it('writes the report named after the organization and date, warns on unknown ids, lists the unanswered', async () => {
    const args = ['audit', '--answers', 'partial.yaml'];
    const result = await runCli(args, { cwd: dir });
    expectGolden('audit/answers-partial.txt', cliRecord(args, { ...result, stdout: '(score summary, checked below)\n' }));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Overall/);
    const report = readFileSync(join(dir, 'acme-corp-2026-11-26.md'), 'utf8');
    expect(report).toContain('Acme Corp');
    // Unanswered questions are listed in the report too, not scored as zero.
    expect(report).toMatch(/not answered/);
  });

  it('sends the report to stdout with --out - and prints no summary there', async () => {
    const result = await runCli(['audit', '--answers', 'partial.yaml', '--out', '-'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Acme Corp');
    expect(result.stdout).not.toMatch(/┌/);
    expect(result.stderr).not.toContain('Report written');
    expect(existsSync(join(dir, 'acme-corp-2026-11-26.md'))).toBe(false);
  });

  it('writes JSON with --format json', async () => {
    const result = await runCli(['audit', '--answers', 'partial.yaml', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(() => JSON.parse(readFileSync(join(dir, 'acme-corp-2026-11-26.json'), 'utf8'))).not.toThrow();
  });

  it('never overwrites an existing report without --force', async () => {
    expect((await runCli(['audit', '--answers', 'partial.yaml'], { cwd: dir })).exitCode).toBe(0);
    const again = await runCli(['audit', '--answers', 'partial.yaml'], { cwd: dir });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/acme-corp-2026-11-26\.md already exists.*--force/);
    expect((await runCli(['audit', '--answers', 'partial.yaml', '--force'], { cwd: dir })).exitCode).toBe(0);
  });

  it('lets --org, --respondent and --role override the file', async () => {
    const result = await runCli(['audit', '--answers', 'partial.yaml', '--org', 'Globex', '--role', 'Sales-Manager', '--out', '-', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Globex');
    expect(result.stdout).toContain('sales manager');
  });

  it('locates an impossible score at its line and writes nothing (exit 1)', async () => {
    const args = ['audit', '--answers', 'invalid-score.yaml'];
    const result = await runCli(args, { cwd: dir });
    expectGolden('audit/answers-invalid-score.txt', cliRecord(args, result));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/invalid-score\.yaml:8:\d+\s+error\s.*answer-invalid-score/);
    // Line 10 since the fourteenth rubric review: prospecting-time takes n/a now, so the fixture's n/a is on differentiation-support.
    expect(result.stderr).toMatch(/invalid-score\.yaml:10:\d+\s+error\s.*answer-invalid-score/);
    expect(existsSync(join(dir, 'acme-corp-2026-11-26.md'))).toBe(false);
  });

  it('takes one respondent: a folder of several answers files is pointed to `report` (exit 2)', async () => {
    mkdirSync(join(dir, 'team'));
    copyFileSync(join(FIXTURES, 'partial.yaml'), join(dir, 'team', 'dana.yaml'));
    copyFileSync(join(FIXTURES, 'partial.yaml'), join(dir, 'team', 'sam.yaml'));
    const result = await runCli(['audit', '--answers', 'team'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--answers takes one answers file (team holds 2); for several respondents use: sales-audit report team');
  });

  it('says so when the answers file does not exist (exit 2)', async () => {
    const result = await runCli(['audit', '--answers', 'nope.yaml'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('answers file not found: nope.yaml');
  });
});

describe('audit usage errors', () => {
  it('exits 2 at once without a terminal and without --answers, naming --answers, even with stdin left open', async () => {
    // stdin stays open and silent: a prompt would wait forever; the command must not.
    const child = spawn(process.execPath, [BIN, 'audit'], { cwd: dir, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.destroy();
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--answers <file>');
    expect(stderr).toContain('needs a terminal');
  });

  it.each([
    [['--answers', 'partial.yaml', '--resume', 'x.yaml'], /--answers and --resume/],
    [['--answers', 'partial.yaml', '--session', 'x.yaml'], /--session has no use with --answers/],
    [['--resume', 'x.yaml', '--session', 'y.yaml'], /--resume already names the session file/],
    [['--answers', 'partial.yaml', '--role', 'boss'], /--role must be one of: leadership, sales manager, salesperson, other/],
    [['--org', ' '], /--org must not be empty/],
  ])('rejects %j (exit 2)', async (args, message) => {
    const result = await runCli(['audit', ...args], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
