// `sales-audit validate`: paths → files → diagnostics → one formatter → exit code.
import { getValidationExitCode } from '../../core/diagnostics.js';
import { loadRubricSet } from '../../core/rubric/load-rubric-set.js';
import { FORMATTERS, type FormatName } from '../../formatters/index.js';
import { resolve } from 'node:path';
import { collectYamlFiles, displayPath } from '../../io/collect-files.js';
import { readSourceFiles } from '../../io/read-sources.js';
import { defaultRubricPaths } from '../../io/resolve-rubrics.js';
import { useColor, type CliContext } from '../context.js';
import { ExitError } from '../errors.js';

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
  if (options.readout !== undefined) {
    // One module, loaded only here: checking rubrics needs none of the answers and export readers or scoring.
    const { validateReadout } = await import('./validate-readout.js');
    return validateReadout(ctx, options.readout, paths, options);
  }
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
