// Hostile input on last session's additions (session 18): the readout's `decided:`, its lists of
// ids, and the brand's one-line fields. Each broken value is a located finding with its own rule,
// never a value taken silently one way or the other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { parseBrand } from '../../src/core/brand/parse-brand.js';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const LAST_ANSWER = sheets.map((s) => s.date).reduce((a, b) => (b > a ? b : a));

/** The example readout with one edit: its findings, where (line) and what. */
function check(edit: (text: string) => string, answeredOn: readonly string[] = []) {
  const text = edit(EXAMPLE);
  expect(text, 'the edit applies').not.toBe(EXAMPLE);
  const { readout, diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(text), size: text.length }, set, scores, undefined, answeredOn);
  const lineOf = (needle: RegExp) => text.split('\n').findIndex((line, i, lines) => needle.test(line) && lines.slice(0, i).some((l) => needle.test(l))) + 1;
  return { readout, diagnostics, lineOf };
}

describe('the example readout is clean, so each finding below is the edit\'s', () => {
  it('no finding on the shipped example', () => {
    const { readout, diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(EXAMPLE), size: EXAMPLE.length }, set, scores, undefined, sheets.map((s) => s.date));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(readout).not.toBeNull();
  });
});

describe('an id given twice in one list: the second is located, and the readout refused', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    ['decisions', (t) => t.replace('  - id: head-office-demands', '  - id: manager-capacity'), /^ {2}- id: manager-capacity$/],
    ['priorities', (t) => t.replace('priorities:\n  - action: free-manager-time\n', 'priorities:\n  - action: free-manager-time\n  - action: free-manager-time\n'), /^ {2}- action: free-manager-time$/],
    ['notes, approved once and not the other time', (t) => t.replace(/ {2}- id: (plan-provided-\w+)\n {4}approve: true\n/, '  - id: $1\n    approve: false\n  - id: $1\n    approve: true\n'), /^ {2}- id: plan-provided-/],
  ];
  it.each(cases)('%s', (_, edit, second) => {
    const { readout, diagnostics, lineOf } = check(edit);
    expect(readout).toBeNull();
    expect(diagnostics).toMatchObject([{ rule: 'readout-repeated-id', severity: 'error', line: lineOf(second) }]);
  });

  it('plan.promote and plan.merge', () => {
    const promote = check((t) => t.replace('  promote: [hold-one-to-ones, debrief-one-call-per-rep]', '  promote: [hold-one-to-ones, hold-one-to-ones]'));
    expect(promote.diagnostics).toMatchObject([{ rule: 'readout-repeated-id', message: expect.stringMatching(/"hold-one-to-ones" is in plan\.promote a second time/) }]);
    const merge = check((t) => t.replace('  merge: []', '  merge:\n    - actions: [hold-one-to-ones, hold-monthly-team-meeting]\n    - actions: [hold-one-to-ones, debrief-one-call-per-rep]'));
    expect(merge.diagnostics).toMatchObject([{ rule: 'readout-repeated-id', message: expect.stringMatching(/"hold-one-to-ones" is in plan\.merge a second time/) }]);
  });
});

describe('an action dropped and kept: the drop no longer wins without a word', () => {
  it.each([
    ['promoted', (t: string) => t.replace('  drop: []', '  drop: [hold-one-to-ones]')],
    ['a priority', (t: string) => t.replace('  drop: []', '  drop: [free-manager-time]')],
  ])('%s', (how, edit) => {
    const { readout, diagnostics } = check(edit);
    expect(readout).toBeNull();
    expect(diagnostics).toMatchObject([{ rule: 'readout-drop-contradiction', message: expect.stringContaining(`and ${how} here`) }]);
  });
});

describe('decided: a day before the fieldwork is refused, at the value', () => {
  it('1900-01-01 and the day before the last answer: an error at decided:', () => {
    for (const day of ['1900-01-01', '2026-11-25']) {
      const { readout, diagnostics } = check((t) => t.replace('decided: 2026-12-14', `decided: ${day}`), sheets.map((s) => s.date));
      expect(readout).toBeNull();
      expect(diagnostics).toMatchObject([{ rule: 'readout-decided-before-fieldwork', line: EXAMPLE.split('\n').findIndex((l) => l.startsWith('decided:')) + 1, column: 10 }]);
      expect(diagnostics[0]!.message).toContain(`before the last answers`);
    }
  });
  it('the day of the last answer, or later, is fine; validate --readout reads the dates from the answers it is given', () => {
    expect(LAST_ANSWER).toBe('2026-11-26');
    expect(check((t) => t.replace('decided: 2026-12-14', `decided: ${LAST_ANSWER}`), sheets.map((s) => s.date)).diagnostics.filter((d) => d.rule === 'readout-decided-before-fieldwork')).toEqual([]);
    const text = EXAMPLE.replace('decided: 2026-12-14', 'decided: 2026-01-01');
    const { diagnostics } = checkReadout({ path: 'readout.yaml', content: Buffer.from(text), size: text.length }, set, scores, { sheets });
    expect(diagnostics.map((d) => d.rule)).toContain('readout-decided-before-fieldwork');
  });
});

