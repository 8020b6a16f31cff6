// Synchronous writes that never replace a file: a new file created with O_EXCL and written whole,
// and a finished file linked into place. `import` (write-many-files.ts) writes thousands of small
// files this way, and the portfolio adds each record so (portfolio-folder.ts): the name alone says
// whether it is there already. Replacing a file is the durable write's job (write-atomic.ts).
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, rmSync, writeSync } from 'node:fs';

/**
 * O_EXCL: never follow or reuse anything already there. Every byte written (short counts looped; a
 * write that makes no progress is a full disk); with `sync`, fsynced. A write that fails removes
 * the file it created.
 */
export function createNewFile(path: string, content: string, options: { sync?: boolean } = {}): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    const bytes = Buffer.from(content, 'utf8');
    for (let written = 0; written < bytes.length; ) {
      const n = writeSync(fd, bytes, written, bytes.length - written, written);
      if (n <= 0) throw Object.assign(new Error(`ENOSPC: no space left on device, write ${path}`), { code: 'ENOSPC', syscall: 'write' });
      written += n;
    }
    if (options.sync) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * `staged` under `path`, never replacing it: fails with EEXIST when `path` exists. Where hard
 * links are not supported (some network and FAT file systems, another device), copied with
 * COPYFILE_EXCL instead.
 */
export function placeNoReplace(staged: string, path: string): void {
  try {
    linkSync(staged, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    copyFileSync(staged, path, constants.COPYFILE_EXCL);
  }
}

/** fsync a folder so the names made in it survive a power cut. */
export function fsyncFolderSync(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the renames and links are atomic all the same.
  }
}
