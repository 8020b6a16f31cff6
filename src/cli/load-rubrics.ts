// The rubric set for commands that need a valid one (--rubrics, else ./rubrics, else the built-in
// set); invalid rubrics end the run with exit 1 and their findings.
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { printable } from '../core/printable.js';
import { loadRubricSet } from '../core/rubric/load-rubric-set.js';
import type { RubricSet } from '../core/rubric/rubric-set.js';
import { collectYamlFiles, displayPath } from '../io/collect-files.js';
import { readSourceFiles } from '../io/read-sources.js';
import { defaultRubricPaths } from '../io/resolve-rubrics.js';
import type { CliContext } from './context.js';
import { InputError } from './errors.js';

export async function loadRubricsOrFail(ctx: CliContext, rubricsOption: string | undefined): Promise<RubricSet> {
  const paths = rubricsOption ? [rubricsOption] : await defaultRubricPaths(ctx.cwd, ctx.packageRoot);
  const files = await collectYamlFiles(ctx.cwd, paths);
  const { set, diagnostics } = loadRubricSet(await readSourceFiles(ctx.cwd, files), {
    origin: displayPath(ctx.cwd, resolve(ctx.cwd, paths[0]!)),
  });
  if (!set) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnosticLine);
    throw new InputError(`the rubrics are not valid:\n${errors.join('\n')}\nRun \`sales-audit validate${rubricsOption ? ` ${rubricsOption}` : ''}\` for details.`);
  }
  return set;
}

function formatDiagnosticLine(d: Diagnostic): string {
  return `  ${printable(d.file)}:${d.line}:${d.column}  ${d.severity}  ${printable(d.message)}  ${d.rule}`;
}
