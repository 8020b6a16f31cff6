// An answers file (YAML bytes) checked against a rubric set: located errors for impossible
// scores, warnings for ids the rubrics do not know. Pure.
import { capFileDiagnostics, compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import { parseYamlSource, type Locator, type SourceFile } from '../source/parse-yaml-source.js';
import { isMapping } from '../source/is-mapping.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import type { SchemaParseOptions } from '../rubric/check-rubric-file.js';
import { answerSheetFrom, type AnswersData, type ParsedAnswers } from './answer-sheet-from.js';
import { AnswersFile } from './schema.js';

export type { ParsedAnswers } from './answer-sheet-from.js';

/**
 * From this many answers files on, zod compiles its fast parsers (load-rubric-set.ts says what they
 * cost). An answers file holds a few dozen objects, not a rubric's hundreds: they pay back sooner,
 * but not on one file (about 6 ms of CPU without them, 9 ms with; acme's eleven files alike either way).
 */
export const ANSWERS_COMPILED_PARSE_FROM_FILES = 10;

export function parseAnswers(file: SourceFile, set: RubricSet, parse: SchemaParseOptions = {}): ParsedAnswers {
  const result = parseAnswersUncapped(file, set, parse);
  return { ...result, diagnostics: capFileDiagnostics(result.diagnostics) };
}

/**
 * `__proto__` is a key like any other in YAML, but a zod record would assign it as the object's
 * prototype and the answer would vanish silently. Report it as the unknown id it is, and drop it.
 */
function dropProtoKeys(path: string, value: unknown, locate: Locator): Diagnostic[] {
  if (!isMapping(value) || !isMapping(value.answers)) return [];
  const out: Diagnostic[] = [];
  const answers = value.answers;
  const unknown = (at: string[], message: string) => out.push(diagnostic(path, 'answer-unknown-id', message, locate.key(['answers', ...at])));
  if (Object.hasOwn(answers, '__proto__')) {
    unknown(['__proto__'], 'imperative "__proto__" is not in the rubrics; its answers are ignored');
    delete answers.__proto__;
  }
  for (const [imperativeId, byQuestion] of Object.entries(answers)) {
    if (isMapping(byQuestion) && Object.hasOwn(byQuestion, '__proto__')) {
      unknown([imperativeId, '__proto__'], `question "${imperativeId}/__proto__" is not in the rubrics; the answer is ignored`);
      delete byQuestion.__proto__;
    }
  }
  return out;
}

function parseAnswersUncapped(file: SourceFile, set: RubricSet, parse: SchemaParseOptions): ParsedAnswers {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { sheet: null, diagnostics: parsed.diagnostics };
  const warnings = dropProtoKeys(file.path, parsed.value, parsed.locate);
  const result = AnswersFile.safeParse(parsed.value, parse);
  if (!result.success) {
    const diagnostics = [...warnings, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate, AnswersFile)];
    // A problem in the header (a missing date, say) should not hide impossible scores below it:
    // when the answers themselves are well-formed, check them too, so one run shows everything.
    const answersOnly = isMapping(parsed.value) ? AnswersFile.shape.answers.safeParse(parsed.value.answers, parse) : null;
    if (answersOnly?.success) {
      // The role, where the header gives one, still decides which questions were asked of it; with
      // none, every question is checked (a question with `roles:` must not swallow an impossible
      // score as "not asked of the role ''").
      const header = isMapping(parsed.value) ? parsed.value.respondent : undefined;
      const role = isMapping(header) && typeof header.role === 'string' && header.role.trim() !== '' ? header.role : null;
      const stub: AnswersData = { version: 1, organization: '', respondent: { role: role ?? '' }, date: '', answers: answersOnly.data };
      const checked = answerSheetFrom(file.path, stub, set, [], parsed.locate);
      diagnostics.push(...checked.diagnostics);
    }
    return { sheet: null, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  return answerSheetFrom(file.path, result.data, set, warnings, parsed.locate);
}
