// Answers files and folders to answer sheets, for every command that reads answers (report,
// compare). Problems are printed located, like `validate`; any error ends the run with exit 1.
import type { AnswerSheet } from '../core/answers/answer-sheet.js';
import { ANSWERS_COMPILED_PARSE_FROM_FILES, parseAnswers } from '../core/answers/parse-answers.js';
import { countBySeverity, type Diagnostic } from '../core/diagnostics.js';
import type { RubricSet } from '../core/rubric/load-rubric-set.js';
import { stylish } from '../formatters/stylish.js';
import { collectYamlFiles } from '../io/collect-files.js';
import { readSourceFiles } from '../io/read-sources.js';
import { useColor, type CliContext } from './context.js';
import { ExitError, UsageError } from './errors.js';
import { refuseUnfinishedImports } from './unfinished-import.js';

export async function loadAnswerSheetsOrFail(ctx: CliContext, set: RubricSet, paths: readonly string[], options: { nothingWritten: string }): Promise<AnswerSheet[]> {
  const files = await collectYamlFiles(ctx.cwd, paths);
  // Before anything else: an empty folder whose import was cut short is unfinished, not empty.
  refuseUnfinishedImports(ctx, paths, files, options.nothingWritten);
  if (files.length === 0) throw new UsageError(`no answers files (*.yaml, *.yml) found in ${paths.join(', ')}`);
  const sources = await readSourceFiles(ctx.cwd, files);
  const diagnostics: Diagnostic[] = [];
  const sheets: AnswerSheet[] = [];
  const parse = { jitless: sources.length < ANSWERS_COMPILED_PARSE_FROM_FILES };
  for (const parsed of sources.map((source) => parseAnswers(source, set, parse))) {
    diagnostics.push(...parsed.diagnostics);
    if (parsed.sheet) sheets.push(parsed.sheet);
  }
  if (diagnostics.length > 0) {
    ctx.stderr.write(stylish({ files: sources.map((s) => s.path), diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
  }
  if (countBySeverity(diagnostics).errors > 0) {
    ctx.stderr.write(`${options.nothingWritten}: fix the answers files above and run the command again.\n`);
    throw new ExitError(1);
  }
  return sheets;
}
