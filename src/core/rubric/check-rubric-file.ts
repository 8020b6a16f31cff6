// The exact check of one rubric or manifest file: the full YAML parser with source positions,
// the zod schema, then the rubric rules. The reference for every finding and its location.
import { capFileDiagnostics, diagnostic, type Diagnostic, type RuleId } from '../diagnostics.js';
import { parseYamlSource, reservedKeyDiagnostics } from '../source/parse-yaml-source.js';
import { isMapping } from '../source/is-mapping.js';
import type { SourceFile } from '../source/source-file.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import { RUBRIC_RULES, ruleContextOf, type RubricRuleContext } from './rubric-rules.js';
import { baseNameOf, isManifestPath, type RubricFileResult } from './rubric-set.js';
import { Question as QuestionSchema, Rubric, SetManifest, type Question } from './schema.js';

/** How zod parses: `jitless` leaves out its compiled fast parsers (load-rubric-set.ts says when). */
export interface SchemaParseOptions {
  jitless?: boolean;
}

export function checkRubricFile(file: SourceFile, parse: SchemaParseOptions = {}): RubricFileResult {
  const result = checkRubricFileUncapped(file, parse);
  return { ...result, diagnostics: capFileDiagnostics(result.diagnostics) };
}

function checkRubricFileUncapped(file: SourceFile, parse: SchemaParseOptions): RubricFileResult {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const { locate } = parsed;
  // Before the schema, which would drop a `__proto__` key without a word (reserved-keys.ts).
  const reserved = reservedKeyDiagnostics(file.path, parsed);
  if (reserved.length > 0) return { diagnostics: [...diagnostics, ...reserved], locate };
  if (isManifestPath(file.path)) {
    const result = SetManifest.safeParse(parsed.value, parse);
    if (!result.success) return { diagnostics: [...diagnostics, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, locate, SetManifest)], locate };
    return { diagnostics, manifest: result.data, locate };
  }
  const result = Rubric.safeParse(parsed.value, parse);
  const context = result.success ? ruleContextOf(result.data) : salvageQuestions(parsed.value);
  if (!result.success) diagnostics.push(...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, locate, Rubric));
  // One context for every rule (built once per file, not once per rule: a thousand files run eleven thousand rules).
  const ruleContext: RubricRuleContext = {
    ...context,
    baseName: baseNameOf(file.path),
    report: (ruleId: RuleId, path, message, options) => diagnostics.push(diagnostic(file.path, ruleId, message, options?.atKey ? locate.key(path) : locate.value(path))),
  };
  for (const rule of RUBRIC_RULES) rule(ruleContext);
  return result.success ? { diagnostics, rubric: result.data, locate } : { diagnostics, locate };
}

/**
 * With a schema error somewhere in the file, the rules still run on every question that passed the
 * schema on its own, so one run lists every problem (a typo at the top must not hide a level-order
 * error further down).
 */
function salvageQuestions(value: unknown): Pick<RubricRuleContext, 'id' | 'questions' | 'questionPath'> {
  const record = isMapping(value) ? value : {};
  const id = Rubric.shape.id.safeParse(record.id);
  const kept: { question: Question; index: number }[] = [];
  if (Array.isArray(record.questions)) {
    record.questions.forEach((raw, index) => {
      const question = QuestionSchema.safeParse(raw);
      if (question.success) kept.push({ question: question.data, index });
    });
  }
  return { id: id.success ? id.data : null, questions: kept.map((k) => k.question), questionPath: (i) => ['questions', kept[i]!.index] };
}
