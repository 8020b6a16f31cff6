// What the build stores about the shipped rubrics (scripts/build.mjs), each looked up by exact
// content, so an edited file is read and checked as usual:
// - dist/shipped-values.json: each file's text as the exact YAML parser reads it. `validate` on the
//   built-in set or an unedited copy skips a cold parse (it costs more than the rest of a
//   `validate`), and still checks the values;
// - dist/shipped-results.json: each file as checked, by name and text, for the commands that use a
//   rubric set (validate checks anew);
// - dist/shipped-digests.json: the set's digest by its input, so they need not load node:crypto.
// Not built (the sources run directly): empty maps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownResults } from '../core/rubric/quick-check-rubric-file.js';
import type { RubricFileResult } from '../core/rubric/rubric-set.js';

/** dist/<file>, a JSON list of [key, value] pairs, as a map; empty when it is not there. */
function loadShippedMap<V>(packageRoot: string, file: string): ReadonlyMap<string, V> {
  try {
    return new Map(JSON.parse(readFileSync(join(packageRoot, 'dist', file), 'utf8')) as [string, V][]);
  } catch {
    return new Map();
  }
}

export function loadShippedValues(packageRoot: string): ReadonlyMap<string, unknown> {
  return loadShippedMap(packageRoot, 'shipped-values.json');
}

export function loadShippedDigests(packageRoot: string): ReadonlyMap<string, string> {
  return loadShippedMap(packageRoot, 'shipped-digests.json');
}

export function loadShippedResults(packageRoot: string): KnownResults {
  return loadShippedMap<Pick<RubricFileResult, 'rubric' | 'manifest'>>(packageRoot, 'shipped-results.json');
}
