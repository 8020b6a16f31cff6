// Reads files for the core, refusing oversized ones before reading them (the core never sees I/O).
import { open } from 'node:fs/promises';
import { MAX_SOURCE_BYTES, type SourceFile } from '../core/source/source-file.js';
import { displayPath } from './collect-files.js';

export async function readSourceFile(cwd: string, absolutePath: string): Promise<SourceFile> {
  const path = displayPath(cwd, absolutePath);
  let handle;
  try {
    handle = await open(absolutePath, 'r');
    const { size } = await handle.stat();
    if (size > MAX_SOURCE_BYTES) return { path, content: null, size };
    const content = await handle.readFile();
    return { path, content, size: content.byteLength };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : code ?? String(error);
    return { path, content: null, size: 0, readError: reason };
  } finally {
    await handle?.close();
  }
}

export function readSourceFiles(cwd: string, absolutePaths: readonly string[]): Promise<SourceFile[]> {
  return Promise.all(absolutePaths.map((p) => readSourceFile(cwd, p)));
}
