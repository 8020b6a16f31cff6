// Where a report cannot go, the message says why in words, exit 2, and nothing is written; and a
// reader that goes away is no failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputFile, writeFileAtomically } from '../../src/io/write-atomic.js';
import { BIN, cliEnv, REPO_ROOT, runCli } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'sales-audit-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EXAMPLE = 'examples/acme-leadership.yaml';

describe('--out problems', () => {
  it.each([
    ['an empty name', '', 'sales-audit: --out needs a file name (or - for stdout)\n'],
    ['a folder', work, `sales-audit: ${work} is a folder; give --out a file name, such as ${work}/report.md\n`],
    ['a missing folder', join(work, 'nope', 'r.md'), `sales-audit: cannot write ${join(work, 'nope', 'r.md')}: the folder ${join(work, 'nope')} does not exist\n`],
  ])('%s', async (_, out, stderr) => {
    const result = await runCli(['report', EXAMPLE, '--out', out]);
    expect(result).toMatchObject({ exitCode: 2, stderr });
  });

  // A named pipe, not /dev/null: should this ever regress, the test must not take /dev/null away
  // from the machine it runs on (as root, a rename over it would). /dev/null is checked without
  // writing below.
  it('a named pipe, even with --force: refused (a rename over it would replace it), and left as it was', async () => {
    const out = join(work, 'pipe.md');
    execFileSync('mkfifo', [out]);
    const before = statSync(out);
    const result = await runCli(['report', 'examples/acme', '--out', out, '--force']);
    expect(result).toMatchObject({ exitCode: 2, stderr: `sales-audit: ${out} is not a regular file (a device, a pipe or a socket); reports are written to files, or to stdout with --out -\n` });
    const after = statSync(out);
    expect([after.isFIFO(), after.isCharacterDevice(), after.ino]).toEqual([before.isFIFO(), before.isCharacterDevice(), before.ino]);
    expect(existsSync(`${out.replace(/\.md$/, '')}.chart.svg`)).toBe(false);
  });

  it('/dev/null and a socket are refused by the check that runs before any work and any write', async () => {
    await expect(checkOutputFile(work, '/dev/null', { force: true })).rejects.toMatchObject({ problem: 'not-a-file' });
    const socket = join(work, 'report.sock');
    const server = createServer().listen(socket);
    await once(server, 'listening');
    try {
      await expect(checkOutputFile(work, socket, { force: true })).rejects.toMatchObject({ problem: 'not-a-file' });
      await expect(writeFileAtomically(socket, 'x')).rejects.toMatchObject({ problem: 'not-a-file' });
    } finally {
      server.close();
    }
  });

  it('compare uses the same checks', async () => {
    mkdirSync(join(work, 'empty'));
    const result = await runCli(['compare', EXAMPLE, EXAMPLE, '--out', join(work, 'empty')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is a folder');
    expect(readdirSync(join(work, 'empty'))).toEqual([]);
  });
});

describe('stdout that cannot be written (a full disk behind a redirect)', () => {
  it.skipIf(!existsSync('/dev/full')).each([
    ['report', 'report examples/acme --out -'],
    ['rubrics', 'rubrics'],
  ])('%s: said in words, exit 2, no stack trace', (_, args) => {
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${args} >/dev/full`], { cwd: REPO_ROOT, env: cliEnv(), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('sales-audit: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});

describe('a reader that goes away (`| head`)', () => {
  // The verdict does not depend on how much of the output the reader took: validate with problems
  // exits 1 under `| head -c 100` (with pipefail, a CI step must still fail).
  it('validate with problems still exits 1, with nothing on stderr', () => {
    const folder = join(work, 'many-invalid');
    mkdirSync(folder);
    for (let i = 0; i < 400; i++) writeFileSync(join(folder, `bad-${i}.yaml`), `id: Bad Id ${i}\ntitle: 1\nquestions: nope\n`);
    const script = `node ${JSON.stringify(BIN)} validate ${JSON.stringify(folder)} 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const errFile = join(work, 'stderr-validate.txt');
    const result = spawnSync('bash', ['-c', script], { cwd: REPO_ROOT, env: cliEnv({ ERR: errFile }), encoding: 'utf8' });
    expect(readFileSync(errFile, 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('1');
  });

  // stdout is written with fs.writeSync (process-context.ts): EPIPE must end the run quietly, with
  // exit 0, with the shipped templates and with a custom one. Each output is larger than a
  // pipe's 64 KB buffer, so the writer is still writing when head has gone.
  it.each([
    ['report, Markdown', 'report examples/acme --out -'],
    ['report, HTML', 'report examples/acme --format html --out -'],
    ['report with a custom template', 'report examples/acme --template templates/report.md.hbs --out -'],
  ])('%s: exit 0, nothing on stderr', (_, args) => {
    const script = `node ${JSON.stringify(BIN)} ${args} 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const errFile = join(work, 'stderr.txt');
    const result = spawnSync('bash', ['-c', script], { cwd: REPO_ROOT, env: cliEnv({ ERR: errFile }), encoding: 'utf8' });
    expect(readFileSync(errFile, 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});
