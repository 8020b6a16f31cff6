// Many small files into one folder, all or nothing, never over an existing file, with synchronous
// calls: `import` writes 10,000 answers files, and write-file-atomic's per-file work (realpath, a
// signal handler, an fsync each) costs a minute there on a busy disk.
//
// Every file is written whole into a hidden staging folder first. When the target folder does not
// exist yet, the staging folder is renamed to it: one rename for the lot, where a temp file linked
// (or renamed) into place per answers file cost 10,000 more calls. Into an existing folder, each
// file is linked in from a staging folder inside it: a link, unlike a rename, fails (EEXIST)
// instead of replacing a file that appeared since the caller checked (a second import into the
// same folder). If anything fails part-way (disk full, EIO, a name taken), everything this call
// wrote or made is removed before the error is rethrown, so a run leaves all its files or none.
// Durability is per run, not per file: the folders are fsynced once at the end; a power cut during
// an import means running it again from the export.
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

/** `staged` under `path`, never replacing it. Where hard links are not supported (some network and FAT file systems), copied with COPYFILE_EXCL instead. */
function placeNoReplace(staged: string, path: string): void {
  try {
    linkSync(staged, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    copyFileSync(staged, path, constants.COPYFILE_EXCL);
  }
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
    // Some file systems cannot fsync a folder; the renames and links are atomic all the same.
  }
}

/** The staging folder renamed to `folder`; false when a folder of that name appeared meanwhile (then the files are linked into it). */
function renameIntoPlace(staging: string, folder: string): boolean {
  try {
    renameSync(staging, folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'EPERM') return false;
    throw error;
  }
}

/** `folder` and its parents up to `top`, each only while empty: the folders this call made, unless someone filled them meanwhile. */
function removeEmptyFolders(folder: string, top: string): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}

/** Writes each file into `folder` (made, with its parents, when missing): all of them or none. Returns how many. */
export function writeManyFiles(folder: string, files: Iterable<{ name: string; content: string }>): number {
  const existed = statSync(folder, { throwIfNoEntry: false }) !== undefined;
  // A name no other run uses (the process id, and the clock for a reused one), made with mkdir's
  // default mode: renamed to a new folder, it has the permissions mkdir would have given that.
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = existed ? join(folder, `.sales-audit-import-${tag}.tmp`) : join(dirname(folder), `.${basename(folder)}.sales-audit-import-${tag}.tmp`);
  const names: string[] = [];
  const placed: string[] = [];
  let madeParents: string | undefined;
  let madeStaging = false;
  try {
    if (!existed) madeParents = mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(staging);
    madeStaging = true;
    for (const { name, content } of files) {
      createNew(join(staging, name), content);
      names.push(name);
    }
    fsyncFolder(staging);
    if (!existed && renameIntoPlace(staging, folder)) {
      fsyncFolder(dirname(folder));
      return names.length;
    }
    for (const name of names) {
      const path = join(folder, name);
      placeNoReplace(join(staging, name), path);
      placed.push(path);
    }
    rmSync(staging, { recursive: true, force: true });
    fsyncFolder(folder);
    return names.length;
  } catch (error) {
    for (const path of placed) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone; nothing else to undo.
      }
    }
    if (madeStaging) rmSync(staging, { recursive: true, force: true });
    if (madeParents !== undefined) removeEmptyFolders(dirname(folder), madeParents);
    throw error;
  }
}
