// `sales-audit report <files or folders...>`: answers files → sheets → one report (Markdown or
// JSON) over every respondent. Invalid answers stop it (exit 1) with located messages.
import { unansweredQuestions } from '../../core/answers/answer-sheet.js';
import { describeMixedSheets } from '../../core/report/describe-mixed-sheets.js';
import { displayPath } from '../../io/collect-files.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import type { CliContext } from '../context.js';
import { loadAnswerSheetsOrFail } from '../load-answer-sheets.js';
import { printScoreSummary, renderAndWriteReport, type ReportOutputOptions } from '../report-output.js';

export interface ReportOptions extends ReportOutputOptions {
  rubrics?: string;
}

export async function runReport(ctx: CliContext, files: string[], options: ReportOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const sheets = await loadAnswerSheetsOrFail(ctx, set, files, { nothingWritten: 'No report was written' });

  for (const warning of describeMixedSheets(set, sheets)) ctx.stderr.write(`warning: ${warning}\n`);
  const total = set.imperatives.reduce((n, i) => n + i.questions.length, 0);
  for (const sheet of sheets) {
    const unanswered = unansweredQuestions(set, sheet);
    if (unanswered.length === 0) continue;
    ctx.stderr.write(
      `${sheet.source}: ${unanswered.length} of ${total} questions unanswered (left out of the scores, listed in the report): ${unanswered.join(', ')}\n`,
    );
  }

  const written = await renderAndWriteReport(ctx, set, sheets, options);
  if (written !== null) {
    await printScoreSummary(ctx, set, sheets, { target: options.target });
    ctx.stdout.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
  }
}
