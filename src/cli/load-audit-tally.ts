// Answers files, folders of them and survey exports to the tally of one audit (audit-tally.ts),
// for `report`, `draft`, `validate --readout` and `portfolio add`: exports read as the import reads
// them, answers files as answers, each sheet added to the tally and then let go, and the same
// responses given twice refused (they would count people twice).
import { resolve, sep } from 'node:path';
import type { AnswerSheet, RespondentRecord } from '../core/answers/answer-sheet.js';
import { createRepeatFinder, type RepeatedSheet } from '../core/answers/repeated-sheets.js';
import { printable } from '../core/printable.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import { NOTES_KEPT } from '../core/scoring/answer-tally.js';
import { createAuditTally, type AuditTally } from '../core/scoring/audit-tally.js';
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
function refuseRepeatedSheets(ctx: CliContext, respondents: readonly RespondentRecord[], repeats: readonly RepeatedSheet[]): void {
  if (repeats.length === 0) return;
  const name = (i: number) => printable(respondents[i]!.source ?? `response ${i + 1}`);
  const lines = repeats.slice(0, MAX_LISTED_REPEATS).map((r) => `  ${name(r.first)} and ${name(r.repeat)}\n`);
  if (repeats.length > MAX_LISTED_REPEATS) lines.push(`  and ${repeats.length - MAX_LISTED_REPEATS} more\n`);
  ctx.stderr.write(
    `error: the same responses are given twice, so the same people would be counted twice (${repeats.length} repeated):\n${lines.join('')}` +
      'An imported folder and the export it came from, or a copy of an answers file, hold the same answers: give only one of them.\n' +
      'No report was written.\n',
  );
  throw new ExitError(1);
}

/**
 * The tally of one audit from answers paths and exports; exits 1 (saying `nothingWritten`) on
 * invalid input. `onSheet` sees each sheet before it is let go (report lists unanswered questions).
 */
export async function loadAuditTally(
  ctx: CliContext,
  set: RubricSet,
  files: readonly string[],
  options: Partial<ExportReadOptions>,
  nothingWritten: string,
  onSheet?: (sheet: AnswerSheet) => void,
): Promise<AuditTally> {
  // Survey exports are read as the import reads them, straight into sheets; the rest are answers files.
  // A path given twice counts once, as answers files already do (collectYamlFiles).
  const exports = [...new Map(files.filter((f) => isExportFile(ctx, f)).map((f) => [resolve(ctx.cwd, f), f])).values()];
  const answerPaths = files.filter((f) => !isExportFile(ctx, f));
  const tally = createAuditTally(set);
  // One input alone (one export, one folder: the usual report) has nothing to repeat: no key of
  // each sheet is kept then.
  const repeats = answerPaths.length + exports.length > 1 ? createRepeatFinder() : null;
  const add = (sheet: AnswerSheet, input: number) => {
    repeats?.add(sheet, tally.count, input);
    onSheet?.(sheet);
    tally.add(sheet);
  };
  if (answerPaths.length > 0) {
    for (const sheet of await loadAnswerSheetsOrFail(ctx, set, answerPaths, { nothingWritten })) add(sheet, inputOfFile(ctx, answerPaths, sheet.source));
  }
  for (const [e, path] of exports.entries()) {
    // The organization: the same rule as import's (readExportOrFail).
    // No more notes than a report shows are kept while the export is read (a 200,000-row export
    // holds 640,000 of them); the rest are counted. Every note, when repeats are looked for: a
    // repeat is the same answers with the same notes.
    const notesKept = repeats === null ? { notesKept: NOTES_KEPT } : {};
    const read = await readExportOrFail(ctx, set, path, { ...options, keepNames: options.keepNames ?? false, skipInvalid: options.skipInvalid ?? false, ...notesKept }, nothingWritten);
    // Each response's sheet is built as it is added, and the response let go after it: the
    // responses and the tally's respondents are never all held together.
    // Reversed once and taken from the end: shift() on 200,000 would move the rest each time.
    const responses = read.responses.reverse();
    while (responses.length > 0) add(responses.pop()!.sheet, answerPaths.length + e);
    tally.notesNotPassed(read.notesNotKept);
  }
  if (tally.count === 0) throw new InputError('no responses to report on');
  const audit = tally.finish();
  if (repeats !== null) refuseRepeatedSheets(ctx, audit.respondents, repeats.repeats);
  return audit;
}
