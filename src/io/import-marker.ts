// The state of an import into an answers folder, as files beside and inside it, so that a folder
// holding part of an import is never read as if it were whole (docs/survey.md, "All or nothing"):
//   - the staging folder `.<folder>.sales-audit-import` beside the target holds the answers files
//     while they are written, with its own marker naming the import;
//   - the marker `.sales-audit-import` inside the target says `complete: false` from the moment the
//     first file may be moved in, and `complete: true` once the last one is (written last).
// Both are hidden (a dot first): `report <folder>` never takes them for answers.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const MARKER_NAME = '.sales-audit-import';

export interface ImportMarker {
  version: 1;
  /** Names one run of import: its process id and start time. */
  id: string;
  pid: number;
  /** The export's absolute path, to say which command finishes an interrupted import. */
  export: string;
  /** How many answers files the import writes (known once they are all staged). */
  files: number | null;
  complete: boolean;
}

/** The staging folder of imports into `folder` (absolute): beside it, one per target. */
export function stagingFolderFor(folder: string): string {
  return join(dirname(folder), `.${basename(folder)}.sales-audit-import`);
}

/** The marker in `folder`, null when there is none, 'unreadable' when it is not one of ours. */
export function readMarker(folder: string): ImportMarker | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(join(folder, MARKER_NAME), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? null : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Partial<ImportMarker>;
    if (value.version !== 1 || typeof value.id !== 'string' || typeof value.complete !== 'boolean' || typeof value.export !== 'string') return 'unreadable';
    return value as ImportMarker;
  } catch {
    return 'unreadable';
  }
}

/**
 * Whether a process of that id is alive (another import still at work). An import killed with
 * SIGKILL stays a zombie until its parent reaps it (a supervisor or a container's first process may
 * never do so): it answers kill(0) but runs nothing, and was read as "running now", which sent the
 * user to remove the staging folder a rerun finishes from. Linux says so in /proc.
 */
function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** The state letter after the command name in /proc/<pid>/stat is Z (or X, dead); false where there is no /proc. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

export type ImportState =
  /** No import was left unfinished here. */
  | { kind: 'none'; leftover: string | null }
  /** Another process is importing into the folder now. */
  | { kind: 'running'; staging: string; pid: number }
  /** Interrupted before any file was moved in: the folder is as it was; the staging folder is left. */
  | { kind: 'staged'; staging: string; marker: ImportMarker | null }
  /** Interrupted while the files were moved in: part of them are in the folder; all are staged. */
  | { kind: 'moving'; staging: string; marker: ImportMarker }
  /** The marker says unfinished and no staging folder is left to finish it from. */
  | { kind: 'orphaned'; marker: ImportMarker | 'unreadable' };

/**
 * What imports left in `folder` (absolute). `leftover` names a staging folder that a finished
 * import did not get to remove (harmless; the next import removes it).
 */
export function importState(folder: string): ImportState {
  const staging = stagingFolderFor(folder);
  const target = readMarker(folder);
  const stagingExists = statSync(staging, { throwIfNoEntry: false })?.isDirectory() === true;
  if (stagingExists) {
    const staged = readMarker(staging);
    const stagedMarker = staged === 'unreadable' ? null : staged;
    if (stagedMarker !== null && processAlive(stagedMarker.pid)) return { kind: 'running', staging, pid: stagedMarker.pid };
    if (target !== null && target !== 'unreadable' && stagedMarker !== null && target.id === stagedMarker.id) {
      return target.complete ? { kind: 'none', leftover: staging } : { kind: 'moving', staging, marker: target };
    }
    return { kind: 'staged', staging, marker: stagedMarker };
  }
  if (target === 'unreadable' || (target !== null && !target.complete)) return { kind: 'orphaned', marker: target };
  return { kind: 'none', leftover: null };
}
