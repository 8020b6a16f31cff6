// Reports and session files are never written in place: temp file in the same folder, fsync,
// rename over the target (write-file-atomic). A kill mid-write leaves the old file or the new one.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { describeFsError } from './describe-fs-error.js';

export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  // Loaded on first write: output sent to stdout does not need it (start-up time).
  const { default: writeFileAtomic } = await import('write-file-atomic');
  return writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength), { encoding: 'utf8', fsync: true });
}

/**
 * Checks that `out` can take the output, before the work of making it (a PDF starts a browser):
 * not a folder, not an existing file unless `force`, in a folder that exists. Returns the absolute
 * path. Written again by writeOutput just before writing, so nothing is replaced unasked.
 */
export async function checkOutputTarget(ctx: CliContext, out: string, options: { force: boolean }): Promise<string> {
  if (out.trim() === '') throw new UsageError('--out needs a file name (or - for stdout)');
  const target = resolve(ctx.cwd, out);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`${out} is a folder; give --out a file name, such as ${out.replace(/\/+$/, '')}/report.md`);
  if (existing && !options.force) {
    throw new UsageError(`${out} already exists; use --force to overwrite it, or --out to choose another file`);
  }
  const folder = await stat(dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`cannot write ${out}: the folder ${dirname(out)} does not exist`);
  return target;
}

/**
 * Writes a command's output: `-` is stdout (text only); a file is written atomically and never
 * replaces an existing file unless `force`. Returns the absolute path written, or null for stdout.
 */
export async function writeOutput(ctx: CliContext, out: string, content: string | Uint8Array, options: { force: boolean }): Promise<string | null> {
  if (out === '-') {
    if (typeof content !== 'string') throw new Error('binary output needs a file');
    ctx.stdout.write(content.endsWith('\n') ? content : `${content}\n`);
    return null;
  }
  const target = await checkOutputTarget(ctx, out, options);
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${describeFsError(error)}`);
  }
  return target;
}
