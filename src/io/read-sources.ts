// Reads files for the core, refusing what is not a regular file or is too large before reading it
// (the core never sees I/O). Never reads more than the limit, even from a file that grows.
// Synchronous calls on purpose: a CLI reading a few files has nothing to do meanwhile, and the
// promise API costs start-up time (node:fs/promises loads a dozen internal modules) and a thread
// pool round trip per call, five per file (docs/benchmarks.md).
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { MAX_SOURCE_BYTES, type SourceFile } from '../core/source/source-file.js';
import { displayPath } from './collect-files.js';
import { describeFsError } from './describe-fs-error.js';

export async function readSourceFile(cwd: string, absolutePath: string): Promise<SourceFile> {
  const path = displayPath(cwd, absolutePath);
  const unreadable = (readError: string): SourceFile => ({ path, content: null, size: 0, readError });
  let info;
  try {
    // stat before open: opening a FIFO would wait for a writer, and a device never ends.
    info = statSync(absolutePath);
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  if (info.isDirectory()) {
    // Only a folder that could not be listed reaches here (collectYamlFiles lists the others).
    let listable = true;
    try {
      accessSync(absolutePath, constants.R_OK | constants.X_OK);
    } catch {
      listable = false;
    }
    return unreadable(listable ? 'it is a folder' : 'permission denied: the folder cannot be listed');
  }
  if (!info.isFile()) return unreadable('it is not a regular file (a pipe, socket or device)');
  if (info.size > MAX_SOURCE_BYTES) return { path, content: null, size: info.size };

  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, 'r');
    // Sized by stat, one byte over so growth shows; grown (to the limit at most) if the file grew.
    // Not zero-filled (only the bytes read are ever seen) and not from the shared pool.
    let buffer = Buffer.allocUnsafeSlow(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_SOURCE_BYTES) return { path, content: null, size: length };
        const grown = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, MAX_SOURCE_BYTES + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_SOURCE_BYTES) return { path, content: null, size: length };
    return { path, content: new Uint8Array(buffer.buffer, buffer.byteOffset, length), size: length };
  } catch (error) {
    return unreadable(describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readSourceFiles(cwd: string, absolutePaths: readonly string[]): Promise<SourceFile[]> {
  return Promise.all(absolutePaths.map((p) => readSourceFile(cwd, p)));
}
