// compare speaks as the report does (h-done15, from a fresh-clone walk of issue 20's "labels built
// from ids"): an action's owner is the resolved title the report prints ("VP Sales" where the
// client has no sales operations), never the rubric's key ("sales-ops", "first-line-managers"),
// and each side's dates are one range ("20 to 26 November 2026"), not every day of fieldwork.
import { describe, expect, it } from 'vitest';
import { compareAudits } from '../../src/core/compare/compare-audits.js';
import { buildComparisonView } from '../../src/core/compare/build-comparison-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet } from '../helpers/report-fixtures.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const sheetsOf = (folder: string) =>
  readdirSync(join(REPO_ROOT, folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => loadSheet(`${folder}/${name}`, set));
const before = sheetsOf('examples/acme-2026-05');
const after = sheetsOf('examples/acme');
const comparison = compareAudits(set, before, after);
const actions = [...comparison.done, ...comparison.stopped, ...comparison.added, ...comparison.open];
const ownerKeys = Object.keys(set.owners ?? {});

describe("compare's actions name their owner as the report does", () => {
  it('(the comparison has actions whose rubric owner is a key with a fallback, else this proves nothing)', () => {
    expect(actions.length).toBeGreaterThan(10);
    const keys = new Set(scoreAudit(set, after).actions.map((a) => a.recommendation.owner));
    expect(keys.has('sales-ops')).toBe(true);
  });

  it('every owner is the title the report prints for the same action, and none is a catalog key', () => {
    const printed = new Map(scoreAudit(set, after).actions.map((a) => [a.recommendation.action, a.owner]));
    for (const a of comparison.added.concat(comparison.open)) expect(a.owner).toBe(printed.get(a.action));
    for (const a of actions) expect(ownerKeys).not.toContain(a.owner);
  });

  it('the view prints the same titles', () => {
    const view = buildComparisonView(set, comparison);
    const owners = [...view.added, ...view.openTop].map((a) => a.ownerText);
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(ownerKeys).not.toContain(owner);
  });
});

describe('--client-has and --client-lacks resolve owners in compare as in the report', () => {
  it('a client with sales operations and HR: their titles, as scoreAudit gives them for the same flags', () => {
    const client = { has: ['sales-ops', 'hr'], lacks: [] };
    const withRoles = compareAudits(set, before, after, { client });
    const printed = new Map(scoreAudit(set, after, { client }).actions.map((a) => [a.recommendation.action, a.owner]));
    const owners = withRoles.added.concat(withRoles.open).map((a) => a.owner);
    expect(owners).toContain('Sales operations');
    expect(owners).toContain('HR lead');
    for (const a of withRoles.added.concat(withRoles.open)) expect(a.owner).toBe(printed.get(a.action));
  });
});

describe("compare's dates", () => {
  it("each side's fieldwork as one range, as the report's header gives it", () => {
    const view = buildComparisonView(set, comparison);
    expect(view.datesBefore).toBe('11 to 15 May 2026');
    expect(view.datesAfter).toBe('20 to 26 November 2026');
  });
});

describe('compare withholds what each side\'s report withholds', () => {
  it('a question too few answered to show on a side is not among the questions that moved (its mean would give each of them the others\' answers)', () => {
    const a = scoreAudit(set, before);
    const b = scoreAudit(set, after);
    const shown = (scores: typeof a, imperative: string, question: string) =>
      scores.imperatives.find((r) => r.imperative.id === imperative)!.questions.find((q) => q.question.id === question)!.figuresShown;
    // On acme, some question changed its mean between the audits while a side withholds it (else this proves nothing).
    const withheldChanges = a.imperatives.flatMap((r, i) =>
      r.questions.filter((q, j) => {
        const y = b.imperatives[i]!.questions[j]!;
        return q.meanScore !== null && y.meanScore !== null && q.meanScore !== y.meanScore && (!q.figuresShown || !y.figuresShown);
      }),
    );
    expect(withheldChanges.length).toBeGreaterThan(0);
    expect(comparison.moved.length).toBeGreaterThan(0);
    for (const m of comparison.moved) {
      expect(shown(a, m.imperative, m.question), m.question).toBe(true);
      expect(shown(b, m.imperative, m.question), m.question).toBe(true);
    }
  });
});
