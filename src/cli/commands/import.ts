// `sales-audit import <export> --out <folder>`: a survey tool's responses to one answers file per
// response. Everything is read and checked first; files are written only when nothing is wrong
// (or --skip-invalid), all or none of them (io/write-many-files.ts), never over an existing file.
// Ctrl-C, SIGTERM or SIGHUP while writing undoes the import: the folder is left as it was. An import cut
// short by a kill that cannot be caught is finished by running the same command again.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importedAnswersFile } from '../../core/survey/imported-answers-file.js';
import { responseFileName } from '../../core/survey/import-responses.js';
import { MAX_SOURCE_BYTES } from '../../core/source/source-file.js';
import { displayPath, pathExists } from '../../io/collect-files.js';
import { importState } from '../../io/import-marker.js';
import { existingNames, finishInterruptedImport, removeStaging, writeManyFiles, WriteInterrupted } from '../../io/write-many-files.js';
import { describeFsError } from '../../io/describe-fs-error.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { exitCodeAfter, ExitError, UsageError } from '../errors.js';
import { describeUnfinishedImport, importCommand } from '../unfinished-import.js';
import { createProgress } from '../progress.js';
import { readExportOrFail, type ExportReadOptions } from '../read-export.js';
import { thousands } from '../../core/report/format.js';

export interface ImportOptions extends ExportReadOptions {
  rubrics?: string;
  out: string;
}

export async function runImport(ctx: CliContext, file: string, options: ImportOptions): Promise<void> {
  if (options.out.trim() === '') throw new UsageError('--out needs a folder name');
  const folder = resolve(ctx.cwd, options.out);
  const info = statSync(folder, { throwIfNoEntry: false });
  if (info !== undefined && !info.isDirectory()) throw new UsageError(`--out ${options.out} is a file; give a folder for the answers files`);
  const exportPath = resolve(ctx.cwd, file);
  // What an earlier import left here comes first: the same command finishes it, even when the
  // export has moved since (the staged files are all it needs).
  if (await settleEarlierImport(ctx, folder, exportPath, options.out)) return;
  if (!(await pathExists(exportPath))) throw new UsageError(`path not found: ${file}`);
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const read = await readExportOrFail(ctx, set, file, options, 'No answers file was written');

  const planned = read.responses.map((response) => ({ response, name: responseFileName(response, read.rowCount) }));
  const taken = existingNames(folder, planned.map((p) => p.name)).map((name) => displayPath(ctx.cwd, join(folder, name)));
  if (taken.length > 0) {
    throw new UsageError(
      `${taken.length} answers file${taken.length === 1 ? '' : 's'} already exist${taken.length === 1 ? 's' : ''} (${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ', …' : ''}); ` +
        'import never overwrites: choose an empty --out folder. Nothing was written.',
    );
  }
  const trap = ctx.trapInterrupts?.();
  try {
    // Serialized one at a time as written: 50,000 answers files never sit in memory as text.
    const progress = createProgress(ctx.stderr, (n) => `Writing answers files: ${thousands(n)} of ${thousands(planned.length)}…`);
    await writeManyFiles(
      folder,
      (function* () {
        for (const { response, name } of planned) {
          const content = importedAnswersFile(response.sheet, `${read.display}, row ${response.row}`);
          // Every file import writes, report reads back: none over the answers-file limit.
          if (Buffer.byteLength(content, 'utf8') > MAX_SOURCE_BYTES) {
            throw new UsageError(`${read.display}:${response.row}: this response makes an answers file over the ${thousands(MAX_SOURCE_BYTES)}-byte limit that report reads (its notes are too long); shorten them in the export, or leave the row out. Nothing was written.`);
          }
          yield { name, content };
        }
      })(),
      { source: exportPath, signal: trap?.signal, onProgress: (phase, n) => progress.update(phase === 'staging' ? n : planned.length) },
    );
    progress.done();
  } catch (error) {
    // writeManyFiles removed every file and folder it wrote or made, and put the marker back.
    if (error instanceof WriteInterrupted) {
      const name = trap?.received() ?? 'SIGINT';
      ctx.stderr.write(`\nInterrupted (${name === 'SIGINT' ? 'Ctrl-C' : name}): nothing was imported; ${options.out} is as it was.\n`);
      throw new ExitError(exitCodeAfter(name));
    }
    if (error instanceof UsageError) throw error;
    if (typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error; // not the file system's: a bug
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`an answers file appeared in ${options.out} while importing (another import into the same folder?): import never overwrites, so nothing was written; choose an empty --out folder`);
    }
    throw new UsageError(`cannot write the answers files into ${options.out}: ${describeFsError(error)}; nothing was written (the files written before the failure were removed)`);
  } finally {
    trap?.release();
  }
  const byRole = new Map<string, number>();
  for (const { response } of planned) byRole.set(response.sheet.respondent.role, (byRole.get(response.sheet.respondent.role) ?? 0) + 1);
  const roles = [...byRole].map(([role, n]) => `${n} ${role}`).join(', ');
  const shown = displayPath(ctx.cwd, folder);
  ctx.stdout.write(`${planned.length} answers file${planned.length === 1 ? '' : 's'} written to ${shown}${roles === '' ? '' : ` (${roles})`}.\nNext: sales-audit report ${shown}\n`);
}

/**
 * Deals with what an earlier import into `folder` left: a staging folder from one interrupted
 * before any file was moved in is removed (the folder is as it was); one interrupted while moving
 * its files in is finished, when this is the same export, else refused with the command that
 * finishes it. Returns true when it finished the earlier import (this command's work is done).
 */
async function settleEarlierImport(ctx: CliContext, folder: string, exportPath: string, out: string): Promise<boolean> {
  const state = importState(folder);
  if (state.kind === 'none') {
    if (state.leftover !== null) removeStaging(state.leftover);
    return false;
  }
  if (state.kind === 'staged') {
    removeStaging(state.staging);
    ctx.stderr.write(`Removed ${displayPath(ctx.cwd, state.staging)}, left by an import that was interrupted before it moved any file into ${out} (which is as it was).\n`);
    return false;
  }
  if (state.kind === 'moving' && state.marker.export === exportPath) {
    let count: number;
    try {
      count = await finishInterruptedImport(folder, state.staging, state.marker);
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error;
      throw new UsageError(`cannot finish the interrupted import into ${out}: ${describeFsError(error)} (${(error as Error).message}); ${describeUnfinishedImport(ctx, folder, state)}`);
    }
    const shown = displayPath(ctx.cwd, folder);
    ctx.stdout.write(`Finished the import of ${displayPath(ctx.cwd, exportPath)} that was interrupted: ${count} answers file${count === 1 ? '' : 's'} in ${shown}.\nNext: sales-audit report ${shown}\n`);
    return true;
  }
  throw new UsageError(`${describeUnfinishedImport(ctx, folder, state)}${state.kind === 'moving' ? ` (this command imports ${displayPath(ctx.cwd, exportPath)}; ${importCommand(ctx, state.marker.export, folder)} finishes the other first)` : ''}`);
}
