// A new rule on a rubric field is a one-file change: a zod refinement added to the field in
// src/core/rubric/schema.ts, and nothing else, makes `validate` report it at the field's line and
// column. The test makes exactly that change in a copy of src/, builds the copy with the project's
// build script, and runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/core/diagnostics.js';
import { MIGRATION_WARNINGS } from '../helpers/migration-warnings.js';
import { REPO_ROOT, runNodeScript } from '../helpers/run-cli.js';

const FIELD = "label: nonEmptyText.meta({ description: 'Short name of the level, such as \"Established\".' }),";
const REFINED = FIELD.replace('nonEmptyText.meta(', "nonEmptyText.refine((label) => !/\\bTODO\\b/.test(label), { message: 'must not be a TODO' }).meta(");

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sales-audit-refine-'));
  for (const entry of ['bin', 'package.json', 'rubrics', 'schemas', 'scripts', 'src', 'templates']) cpSync(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  const schemaFile = join(root, 'src/core/rubric/schema.ts');
  const schema = readFileSync(schemaFile, 'utf8');
  expect(schema).toContain(FIELD);
  writeFileSync(schemaFile, schema.replace(FIELD, REFINED));
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The shipped rubric folder with one level label set to "TODO": its file, line and column. */
function rubricsWithTodoLabel(): { folder: string; line: number; column: number } {
  const folder = join(root, 'todo-rubrics');
  cpSync(join(REPO_ROOT, 'rubrics'), folder, { recursive: true });
  const lines = readFileSync(join(folder, 'prospecting-plan.yaml'), 'utf8').split('\n');
  const index = lines.findIndex((line) => /^\s+label: /.test(line));
  const column = lines[index]!.indexOf('label: ') + 'label: '.length + 1;
  lines[index] = `${lines[index]!.slice(0, column - 1)}TODO`;
  writeFileSync(join(folder, 'prospecting-plan.yaml'), lines.join('\n'));
  return { folder, line: index + 1, column };
}

type Finding = { file: string; line: number; column: number; rule: RuleId; message: string };

/** The findings, without the issue-19 migration warnings the shipped rubrics carry until they are rewritten (none after). */
const parsed = (stdout: string) => (JSON.parse(stdout) as Finding[]).filter((d) => !MIGRATION_WARNINGS.has(d.rule));

describe('a zod refinement added to one rubric field', () => {
  it('is reported by validate, located at the field, with the schema rule id; the unchanged build does not report it', async () => {
    const { line, column } = rubricsWithTodoLabel();
    const refined = await runNodeScript(join(root, 'bin/sales-audit'), ['validate', 'todo-rubrics', '--format', 'json'], { cwd: root });
    expect(refined.exitCode).toBe(1);
    // (The manifest's order then names a rubric that did not load: a finding of its own, in _set.yaml.)
    const findings = parsed(refined.stdout).filter((d) => d.file.endsWith('prospecting-plan.yaml'));
    expect(findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`todo-rubrics/prospecting-plan.yaml:${line}:${column} schema-value`]);
    expect(findings[0]!.message).toMatch(/must not be a TODO$/);

    const unchanged = await runNodeScript(join(REPO_ROOT, 'bin/sales-audit'), ['validate', 'todo-rubrics', '--format', 'json'], { cwd: root });
    expect(unchanged.exitCode).toBe(0);
    expect(parsed(unchanged.stdout)).toEqual([]);
  });
});
