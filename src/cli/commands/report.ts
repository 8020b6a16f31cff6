// `sales-audit report <files or folders...>`: answers files → sheets → one report (Markdown or
// JSON) over every respondent. Invalid answers stop it (exit 1) with located messages.
import { printable } from '../../core/printable.js';
import { resolve, sep } from 'node:path';
import { unansweredQuestions, type AnswerSheet } from '../../core/answers/answer-sheet.js';
import { repeatedSheets } from '../../core/answers/repeated-sheets.js';
import { describeMixedSheets } from '../../core/report/describe-mixed-sheets.js';
import { displayPath } from '../../io/collect-files.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { ExitError, InputError } from '../errors.js';
import { loadAnswerSheetsOrFail } from '../load-answer-sheets.js';
import { isExportFile, readExportOrFail, type ExportReadOptions } from '../read-export.js';
import { refuseOutputOverInputs } from '../write-output.js';
import { printScoreSummary, renderAndWriteReport, reportScores, type ReportOutputOptions } from '../report-output.js';

export interface ReportOptions extends ReportOutputOptions, Partial<ExportReadOptions> {
  rubrics?: string;
}

/** "responses.csv:12": the source of a sheet read from an export row. */
const MAX_LISTED_UNANSWERED = 10;
const EXPORT_ROW = /\.(csv|tsv|txt|xlsx|json):\d+$/i;

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

export async function runReport(ctx: CliContext, files: string[], options: ReportOptions): Promise<void> {
  refuseOutputOverInputs(ctx, options.out, files.map((path) => ({ path, what: 'input' })));
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  // Survey exports are read as the import reads them, straight into sheets; the rest are answers files.
  // A path given twice counts once, as answers files already do (collectYamlFiles).
  const exports = [...new Map(files.filter((f) => isExportFile(ctx, f)).map((f) => [resolve(ctx.cwd, f), f])).values()];
  const answerPaths = files.filter((f) => !isExportFile(ctx, f));
  const sheets = answerPaths.length === 0 ? [] : await loadAnswerSheetsOrFail(ctx, set, answerPaths, { nothingWritten: 'No report was written' });
  const inputs: number[] = sheets.map((sheet) => inputOfFile(ctx, answerPaths, sheet.source));
  for (const [e, path] of exports.entries()) {
    // The organization: the same rule as import's (readExportOrFail).
    const read = await readExportOrFail(
      ctx,
      set,
      path,
      { ...options, keepNames: options.keepNames ?? false, skipInvalid: options.skipInvalid ?? false },
      'No report was written',
    );
    sheets.push(...read.responses.map((r) => r.sheet));
    inputs.push(...read.responses.map(() => answerPaths.length + e));
  }
  if (sheets.length === 0) throw new InputError('no responses to report on');
  refuseRepeatedSheets(ctx, sheets, inputs);

  for (const warning of describeMixedSheets(set, sheets)) ctx.stderr.write(`warning: ${warning}\n`);
  const total = set.imperatives.reduce((n, i) => n + i.questions.length, 0);
  // Unanswered questions, one line per respondent: for the first ten answers files, then a count
  // (a folder of 500 imported responses must not print 500 lines); survey rows read directly are
  // only counted.
  let unansweredRest = 0;
  let listed = 0;
  for (const sheet of sheets) {
    const unanswered = unansweredQuestions(set, sheet);
    if (unanswered.length === 0) continue;
    if (listed >= MAX_LISTED_UNANSWERED || (sheet.source !== null && EXPORT_ROW.test(sheet.source))) {
      unansweredRest++;
      continue;
    }
    listed++;
    ctx.stderr.write(
      `${sheet.source}: ${unanswered.length} of ${total} questions unanswered (left out of the scores, listed in the report): ${unanswered.join(', ')}\n`,
    );
  }
  if (unansweredRest > 0) {
    ctx.stderr.write(`${listed > 0 ? 'and ' : ''}${unansweredRest} ${listed > 0 ? 'more ' : ''}respondent${unansweredRest === 1 ? '' : 's'} left some questions unanswered (left out of the scores, listed in the report).\n`);
  }

  const scores = reportScores(set, sheets, options);
  const written = await renderAndWriteReport(ctx, set, sheets, options, scores);
  if (written !== null) {
    await printScoreSummary(ctx, set, sheets, { target: options.target, scores });
    ctx.stdout.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
  }
}
