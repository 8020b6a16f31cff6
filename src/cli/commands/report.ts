// `sales-audit report <files or folders...>`: answers files or exports → tally → one report (Markdown or
// JSON) over every respondent. Invalid answers stop it (exit 1) with located messages.
import { questionKeysFor, unansweredQuestions } from '../../core/answers/answer-sheet.js';
import { describeMixedSheets } from '../../core/report/describe-mixed-sheets.js';
import { displayPath } from '../../io/collect-files.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { loadAuditTally } from '../load-audit-tally.js';
import type { ExportReadOptions } from '../read-export.js';
import { refuseOutputOverInputs } from '../write-output.js';
import { printScoreSummary, renderAndWriteReport, reportScores, type ReportOutputOptions } from '../report-output.js';
import type { RenderReportOptions } from '../../core/report/render-report.js';
import type { RubricSet } from '../../core/rubric/load-rubric-set.js';
import type { RespondentRecord } from '../../core/answers/answer-sheet.js';
import type { AuditScores } from '../../core/scoring/score-audit.js';

/** The comparison with a portfolio (report-benchmark.ts), given by program.ts only with --benchmark. */
export type BenchmarkStep = (set: RubricSet, respondents: readonly RespondentRecord[], scores: AuditScores) => RenderReportOptions['benchmark'];

export interface ReportOptions extends ReportOutputOptions, Partial<ExportReadOptions> {
  rubrics?: string;
  /** --readout: the consultant's readout file. */
  readout?: string;
}

const MAX_LISTED_UNANSWERED = 10;
/** "responses.csv:12": the source of a sheet read from an export row. */
const EXPORT_ROW = /\.(csv|tsv|txt|xlsx|json):\d+$/i;

export async function runReport(ctx: CliContext, files: string[], options: ReportOptions, benchmark?: BenchmarkStep): Promise<void> {
  refuseOutputOverInputs(ctx, options.out, files.map((path) => ({ path, what: 'input' })));
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  // Unanswered questions, one line per respondent: for the first ten answers files, then a count
  // (a folder of 500 imported responses must not print 500 lines); survey rows read directly are
  // only counted. Each sheet is seen once, as it is added to the tally.
  let unansweredRest = 0;
  const listedLines: string[] = [];
  const audit = await loadAuditTally(ctx, set, files, options, 'No report was written', (sheet) => {
    const unanswered = unansweredQuestions(set, sheet);
    if (unanswered.length === 0) return;
    if (listedLines.length >= MAX_LISTED_UNANSWERED || (sheet.source !== null && EXPORT_ROW.test(sheet.source))) {
      unansweredRest++;
      return;
    }
    listedLines.push(`${sheet.source}: ${unanswered.length} of ${questionKeysFor(set, sheet.respondent.role).length} questions unanswered (left out of the scores, listed in the report): ${unanswered.join(', ')}\n`);
  });

  for (const warning of describeMixedSheets(set, audit.respondents)) ctx.stderr.write(`warning: ${warning}\n`);
  for (const line of listedLines) ctx.stderr.write(line);
  const listed = listedLines.length;
  if (unansweredRest > 0) {
    ctx.stderr.write(`${listed > 0 ? 'and ' : ''}${unansweredRest} ${listed > 0 ? 'more ' : ''}respondent${unansweredRest === 1 ? '' : 's'} left some questions unanswered (left out of the scores, listed in the report).\n`);
  }

  const scores = reportScores(set, audit, options);
  const benchmarkResult = benchmark?.(set, audit.respondents, scores);
  // The readout's reader and zod schema load only with --readout: the schema is built when its module loads.
  const readoutData = options.readout === undefined ? null : await (await import('../read-readout.js')).readReadoutOrFail(ctx, options.readout, set, scores, 'No report was written', audit.respondents.map((r) => r.date));
  const written = await renderAndWriteReport(ctx, set, audit, { ...options, benchmarkResult, readoutData }, scores);
  if (written !== null) {
    await printScoreSummary(ctx, set, audit, { target: options.target, scores });
    ctx.stdout.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
  }
}
