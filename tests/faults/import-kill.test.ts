// `import` killed at random points (SIGKILL and SIGTERM), 20 rounds with a fixed seed, of a
// generated 20,000-row export into a folder that already holds an answers file. After each kill:
//   - SIGTERM (as Ctrl-C): the folder is untouched or the import complete, no staging folder left;
//   - SIGKILL (nothing can be cleaned): untouched, or complete, or marked unfinished;
//   - `report` on the folder accepts it when untouched or complete and nothing is left over, and
//     refuses it (exit 2, with the command to run) when an import is unfinished;
//   - running the same import again completes it.
// Kill points are chosen by watching progress (files appearing in the staging folder, then in the
// target), never by sleeping: the rounds land wherever the child is when the count is reached.
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { buildQuestionnaire } from '../../src/core/survey/questionnaire.js';
import { importState, stagingFolderFor } from '../../src/io/import-marker.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { runAndSignal } from '../helpers/signal-child.js';
import { googleFormsCsv, madeUpResponses } from '../helpers/survey-exports.js';

const ROWS = 20_000;
/** The rows that answer something: one answers file each. */
let written = 0;
const ROUNDS = 20;
const RUBRICS = join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml');
const EARLIER = `version: 1
organization: Earlier audit
respondent: { role: leadership }
date: 2026-01-05
answers:
  minimal:
    only-question: 1
`;

let dir: string;
let exportFile: string;
/** The answers files a complete import writes, by name. */
let expected: Map<string, string>;

/**
 * A memory file system where there is one (/dev/shm on Linux): the rounds write and remove
 * 800,000 files, which a shared disk under load takes minutes over. What is tested is where the
 * kills land, not the disk (the disk's failures are small-disk.test.ts's).
 */
function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // no /dev/shm: the system's temp folder
  }
  return tmpdir();
}

beforeAll(async () => {
  dir = mkdtempSync(join(scratchRoot(), 'sales-audit-import-kill-'));
  const { set } = loadRubricSet([{ path: RUBRICS, content: readFileSync(RUBRICS, 'utf8'), size: 0 }]);
  const questionnaire = buildQuestionnaire(set!, { role: null, askName: false, askOrganization: false, help: true });
  exportFile = join(dir, 'responses.csv');
  const responses = madeUpResponses(questionnaire, ROWS, ['leadership', 'sales manager', 'salesperson'], 21);
  // A row that answers nothing is left out (survey-blank-response): the generator makes some.
  written = responses.filter((r) => Object.keys(r.answers).length > 0).length;
  expect(written).toBeGreaterThan(ROWS * 0.9);
  writeFileSync(exportFile, googleFormsCsv(questionnaire, responses));
  const reference = join(dir, 'reference');
  const made = await importInto(reference);
  expect(made.exitCode, made.stderr).toBe(0);
  expected = new Map(answersFiles(reference).map((name) => [name, readFileSync(join(reference, name), 'utf8')]));
  expect(expected.size).toBe(written);
  rmSync(reference, { recursive: true, force: true });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 300_000);

const importArgs = (folder: string) => ['import', exportFile, '--rubrics', RUBRICS, '--out', folder, '--organization', 'Acme'];
const importInto = (folder: string) => runCli(importArgs(folder), { cwd: dir });
const answersFiles = (folder: string) => readdirSync(folder).filter((n) => !n.startsWith('.')).sort();
const count = (folder: string) => {
  try {
    return readdirSync(folder).length;
  } catch {
    return 0;
  }
};

/** A seeded generator (a linear congruential one): the same rounds on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Runs the import and sends `signal` once `ready()` says the chosen point is reached. */
const importAndKill = (folder: string, signal: NodeJS.Signals, ready: () => boolean) => runAndSignal(importArgs(folder), dir, signal, ready);

describe('import killed at random points', () => {
  it(`leaves the target untouched, complete or marked unfinished, and a rerun completes it (${ROUNDS} rounds)`, async () => {
    const random = seeded(2026);
    const seen = { untouched: 0, complete: 0, unfinished: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const signal: NodeJS.Signals = random() < 0.5 ? 'SIGKILL' : 'SIGTERM';
      const folder = join(dir, `round-${round}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'earlier.yaml'), EARLIER);
      // Where to stop it: a number of files staged, or moved in (the folder holds earlier.yaml),
      // or not at all; the whole range of the import's writes.
      const point = Math.floor(random() * (2 * written + 2));
      const staging = stagingFolderFor(folder);
      const ready = point <= written ? () => count(staging) >= point + 1 : () => count(folder) >= point - written + 1;
      const run = await importAndKill(folder, signal, ready);
      const label = `round ${round} (${signal} at ${point}; exit ${run.code ?? run.killedBy})`;

      const names = answersFiles(folder);
      const state = importState(folder);
      const untouched = names.length === 1 && readFileSync(join(folder, 'earlier.yaml'), 'utf8') === EARLIER;
      const complete = names.length === written + 1 && state.kind === 'none' && names.every((n) => n === 'earlier.yaml' || readFileSync(join(folder, n), 'utf8') === expected.get(n));
      if (signal === 'SIGTERM') {
        // Caught: everything undone, or it had finished; no staging folder is left either way.
        expect(untouched || complete, `${label}: ${names.length} files, state ${state.kind}\n${run.stderr}`).toBe(true);
        expect(state, label).toEqual({ kind: 'none', leftover: null });
        if (run.killedBy === null && run.code !== 0) {
          expect(run.code, label).toBe(143);
          expect(run.stderr, label).toContain('nothing was imported');
        }
      } else {
        expect(untouched || complete || state.kind === 'moving', `${label}: ${names.length} files, state ${state.kind}`).toBe(true);
      }
      if (untouched) seen.untouched++;
      else if (complete) seen.complete++;
      else seen.unfinished++;

      const report = await runCli(['report', folder, '--rubrics', RUBRICS, '--out', '-', '--format', 'json'], { cwd: dir });
      if (state.kind === 'none') {
        expect(report.exitCode, `${label}: ${report.stderr}`).toBe(0);
        expect(JSON.parse(report.stdout).respondents.length, label).toBe(untouched ? 1 : written + 1);
      } else {
        expect(report.exitCode, label).toBe(2);
        expect(report.stderr, label).toMatch(/an import into this folder was interrupted/);
        expect(report.stderr, label).toContain(`sales-audit import responses.csv --out round-${round}`);
      }

      // The same command again: finishes what was cut short, or imports afresh, or (complete)
      // refuses to import twice. Either way the folder ends complete.
      const again = await importInto(folder);
      expect(again.exitCode, `${label}: rerun\n${again.stderr}`).toBe(complete ? 2 : 0);
      expect(answersFiles(folder).length, label).toBe(written + 1);
      expect(importState(folder), label).toEqual({ kind: 'none', leftover: null });
      rmSync(folder, { recursive: true, force: true });
    }
    if (process.env.SALES_AUDIT_DEBUG) console.log('import kill rounds:', seen);
  }, 900_000);
});
