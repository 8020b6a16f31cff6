// Small real file systems for the fault tests: a tmpfs of a given size, mounted where the process
// is root and the machine allows it (CI runs .ci/run as root), always unmounted afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IS_ROOT = process.getuid?.() === 0;

let mountable: boolean | undefined;

/** Whether `mount -t tmpfs` works here; null-free: false when not root or not allowed. */
export function canMountTmpfs(): boolean {
  if (mountable !== undefined) return mountable;
  mountable = false;
  if (!IS_ROOT) return mountable;
  const probe = mkdtempSync(join(tmpdir(), 'sales-audit-mount-probe-'));
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' }).status === 0) {
      spawnSync('umount', [probe], { stdio: 'ignore' });
      mountable = true;
    }
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return mountable;
}

/** Why the tests that need a small file system cannot run here, or null when they can. */
export function whyNoTmpfs(): string | null {
  if (!IS_ROOT) return 'mounting a small tmpfs needs root (CI runs as root)';
  if (!canMountTmpfs()) return 'running as root, but mount -t tmpfs is not allowed on this machine';
  return null;
}

/** Mounts a tmpfs with `options` (such as size=64k or ro) on a new folder, runs `fn` in it, then unmounts it. */
export async function withTmpfs<T>(options: string, fn: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'sales-audit-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', folder]);
  try {
    return await fn(folder);
  } finally {
    execFileSync('umount', [folder]);
    rmSync(folder, { recursive: true, force: true });
  }
}
