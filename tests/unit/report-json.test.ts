// The JSON results: the documented shape (checked with the zod schema that generates
// schemas/results.schema.json), rounding, several respondents, and anonymization.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResults } from '../../src/core/report/build-results.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { Results, resultsJsonSchema } from '../../src/core/report/results-schema.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const set = defaultSet();
const leader = loadSheet('examples/acme-leadership.yaml', set);
const team = TEAM_EXAMPLE.map((path) => loadSheet(path, set));

const results = (sheets: typeof team, anonymize = false) => buildResults(set, sheets, scoreAudit(set, sheets), { anonymize });

describe('JSON results', () => {
  it('match the results schema for one respondent and for a team', () => {
    expect(() => Results.parse(results([leader]))).not.toThrow();
    expect(() => Results.parse(results(team))).not.toThrow();
    expect(() => Results.parse(results(team, true))).not.toThrow();
  });

  it('are the rendered --format json output', () => {
    const rendered = renderReport(set, [leader], { format: 'json', template: '', anonymize: false });
    expect(rendered.ok && JSON.parse(rendered.text)).toEqual(results([leader]));
  });

  it('carry one-decimal scores and gaps, unrounded attainment, coverage and priority', () => {
    const fixture = fixtureSet();
    const sheets = [sheet({ alpha: { q1: 3, q2: 2, q3: 1 }, beta: { q1: 1 } })];
    const out = buildResults(fixture, sheets, scoreAudit(fixture, sheets), { anonymize: false });
    // alpha: 100 × (2×0.75 + 0.25 + 0.5) / 4 = 56.25 → 56.3, gap 70 − 56.3 = 13.7
    expect(out.imperatives[0]).toMatchObject({ id: 'alpha', weight: 2, score: 56.3, target: 70, gap: 13.7, band: 'Developing', coverage: 1 });
    expect(out.imperatives[1]).toMatchObject({ id: 'beta', score: 25, gap: 50, band: 'At risk', coverage: 0.5 });
    expect(out.imperatives[0]!.questions.map((q) => q.attainment)).toEqual([0.75, 0.25, 0.5]);
    // (2×56.3 + 25) / 3 = 45.87 → 45.9
    expect(out.overall).toEqual({ score: 45.9, band: 'Developing' });
    expect(out.actions).toEqual([
      { imperative: 'alpha', question: 'q2', action: 'Improve alpha two', horizon: 60, owner: 'Owner B', priority: 1.5 },
      // a tie at 1: question order
      { imperative: 'alpha', question: 'q1', action: 'Embed alpha one', horizon: 90, owner: null, priority: 1 },
      { imperative: 'alpha', question: 'q3', action: 'Start alpha three', horizon: 30, owner: null, priority: 1 },
      { imperative: 'beta', question: 'q1', action: 'Improve beta one', horizon: 60, owner: null, priority: 0.75 },
    ]);
  });

  it('give the note with one respondent, and every note with its role with several', () => {
    const one = results([leader]);
    expect(one.imperatives[0]!.questions[0]!.note).toMatch(/^There is a prospecting deck/);
    const many = results(team);
    const q = many.imperatives[0]!.questions[0]!;
    expect(q.note).toBeNull();
    expect(q.notes.map((n) => [n.role, n.name])).toEqual([
      ['leadership', 'Alex Morgan'],
      ['sales manager', 'Sam Ortiz'],
      ['salesperson', 'Riley Chen'],
    ]);
    expect(q).toMatchObject({ respondents: 3, min: 0, max: 3, spread: 3, needsDiscussion: true, score: 1.3 });
  });

  it('score each imperative by role and list perception gaps, largest first', () => {
    const many = results(team);
    expect(Object.keys(many.imperatives[0]!.byRole)).toEqual(['leadership', 'sales manager', 'salesperson']);
    expect(many.perceptionGaps[0]).toEqual({ imperative: 'differentiation', roles: ['leadership', 'salesperson'], difference: 42.5 });
    const differences = many.perceptionGaps.map((g) => g.difference);
    expect(differences).toEqual([...differences].sort((a, b) => b - a));
  });

  it('leave every name out when anonymized', () => {
    const text = JSON.stringify(results(team, true));
    for (const name of ['Alex Morgan', 'Sam Ortiz', 'Riley Chen']) expect(text).not.toContain(name);
    expect(results(team, true).respondents.map((r) => r.name)).toEqual([null, null, null]);
  });
});

describe('schemas/results.schema.json', () => {
  it('matches the zod schema (regenerate with `npm run schemas` after changing it)', () => {
    expect(readFileSync(join(REPO_ROOT, 'schemas', 'results.schema.json'), 'utf8')).toBe(resultsJsonSchema());
  });
});
