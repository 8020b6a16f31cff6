// loadRubricSet checks a small set without zod's compiled parsers and a large one with them
// (COMPILED_PARSE_FROM_FILES says why). Which one ran must never show: the same file gives the same
// rubric and the same findings, at the same places, either way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRubricFile } from '../../src/core/rubric/check-rubric-file.js';
import type { SourceFile } from '../../src/core/source/source-file.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

function source(path: string, text: string): SourceFile {
  return { path, content: text, size: Buffer.byteLength(text) };
}

function filesIn(dir: string): SourceFile[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => source(`${dir}/${name}`, readFileSync(join(REPO_ROOT, dir, name), 'utf8')));
}

const MINIMAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml'), 'utf8');

/** Schema failures inside nested objects, where zod's compiled parser and its plain one differ most in code. */
const SCHEMA_FAILURES: SourceFile[] = [
  ['unknown key in a level', MINIMAL.replace('{ score: 0, label: No,', '{ score: 0, colour: red, label: No,')],
  ['a score that is text', MINIMAL.replace('{ score: 0,', '{ score: none,')],
  ['a question without a prompt', MINIMAL.replace('    prompt: Is there a plan?\n', '')],
  ['a weight that is a list', MINIMAL.replace('    prompt:', '    weight: [1, 2]\n    prompt:')],
  ['a rubric that is a list', '- one\n- two\n'],
].map(([name, text]) => source(`${name!.replaceAll(' ', '-')}.yaml`, text!));

const isSchemaFinding = (rule: string) => rule.startsWith('schema-');

function checked(file: SourceFile, jitless: boolean) {
  const { locate: _locate, ...result } = checkRubricFile(file, { jitless });
  return result;
}

describe("zod's compiled and plain parsers give one result", () => {
  const files = [...filesIn('rubrics'), ...filesIn('tests/fixtures/rubrics/valid'), ...filesIn('tests/fixtures/rubrics/invalid'), ...SCHEMA_FAILURES];

  it('holds schema failures, not only valid files', () => {
    for (const file of SCHEMA_FAILURES) expect(checked(file, true).diagnostics.map((d) => d.rule), file.path).toSatisfy((rules: string[]) => rules.some(isSchemaFinding));
  });

  it('on the shipped set, the fixtures and schema failures in nested objects', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(checked(file, false), file.path).toEqual(checked(file, true));
  });
});
