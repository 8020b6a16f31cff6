// Whether two paths name the same file, however written: relative or absolute, through a symbolic
// link, `..` segments, or a folder reached two ways. Output files are checked against the files a
// command reads, so that no report is ever written over the answers it came from.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** The real path `path` names: resolved through every link, also for a file that does not exist yet. */
export function realPathOf(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    // Not there (yet): its folder's real path and its name. A dangling link stays as it is
    // written, which is where a write would create the file it points to only by following it;
    // the durable write replaces the file a link names, so follow a dangling one too when it can.
    try {
      return resolve(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether `a` and `b` (relative to `cwd`) are one file: the same real path, or the same inode (a hard link). */
export function isSameFile(cwd: string, a: string, b: string): boolean {
  if (realPathOf(cwd, a) === realPathOf(cwd, b)) return true;
  const sa = statSync(resolve(cwd, a), { throwIfNoEntry: false });
  const sb = statSync(resolve(cwd, b), { throwIfNoEntry: false });
  return sa !== undefined && sb !== undefined && sa.ino === sb.ino && sa.dev === sb.dev;
}

/** Whether the file `file` is inside the folder `folder` (both real paths compared). */
export function isInsideFolder(cwd: string, file: string, folder: string): boolean {
  const real = realPathOf(cwd, folder);
  return realPathOf(cwd, file).startsWith(real.endsWith('/') ? real : `${real}/`);
}
