// A survey export to answer sheets, for `import` and for `report <export>`: reads it (with a
// progress line on a terminal), prints every finding located like `validate` does, and ends the
// run (exit 1, nothing written) on any error unless --skip-invalid.
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { printable } from '../core/printable.js';
import { compareErrorsFirst, MAX_DIAGNOSTICS_PER_FILE, type Diagnostic } from '../core/diagnostics.js';
import { EXPORT_KIND_NAMES, type ExportKind } from '../core/survey/export-kinds.js';
import type { ImportedResponse } from '../core/survey/import-responses.js';
import type { RubricSet } from '../core/rubric/rubric-set.js';
import { roleKey } from '../core/rubric/wording.js';
import { stylish } from '../formatters/stylish.js';
import { displayPath } from '../io/collect-files.js';
import { useColor, type CliContext } from './context.js';
import { ExitError, UsageError } from './errors.js';
import { createProgress } from './progress.js';
import { thousands } from '../core/report/format.js';

export interface ExportReadOptions {
  from?: ExportKind;
  organization?: string;
  role?: string;
  keepNames: boolean;
  skipInvalid: boolean;
  maxRows?: number;
  /** Notes kept per question (import-responses.ts); absent: all of them. */
  notesKept?: number;
}

/** Export files are told from answers files by their extension. */
export const EXPORT_FILE = /\.(csv|tsv|txt|xlsx|json)$/i;

/** A file (not a folder) whose extension says it is a survey export rather than answers. */
export function isExportFile(ctx: CliContext, path: string): boolean {
  if (!EXPORT_FILE.test(path)) return false;
  return statSync(resolve(ctx.cwd, path), { throwIfNoEntry: false })?.isFile() === true;
}

/** --role as one of the set's roles (case, hyphens and spaces aside). */
export function setRole(set: RubricSet, role: string): string {
  const found = set.roles.find((r) => roleKey(r) === roleKey(role));
  if (found === undefined) throw new UsageError(`--role must be one of the set's roles: ${set.roles.join(', ')} (got "${role}")`);
  return found;
}

export interface ReadExport {
  responses: ImportedResponse[];
  /** Per question of the set, in order: notes past ExportReadOptions.notesKept, counted only. */
  notesNotKept: number[];
  rowCount: number;
  display: string;
}

/** "1 response", "3 responses". */
const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export async function readExportOrFail(ctx: CliContext, set: RubricSet, path: string, options: ExportReadOptions, nothingWritten: string): Promise<ReadExport> {
  const absolute = resolve(ctx.cwd, path);
  const display = displayPath(ctx.cwd, absolute);
  if (options.organization !== undefined && options.organization.trim() === '') throw new UsageError('--organization must not be empty');
  // An export is read in one pass into running totals (audit-tally.ts): at 200,000 rows about
  // 55 MB stays alive. V8's default heap grows to four times what is alive before it collects,
  // which put the peak near 300 MB; favouring size keeps it near 200 MB for about 3% more CPU
  // (issue 21). Set here, not for every command: on `validate` and answers-file reports, whose
  // heaps are small, it cost 12-16% CPU (collections that free little). node:v8 is loaded here,
  // not at the top: its ES module view loads Node's heap-snapshot and promise-hook modules, about
  // 2.5 ms of every report of answers files, which reads no export.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--optimize-for-size');
  const progress = createProgress(ctx.stderr, (n) => `Reading ${display}: ${thousands(n)} responses…`);
  // Loaded here, not at the top: a static import joins the readers' chunks to every report's and
  // adds their 56 KB to a report of answers files, for no gain (7 fewer modules, same CPU,
  // measured). Node's streams are no reason: importing node:fs already loads them.
  const { readSurveyExport } = await import('../io/read-survey-export.js');
  // One rule for import and report: the export's organization column, else --organization,
  // else the file name, said on stderr below whenever a response took it.
  const fileOrganization = basename(absolute).replace(EXPORT_FILE, '');
  const result = await readSurveyExport(set, absolute, {
    file: display,
    from: options.from ?? null,
    organization: options.organization?.trim() ?? null,
    organizationFallback: fileOrganization,
    role: options.role === undefined ? null : setRole(set, options.role),
    keepNames: options.keepNames,
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
    ...(options.notesKept === undefined ? {} : { notesKept: options.notesKept }),
    today: ctx.today(),
    onProgress: (n) => progress.update(n),
  });
  progress.done();
  if (result.diagnostics.length > 0) {
    // Errors first, so no pile of warnings hides one; the one line naming the dropped duplicate
    // rows (and the blank ones) is always shown. The rest is counted on a line of its own, not as a finding at some
    // row it does not belong to.
    const ordered = [...result.diagnostics].sort(compareErrorsFirst);
    // The findings that name every row left out (dropped or blank) are shown past the cap: the one place those rows are named.
    const namesRows = (d: Diagnostic) => d.rule === 'survey-duplicate-response' || d.rule === 'survey-blank-response';
    const duplicates = ordered.filter(namesRows);
    const others = ordered.filter((d) => !namesRows(d));
    const shown = [...others.slice(0, MAX_DIAGNOSTICS_PER_FILE), ...duplicates].sort(compareErrorsFirst);
    let text = stylish({ files: [display], diagnostics: shown, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string;
    const shownErrors = shown.filter((d) => d.severity === 'error').length;
    const hiddenErrors = result.errorCount - shownErrors;
    const hiddenWarnings = result.warningCount - (shown.length - shownErrors);
    if (hiddenErrors + hiddenWarnings > 0) {
      text += `…and ${countOf(hiddenErrors, 'more error')} and ${countOf(hiddenWarnings, 'more warning')} in ${display}, not listed: fix the ones above and run again.\n`;
    }
    ctx.stderr.write(text);
  }
  if (result.errorCount > 0 && !(options.skipInvalid && result.responses.length > 0 && result.invalidRows.length > 0)) {
    const skip = result.invalidRows.length > 0 && result.responses.length > 0 ? ` (or add --skip-invalid to use the ${result.responses.length} valid rows only)` : '';
    ctx.stderr.write(`${nothingWritten}: fix the export above and run the command again${skip}.\n`);
    throw new ExitError(1);
  }
  if (result.invalidRows.length > 0) {
    ctx.stderr.write(`Skipped ${countOf(result.invalidRows.length, 'invalid row')} (--skip-invalid): ${result.invalidRows.join(', ')}\n`);
  }
  if (result.organizationFromFallback > 0 && result.responses.length > 0) {
    const which = result.organizationFromFallback === result.rowCount ? 'The organization' : `The organization of ${countOf(result.organizationFromFallback, 'response')} (blank in the organization column)`;
    ctx.stderr.write(`${which} is taken from the file name, "${printable(fileOrganization)}": give --organization to name it.\n`);
  }
  const kind = result.kind === null ? '' : `, ${EXPORT_KIND_NAMES[result.kind]}`;
  const left = [
    ...(result.droppedRows.length === 0 ? [] : [`${countOf(result.droppedRows.length, 'earlier submission')} dropped`]),
    ...(result.blankRows.length === 0 ? [] : [`${countOf(result.blankRows.length, 'blank submission')} left out`]),
  ];
  const dropped = left.length === 0 ? '' : ` (and ${left.join(' and ')}, listed above)`;
  ctx.stderr.write(`Read ${countOf(result.responses.length, 'response')} from ${display}${kind}${dropped}.\n`);
  return { responses: result.responses, notesNotKept: result.notesNotKept, rowCount: result.rowCount, display };
}
