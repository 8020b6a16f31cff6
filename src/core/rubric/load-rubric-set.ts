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

export function loadRubricSet(files: readonly SourceFile[], options: AssembleOptions = {}): RubricSetResult {
  return assembleRubricSet(files, files.map((file) => keptOf(checkRubricFile(file), options)), options);
}

/** With findings only wanted, a rubric is kept as its outline (RubricOutline says why). */
function keptOf(result: RubricFileResult, options: AssembleOptions): RubricFileResult {
  if (!options.findingsOnly || result.rubric === undefined) return result;
  const { rubric, ...rest } = result;
  return { ...rest, outline: outlineOf(rubric) };
}
