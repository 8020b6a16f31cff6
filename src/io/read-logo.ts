// Reads a logo named in a brand file, relative to that file's folder, for the core's brand check:
// never more than the limit (a logo is checked before it is read whole), never a folder or a device.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LogoFile } from '../core/brand/parse-brand.js';
import { describeFsError } from './describe-fs-error.js';

export function readLogoFile(brandFile: string, logoPath: string, limit: number): LogoFile {
  const path = resolve(dirname(brandFile), logoPath);
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { readError: 'it is a folder' };
    if (!info.isFile()) return { readError: 'it is not a regular file' };
    size = info.size;
  } catch (error) {
    return { readError: describeFsError(error) };
  }
  if (size > limit) return { tooLarge: size };
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) return { tooLarge: length };
    }
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { readError: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
