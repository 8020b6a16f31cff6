// parseAnswers for many files, with a fast path: the fast YAML reader and the checks derived from
// the zod schema (src/core/fast/), then the rubric checks; any file they cannot vouch for (a
// finding, YAML the fast reader leaves alone) goes through the exact parseAnswers, which alone
// loads the YAML parser and zod. Same results as calling parseAnswers on every file
// (tests/unit/fast-path-parity.test.ts).
import type { RubricSet } from '../rubric/rubric-set.js';
import { FAST_CHECKS } from '../fast/fast-checks.js';
import { fastCheck } from '../fast/fast-check.js';
import { fastLoadYaml } from '../source/fast-yaml.js';
import { decodeSourceText, type SourceFile } from '../source/source-file.js';
import { answerSheetFrom, type AnswersData, type ParsedAnswers } from './answer-sheet-from.js';

/** The fast path for one file: its result when nothing at all is wrong with it, otherwise null. */
export function quickParseAnswers(file: SourceFile, set: RubricSet): ParsedAnswers | null {
  const decoded = decodeSourceText(file);
  if ('diagnostic' in decoded) return null;
  // An answers file is nested mappings of scalars: the line reader tries it first.
  const value = fastLoadYaml(decoded.text, 'mappings');
  if (value === undefined) return null;
  const data = fastCheck<AnswersData>(FAST_CHECKS.answers, value);
  return data === null ? null : answerSheetFrom(file.path, data, set, [], null);
}

export async function parseAnswersFast(files: readonly SourceFile[], set: RubricSet): Promise<ParsedAnswers[]> {
  const results = files.map((file) => quickParseAnswers(file, set));
  if (results.every((r) => r !== null)) return results as ParsedAnswers[];
  const { parseAnswers } = await import('./parse-answers.js');
  return results.map((r, i) => r ?? parseAnswers(files[i]!, set));
}
