// Reports, session files and rubric copies are never written in place. Our own durable write,
// not write-file-atomic: that package issues one fs.write and ignores a short count (still so in
// its v8), and on a nearly full disk write(2) returns a short count without an error, so a cut
// temp file was fsynced and renamed over a good report or session. Here:
//   1. a temp file in the same folder (hidden, not *.yaml: `report <folder>` never takes it);
//   2. every byte written, looping on short counts; a write that makes no progress is a full disk;
//   3. fsync the file, then stat it: its size must be the content's;
//   4. rename over the target, then fsync the folder so the rename itself survives a power cut;
//   5. on any failure before the rename, the temp file is removed and the target is untouched.
// Several files that belong together (a report and its chart image) are all written to their temp
// files before any is renamed, so a full disk leaves every one of them as it was.
// The file handle is injectable (`DurableIo`) so a test can hand it a disk that fills up.
// fs.promises, not node:fs/promises: the getter loads the promise API (and readline, about 2 ms)
// only when a file is written, not at every start.
import { promises as fsPromises } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from './describe-fs-error.js';
import { OutputFileError } from './io-errors.js';

/** What the durable write needs of an open file: fs.promises' FileHandle has all of it. */
export interface WritableFile {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  stat(): Promise<{ size: number }>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls of a durable write, replaced in tests. */
export interface DurableIo {
  /** Creates `path`, which must not exist (O_EXCL), for writing. */
  create(path: string): Promise<WritableFile>;
}

const REAL_IO: DurableIo = {
  create: (path) => fsPromises.open(path, 'wx', 0o666),
};

/** A write that ended short of the content without an error from the system. */
function fullDiskError(path: string, written: number, expected: number): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`only ${written} of ${expected} bytes could be written to ${path}`);
  // The one cause of a regular file taking fewer bytes than asked, with no error, is a full disk.
  error.code = 'ENOSPC';
  error.syscall = 'write';
  return error;
}

/** Writes every byte of `bytes` from the start of `file`, looping on short counts. */
export async function writeAll(file: WritableFile, bytes: Uint8Array, path: string): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await file.write(bytes, written, bytes.length - written, written);
    if (bytesWritten <= 0) throw fullDiskError(path, written, bytes.length);
    written += bytesWritten;
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await fsPromises.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some file systems cannot fsync a folder (EINVAL, EISDIR on a few); the rename is done and
    // atomic all the same. Anything else (EIO) is a real failure of the disk.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EBADF' && code !== 'EPERM' && code !== 'EACCES' && code !== 'ENOTSUP') throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

let tempCounter = 0;

/** A file written whole beside its target, not yet renamed over it. */
interface PreparedFile {
  /** Renames it over the target, then fsyncs the folder. */
  commit(): Promise<void>;
  /** Removes the temp file (when not committed). */
  abort(): Promise<void>;
}

/** Steps 1 to 3: the temp file beside `path`, every byte in it, fsynced, its size checked. */
async function prepareFile(path: string, content: string | Uint8Array, io: DurableIo): Promise<PreparedFile> {
  // The rename would replace a device, a pipe or a socket with a regular file: run as root, an
  // output named /dev/null would take /dev/null away from the whole machine. Every writer passes here.
  const existing = await fsPromises.stat(path).catch(() => null);
  if (existing && !existing.isFile()) throw new OutputFileError(existing.isDirectory() ? 'is-folder' : 'not-a-file', path);
  const target = existing ? await fsPromises.realpath(path) : resolve(path);
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${(tempCounter++).toString(36)}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const file = await io.create(temp);
  const abort = () => fsPromises.unlink(temp).catch(() => {});
  try {
    try {
      await writeAll(file, bytes, temp);
      // A report or session replaced keeps the permissions the person gave the old one.
      if (existing) await file.chmod(existing.mode & 0o7777);
      await file.sync();
      const { size } = await file.stat();
      if (size !== bytes.length) throw fullDiskError(temp, size, bytes.length);
    } finally {
      await file.close();
    }
  } catch (error) {
    await abort();
    throw error;
  }
  return {
    async commit() {
      try {
        await fsPromises.rename(temp, target);
      } catch (error) {
        await abort();
        throw error;
      }
      await fsyncFolder(folder);
    },
    abort,
  };
}

/**
 * Replaces each file with its content durably: every file is first written whole beside its
 * target, and only when all are (a report and its chart image) are they renamed into place. A file
 * afterwards holds the old content or the new, whole, never a part; on a failure before the
 * renames nothing is replaced and no temp file stays. A symbolic link is followed (the file it
 * names is replaced, the link stays). Paths must be absolute.
 */
export async function writeFilesAtomically(files: readonly { path: string; content: string | Uint8Array }[], io: DurableIo = REAL_IO): Promise<void> {
  const prepared: PreparedFile[] = [];
  try {
    for (const { path, content } of files) prepared.push(await prepareFile(path, content, io));
  } catch (error) {
    await Promise.all(prepared.map((p) => p.abort()));
    throw error;
  }
  for (const [i, file] of prepared.entries()) {
    try {
      await file.commit();
    } catch (error) {
      await Promise.all(prepared.slice(i + 1).map((p) => p.abort()));
      throw error;
    }
  }
}

/** writeFilesAtomically for one file. */
export function writeFileAtomically(path: string, content: string | Uint8Array, io: DurableIo = REAL_IO): Promise<void> {
  return writeFilesAtomically([{ path, content }], io);
}

/**
 * Checks that an output file can be written, before the work of making it (a PDF starts a
 * browser): the same refusals as writeOutputFiles, which checks again just before writing.
 * Returns the absolute path.
 */
export async function checkOutputFile(cwd: string, file: string, options: { force: boolean }): Promise<string> {
  if (file.trim() === '') throw new OutputFileError('no-name', file);
  const target = resolve(cwd, file);
  const existing = await fsPromises.stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new OutputFileError('is-folder', file);
  if (existing && !existing.isFile()) throw new OutputFileError('not-a-file', file);
  if (existing && !options.force) throw new OutputFileError('exists', file);
  const folder = await fsPromises.stat(dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new OutputFileError('no-folder', file);
  return target;
}

/**
 * Writes output files named by the user (relative to `cwd`), atomically and all together (see
 * writeFilesAtomically), never over an existing file unless `force`. Returns the absolute paths
 * written; throws OutputFileError, having written nothing, when a name is empty or a folder, a
 * file exists, its folder does not, or the write fails.
 */
export async function writeOutputFiles(cwd: string, files: readonly { file: string; content: string | Uint8Array }[], options: { force: boolean }, io?: DurableIo): Promise<string[]> {
  const targets: string[] = [];
  for (const { file } of files) targets.push(await checkOutputFile(cwd, file, options));
  try {
    await writeFilesAtomically(files.map(({ content }, i) => ({ path: targets[i]!, content })), io);
  } catch (error) {
    // Which file failed is not known here; every one is named in the message by the caller's file list.
    const file = files.map((f) => f.file).join(' and ');
    if (error instanceof OutputFileError) throw new OutputFileError(error.problem, file);
    throw new OutputFileError('write-failed', file, describeFsError(error), (error as NodeJS.ErrnoException).code);
  }
  return targets;
}
