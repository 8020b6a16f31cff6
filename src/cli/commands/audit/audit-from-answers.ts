// `audit --answers <file>`: every answer from a file, nothing asked, the report written. For
// demos, re-runs and CI, so it never waits for a key and says everything on stderr.
import { resolve } from 'node:path';
import { questionKeysFor, unansweredQuestions } from '../../../core/answers/answer-sheet.js';
import { defaultReportName } from '../../../core/interview/default-file-names.js';
import { describeRubricChanges, detectRubricChanges } from '../../../core/interview/detect-rubric-changes.js';
import { pathExists } from '../../../io/collect-files.js';
import { loadRubricsOrFail } from '../../load-rubrics.js';
import type { CliContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { loadAnswerSheetsOrFail } from '../../load-answer-sheets.js';
import { applyRespondentOverrides } from './apply-overrides.js';
import type { AuditOptions } from './audit-options.js';
import { finishAudit } from './finish-audit.js';
import { refuseOutputOverInputs } from '../../write-output.js';

export async function auditFromAnswers(ctx: CliContext, answersPath: string, options: AuditOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  if (!(await pathExists(resolve(ctx.cwd, answersPath)))) throw new UsageError(`answers file not found: ${answersPath}`);
  // Located problems are printed like everywhere else; any error ends the run (exit 1).
  const sheets = await loadAnswerSheetsOrFail(ctx, set, [answersPath], { nothingWritten: 'No report was written' });
  if (sheets.length !== 1) {
    throw new UsageError(`--answers takes one answers file (${answersPath} holds ${sheets.length}); for several respondents use: sales-audit report ${answersPath}`);
  }
  const sheet = applyRespondentOverrides(sheets[0]!, options);

  for (const line of describeRubricChanges(detectRubricChanges(sheet.rubrics, set))) ctx.stderr.write(`${line}\n`);
  const unanswered = unansweredQuestions(set, sheet);
  if (unanswered.length > 0) {
    ctx.stderr.write(
      `${unanswered.length} of ${questionKeysFor(set, sheet.respondent.role).length} questions unanswered ` +
        `(left out of the scores, listed in the report):\n${unanswered.map((key) => `  ${key}\n`).join('')}`,
    );
  }
  const out = options.out ?? defaultReportName(sheet.organization, sheet.date, options.format);
  refuseOutputOverInputs(ctx, out, [{ path: answersPath, what: 'answers file' }]);
  await finishAudit(ctx, set, sheet, options, out, ctx.stderr, null);
}
