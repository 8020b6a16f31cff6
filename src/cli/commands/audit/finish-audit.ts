// The end of an audit, from an interview or an answers file: the score summary in the terminal
// and the report written (both built by the report module; this only wires them).
import type { AnswerSheet } from '../../../core/answers/answer-sheet.js';
import type { RubricSet } from '../../../core/rubric/load-rubric-set.js';
import { displayPath } from '../../../io/collect-files.js';
import type { CliContext, OutputStream } from '../../context.js';
import { UsageError } from '../../errors.js';
import { printScoreSummary, renderAndWriteReport } from '../../report-output.js';
import type { AuditOptions } from './audit-options.js';

export async function finishAudit(
  ctx: CliContext,
  set: RubricSet,
  sheet: AnswerSheet,
  options: AuditOptions,
  out: string,
  /** Where to say what was written: stdout in the interview, stderr with --answers. */
  say: OutputStream,
  /** Shown if the report cannot be written, so the person knows the answers are safe. */
  savedAnswers: string | null,
): Promise<void> {
  let written: string | null;
  try {
    // The audit's report options are the report's (format, template, browser, brand, target, names, focus, client, force).
    written = await renderAndWriteReport(ctx, set, [sheet], { ...options, out });
  } catch (error) {
    if (error instanceof UsageError && savedAnswers !== null) {
      throw new UsageError(
        `${error.message}\nYour answers are safe in ${savedAnswers}; write the report with: sales-audit report ${savedAnswers} --out <file>`,
      );
    }
    throw error;
  }
  // With --out - the report itself is on stdout; a summary there would corrupt it.
  if (out !== '-') await printScoreSummary(ctx, set, [sheet], { target: options.target });
  if (written !== null) say.write(`Report written to ${displayPath(ctx.cwd, written)}\n`);
}
