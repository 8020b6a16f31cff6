// loadRubricSet with a fast path: each file goes through quickCheckRubricFile first, and only the
// files it cannot vouch for (problems, warnings, unusual YAML) load the full YAML parser and zod
// and go through the exact check. The result is the same as loadRubricSet's, diagnostics and
// positions included (tests/unit/fast-path-parity.test.ts); only the time differs.
import type { SourceFile } from '../source/source-file.js';
import { quickCheckRubricFile, type KnownResults } from './quick-check-rubric-file.js';
import { assembleRubricSet, type AssembleOptions, type RubricFileResult, type RubricSetResult } from './rubric-set.js';

export interface FastLoadOptions extends AssembleOptions {
  /**
   * Values of texts read before, by the exact YAML parser: the shipped rubrics, read at build time
   * (io/shipped-values.ts). A file whose text is one of them is not parsed again; it is still
   * checked like any other.
   */
  knownValues?: ReadonlyMap<string, unknown>;
  /**
   * Files checked before, with no finding: the shipped rubrics, checked at build time
   * (io/shipped-values.ts). Commands that use a rubric set take them as they are; `validate`, whose
   * job is the check, never passes them.
   */
  knownResults?: KnownResults;
}

export async function loadRubricSetFast(files: readonly SourceFile[], options: FastLoadOptions = {}): Promise<RubricSetResult> {
  const results: (RubricFileResult | null)[] = files.map((file) => quickCheckRubricFile(file, options.knownValues, options.knownResults, options.findingsOnly ? 'outline' : 'rubric'));
  let exact: typeof import('./check-rubric-file.js') | null = null;
  const checkExactly = async (indexes: Iterable<number>) => {
    exact ??= await import('./check-rubric-file.js');
    for (const i of indexes) results[i] = exact.checkRubricFile(files[i]!);
  };

  const pending = results.flatMap((r, i) => (r === null ? [i] : []));
  if (pending.length > 0) await checkExactly(pending);
  const first = assembleRubricSet(files, results as RubricFileResult[], options);
  if (!('needLocator' in first)) return first;
  // A set rule (duplicate id, unknown id in the manifest) has a finding in a fast-checked file:
  // check those files exactly for their positions. Exact results always have a locator.
  await checkExactly(first.needLocator);
  const second = assembleRubricSet(files, results as RubricFileResult[], options);
  if ('needLocator' in second) throw new Error('internal: exact rubric results without a locator');
  return second;
}
