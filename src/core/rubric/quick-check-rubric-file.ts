// The fast check of one rubric or manifest file: the simple YAML reader and the hand-written
// schema check, then the rubric rules. It returns a result only for a file with no finding at all;
// for anything else (a problem, a warning, YAML outside the simple subset) it returns null and the
// caller runs the exact check, which alone produces diagnostics and their positions.
import { parseSimpleYaml } from '../source/parse-simple-yaml.js';
import { decodeSourceText, type SourceFile } from '../source/source-file.js';
import { quickCheckRubric, quickCheckSetManifest } from './quick-check-rubric.js';
import { RUBRIC_RULES, ruleContextOf } from './rubric-rules.js';
import { baseNameOf, isManifestPath, type RubricFileResult } from './rubric-set.js';

export function quickCheckRubricFile(file: SourceFile): RubricFileResult | null {
  const decoded = decodeSourceText(file);
  if ('diagnostic' in decoded) return null;
  const value = parseSimpleYaml(decoded.text);
  if (value === undefined) return null;
  if (isManifestPath(file.path)) {
    const manifest = quickCheckSetManifest(value);
    return manifest ? { diagnostics: [], manifest } : null;
  }
  const rubric = quickCheckRubric(value);
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
  return clean ? { diagnostics: [], rubric } : null;
}
