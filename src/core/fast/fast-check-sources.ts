// What the fast checks are derived from, in one place: the zod schema of each file kind, and the
// patterns by which the `yaml` package resolves plain scalars (null, true/false, numbers), which
// the fast YAML reader checks itself against (source/fast-yaml.ts). scripts/build.mjs turns them
// into plain code (Ajv standalone validators, output plans as data) so that a run loads neither
// zod nor Ajv nor `yaml`; fast-checks.ts compiles them at run time when the sources run directly.
import { Schema } from 'yaml';
import type { z } from 'zod';
import { AnswersFile } from '../answers/schema.js';
import { checkRubricFile } from '../rubric/check-rubric-file.js';
import { loadRubricSet } from '../rubric/load-rubric-set.js';
import { digestInputOf, knownResultKey, type RubricFileResult } from '../rubric/rubric-set.js';
import { Rubric, SetManifest } from '../rubric/schema.js';
import { exactYamlValue } from '../source/parse-yaml-source.js';
import { decodeSourceText, type SourceFile } from '../source/source-file.js';

export { AJV_OPTIONS, validatorSchemaOf } from './compile-fast-check.js';
export { deriveOutputPlan } from './derive-output-plan.js';

export const FAST_CHECK_SCHEMAS = { rubric: Rubric, set: SetManifest, answers: AnswersFile } as const satisfies Record<string, z.ZodType>;
export type FastCheckKind = keyof typeof FAST_CHECK_SCHEMAS;

export type ScalarKind = 'null' | 'bool' | 'int' | 'float';

/** How `yaml` (its default YAML 1.2 core schema) resolves a plain scalar: the first pattern that matches. */
export function yamlCoreScalarPatterns(): { kind: ScalarKind; source: string; flags: string }[] {
  const kinds: Record<string, ScalarKind> = {
    'tag:yaml.org,2002:null': 'null',
    'tag:yaml.org,2002:bool': 'bool',
    'tag:yaml.org,2002:int': 'int',
    'tag:yaml.org,2002:float': 'float',
  };
  const tags = new Schema({}).tags as { tag: string; test?: RegExp; default?: boolean }[];
  return tags.flatMap((t) => {
    if (!t.test || t.default === false) return [];
    const kind = kinds[t.tag];
    if (kind === undefined) throw new Error(`yaml's core schema has a scalar tag the fast reader does not know: ${t.tag}`);
    return [{ kind, source: t.test.source, flags: t.test.flags }];
  });
}

/**
 * Texts as the exact YAML parser reads them, for the ones it reads without an error or warning:
 * the build stores the shipped rubrics' (dist/shipped-values.json) so that a run need not parse
 * them again (loadRubricSetFast's knownValues).
 */
export function knownValuesOf(texts: readonly string[]): [string, unknown][] {
  return texts.flatMap((text) => {
    const exact = exactYamlValue(text);
    return exact === null ? [] : [[text, exact.value] as [string, unknown]];
  });
}

/**
 * The digest of a valid rubric set by its input (digestInputOf), computed on the exact path: the
 * build stores the shipped set's (dist/shipped-digests.json; AssembleOptions.knownDigests).
 */
export function knownDigestsOf(files: readonly SourceFile[]): [string, string][] {
  const { set } = loadRubricSet(files);
  return set ? [[digestInputOf(set.imperatives), set.digest]] : [];
}

/**
 * The rubric files that pass the exact check with no finding at all, by knownResultKey, with their
 * rubric or manifest: the build stores the shipped set's (dist/shipped-results.json).
 */
export function knownResultsOf(files: readonly SourceFile[]): [string, Pick<RubricFileResult, 'rubric' | 'manifest'>][] {
  return files.flatMap((file) => {
    const result = checkRubricFile(file);
    const decoded = decodeSourceText(file);
    if (result.diagnostics.length > 0 || 'diagnostic' in decoded) return [];
    return [[knownResultKey(file.path, decoded.text), result.rubric ? { rubric: result.rubric } : { manifest: result.manifest! }]];
  });
}
