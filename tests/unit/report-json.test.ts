// The JSON results: the documented shape (checked with the zod schema that generates
// schemas/results.schema.json), rounding, several respondents, and anonymization.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResults } from '../../src/core/report/build-results.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { Results, resultsJsonSchema } from '../../src/core/report/results-schema.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE, TEAM_NAMES } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const set = defaultSet();
const leader = loadSheet('examples/acme-leadership.yaml', set);
const team = TEAM_EXAMPLE.map((path) => loadSheet(path, set));

const results = (sheets: typeof team, names = false, minGroup?: number) => buildResults(set, sheets, scoreAudit(set, sheets, { minGroup }), { names });

describe('JSON results', () => {
  it('match the results schema for one respondent and for a team', () => {
    expect(() => Results.parse(results([leader]))).not.toThrow();
    expect(() => Results.parse(results(team))).not.toThrow();
    expect(() => Results.parse(results(team, true))).not.toThrow();
    expect(() => Results.parse(results(team.slice(0, 4)))).not.toThrow();
  });

  it('are the rendered --format json output', () => {
    const rendered = renderReport(set, [leader], { format: 'json', names: false });
    expect(rendered.ok && JSON.parse(rendered.text)).toEqual(results([leader]));
  });

  it('carry one-decimal scores and gaps, unrounded attainment, coverage and priority', () => {
    const fixture = fixtureSet();
    const sheets = [sheet({ alpha: { q1: 3, q2: 2, q3: 1 }, beta: { q1: 1 } })];
    const out = buildResults(fixture, sheets, scoreAudit(fixture, sheets), { names: false });
    // alpha: 100 × (2×0.75 + 0.25 + 0.5) / 4 = 56.25 → 56.3, gap 70 − 56.3 = 13.7
    expect(out.imperatives[0]).toMatchObject({ id: 'alpha', weight: 2, score: 56.3, target: 70, gap: 13.7, band: 'Developing', coverage: 1 });
    expect(out.imperatives[1]).toMatchObject({ id: 'beta', score: 25, gap: 50, band: 'At risk', coverage: 0.5 });
    expect(out.imperatives[0]!.questions.map((q) => q.attainment)).toEqual([0.75, 0.25, 0.5]);
    // (2×56.3 + 25) / 3 = 45.87, kept to two decimals (round-score.ts roundOverall)
    expect(out.overall).toEqual({ score: 45.87, band: 'Developing' });
    // Every old `below` reads as at [lowest, below − 1]: each action fires at the level answered.
    const common = { effort: 'medium', requires: [], decision: null, lag: null };
    expect(out.actions).toEqual([
      { id: 'act-3', imperative: 'alpha', question: 'q2', title: 'Improve alpha two', action: 'Improve alpha two', horizon: 60, owner: 'Owner B', ...common, teamLevel: 2, next: null, priority: 1.5, rank: 1 },
      // a tie at 1: question order
      { id: 'act-2', imperative: 'alpha', question: 'q1', title: 'Embed alpha one', action: 'Embed alpha one', horizon: 90, owner: null, ...common, teamLevel: 3, next: null, priority: 1, rank: 2 },
      { id: 'act-4', imperative: 'alpha', question: 'q3', title: 'Start alpha three', action: 'Start alpha three', horizon: 30, owner: null, ...common, teamLevel: 1, next: null, priority: 1, rank: 3 },
      { id: 'act-5', imperative: 'beta', question: 'q1', title: 'Improve beta one', action: 'Improve beta one', horizon: 60, owner: null, ...common, teamLevel: 1, next: null, priority: 0.75, rank: 4 },
    ]);
    // Page one's rule: the shown plan's first items as it is numbered, by horizon (30, 60, 90), then plan rank.
    expect(out.priorities).toEqual(['act-4', 'act-3', 'act-5', 'act-2']);
  });

  it('give the note with one respondent, and every note with its role with several', () => {
    const one = results([leader]);
    expect(one.imperatives[0]!.questions[0]!.note).toMatch(/^There is a prospecting deck/);
    const many = results(team);
    const q = many.imperatives[0]!.questions[0]!;
    expect(q.note).toBeNull();
    // Leadership and managers are one pool (3 each: a member would read the other two's average, split-roles.ts).
    // Re-pinned (VP review 17, item 35): the pool answered this question, so no note of it names a group (the pool's by its
    // roles, the others' since they would name the pool by elimination); each is still judged among its own group (heldBack below).
    expect(q.notes.map((n) => [n.role, n.name])).toEqual(Array(6).fill([null, null]));
    // The data keeps every note and says which the other formats hold back (printed-notes.ts): the salesperson's quote, from a group of 4.
    expect(q.notes.map((n) => n.heldBack)).toEqual(['identifying', 'identifying', null, 'identifying', 'identifying', 'small-group-quote']);
    expect(results(team, true).imperatives[0]!.questions[0]!.notes.map((n) => n.name)).toEqual(['Priya Nair', 'Alex Morgan', 'Tom Becker', 'Sam Ortiz', 'Ana Souza', 'Riley Chen']);
    // Not flagged: the pool and the salespeople are under two levels apart, and there are no two camps.
    expect(q).toMatchObject({ respondents: 10, min: 0, max: 3, spread: 3, needsDiscussion: false, score: 1.1 });
    expect(q.evidence).toEqual({ document: 0, observed: 0, data: 0, claimed: 10 });
  });

  it('score each imperative by role and list perception gaps, largest first', () => {
    const many = results(team);
    expect(Object.keys(many.imperatives[0]!.byRole)).toEqual(['leadership or sales manager', 'salesperson']);
    // Re-pinned after rubric review 14 (class H): qualification at half weight moves the sales-interactions gap to 26.6 (was 27.1).
    expect(many.perceptionGaps[0]).toEqual({ imperative: 'sales-interactions', roles: ['leadership or sales manager', 'salesperson'], difference: 26.6 });
    expect(many.confidentiality).toEqual({ names: false, minGroup: 3, pooledRoles: ['leadership', 'sales manager'], foldedRoles: [] });
    const differences = many.perceptionGaps.map((g) => g.difference);
    expect(differences).toEqual([...differences].sort((a, b) => b - a));
  });

  it('leave every name out unless names are asked for', () => {
    const text = JSON.stringify(results(team));
    for (const name of TEAM_NAMES) expect(text).not.toContain(name);
    expect(results(team).respondents.map((r) => r.name)).toEqual(team.map(() => null));
    const named = JSON.stringify(results(team, true));
    for (const name of TEAM_NAMES) expect(named).toContain(name);
  });

  it('hold byRole, perception gaps and note roles only for roles with the minimum group', () => {
    // One leader, one manager, two salespeople: none safe at 3 or 2; with --min-group 1 every role shows.
    const small = [team[0]!, team[3]!, team[6]!, team[7]!];
    expect(small.map((s) => s.respondent.role)).toEqual(['leadership', 'sales manager', 'salesperson', 'salesperson']);
    const folded = results(small);
    expect(folded.confidentiality).toEqual({ names: false, minGroup: 3, pooledRoles: [], foldedRoles: ['leadership', 'sales manager', 'salesperson'] });
    expect(folded.imperatives.every((i) => Object.keys(i.byRole).length === 0)).toBe(true);
    expect(folded.perceptionGaps).toEqual([]);
    expect(folded.respondents.map((r) => r.role)).toEqual([null, null, null, null]);
    expect(folded.imperatives.flatMap((i) => i.questions.flatMap((q) => q.notes.map((n) => n.role)))).toEqual(expect.arrayContaining([null]));
    expect(folded.imperatives.flatMap((i) => i.questions.flatMap((q) => q.notes.map((n) => n.role))).every((r) => r === null)).toBe(true);
    // --min-group 2: two salespeople are not enough either (one of them would read the other's answers).
    const two = results(small, false, 2);
    expect(two.confidentiality.foldedRoles).toEqual(['leadership', 'sales manager', 'salesperson']);
    expect(Object.keys(two.imperatives[0]!.byRole)).toEqual([]);
    expect(two.respondents.map((r) => r.role)).toEqual([null, null, null, null]);
    expect(two.perceptionGaps).toEqual([]);
    const all = results(small, false, 1);
    expect(Object.keys(all.imperatives[0]!.byRole)).toEqual(['leadership', 'sales manager', 'salesperson']);
    expect(all.perceptionGaps.length).toBe(4);
  });

  it('show a single respondent in full whatever the minimum group', () => {
    const one = results([leader]);
    expect(one.confidentiality.foldedRoles).toEqual([]);
    expect(one.respondents[0]!.role).toBe('leadership');
    // No breakdown of one role (it is the score itself), as in every other format.
    expect(one.imperatives[0]!.byRole).toEqual({});
  });
});

describe('schemas/results.schema.json', () => {
  it('matches the zod schema (regenerate with `npm run schemas` after changing it)', () => {
    expect(readFileSync(join(REPO_ROOT, 'schemas', 'results.schema.json'), 'utf8')).toBe(resultsJsonSchema());
  });
});
