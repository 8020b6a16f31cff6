// commander gets src/cli/child-process-on-use.ts in place of node:child_process (scripts/build.mjs):
// it must offer everything commander calls of node:child_process, and do it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as onUse from '../../src/cli/child-process-on-use.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

describe('node:child_process for commander, loaded at its first use', () => {
  it("offers every function commander's sources call on it", () => {
    const lib = join(REPO_ROOT, 'node_modules/commander/lib');
    const called = new Set<string>();
    for (const file of readdirSync(lib).filter((name) => name.endsWith('.js'))) {
      for (const m of readFileSync(join(lib, file), 'utf8').matchAll(/\bchildProcess\.(\w+)/g)) called.add(m[1]!);
    }
    expect([...called]).toContain('spawn');
    for (const name of called) expect(typeof (onUse as Record<string, unknown>)[name], `childProcess.${name}`).toBe('function');
  });

  it('spawns a process as node:child_process does', async () => {
    const child = onUse.spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(3);
  });
});
