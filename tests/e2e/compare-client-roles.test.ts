// `compare --client-has/--client-lacks` (h-done15): compare resolves the actions' owners as
// `report` does for the same flags, and a role the catalog lacks is a usage error before any file
// is read.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('compare --client-has, --client-lacks', () => {
  it('owners follow the flags: sales operations and HR own their actions when the client has them', async () => {
    const plain = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--format', 'json', '--out', '-']);
    const flagged = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--client-has', 'sales-ops,hr', '--format', 'json', '--out', '-']);
    expect(plain.exitCode).toBe(0);
    expect(flagged.exitCode).toBe(0);
    const owners = (stdout: string) => {
      const { actions } = JSON.parse(stdout) as { actions: Record<string, { owner: string }[]> };
      return new Set(Object.values(actions).flat().map((a) => a.owner));
    };
    expect(owners(plain.stdout).has('Sales operations')).toBe(false);
    expect(owners(flagged.stdout).has('Sales operations')).toBe(true);
    expect(owners(flagged.stdout).has('HR lead')).toBe(true);
  });

  it('a role the owner catalog does not have: usage error (exit 2), no stack trace', async () => {
    const result = await runCli(['compare', 'examples/acme-2026-05/', 'examples/acme/', '--client-has', 'nope', '--out', '-']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--client-has nope: not an owner of the catalog/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
