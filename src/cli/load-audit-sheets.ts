// Answers files, folders of them and survey exports to the sheets of one audit, for `report` and
// `portfolio add`: exports read as the import reads them, answers files as answers, and the same
// responses given twice refused (they would count people twice).
import { resolve, sep } from 'node:path';
import type { AnswerSheet } from '../core/answers/answer-sheet.js';
import { repeatedSheets } from '../core/answers/repeated-sheets.js';
import { printable } from '../core/printable.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import type { CliContext } from './context.js';
import { ExitError, InputError } from './errors.js';
import { loadAnswerSheetsOrFail } from './load-answer-sheets.js';
import { isExportFile, readExportOrFail, type ExportReadOptions } from './read-export.js';

/** Which answers path (index) a sheet read from `source` came from: the file itself or a folder holding it. */
function inputOfFile(ctx: CliContext, paths: readonly string[], source: string | null): number {
  if (source === null) return -1;
  const file = resolve(ctx.cwd, source);
  const index = paths.findIndex((p) => {
    const path = resolve(ctx.cwd, p);
    return file === path || file.startsWith(`${path}${sep}`);
  });
  return index;
}

const MAX_LISTED_REPEATS = 5;

/**
 * The same responses from two inputs (an imported folder and its export, a copied file) would
 * count people twice and could show a role the minimum group hides: refused, exit 1, naming them.
 */
function refuseRepeatedSheets(ctx: CliContext, sheets: readonly AnswerSheet[], inputs: readonly number[]): void {
  const repeats = repeatedSheets(sheets, (i) => inputs[i]!);
  if (repeats.length === 0) return;
  const name = (i: number) => printable(sheets[i]!.source ?? `response ${i + 1}`);
  const lines = repeats.slice(0, MAX_LISTED_REPEATS).map((r) => `  ${name(r.first)} and ${name(r.repeat)}\n`);
  if (repeats.length > MAX_LISTED_REPEATS) lines.push(`  and ${repeats.length - MAX_LISTED_REPEATS} more\n`);
  ctx.stderr.write(
    `error: the same responses are given twice, so the same people would be counted twice (${repeats.length} repeated):\n${lines.join('')}` +
      'An imported folder and the export it came from, or a copy of an answers file, hold the same answers: give only one of them.\n' +
      'No report was written.\n',
  );
  throw new ExitError(1);
}

/** The sheets of one audit from answers paths and exports; exits 1 (saying `nothingWritten`) on invalid input. */
export async function loadAuditSheets(ctx: CliContext, set: RubricSet, files: readonly string[], options: Partial<ExportReadOptions>, nothingWritten: string): Promise<AnswerSheet[]> {
  // Survey exports are read as the import reads them, straight into sheets; the rest are answers files.
  // A path given twice counts once, as answers files already do (collectYamlFiles).
  const exports = [...new Map(files.filter((f) => isExportFile(ctx, f)).map((f) => [resolve(ctx.cwd, f), f])).values()];
  const answerPaths = files.filter((f) => !isExportFile(ctx, f));
  const sheets = answerPaths.length === 0 ? [] : await loadAnswerSheetsOrFail(ctx, set, answerPaths, { nothingWritten });
  const inputs: number[] = sheets.map((sheet) => inputOfFile(ctx, answerPaths, sheet.source));
  for (const [e, path] of exports.entries()) {
    // The organization: the same rule as import's (readExportOrFail).
    const read = await readExportOrFail(ctx, set, path, { ...options, keepNames: options.keepNames ?? false, skipInvalid: options.skipInvalid ?? false }, nothingWritten);
    // One at a time: a spread of 200,000 arguments overflows the stack.
    for (const response of read.responses) {
      sheets.push(response.sheet);
      inputs.push(answerPaths.length + e);
    }
  }
  if (sheets.length === 0) throw new InputError('no responses to report on');
  refuseRepeatedSheets(ctx, sheets, inputs);
  return sheets;
}
