import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { renderQuestion } from '../../src/core/interview/render-screens.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { allWordings, wordingFor } from '../../src/core/rubric/wording.js';
import type { SourceFile } from '../../src/core/source/source-file.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const source = (path: string, content: string): SourceFile => ({ path, content, size: Buffer.byteLength(content) });
const WORDED = readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/worded-per-role.yaml'), 'utf8');

describe('wordingFor', () => {
  const prompt = { default: 'How often do managers coach?', salesperson: 'How often does your manager coach you?', 'sales manager': 'How often do you coach?' };
  it('picks the role, matched without case, hyphens or underscores; the default otherwise', () => {
    expect(wordingFor(prompt, 'salesperson')).toBe(prompt.salesperson);
    expect(wordingFor(prompt, 'Sales-Manager')).toBe(prompt['sales manager']);
    expect(wordingFor(prompt, 'sales_manager')).toBe(prompt['sales manager']);
    expect(wordingFor(prompt, 'leadership')).toBe(prompt.default);
    expect(wordingFor(prompt, null)).toBe(prompt.default);
    expect(wordingFor(prompt)).toBe(prompt.default);
    expect(wordingFor('One text', 'salesperson')).toBe('One text');
  });
  it('lists every wording once, the default first', () => {
    expect(allWordings({ default: 'a', leadership: 'b', salesperson: 'a' })).toEqual(['a', 'b']);
    expect(allWordings('a')).toEqual(['a']);
  });
});

describe('per-role wording in a rubric set', () => {
  it('a valid set worded per role has no findings, and the interview words each question for the role', () => {
    const { set, diagnostics } = loadRubricSet([source('r/worded-per-role.yaml', WORDED)]);
    expect(diagnostics).toEqual([]);
    expect(set!.roles).toEqual(['leadership', 'sales manager', 'salesperson', 'other']);
    const step = buildQuestionPlan(set!, 'salesperson').steps[0]!;
    expect(step.prompt).toBe('How often does your manager coach you on a live deal?');
    expect(step.help).toBe('Think of the last time your manager coached you, and what came of it.');
    const screen = renderQuestion(step, { width: 100 });
    expect(screen).toContain('How often does your manager coach you on a live deal?');
    expect(screen).not.toContain('How often do managers');
    // Levels too, in the first person for the role; the score and label stay the same.
    expect(step.levels.map((l) => `${l.score} ${l.label}: ${l.description}`).slice(0, 2)).toEqual([
      '0 Rarely: My manager coaches me on a live deal less than once a quarter.',
      '1 Quarterly: My manager coaches me on a live deal about once a quarter.',
    ]);
    expect(buildQuestionPlan(set!, 'sales manager').steps[0]!.levels[1]!.description).toBe('Each salesperson is coached on a live deal about once a quarter.');
    const other = buildQuestionPlan(set!, 'other').steps[0]!;
    expect(other.prompt).toBe('How often do managers coach their salespeople on a live deal?');
    expect(buildQuestionPlan(set!).steps[0]!.prompt).toBe(other.prompt);
  });

  it('the manifest roles replace the defaults: wording for a role it does not list is located at the key', () => {
    const manifest = source('r/_set.yaml', 'roles: [leadership, salesperson]\n');
    const files = [manifest, source('r/worded-per-role.yaml', WORDED)];
    const exact = loadRubricSet(files);
    expect(exact.set).toBeNull();
    expect(exact.diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}:${d.column}`)).toEqual(['role-unknown r/worded-per-role.yaml:9:7', 'role-unknown r/worded-per-role.yaml:20:11']);
  });

  it('a manifest role listed twice, or named "default", is an error at its place in the list', () => {
    const manifest = source('r/_set.yaml', 'roles:\n  - leadership\n  - Leadership\n  - default\n');
    const { diagnostics } = loadRubricSet([manifest, source('r/worded-per-role.yaml', WORDED.replace(/\n {6}sales manager:.*/, ''))]);
    expect(diagnostics.filter((d) => d.rule === 'manifest-invalid-role').map((d) => d.line)).toEqual([3, 4]);
    expect(diagnostics.filter((d) => d.rule === 'role-unknown').map((d) => d.line)).toEqual([9, 12, 19, 20, 25]);
  });

  it('a wording that is neither text nor a mapping is one wrong-type finding', () => {
    const { diagnostics } = loadRubricSet([source('r/worded-per-role.yaml', WORDED.replace(/  - id: coaching\n    prompt:\n(      .*\n)+?    help:/, '  - id: coaching\n    prompt: [a, b]\n    help:'))]);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['schema-type 6']);
    expect(diagnostics[0]!.message).toMatch(/must be text or a mapping, found a list/);
  });
});
