// "A kill during a save never corrupts the session file": a child saves in a loop and is
// SIGKILLed at random moments; every time, the file must parse as a complete answers file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { questionKeys } from '../../src/core/answers/answer-sheet.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { defaultSet } from '../helpers/interview-sets.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

// Many rounds, each a process or a full parse: about 22 s alone and over 30 s on a loaded machine
// (2,288 s suites at load 19). The limit only stops a hang; no time is asserted.
vi.setConfig({ testTimeout: 180_000 });

const set = defaultSet();
let dir: string;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sales-audit-kill-'));
  // The real saveSession, bundled from source; dependencies stay external and resolve from the
  // project's node_modules, so the script lives under it.
  const cache = join(REPO_ROOT, 'node_modules', '.cache', 'sales-audit-tests');
  script = join(cache, `save-loop-${process.pid}.mjs`);
  await build({
    entryPoints: [join(REPO_ROOT, 'tests/helpers/save-loop.ts')],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(script, { force: true });
});

function saveThenKill(path: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, ...questionKeys(set)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.on('close', () => resolve());
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
  });
}

describe('session file under SIGKILL', () => {
  it('is always a complete, valid answers file, whenever the kill lands', async () => {
    const path = join(dir, 'acme.session.yaml');
    for (let round = 0; round < 20; round++) {
      await saveThenKill(path, Math.floor(Math.random() * 60));
      const content = readFileSync(path, 'utf8');
      const { sheet, diagnostics } = parseAnswers({ path: 'acme.session.yaml', content, size: content.length }, set);
      expect(diagnostics, `round ${round}`).toEqual([]);
      expect(sheet!.organization).toBe('Acme Corp');
      const notes = Object.values(sheet!.answers).flatMap((byQuestion) => Object.values(byQuestion).map((a) => a.note!));
      expect(notes.length).toBeGreaterThan(0);
      // Every note is whole: a torn write would cut one short.
      for (const note of notes) expect(note).toMatch(/^save \d+: (evidence ){200}$/);
    }
    // Temp files a kill may leave behind are never taken for sessions (`report <folder>` reads *.yaml).
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml'))).toEqual(['acme.session.yaml']);
    if (process.env.SALES_AUDIT_DEBUG) console.log('temp files left by kills mid-write:', readdirSync(dir).length - 1);
  });
});
