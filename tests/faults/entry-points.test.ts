// Crash and misuse cases at the entry points, each as a fixture: none is an internal error, none
// loses an answer, none hangs.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { answerFirstQuestion } from '../helpers/signal-child.js';
import { HAS_TMUX, TmuxTerminal } from '../helpers/tmux.js';
import { IS_ROOT, whyNoTmpfs, withTmpfs } from '../helpers/mount.js';

const EXAMPLE = join(REPO_ROOT, 'examples/acme-leadership.yaml');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-entry-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report is never written over the answers', () => {
  const cases: [string, string[]][] = [
    ['audit --session x --out x', ['audit', '--session', 'a.yaml', '--out', 'a.yaml', '--force']],
    ['audit --session x --out through a link and ..', ['audit', '--session', 'a.yaml', '--out', './sub/../link.yaml', '--force']],
    ['audit --resume x --out x absolute', ['audit', '--resume', 'a.yaml', '--out', '@/a.yaml', '--force']],
    ['audit --answers x --out its link', ['audit', '--answers', 'a.yaml', '--out', 'link.yaml', '--force']],
    ['report <folder> --out an answers file in it', ['report', '.', '--out', 'sub/../a.yaml', '--force']],
    ['report x --out its link', ['report', 'a.yaml', '--out', './link.yaml', '--force']],
    ['report x.chart.svg --out x.md (the chart image beside it)', ['report', 'a.chart.svg', '--out', 'a.md', '--force']],
    ['audit --session x.chart.svg --out x.md', ['audit', '--session', 'a.chart.svg', '--out', 'a.md', '--force']],
    ['compare x y --out y', ['compare', '@/a.yaml', 'link.yaml', '--out', 'a.yaml', '--force']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: usage error, nothing written`, async () => {
      const work = mkdtempSync(join(dir, 'same-'));
      writeFileSync(join(work, 'a.yaml'), readFileSync(EXAMPLE));
      writeFileSync(join(work, 'a.chart.svg'), readFileSync(EXAMPLE));
      symlinkSync('a.yaml', join(work, 'link.yaml'));
      mkdirSync(join(work, 'sub'));
      const result = await runCli(args.map((a) => a.replace('@', work)), { cwd: work });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/would be written over .*this command reads; nothing was written/);
      expect(readFileSync(join(work, 'a.yaml'))).toEqual(readFileSync(EXAMPLE));
      expect(readFileSync(join(work, 'a.chart.svg'))).toEqual(readFileSync(EXAMPLE));
      expect(readdirSync(work).sort()).toEqual(['a.chart.svg', 'a.yaml', 'link.yaml', 'sub']);
    });
  }
});

describe('--template takes a regular file only', () => {
  it('refuses a FIFO at once (no writer ever comes) and /dev/zero (never ends)', async () => {
    const fifo = join(dir, 'template.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const template of [fifo, '/dev/zero']) {
      const result = await runCli(['report', EXAMPLE, '--template', template, '--out', '-']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`cannot read the template ${template}: it is not a regular file`);
    }
  });

  it('refuses a template over the size limit without reading it', async () => {
    const big = join(dir, 'big.hbs');
    writeFileSync(big, 'x'.repeat(1024 * 1024 + 1));
    const result = await runCli(['report', EXAMPLE, '--template', big, '--out', '-']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('over the 1 MiB limit for templates');
  });
});

describe('SALES_AUDIT_BROWSER_TIMEOUT', () => {
  // A "browser" that never answers: the timeout must end the run, whatever its value.
  let hung: string;
  beforeAll(() => {
    hung = join(dir, 'hung-browser');
    writeFileSync(hung, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(hung, 0o755);
  });

  for (const value of ['0', '0.0001', '-5', 'abc', '1e12', '99999999999', '3601', 'Infinity']) {
    it(`refuses ${JSON.stringify(value)} at once with the range, and no Node warning`, async () => {
      const result = await runCli(['report', EXAMPLE, '--format', 'pdf', '--browser', hung, '--out', join(dir, 'never.pdf')], { env: { SALES_AUDIT_BROWSER_TIMEOUT: value } });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('SALES_AUDIT_BROWSER_TIMEOUT must be a number of seconds from 1 to 3600');
      expect(result.stderr).not.toMatch(/Warning|internal error/);
    });
  }

  it('the smallest value ends a hung browser (exit 2, no PDF), never waits forever', async () => {
    const out = join(dir, 'hung.pdf');
    const result = await runCli(['report', EXAMPLE, '--format', 'pdf', '--browser', hung, '--out', out], { env: { SALES_AUDIT_BROWSER_TIMEOUT: '1' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/did not print the PDF within 1 s|failed to print the PDF/);
    expect(result.stderr).not.toMatch(/Warning|internal error/);
    expect(readdirSync(dir)).not.toContain('hung.pdf');
  });
});

describe('init into a folder it cannot write', () => {
  it('is a located user error (exit 2), not an internal error, and copies nothing', async ({ skip }) => {
    const check = async (parent: string) => {
      for (const target of [parent, join(parent, 'rubrics')]) {
        const result = await runCli(['init', target]);
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toMatch(new RegExp(`cannot copy the rubrics into ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (the file system is read-only|permission denied); nothing was copied`));
        expect(result.stderr).not.toContain('internal error');
        expect(readdirSync(parent)).toEqual([]);
      }
    };
    if (IS_ROOT) {
      // Root writes through permission bits: only a read-only file system refuses it.
      const reason = whyNoTmpfs();
      if (reason !== null) skip(reason);
      await withTmpfs('ro,size=64k', check);
      return;
    }
    const parent = mkdtempSync(join(dir, 'readonly-'));
    chmodSync(parent, 0o555);
    try {
      await check(parent);
    } finally {
      chmodSync(parent, 0o755);
    }
  });
});

describe.skipIf(!HAS_TMUX)('kill -INT on the interview', () => {
  const terminals: TmuxTerminal[] = [];
  afterEach(() => {
    for (const t of terminals.splice(0)) t.kill();
  });

  it('prints what Ctrl-C prints (answers saved, how to resume) and exits 130', async () => {
    const work = mkdtempSync(join(dir, 'tty-'));
    const t = new TmuxTerminal([process.execPath, BIN, 'audit', '--org', 'Acme Corp', '--role', 'leadership', '--respondent', '', '--session', 'acme.session.yaml'], { cwd: work });
    terminals.push(t);
    await answerFirstQuestion(t);
    process.kill(t.programPid(), 'SIGINT');
    expect(await t.waitForExit()).toBe(130);
    const screen = t.lines().join('\n');
    expect(screen).toContain('Interrupted. 1 answer saved in acme.session.yaml.');
    expect(screen).toContain('sales-audit audit --resume acme.session.yaml');
    expect(readFileSync(join(work, 'acme.session.yaml'), 'utf8')).toMatch(/score: \d/);
  });
});
