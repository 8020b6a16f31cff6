// `sales-audit validate --readout`: its own module, so that checking rubrics loads no answers reader or scoring.
import { getValidationExitCode } from '../../core/diagnostics.js';
import { scoreAudit } from '../../core/scoring/score-audit.js';
import { FORMATTERS } from '../../formatters/index.js';
import { loadAuditTally } from '../load-audit-tally.js';
import { loadRubricsOrFail } from '../load-rubrics.js';
import { checkReadoutFile } from '../read-readout.js';
import { useColor, type CliContext } from '../context.js';
import { ExitError, UsageError } from '../errors.js';
import type { ValidateOptions } from './validate.js';

/**
 * `validate --readout readout.yaml <answers or exports...>`: the readout's ids and figures are
 * checked against the data it will be rendered with (the same check `report --readout` makes).
 */
export async function validateReadout(ctx: CliContext, readoutPath: string, paths: string[], options: ValidateOptions): Promise<void> {
  if (paths.length === 0) throw new UsageError('validate --readout needs the answers or survey exports the readout is about: sales-audit validate --readout readout.yaml answers/');
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const audit = await loadAuditTally(ctx, set, paths, {}, 'The readout was not checked');
  const scores = scoreAudit(set, audit, { minGroup: options.minGroup });
  const { diagnostics, file } = await checkReadoutFile(ctx, readoutPath, set, scores, { sheets: audit.respondents });
  const output = await FORMATTERS[options.format]({ files: [file], diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stdout, options.color), strict: options.strict });
  ctx.stdout.write(output);
  const code = getValidationExitCode(diagnostics, { strict: options.strict });
  if (code !== 0) throw new ExitError(code);
}
