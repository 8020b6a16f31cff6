// `sales-audit validate`: paths → files → diagnostics → one formatter → exit code.
import { getValidationExitCode } from '../../core/diagnostics.js';
import { loadRubricSet } from '../../core/rubric/load-rubric-set.js';
import { FORMATTERS, type FormatName } from '../../formatters/index.js';
import { resolve } from 'node:path';
import { collectYamlFiles, displayPath } from '../../io/collect-files.js';
import { readSourceFiles } from '../../io/read-sources.js';
import { defaultRubricPaths } from '../../io/resolve-rubrics.js';
import { useColor, type CliContext } from '../context.js';
import { ExitError, UsageError } from '../errors.js';

export interface ValidateOptions {
  format: FormatName;
  strict: boolean;
  color?: boolean;
  /** --readout: check this readout against the answers or exports given as paths. */
  readout?: string;
  /** With --readout: the rubrics the report is scored with. */
  rubrics?: string;
  minGroup?: number;
}

export async function runValidate(ctx: CliContext, paths: string[], options: ValidateOptions): Promise<void> {
  if (options.readout !== undefined) return validateReadout(ctx, options.readout, paths, options);
  const given = paths.length > 0 ? paths : await defaultRubricPaths(ctx.cwd, ctx.packageRoot);
  const absolute = await collectYamlFiles(ctx.cwd, given);
  const sources = await readSourceFiles(ctx.cwd, absolute);
  const { diagnostics } = loadRubricSet(sources, {
    origin: displayPath(ctx.cwd, resolve(ctx.cwd, given[0]!)),
    findingsOnly: true,
  });
  const formatter = FORMATTERS[options.format];
  const output = await formatter(
    { files: sources.map((s) => s.path), diagnostics, toolVersion: ctx.version },
    { color: useColor(ctx, ctx.stdout, options.color), strict: options.strict },
  );
  ctx.stdout.write(output);
  const code = getValidationExitCode(diagnostics, { strict: options.strict });
  if (code !== 0) throw new ExitError(code);
}

/**
 * `validate --readout readout.yaml <answers or exports...>`: the readout's ids and figures are
 * checked against the data it will be rendered with (the same check `report --readout` makes).
 */
async function validateReadout(ctx: CliContext, readoutPath: string, paths: string[], options: ValidateOptions): Promise<void> {
  if (paths.length === 0) throw new UsageError('validate --readout needs the answers or survey exports the readout is about: sales-audit validate --readout readout.yaml answers/');
  // Loaded here: checking rubrics alone needs none of the answers and export readers or scoring.
  const [{ loadRubricsOrFail }, { checkReadoutFile }, { scoreAudit }, { loadAuditTally }] = await Promise.all([
    import('../load-rubrics.js'),
    import('../read-readout.js'),
    import('../../core/scoring/score-audit.js'),
    import('../load-audit-tally.js'),
  ]);
  const set = await loadRubricsOrFail(ctx, options.rubrics);
  const audit = await loadAuditTally(ctx, set, paths, {}, 'The readout was not checked');
  const scores = scoreAudit(set, audit, { minGroup: options.minGroup });
  const { diagnostics, file } = await checkReadoutFile(ctx, readoutPath, set, scores);
  const output = await FORMATTERS[options.format]({ files: [file], diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stdout, options.color), strict: options.strict });
  ctx.stdout.write(output);
  const code = getValidationExitCode(diagnostics, { strict: options.strict });
  if (code !== 0) throw new ExitError(code);
}
