// Many small files into one folder, all or nothing, never over an existing file, with synchronous
// calls: `import` writes 10,000 answers files, and write-file-atomic's per-file work (realpath, a
// signal handler, an fsync each) costs a minute there on a busy disk.
//
// Each file is written whole under a temp name in the same folder, then linked to its name: a
// link, unlike a rename, fails (EEXIST) instead of replacing a file that appeared since the caller
// checked (a second import into the same folder). If anything fails part-way (disk full, EIO, a
// name taken), every file this call wrote is removed before the error is rethrown, so a run
// leaves all its files or none. Durability is per run, not per file: the folder is fsynced once
// at the end; a power cut during an import means running it again from the export.
import { closeSync, constants, fsyncSync, linkSync, openSync, readdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The names among `names` that exist in `folder` (a missing folder has none). */
export function existingNames(folder: string, names: readonly string[]): string[] {
  let present: Set<string>;
  try {
    present = new Set(readdirSync(folder));
  } catch {
    return [];
  }
  return names.filter((n) => present.has(n));
}

/** O_EXCL: never follow or reuse anything already there. A write that fails removes the file it created. */
function createNew(path: string, content: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** `temp` under `name`, never replacing it. Where hard links are not supported (some network and FAT file systems), the file is created under its name with O_EXCL instead. */
function placeNoReplace(temp: string, path: string, content: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    createNew(path, content);
  }
}

export function writeManyFiles(folder: string, files: Iterable<{ name: string; content: string }>): number {
  const written: string[] = [];
  try {
    for (const { name, content } of files) {
      const temp = join(folder, `.${name}.${process.pid}.tmp`);
      const path = join(folder, name);
      try {
        createNew(temp, content);
        placeNoReplace(temp, path, content);
        written.push(path);
      } finally {
        rmSync(temp, { force: true });
      }
    }
  } catch (error) {
    for (const path of written) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone; nothing else to undo.
      }
    }
    throw error;
  }
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the links are atomic all the same.
  }
  return written.length;
}
