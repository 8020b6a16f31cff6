// A readout's records (comments by imperative, plan.rewrite by action) are zod records, which drop
// a `__proto__` key without a word: `comments: { __proto__: … }` validated clean and its text was
// lost (h-done15, a hostile-input walk of the readout). Every reserved key is a located
// `yaml-reserved-key` error, as in rubric files, before the schema runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const scores = scoreAudit(set, TEAM_EXAMPLE.map((p) => loadSheet(p, set)));
const example = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const check = (yaml: string) => checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores);
const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('reserved keys in a readout', () => {
  it('the example is clean (else the cases below prove nothing)', () => {
    expect(check(example).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const [where, anchor, key] of [
    ['comments', 'comments:\n', '__proto__'],
    ['plan.rewrite', '  rewrite:\n', '__proto__'],
    ['plan.rewrite', '  rewrite:\n', 'prototype'],
  ] as const) {
    it(`${key} in ${where}: a located yaml-reserved-key error, no readout`, () => {
      expect(example).toContain(anchor);
      const indent = anchor.startsWith('  ') ? '    ' : '  ';
      const yaml = example.replace(anchor, `${anchor}${indent}${key}: some text\n`);
      const { readout, diagnostics } = check(yaml);
      expect(readout).toBeNull();
      expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual([`yaml-reserved-key ${lineOf(yaml, `${key}: some text`)}:${indent.length + 1}`]);
    });
  }
});

describe('a record key its schema refuses', () => {
  it('says what the key must be, at the key (was zod\'s "Invalid key in record")', () => {
    const yaml = example.replace('comments:\n', 'comments:\n  toString: some text\n');
    const { diagnostics } = check(yaml);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual([`schema-value ${lineOf(yaml, 'toString: some text')}:3`]);
    expect(diagnostics[0]!.message).toBe('key "toString" in comments must be kebab-case: lowercase letters and digits joined by single hyphens');
  });
});

describe('a reserved name as an id value (plan.drop)', () => {
  // `__proto__` is neither kebab-case nor allowed: one finding for one cause, not both (h-done15, a nit).
  it('__proto__ in plan.drop: one located error', () => {
    expect(example).toContain('  drop: []\n');
    const yaml = example.replace('  drop: []\n', '  drop: [__proto__]\n');
    const { readout, diagnostics } = check(yaml);
    expect(readout).toBeNull();
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual([`schema-value ${lineOf(yaml, 'drop: [__proto__]')}:10`]);
  });

  it('constructor in plan.drop (kebab-case, but reserved): still refused, with the reserved-name message', () => {
    const yaml = example.replace('  drop: []\n', '  drop: [constructor]\n');
    const { diagnostics } = check(yaml);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/must not be a name JavaScript objects reserve/);
  });
});
