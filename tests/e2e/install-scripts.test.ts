// A fresh `npm install` is silent on npm 11.16+ only when package.json's allowScripts covers every
// dependency that has an install script (npm 12 skips the ones it does not). This fails when a new
// dependency brings an install script nobody has decided on: approve or deny it in package.json.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [major = 0, minor = 0] = (spawnSync(npm, ['--version'], { encoding: 'utf8' }).stdout ?? '').trim().split('.').map(Number);
const hasInstallScripts = major > 11 || (major === 11 && minor >= 16);

describe.skipIf(!hasInstallScripts)('allowScripts in package.json', () => {
  it('covers every installed dependency with an install script', () => {
    const run = spawnSync(npm, ['install-scripts', 'ls', '--json'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    expect(run.status, run.stderr).toBe(0);
    const pending = (JSON.parse(run.stdout) as { allowScripts?: { name: string; changes: { change: string }[] }[] }).allowScripts ?? [];
    expect(pending.filter((p) => p.changes.some((c) => c.change === 'pending')).map((p) => p.name)).toEqual([]);
  });
});
