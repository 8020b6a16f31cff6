// Many small files into one folder as one step, with synchronous calls: `import` writes 10,000
// answers files, and write-file-atomic's per-file work (realpath, a signal handler, an fsync each)
// costs a minute there on a busy disk. The files are written into a hidden staging folder; when
// the target folder does not exist yet, the staging folder is renamed to it (one rename, where a
// temp file renamed per answers file cost 10,000 renames); into an existing folder, each file is
// renamed in from a staging folder inside it. Any error removes what this call wrote: nothing is
// half-written, and nothing of a failed import is left. Durability is per run, not per file: the
// folders are fsynced once at the end; a power cut during an import means running it again from
// the export (into an empty folder), which loses nothing.
import { closeSync, constants, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

function fsyncFolder(folder: string): void {
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

/** Writes each file into `folder` (created with its parents when missing); all of them or none. */
export function writeManyFiles(folder: string, files: Iterable<{ name: string; content: string }>): void {
  const existed = statSync(folder, { throwIfNoEntry: false }) !== undefined;
  if (!existed) mkdirSync(dirname(folder), { recursive: true });
  // A name no other run uses (the process id, and the clock for a reused one); created with
  // mkdir's default mode, so a new folder gets the permissions mkdir would have given it.
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = existed ? join(folder, `.sales-audit-import-${tag}.tmp`) : join(dirname(folder), `.${basename(folder)}.sales-audit-import-${tag}.tmp`);
  mkdirSync(staging);
  const written: string[] = [];
  const moved: string[] = [];
  try {
    for (const { name, content } of files) {
      // O_EXCL: never follow or reuse anything already there.
      const fd = openSync(`${staging}/${name}`, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      written.push(name);
    }
    fsyncFolder(staging);
    if (!existed) {
      renameSync(staging, folder);
      fsyncFolder(dirname(folder));
      return;
    }
    for (const name of written) {
      renameSync(`${staging}/${name}`, `${folder}/${name}`);
      moved.push(name);
    }
    rmSync(staging, { recursive: true, force: true });
    fsyncFolder(folder);
  } catch (error) {
    for (const name of moved) rmSync(join(folder, name), { force: true });
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
