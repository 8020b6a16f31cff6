// Where a command's output goes: `-` is stdout, anything else a file written by the io layer
// (writeOutputFiles), whose refusals are worded here as usage errors naming the option to use.
import { existsSync, statSync } from 'node:fs';
import { isInsideFolder, isSameFile } from '../io/same-file.js';
import { basename, dirname, join, resolve } from 'node:path';
import { chartFileName } from '../renderers/chart-file-name.js';
import { OutputFileError } from '../io/io-errors.js';
import { checkOutputFile, writeOutputFiles } from '../io/write-atomic.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/** Writes to stdout for `-`, else to the file; returns the absolute path written, or null for stdout. */
export async function writeOutput(ctx: CliContext, out: string, content: string | Uint8Array, options: { force: boolean }): Promise<string | null> {
  if (out === '-') {
    if (typeof content !== 'string') throw new UsageError('this output is binary: give --out a file name');
    ctx.stdout.write(content.endsWith('\n') ? content : `${content}\n`);
    return null;
  }
  const [written] = await writeOutputs(ctx, [{ out, content }], options);
  return written!;
}

/** Several output files (not stdout) written together: all of them, or none and each left as it was. Returns their absolute paths. */
export async function writeOutputs(ctx: CliContext, files: readonly { out: string; content: string | Uint8Array }[], options: { force: boolean }): Promise<string[]> {
  try {
    return await writeOutputFiles(ctx.cwd, files.map(({ out, content }) => ({ file: out, content })), options);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(describeOutputFileError(error, files.some(({ out }) => existsSync(resolve(ctx.cwd, out)))));
    throw error;
  }
}

/**
 * Refuses (exit 2, before anything is written) an output file that is one of the command's
 * inputs, whatever way either is written: a report never replaces the answers it came from.
 * Folders among the inputs refuse any answers file (*.yaml, *.yml) inside them.
 */
export function refuseOutputOverInputs(ctx: CliContext, out: string | undefined, inputs: readonly { path: string; what: string }[]): void {
  if (out === undefined || out === '-' || out.trim() === '') return;
  // A Markdown report in a file brings its chart image beside it: that name must not be an input either.
  const written = [out, join(dirname(out), chartFileName(basename(out)))];
  for (const input of inputs) {
    const info = statSync(resolve(ctx.cwd, input.path), { throwIfNoEntry: false });
    for (const file of written) {
      const clash = info?.isDirectory() ? /\.ya?ml$/i.test(file) && isInsideFolder(ctx.cwd, file, input.path) : isSameFile(ctx.cwd, file, input.path);
      if (!clash) continue;
      throw new UsageError(
        `${file === out ? `--out ${out}` : `the chart image ${file} written beside --out ${out}`} would be written over ` +
          `${info?.isDirectory() ? `an answers file in ${input.path}` : input.path}, the ${input.what} this command reads; nothing was written: give --out another file`,
      );
    }
  }
}

/** Refuses an output file that cannot be written, before the work of making it (a PDF starts a browser). */
export async function checkOutput(ctx: CliContext, out: string, options: { force: boolean }): Promise<void> {
  try {
    await checkOutputFile(ctx.cwd, out, options);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(describeOutputFileError(error));
    throw error;
  }
}

function describeOutputFileError({ problem, file, reason }: OutputFileError, existed = false): string {
  switch (problem) {
    case 'no-name':
      return '--out needs a file name (or - for stdout)';
    case 'is-folder':
      return `${file} is a folder; give --out a file name, such as ${file.replace(/\/+$/, '')}/report.md`;
    case 'not-a-file':
      return `${file} is not a regular file (a device, a pipe or a socket); reports are written to files, or to stdout with --out -`;
    case 'exists':
      return `${file} already exists; use --force to overwrite it, or --out to choose another file`;
    case 'no-folder':
      return `cannot write ${file}: the folder ${dirname(file)} does not exist`;
    case 'write-failed':
      // The durable write leaves an existing file as it was and removes its temp file.
      return `cannot write ${file}: ${reason ?? 'unknown error'}; nothing was written${existed ? ' (what was there is unchanged)' : ''}`;
  }
}
