// The fast check of one rubric or manifest file: the fast YAML reader, the checks derived from the
// zod schema (validator and output plan: src/core/fast/), then the rubric rules. It returns a
// result only for a file with no finding at all; for anything else (a problem, a warning, YAML the
// fast reader leaves alone) it returns null and the caller runs the exact check, which alone
// produces diagnostics and their positions.
import { FAST_CHECKS } from '../fast/fast-checks.js';
import { fastCheck } from '../fast/fast-check.js';
import { fastLoadYaml } from '../source/fast-yaml.js';
import { decodeSourceText, type SourceFile } from '../source/source-file.js';
import { RUBRIC_RULES, ruleContextOf } from './rubric-rules.js';
import { baseNameOf, isManifestPath, knownResultKey, outlineOf, type RubricFileResult } from './rubric-set.js';
import type { Rubric, SetManifest } from './schema.js';

/** A file checked before (the shipped rubrics, at build time), by knownResultKey: its rubric or manifest. */
export type KnownResults = ReadonlyMap<string, Pick<RubricFileResult, 'rubric' | 'manifest'>>;

/** `keep`: 'outline' when only findings are wanted (AssembleOptions.findingsOnly): the rubric itself is then dropped. */
export function quickCheckRubricFile(file: SourceFile, knownValues?: ReadonlyMap<string, unknown>, knownResults?: KnownResults, keep: 'rubric' | 'outline' = 'rubric'): RubricFileResult | null {
  const decoded = decodeSourceText(file);
  if ('diagnostic' in decoded) return null;
  const known = knownResults?.get(knownResultKey(file.path, decoded.text));
  if (known !== undefined) return { diagnostics: [], ...known };
  const value = knownValues?.get(decoded.text) ?? fastLoadYaml(decoded.text);
  if (value === undefined) return null;
  if (isManifestPath(file.path)) {
    const manifest = fastCheck<SetManifest>(FAST_CHECKS.set, value);
    return manifest ? { diagnostics: [], manifest } : null;
  }
  const rubric = fastCheck<Rubric>(FAST_CHECKS.rubric, value);
  if (!rubric) return null;
  let clean = true;
  const baseName = baseNameOf(file.path);
  for (const rule of RUBRIC_RULES) {
    rule({
      ...ruleContextOf(rubric),
      baseName,
      report: () => {
        clean = false;
      },
    });
  }
  if (!clean) return null;
  return keep === 'outline' ? { diagnostics: [], outline: outlineOf(rubric) } : { diagnostics: [], rubric };
}
