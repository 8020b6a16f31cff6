// `audit --answers <file>`: every answer from a file, nothing asked, the report written. For
// demos, re-runs and CI, so it never waits for a key and says everything on stderr.
import { unansweredQuestions } from '../../../core/answers/answer-sheet.js';
import { countBySeverity } from '../../../core/diagnostics.js';
import { defaultReportName } from '../../../core/interview/default-file-names.js';
import { describeRubricChanges, detectRubricChanges } from '../../../core/interview/detect-rubric-changes.js';
import { formatDiagnosticLine, loadRubricsOrFail } from '../../../io/resolve-rubrics.js';
import { loadSession } from '../../../io/session-file.js';
import type { CliContext } from '../../context.js';
import { InputError, UsageError } from '../../errors.js';
import { applyRespondentOverrides } from './apply-overrides.js';
import type { AuditOptions } from './audit-options.js';
import { finishAudit } from './finish-audit.js';

export async function auditFromAnswers(ctx: CliContext, answersPath: string, options: AuditOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const loaded = await loadSession(ctx.cwd, answersPath, set);
  if (loaded === null) throw new UsageError(`answers file not found: ${answersPath}`);
  for (const d of loaded.diagnostics) ctx.stderr.write(`${formatDiagnosticLine(d)}\n`);
  if (loaded.sheet === null) {
    const { errors } = countBySeverity(loaded.diagnostics);
    throw new InputError(`${answersPath} has ${errors} error${errors === 1 ? '' : 's'}; no report was written`);
  }
  const sheet = applyRespondentOverrides(loaded.sheet, options);

  for (const line of describeRubricChanges(detectRubricChanges(sheet.rubrics, set))) ctx.stderr.write(`${line}\n`);
  const unanswered = unansweredQuestions(set, sheet);
  if (unanswered.length > 0) {
    ctx.stderr.write(
      `${unanswered.length} of ${set.imperatives.reduce((n, i) => n + i.questions.length, 0)} questions unanswered ` +
        `(left out of the scores, listed in the report):\n${unanswered.map((key) => `  ${key}\n`).join('')}`,
    );
  }
  const out = options.out ?? defaultReportName(sheet.organization, sheet.date, options.format);
  await finishAudit(ctx, set, sheet, options, out, ctx.stderr, null);
}
