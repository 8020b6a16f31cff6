// SIGHUP (a closed terminal, a dropped SSH session) during `import` and the interview is handled
// as SIGTERM is: the import is undone (the target as it was, no staging folder left), the
// interview keeps every answer saved and says how to resume; exit 129 (128 + SIGHUP). Before,
// SIGHUP was not caught: the import died where it stood and left its staging folder behind.
// And an import killed with SIGKILL whose process is a zombie not yet reaped is not "running".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { importState, stagingFolderFor } from '../../src/io/import-marker.js';
import { BIN, REPO_ROOT } from '../helpers/run-cli.js';
import { answerFirstQuestion, runAndSignal } from '../helpers/signal-child.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';
import { HAS_TMUX, TmuxTerminal } from '../helpers/tmux.js';

const ROWS = 5_000;
const RUBRICS = join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml');
let dir: string;
let exportFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-hangup-'));
  const { set } = loadRubricSet([{ path: RUBRICS, content: readFileSync(RUBRICS, 'utf8'), size: 0 }]);
  const questionnaire = buildQuestionnaire(set!, { role: null, askName: false, askOrganization: false, help: true });
  exportFile = join(dir, 'responses.csv');
  writeFileSync(exportFile, googleFormsCsv(questionnaire, madeUpResponses(questionnaire, ROWS, ['leadership', 'sales manager', 'salesperson'], 7)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (folder: string) => (existsSync(folder) ? readdirSync(folder).length : 0);

/** Runs the import into `folder` and sends SIGHUP once `ready()` holds. */
const importAndHangUp = (folder: string, ready: () => boolean) =>
  runAndSignal(['import', exportFile, '--rubrics', RUBRICS, '--out', folder, '--organization', 'Acme'], dir, 'SIGHUP', ready);

describe('SIGHUP during import', () => {
  it('into a new folder: nothing imported, no staging folder left, exit 129', async () => {
    const folder = join(dir, 'new');
    const run = await importAndHangUp(folder, () => count(stagingFolderFor(folder)) >= 50);
    expect(run.sent).toBe(true);
    expect(run.killedBy, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(129);
    expect(run.stderr).toContain('Interrupted (SIGHUP): nothing was imported');
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(stagingFolderFor(folder))).toBe(false);
  }, 120_000);

  it('into an existing folder while files are moved in: the folder as it was, exit 129', async () => {
    const folder = join(dir, 'existing');
    mkdirSync(folder);
    writeFileSync(join(folder, 'earlier.yaml'), 'version: 1\n');
    const run = await importAndHangUp(folder, () => count(folder) >= 20);
    expect(run.sent).toBe(true);
    expect(run.code, run.stderr).toBe(129);
    expect(readdirSync(folder)).toEqual(['earlier.yaml']);
    expect(importState(folder)).toEqual({ kind: 'none', leftover: null });
  }, 120_000);
});

describe.skipIf(!HAS_TMUX)('SIGHUP during the interview', () => {
  const terminals: TmuxTerminal[] = [];
  afterEach(() => {
    for (const t of terminals.splice(0)) t.kill();
  });

  it('keeps the answers saved, says how to resume, exits 129', async () => {
    const work = mkdtempSync(join(dir, 'tty-'));
    const t = new TmuxTerminal([process.execPath, BIN, 'audit', '--org', 'Acme Corp', '--role', 'leadership', '--respondent', '', '--session', 'acme.session.yaml'], { cwd: work });
    terminals.push(t);
    await answerFirstQuestion(t);
    process.kill(t.programPid(), 'SIGHUP');
    expect(await t.waitForExit()).toBe(129);
    expect(t.lines().join('\n')).toContain('Interrupted. 1 answer saved in acme.session.yaml.');
    expect(readFileSync(join(work, 'acme.session.yaml'), 'utf8')).toMatch(/score: \d/);
  });
});

describe('an import killed with SIGKILL and not yet reaped (a zombie)', () => {
  it.skipIf(process.platform !== 'linux')('is read as interrupted while moving files in (a rerun finishes it), not as "running now"', async () => {
    // A child that exits at once under a parent that never waits for it: a zombie until the parent
    // dies. Perl (essential on Debian) forks and sleeps; a shell could reap the child itself before
    // it execs, which made the zombie come and go on a loaded machine.
    const parent = spawn('perl', ['-e', '$| = 1; my $pid = fork(); exit 0 if $pid == 0; print "$pid\n"; sleep 5;'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number((await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString())))).trim());
    try {
      await waitUntil(() => /^[ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? ''));
      const folder = join(dir, 'zombie');
      mkdirSync(folder);
      const marker = { version: 1, id: `${pid}-1`, pid, export: exportFile, files: 10, complete: false };
      mkdirSync(stagingFolderFor(folder));
      writeFileSync(join(stagingFolderFor(folder), '.sales-audit-import'), JSON.stringify(marker));
      writeFileSync(join(folder, '.sales-audit-import'), JSON.stringify(marker));
      expect(importState(folder).kind).toBe('moving');
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

async function waitUntil(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setImmediate(resolve));
}
