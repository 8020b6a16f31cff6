// `sales-audit import <export> --out <folder>`: a survey tool's responses to one answers file per
// response. Everything is read and checked first; files are written only when nothing is wrong
// (or --skip-invalid), all or none of them (io/write-many-files.ts), never over an existing file.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importedAnswersFile } from '../../core/survey/imported-answers-file.js';
import { responseFileName } from '../../core/survey/import-responses.js';
import { displayPath, pathExists } from '../../io/collect-files.js';
import { existingNames, writeManyFiles } from '../../io/write-many-files.js';
import { describeFsError } from '../../io/describe-fs-error.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { createProgress } from '../progress.js';
import { readExportOrFail, type ExportReadOptions } from '../read-export.js';

export interface ImportOptions extends ExportReadOptions {
  rubrics?: string;
  out: string;
}

export async function runImport(ctx: CliContext, file: string, options: ImportOptions): Promise<void> {
  if (options.out.trim() === '') throw new UsageError('--out needs a folder name');
  const folder = resolve(ctx.cwd, options.out);
  const info = statSync(folder, { throwIfNoEntry: false });
  if (info !== undefined && !info.isDirectory()) throw new UsageError(`--out ${options.out} is a file; give a folder for the answers files`);
  if (!(await pathExists(resolve(ctx.cwd, file)))) throw new UsageError(`path not found: ${file}`);
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
  try {
    // Serialized one at a time as written: 50,000 answers files never sit in memory as text.
    const progress = createProgress(ctx.stderr, (n) => `Writing answers files: ${n.toLocaleString('en-US')} of ${planned.length.toLocaleString('en-US')}…`);
    writeManyFiles(
      folder,
      (function* () {
        let n = 0;
        for (const { response, name } of planned) {
          if (++n % 500 === 0) progress.update(n);
          yield { name, content: importedAnswersFile(response.sheet, `${read.display}, row ${response.row}`) };
        }
      })(),
    );
    progress.done();
  } catch (error) {
    // writeManyFiles removed every file and folder it wrote or made.
    if (typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error; // not the file system's: a bug
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`an answers file appeared in ${options.out} while importing (another import into the same folder?): import never overwrites, so nothing was written; choose an empty --out folder`);
    }
    throw new UsageError(`cannot write the answers files into ${options.out}: ${describeFsError(error)}; nothing was written (the files written before the failure were removed)`);
  }
  const byRole = new Map<string, number>();
  for (const { response } of planned) byRole.set(response.sheet.respondent.role, (byRole.get(response.sheet.respondent.role) ?? 0) + 1);
  const roles = [...byRole].map(([role, n]) => `${n} ${role}`).join(', ');
  const shown = displayPath(ctx.cwd, folder);
  ctx.stdout.write(`${planned.length} answers file${planned.length === 1 ? '' : 's'} written to ${shown}${roles === '' ? '' : ` (${roles})`}.\nNext: sales-audit report ${shown}\n`);
}
