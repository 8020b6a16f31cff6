// The exact check of one rubric or manifest file: the full YAML parser with source positions,
// the zod schema, then the rubric rules. The reference for every finding and its location.
import { RULES, type Diagnostic, type RuleId } from '../diagnostics.js';
import { parseYamlSource } from '../source/parse-yaml-source.js';
import type { SourceFile } from '../source/source-file.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import { RUBRIC_RULES } from './rubric-rules.js';
import { baseNameOf, isManifestPath, type RubricFileResult } from './rubric-set.js';
import { Rubric, SetManifest } from './schema.js';

export function checkRubricFile(file: SourceFile): RubricFileResult {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [...parsed.warnings];
  const { locate } = parsed;
  if (isManifestPath(file.path)) {
    const result = SetManifest.safeParse(parsed.value);
    if (!result.success) return { diagnostics: [...diagnostics, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, locate)], locate };
    return { diagnostics, manifest: result.data, locate };
  }
  const result = Rubric.safeParse(parsed.value);
  if (!result.success) return { diagnostics: [...diagnostics, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, locate)], locate };
  const rubric = result.data;
  for (const rule of RUBRIC_RULES) {
    rule({
      rubric,
      baseName: baseNameOf(file.path),
      report: (ruleId: RuleId, path, message, options) => {
        const at = options?.atKey ? locate.key(path) : locate.value(path);
        diagnostics.push({ file: file.path, ...at, severity: RULES[ruleId].severity, rule: ruleId, message });
      },
    });
  }
  return { diagnostics, rubric, locate };
}
