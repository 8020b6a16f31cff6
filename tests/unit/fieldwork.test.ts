// The auditor's fieldwork (rubric review 11, edit 14: "I cannot price the engagement without that
// figure"): the set estimates each check's hours (`sampling.fieldwork`), validate checks the
// estimates against the set's questions, and `rubrics --sample` sums them for a sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldworkFor } from '../../src/core/rubric/fieldwork.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { defaultSet, sourceFile } from '../helpers/report-fixtures.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const set = defaultSet();
const RUBRICS = ['prospecting-plan', 'differentiation', 'sales-interactions', 'sales-managers'].map((id) => sourceFile(`rubrics/${id}.yaml`));

/** The shipped set with its manifest's fieldwork block edited. */
function withManifest(edit: (text: string) => string) {
  const text = edit(readFileSync(join(REPO_ROOT, 'rubrics/_set.yaml'), 'utf8'));
  return loadRubricSet([...RUBRICS, { path: 'rubrics/_set.yaml', content: Buffer.from(text), size: text.length }]);
}

describe('the set estimates every check', () => {
  it('each question of the shipped set has an estimate, and a sample sums them per rep, manager, deal or once', () => {
    const estimate = fieldworkFor(set, { reps: 8, managers: 4, deals: 20 })!;
    const questions = set.imperatives.flatMap((i) => i.questions.map((q) => q.id));
    expect(estimate.missing).toEqual([]);
    expect(estimate.rows.map((r) => r.question)).toEqual(questions);
    const fieldwork = set.sampling!.fieldwork!;
    const cases = { reps: 8, managers: 4, deals: 20, audit: 1 };
    const byHand = questions.reduce((n, id) => n + fieldwork[id]!.hours * cases[fieldwork[id]!.per], 0);
    expect(estimate.total).toBeCloseTo(byHand, 9);
    // A larger sample costs more, by what a rep's checks take together.
    const perRep = questions.filter((id) => fieldwork[id]!.per === 'reps').reduce((n, id) => n + fieldwork[id]!.hours, 0);
    expect(fieldworkFor(set, { reps: 9, managers: 4, deals: 20 })!.total - estimate.total).toBeCloseTo(perRep, 9);
  });

  it('a check is costed on the unit its help samples: defending-price reads each rep\'s last three pushbacks', () => {
    // Rubric review 12, B: it was costed per deal while the help samples per rep.
    expect(set.sampling!.fieldwork!['defending-price']).toEqual({ hours: 0.6, per: 'reps' });
    const help = set.imperatives.flatMap((i) => i.questions).find((q) => q.id === 'defending-price')!.help;
    expect(JSON.stringify(help)).toMatch(/last three deals where a client/);
  });

  it('a set without estimates has none to give', () => {
    expect(fieldworkFor({ ...set, sampling: { minimum: 3, rule: null } }, { reps: 8, managers: 4, deals: 20 })).toBeNull();
  });
});

describe('validate checks the estimates against the questions', () => {
  it('an estimate for no question is an error at its key, with a suggestion', () => {
    const { set: loaded, diagnostics } = withManifest((t) => t.replace('    real-targets: { hours: 0.75, per: reps }', '    real-target: { hours: 0.75, per: reps }'));
    expect(loaded).toBeNull();
    const found = diagnostics.filter((d) => d.rule === 'fieldwork-unknown-question');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('rubrics/_set.yaml');
    expect(found[0]!.message).toMatch(/"real-target", which is no question of the set.*real-targets/);
    const line = readFileSync(join(REPO_ROOT, 'rubrics/_set.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('    real-targets: { hours')) + 1;
    expect(found[0]!.line).toBe(line);
    // ... and the question it meant now has none.
    expect(diagnostics.filter((d) => d.rule === 'fieldwork-missing').map((d) => d.message)).toEqual([expect.stringContaining('"real-targets"')]);
  });

  it('a question with no estimate is a warning: the set still loads', () => {
    const { set: loaded, diagnostics } = withManifest((t) => t.replace('    mindset: { hours: 1.5, per: reps }\n', ''));
    expect(loaded).not.toBeNull();
    expect(diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['fieldwork-missing warning']);
    expect(fieldworkFor(loaded!, { reps: 8, managers: 4, deals: 20 })!.missing).toEqual(['mindset']);
  });

  it('hours must be a positive figure of at most a week, per a known unit', () => {
    expect(withManifest((t) => t.replace('mindset: { hours: 1.5, per: reps }', 'mindset: { hours: 0, per: reps }')).set).toBeNull();
    expect(withManifest((t) => t.replace('mindset: { hours: 1.5, per: reps }', 'mindset: { hours: 0.75, per: calls }')).set).toBeNull();
  });
});

describe('`rubrics --sample` prices a sample', () => {
  it('prints each check\'s hours and the total, and JSON with the same figures', async () => {
    const text = await runCli(['rubrics', '--sample', 'reps=8,managers=4,deals=20']);
    expect(text.exitCode).toBe(0);
    const total = fieldworkFor(set, { reps: 8, managers: 4, deals: 20 })!.total;
    expect(text.stdout).toContain("The auditor's fieldwork for a sample of 8 reps, 4 managers and 20 deals:");
    expect(text.stdout).toContain(`Total: ${Math.round(total * 100) / 100} hours, about ${Math.ceil(total / 8)} days of eight hours`);
    const json = await runCli(['rubrics', '--sample', 'reps=8,managers=4,deals=20', '--json']);
    expect(JSON.parse(json.stdout).fieldwork.total).toBeCloseTo(total, 9);
  });

  it('refuses a sample it cannot read, exit 2, saying how to write it', async () => {
    const bad = await runCli(['rubrics', '--sample', 'reps=eight']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/reps=N,managers=N,deals=N/);
    expect(bad.stdout).toBe('');
  });

  it('refuses a count no audit sample has, rather than printing hours as 7.45e+23', async () => {
    const huge = await runCli(['rubrics', '--sample', 'reps=100000000000000000000000']);
    expect(huge.exitCode).toBe(2);
    expect(huge.stderr).toMatch(/whole numbers from 0 to 9,999/);
    expect(huge.stdout).toBe('');
    const largest = await runCli(['rubrics', '--sample', 'reps=9999']);
    expect(largest.exitCode).toBe(0);
    expect(largest.stdout).not.toMatch(/e\+\d/);
  });
});
