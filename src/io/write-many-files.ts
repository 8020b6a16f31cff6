// Many small files into one folder, each atomically (a temp file in the same folder, renamed over
// its name), with synchronous calls: `import` writes 10,000 answers files, and write-file-atomic's
// per-file work (realpath, a signal handler, an fsync each) costs a minute there on a busy disk.
// Each file is complete or absent, never half-written. Durability is per run, not per file: the
// folder is fsynced once at the end; a power cut during an import means running it again from the
// export (into an empty folder), which loses nothing.
import { closeSync, constants, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
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

export function writeManyFiles(folder: string, files: Iterable<{ name: string; content: string }>): void {
  for (const { name, content } of files) {
    const temp = join(folder, `.${name}.${process.pid}.tmp`);
    try {
      // O_EXCL: never follow or reuse anything already there.
      const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, join(folder, name));
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the renames are atomic all the same.
  }
}