describe('decided: more than a year after the fieldwork is refused, at the value (VP reading 17: 9999 printed "+010000")', () => {
  const after = (days: number) => new Date(Date.parse(`${LAST_ANSWER}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  it('9999-12-14 and a year and a day after the last answer: an error at decided:', () => {
    for (const day of ['9999-12-14', after(366)]) {
      const { readout, diagnostics } = check((t) => t.replace('decided: 2026-12-14', `decided: ${day}`), sheets.map((s) => s.date));
      expect(readout).toBeNull();
      expect(diagnostics).toMatchObject([{ rule: 'readout-decided-long-after-fieldwork', severity: 'error', line: EXAMPLE.split('\n').findIndex((l) => l.startsWith('decided:')) + 1, column: 10 }]);
      expect(diagnostics[0]!.message).toMatch(/days after the last answers/);
      expect(diagnostics[0]!.message).not.toMatch(/\+0/);
    }
  });
  it('a year after the last answer is the last day allowed', () => {
    expect(check((t) => t.replace('decided: 2026-12-14', `decided: ${after(365)}`), sheets.map((s) => s.date)).diagnostics.filter((d) => d.rule === 'readout-decided-long-after-fieldwork')).toEqual([]);
  });
});

describe('a cap says its unit and its reason', () => {
  it('six findings: the schema\'s own reason, as a sentence after the path', () => {
    const { diagnostics } = check((t) => t.replace('\nfindings:\n', `\nfindings:\n${'  - title: x\n'.repeat(6)}`));
    expect(diagnostics).toMatchObject([{ rule: 'schema-value', message: 'findings must have at most 5 findings: page one has room for three' }]);
  });
  it('brand: a line over 120 characters, and a footer with a line break', () => {
    const parse = (text: string) => parseBrand({ path: 'brand.yaml', content: text, size: text.length }, () => ({ readError: 'it does not exist' })).diagnostics;
    expect(parse(`firm: ${'x'.repeat(121)}\n`)).toMatchObject([{ rule: 'schema-value', line: 1, column: 7, message: 'firm must be at most 120 characters (one line on a slide)' }]);
    expect(parse('firm: X\nfooter: "Confidential\\nprepared for Acme"\n')).toMatchObject([{ rule: 'schema-value', line: 2, column: 9, message: 'footer must be one line: it holds a line break' }]);
    expect(parse('firm: X\npreparedBy: "Jordan\\u2028Reyes"\n')).toMatchObject([{ rule: 'schema-value', line: 2 }]);
  });
});

describe("the client's roles (D5's owners): a key the catalog does not have, or cannot lack, is refused", () => {
  it("an answers file's client: located at each key, one rule", () => {
    const text = readFileSync(join(REPO_ROOT, 'examples/acme/leadership.yaml'), 'utf8').replace('date: 2026-11-24', 'client:\n  has: [marketing]\n  lacks: [vp-sales, nonsense, __proto__, marketing, sales-ops]\ndate: 2026-11-24');
    const { sheet, diagnostics } = parseAnswers({ path: 'leadership.yaml', content: Buffer.from(text), size: text.length }, set);
    expect(sheet).toBeNull();
    const line = text.split('\n').findIndex((l) => l.startsWith('  lacks:')) + 1;
    expect(diagnostics.map((d) => [d.rule, d.line, d.message.replace(/;.*/, '')])).toEqual([
      ['answer-client-owner', line, 'client.lacks: "vp-sales" has no fallback in the owner catalog (someone must own its steps), so every client has it'],
      ['answer-client-owner', line, 'client.lacks: "nonsense" is not an owner of the catalog'],
      ['answer-client-owner', line, 'client.lacks: "__proto__" is not an owner of the catalog'],
      ['answer-client-owner', line, 'client: "marketing" is in both has and lacks'],
    ]);
  });
});
