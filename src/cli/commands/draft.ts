// `sales-audit draft <answers or exports...> --out readout.yaml`: a readout to start from, written
// from the data (draft-readout.ts), for the consultant to edit and pass to `report --readout`.
import { buildReportView } from '../../core/report/build-report-view.js';
import { draftReadout } from '../../core/readout/draft-readout.js';
import { displayPath } from '../../io/collect-files.js';
import type { CliContext } from '../context.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import { reportScores } from '../report-output.js';
import { writeOutput } from '../write-output.js';
import type { ReportOptions } from './report.js';
import { loadAuditTally } from '../load-audit-tally.js';

export type DraftOptions = Pick<ReportOptions, 'rubrics' | 'out' | 'force' | 'target' | 'minGroup' | 'focus' | 'clientHas' | 'clientLacks' | 'organization' | 'keepNames' | 'skipInvalid'>;

export async function runDraft(ctx: CliContext, files: string[], options: DraftOptions): Promise<void> {
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const audit = await loadAuditTally(ctx, set, files, { ...options, keepNames: false }, 'No readout was written');
  const scores = reportScores(set, audit, options);
  // Names never reach a readout: its quotes are attributed as the confidential report attributes them.
  const view = buildReportView(set, audit.respondents, scores, { names: false, target: options.target, focus: options.focus });
  const written = await writeOutput(ctx, options.out, draftReadout(set, audit.respondents, scores, view), { force: options.force });
  if (written !== null) ctx.stdout.write(`Readout drafted in ${displayPath(ctx.cwd, written)}: edit it, then run sales-audit report ${files.join(' ')} --readout ${options.out}\n`);
}
