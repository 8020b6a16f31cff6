// Rubric files in, one rubric set (or located diagnostics) out, by the exact path: every file
// through the full YAML parser and zod. Pure: the caller reads the files. The CLI uses the
// faster loadRubricSetFast (load-rubric-set-fast.ts), which gives the same result.
import type { SourceFile } from '../source/source-file.js';
import { checkRubricFile } from './check-rubric-file.js';
import { assembleRubricSet, type AssembleOptions, type RubricSetResult } from './rubric-set.js';

// The set model lives in rubric-set.ts (free of zod and the YAML parser); re-exported for existing imports.
export {
  baseNameOf,
  DEFAULT_BAND_NAMES,
  digestOf,
  isManifestPath,
  type BandNames,
  type Imperative,
  type RubricSet,
  type RubricSetResult,
} from './rubric-set.js';

export function loadRubricSet(files: readonly SourceFile[], options: AssembleOptions = {}): RubricSetResult {
  const result = assembleRubricSet(files, files.map(checkRubricFile), options);
  // Every exact result carries a locator, so the set rules can always place their findings.
  if ('needLocator' in result) throw new Error('internal: exact rubric results without a locator');
  return result;
}
