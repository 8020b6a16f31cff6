// The shipped rubrics as the exact YAML parser reads them, written by the build
// (dist/shipped-values.json, scripts/build.mjs): every command that uses the built-in set, and
// `validate` on an unedited copy, then skips parsing them (a cold YAML parse of the four files costs
// more than the rest of a `validate`). Looked up by the whole text, so an edited file is parsed as
// usual. Not built (the sources run directly): an empty map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownResults } from '../core/rubric/quick-check-rubric-file.js';
import type { RubricFileResult } from '../core/rubric/rubric-set.js';

export function loadShippedValues(packageRoot: string): ReadonlyMap<string, unknown> {
  try {
    const entries = JSON.parse(readFileSync(join(packageRoot, 'dist', 'shipped-values.json'), 'utf8')) as [string, unknown][];
    return new Map(entries);
  } catch {
    return new Map();
  }
}

/** The shipped set's digest by its input (dist/shipped-digests.json, written by the build), or an empty map. */
export function loadShippedDigests(packageRoot: string): ReadonlyMap<string, string> {
  try {
    return new Map(JSON.parse(readFileSync(join(packageRoot, 'dist', 'shipped-digests.json'), 'utf8')) as [string, string][]);
  } catch {
    return new Map();
  }
}

/**
 * The shipped rubric files as checked at build time (dist/shipped-results.json), by file name and
 * text: commands that use the built-in set skip checking it again; `validate` does not use them.
 */
export function loadShippedResults(packageRoot: string): KnownResults {
  try {
    return new Map(JSON.parse(readFileSync(join(packageRoot, 'dist', 'shipped-results.json'), 'utf8')) as [string, Pick<RubricFileResult, 'rubric' | 'manifest'>][]);
  } catch {
    return new Map();
  }
}
