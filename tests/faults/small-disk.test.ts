// A real, nearly full file system: a 64 KiB tmpfs, mounted where the process is root (CI runs
// .ci/run as root). The old report must survive a failed `report --out --force` byte for byte,
// and a session save that cannot fit must lose no answer already saved.
import { mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionKeys } from '../../src/core/answers/answer-sheet.js';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { loadSession, saveSession } from '../../src/io/session-file.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { whyNoTmpfs, withTmpfs } from '../helpers/mount.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const reason = whyNoTmpfs();
// It must run in CI: there a missing mount is a failure to look into, not a skip.
if (reason !== null && process.env.CI) throw new Error(`the small-disk tests cannot run in CI: ${reason}`);
if (reason !== null) console.warn(`tests/faults/small-disk.test.ts skipped: ${reason}`);

/** Fills the file system at `folder` until at most `leave` bytes are free. */
function fill(folder: string, leave: number): void {
  const { bavail, bsize } = statfsSync(folder);
  const free = bavail * bsize;
  if (free > leave) writeFileSync(join(folder, 'filler'), Buffer.alloc(free - leave));
}

describe.skipIf(reason !== null)('a nearly full disk (64 KiB tmpfs)', () => {
  it('report --out --force over a good report fails with exit 2, "the disk is full", and the old report survives byte for byte', async () => {
    await withTmpfs('size=64k', async (disk) => {
      const old = await runCli(['report', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--out', 'rep.md'], { cwd: disk });
      expect(old.exitCode, old.stderr).toBe(0);
      const before = { md: readFileSync(join(disk, 'rep.md')), svg: readFileSync(join(disk, 'rep.chart.svg')) };
      fill(disk, 8192);
      // Several respondents: a longer report (about 70 KB) than the disk has room for.
      const failed = await runCli(['report', join(REPO_ROOT, 'examples/acme'), '--out', 'rep.md', '--force'], { cwd: disk });
      expect(failed.exitCode).toBe(2);
      expect(failed.stderr).toMatch(/cannot write rep\.md.*: the disk is full; nothing was written/);
      expect(failed.stderr).not.toContain('internal error');
      expect(failed.stdout).not.toContain('Report written');
      expect(readFileSync(join(disk, 'rep.md'))).toEqual(before.md);
      // The chart image beside it is written with it or not at all.
      expect(readFileSync(join(disk, 'rep.chart.svg'))).toEqual(before.svg);
      // No temp file is left to fill the disk further.
      expect(readdirSync(disk).filter((n) => n !== 'filler').sort()).toEqual(['rep.chart.svg', 'rep.md']);
    });
  });

  it('the same for a report in one file (HTML): a short write is never renamed over the old one', async () => {
    // 256 KiB: the HTML report of one respondent is 90 KB. 16 KiB left free makes the write short.
    await withTmpfs('size=256k', async (disk) => {
      const old = await runCli(['report', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--format', 'html', '--out', 'rep.html'], { cwd: disk });
      expect(old.exitCode, old.stderr).toBe(0);
      const before = readFileSync(join(disk, 'rep.html'));
      fill(disk, 16384);
      const failed = await runCli(['report', join(REPO_ROOT, 'examples/acme'), '--format', 'html', '--out', 'rep.html', '--force'], { cwd: disk });
      expect(failed.exitCode).toBe(2);
      expect(failed.stderr).toMatch(/cannot write rep\.html: the disk is full; nothing was written \(what was there is unchanged\)/);
      expect(readFileSync(join(disk, 'rep.html'))).toEqual(before);
      expect(readdirSync(disk).filter((n) => n !== 'filler')).toEqual(['rep.html']);
    });
  });

  it('a session save that cannot fit loses no answer already saved: the old session is whole, and --resume and report read it', async () => {
    await withTmpfs('size=64k', async (disk) => {
      const set = defaultSet();
      const keys = questionKeys(set);
      const sheet: AnswerSheet = {
        source: null,
        organization: 'Acme Corp',
        respondent: { name: null, role: 'leadership' },
        date: '2026-11-26',
        rubrics: { digest: set.digest, source: 'built-in', questions: keys },
        answers: {},
      };
      const answer = (sheetNow: AnswerSheet, i: number, note: string): AnswerSheet => {
        const [imperative, question] = keys[i]!.split('/') as [string, string];
        return { ...sheetNow, answers: { ...sheetNow.answers, [imperative]: { ...sheetNow.answers[imperative], [question]: { score: 1, note, evidence: 'claimed' } } } };
      };
      mkdirSync(join(disk, 'audit'));
      const session = join(disk, 'audit', 'acme.session.yaml');
      let saved = sheet;
      for (let i = 0; i < 9; i++) saved = answer(saved, i, `answer ${i}: ${'seen in the CRM '.repeat(20)}`);
      await saveSession(session, saved);
      const good = readFileSync(session);
      fill(disk, 4096);
      // The tenth answer with a long note: the new session no longer fits beside the old.
      const next = answer(saved, 9, 'a long note '.repeat(2000));
      await expect(saveSession(session, next)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(readFileSync(session)).toEqual(good);
      expect(readdirSync(join(disk, 'audit'))).toEqual(['acme.session.yaml']);

      // --resume reads it through loadSession: every one of the nine answers is there.
      const loaded = await loadSession(disk, session, set);
      expect(loaded?.diagnostics).toEqual([]);
      const answered = Object.values(loaded!.sheet!.answers).reduce((n, byQuestion) => n + Object.keys(byQuestion).length, 0);
      expect(answered).toBe(9);
      const report = await runCli(['report', 'audit/acme.session.yaml', '--out', '-', '--format', 'json'], { cwd: disk });
      expect(report.exitCode, report.stderr).toBe(0);
      expect(JSON.parse(report.stdout).respondents).toHaveLength(1);
    });
  });
});
