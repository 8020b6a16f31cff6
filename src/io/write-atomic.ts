// Reports and session files are never written in place: temp file in the same folder, fsync,
// rename over the target (write-file-atomic). A kill mid-write leaves the old file or the new one.
// fs.promises, not node:fs/promises: the getter loads the promise API (and readline, about 2 ms)
// only when a file is written, not at every start.
import { promises as fsPromises } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeFsError } from './describe-fs-error.js';
import { OutputFileError } from './io-errors.js';

export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  // The rename would replace a device, a pipe or a socket with a regular file: run as root, an
  // output named /dev/null would take /dev/null away from the whole machine. Every writer passes here.
  const existing = await fsPromises.stat(path).catch(() => null);
  if (existing && !existing.isFile()) throw new OutputFileError(existing.isDirectory() ? 'is-folder' : 'not-a-file', path);
  // Loaded on first write: output sent to stdout does not need it (start-up time).
  const { default: writeFileAtomic } = await import('write-file-atomic');
  return typeof content === 'string' ? writeFileAtomic(path, content, { encoding: 'utf8', fsync: true }) : writeFileAtomic(path, Buffer.from(content), { fsync: true });
}

/**
 * Checks that an output file can be written, before the work of making it (a PDF starts a
 * browser): the same refusals as writeOutputFile, which checks again just before writing.
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
 * Writes an output file named by the user (relative to `cwd`), atomically, never over an existing
 * file unless `force`. Returns the absolute path written; throws OutputFileError, having written
 * nothing, when the name is empty or a folder, the file exists, its folder does not, or the write fails.
 */
export async function writeOutputFile(cwd: string, file: string, content: string | Uint8Array, options: { force: boolean }): Promise<string> {
  const target = await checkOutputFile(cwd, file, options);
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    if (error instanceof OutputFileError) throw new OutputFileError(error.problem, file);
    throw new OutputFileError('write-failed', file, describeFsError(error));
  }
  return target;
}
