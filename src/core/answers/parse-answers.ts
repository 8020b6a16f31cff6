// An answers file (YAML bytes) checked against a rubric set: located errors for impossible
// scores, warnings for ids the rubrics do not know. Pure.
import { compareDiagnostics } from '../diagnostics.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { parseYamlSource, type SourceFile } from '../source/parse-yaml-source.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import { answerSheetFrom, type ParsedAnswers } from './answer-sheet-from.js';
import { AnswersFile } from './schema.js';

export type { ParsedAnswers } from './answer-sheet-from.js';

export function parseAnswers(file: SourceFile, set: RubricSet): ParsedAnswers {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { sheet: null, diagnostics: parsed.diagnostics };
  const result = AnswersFile.safeParse(parsed.value);
  if (!result.success) {
    return {
      sheet: null,
      diagnostics: [...parsed.warnings, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate)].sort(compareDiagnostics),
    };
  }
  // Exact results always have positions, so answerSheetFrom never declines here.
  return answerSheetFrom(file.path, result.data, set, parsed.warnings, parsed.locate)!;
}
