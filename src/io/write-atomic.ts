// Reports and session files are never written in place: temp file in the same folder, fsync,
// rename over the target (write-file-atomic). A kill mid-write leaves the old file or the new one.
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';

export async function writeFileAtomically(path: string, content: string): Promise<void> {
  // Loaded on first write: output sent to stdout does not need it (start-up time).
  const { default: writeFileAtomic } = await import('write-file-atomic');
  return writeFileAtomic(path, content, { encoding: 'utf8', fsync: true });
}

/**
 * Writes a command's output: `-` is stdout; a file is written atomically and never replaces an
 * existing file unless `force`. Returns the absolute path written, or null for stdout.
 */
export async function writeOutput(ctx: CliContext, out: string, content: string, options: { force: boolean }): Promise<string | null> {
  if (out === '-') {
    ctx.stdout.write(content.endsWith('\n') ? content : `${content}\n`);
    return null;
  }
  const target = resolve(ctx.cwd, out);
  if (!options.force && (await exists(target))) {
    throw new UsageError(`${out} already exists; use --force to overwrite it, or --out to choose another file`);
  }
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return target;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
