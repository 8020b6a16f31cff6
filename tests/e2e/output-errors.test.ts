// Where a report cannot go, the message says why in words, exit 2, and nothing is written.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

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

  it('compare uses the same checks', async () => {
    mkdirSync(join(work, 'empty'));
    const result = await runCli(['compare', EXAMPLE, EXAMPLE, '--out', join(work, 'empty')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is a folder');
    expect(readdirSync(join(work, 'empty'))).toEqual([]);
  });
});
