// Rubric files in, one rubric set (or located diagnostics) out: every file through the YAML
// parser and zod, then the set rules. Pure: the caller reads the files.
import type { SourceFile } from '../source/source-file.js';
import { checkRubricFile } from './check-rubric-file.js';
import { assembleRubricSet, outlineOf, type AssembleOptions, type RubricFileResult, type RubricSetResult } from './rubric-set.js';

// The set model lives in rubric-set.ts (free of zod and the YAML parser); re-exported for existing imports.
export {
  DEFAULT_BAND_NAMES,
  type BandNames,
  type Imperative,
  type RubricSet,
  type RubricSetResult,
} from './rubric-set.js';

/**
 * From this many files on, zod compiles its fast parsers. At its first parse of each object schema
 * zod writes and compiles a parser for it (`new Function`), about 5 ms for the rubric schema, which
 * pays back only over hundreds of objects: a set of five files is checked faster without, and 1,000
 * files with (main-thread CPU, interleaved rounds: the acme report -2 to -4 % and `validate` on the
 * shipped set -6 % without; `validate` on 1,000 files +3 to +5 % without; level at 200). The
 * findings are the same either way (zod's two ways of parsing one schema).
 */
export const COMPILED_PARSE_FROM_FILES = 100;

export function loadRubricSet(files: readonly SourceFile[], options: AssembleOptions = {}): RubricSetResult {
  const parse = { jitless: files.length < COMPILED_PARSE_FROM_FILES };
  return assembleRubricSet(files, files.map((file) => keptOf(checkRubricFile(file, parse), options)), options);
}

/** With findings only wanted, a rubric is kept as its outline (RubricOutline says why). */
function keptOf(result: RubricFileResult, options: AssembleOptions): RubricFileResult {
  if (!options.findingsOnly || result.rubric === undefined) return result;
  const { rubric, ...rest } = result;
  return { ...rest, outline: outlineOf(rubric, true) };
}
