// `sales-audit report <files or folders...>`: answers files → sheets → one report (Markdown or
// JSON) over every respondent. Invalid answers stop it (exit 1) with located messages.
import { unansweredQuestions, type AnswerSheet } from '../../core/answers/answer-sheet.js';
import { parseAnswers } from '../../core/answers/parse-answers.js';
import { countBySeverity, type Diagnostic } from '../../core/diagnostics.js';
import { describeMixedSheets } from '../../core/report/describe-mixed-sheets.js';
import type { ReportFormat } from '../../core/report/render-report.js';
import { stylish } from '../../formatters/stylish.js';
import { collectYamlFiles, displayPath } from '../../io/collect-files.js';
import { readSourceFiles } from '../../io/read-sources.js';
import { loadRubricsOrFail } from '../../io/resolve-rubrics.js';
import { useColor, type CliContext } from '../context.js';
import { ExitError, UsageError } from '../errors.js';
import { printScoreSummary, renderAndWriteReport } from '../report-output.js';

export interface ReportOptions {
  rubrics?: string;
  out: string;
  format: ReportFormat;
  template?: string;
  target?: number;
  anonymize: boolean;
  force: boolean;
}

export async function runReport(ctx: CliContext, files: string[], options: ReportOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const paths = await collectYamlFiles(ctx.cwd, files);
  if (paths.length === 0) throw new UsageError(`no answers files (*.yaml, *.yml) found in ${files.join(', ')}`);
  const sources = await readSourceFiles(ctx.cwd, paths);

  const diagnostics: Diagnostic[] = [];
  const sheets: AnswerSheet[] = [];
  for (const source of sources) {
    const parsed = parseAnswers(source, set);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.sheet) sheets.push(parsed.sheet);
  }
  if (diagnostics.length > 0) {
    ctx.stderr.write(stylish({ files: sources.map((s) => s.path), diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
  }
  if (countBySeverity(diagnostics).errors > 0) {
    ctx.stderr.write('No report was written: fix the answers files above and run the command again.\n');
    throw new ExitError(1);
  }

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
    printScoreSummary(ctx, set, sheets, { target: options.target });
    ctx.stdout.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
  }
}
