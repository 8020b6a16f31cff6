// Where the rubrics come from: --rubrics, else ./rubrics when it exists, else the built-in set.
import { join, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { InputError } from '../cli/errors.js';
import { loadRubricSetFast } from '../core/rubric/load-rubric-set-fast.js';
import type { RubricSet } from '../core/rubric/rubric-set.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { printable } from '../core/printable.js';
import { collectYamlFiles, displayPath, pathExists } from './collect-files.js';
import { readSourceFiles } from './read-sources.js';

export async function defaultRubricPaths(ctx: CliContext): Promise<string[]> {
  const local = resolve(ctx.cwd, 'rubrics');
  return [(await pathExists(local)) ? local : join(ctx.packageRoot, 'rubrics')];
}

/** Loads a rubric set for commands that need a valid one; invalid rubrics end the run (exit 1). */
export async function loadRubricsOrFail(ctx: CliContext, rubricsOption: string | undefined): Promise<RubricSet> {
  const paths = rubricsOption ? [rubricsOption] : await defaultRubricPaths(ctx);
  const files = await collectYamlFiles(ctx.cwd, paths);
  const { set, diagnostics } = await loadRubricSetFast(await readSourceFiles(ctx.cwd, files), { origin: displayPath(ctx.cwd, resolve(ctx.cwd, paths[0]!)) });
  if (!set) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnosticLine);
    throw new InputError(`the rubrics are not valid:\n${errors.join('\n')}\nRun \`sales-audit validate${rubricsOption ? ` ${rubricsOption}` : ''}\` for details.`);
  }
  return set;
}

function formatDiagnosticLine(d: Diagnostic): string {
  return `  ${printable(d.file)}:${d.line}:${d.column}  ${d.severity}  ${printable(d.message)}  ${d.rule}`;
}
