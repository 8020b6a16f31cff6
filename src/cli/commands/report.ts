// `sales-audit report <files or folders...>`: answers files → sheets → one report (Markdown or
// JSON) over every respondent. Invalid answers stop it (exit 1) with located messages.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { unansweredQuestions } from '../../core/answers/answer-sheet.js';
import { describeMixedSheets } from '../../core/report/describe-mixed-sheets.js';
import { displayPath } from '../../io/collect-files.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { InputError } from '../errors.js';
import { loadAnswerSheetsOrFail } from '../load-answer-sheets.js';
import { EXPORT_FILE, readExportOrFail, type ExportReadOptions } from '../read-export.js';
import { printScoreSummary, renderAndWriteReport, type ReportOutputOptions } from '../report-output.js';

export interface ReportOptions extends ReportOutputOptions, Partial<ExportReadOptions> {
  rubrics?: string;
}

/** A file (not a folder) whose extension says it is a survey export rather than answers. */
function isExportFile(ctx: CliContext, path: string): boolean {
  if (!EXPORT_FILE.test(path)) return false;
  return statSync(resolve(ctx.cwd, path), { throwIfNoEntry: false })?.isFile() === true;
}

/** "responses.csv:12": the source of a sheet read from an export row. */
const MAX_LISTED_UNANSWERED = 10;
const EXPORT_ROW = /\.(csv|tsv|txt|xlsx|json):\d+$/i;

export async function runReport(ctx: CliContext, files: string[], options: ReportOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  // Survey exports are read as the import reads them, straight into sheets; the rest are answers files.
  const exports = files.filter((f) => isExportFile(ctx, f));
  const answerPaths = files.filter((f) => !exports.includes(f));
  const sheets = answerPaths.length === 0 ? [] : await loadAnswerSheetsOrFail(ctx, set, answerPaths, { nothingWritten: 'No report was written' });
  for (const path of exports) {
    const read = await readExportOrFail(
      ctx,
      set,
      path,
      { ...options, keepNames: options.keepNames ?? false, skipInvalid: options.skipInvalid ?? false },
      'No report was written',
    );
    sheets.push(...read.responses.map((r) => r.sheet));
  }
  if (sheets.length === 0) throw new InputError('no responses to report on');

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

  const written = await renderAndWriteReport(ctx, set, sheets, options);
  if (written !== null) {
    await printScoreSummary(ctx, set, sheets, { target: options.target });
    ctx.stdout.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
  }
}
