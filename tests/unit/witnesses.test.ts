// Whose answers set a question's level (rubric review 15, class A and edit 1; scoring/witnesses.ts):
// the roles a question names in `scoredBy`, who can see what its levels read. Leadership, asked
// about reps' records it is told not to look at, answered with an impression that was averaged
// into the level as a claim. Each class is checked here: validate's rules, the level and the term,
// the views beside them, the fallback said once, and that no combination of what is shown gives a
// group under the minimum (the level now rests on fewer people).
import { describe, expect, it } from 'vitest';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import type { SourceFile } from '../../src/core/source/parse-yaml-source.js';
import { groupSafe } from '../../src/core/scoring/figure-roles.js';
import { questionRoleFigures } from '../../src/core/scoring/question-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { defaultTemplate } from '../helpers/report-fixtures.js';
import { sheet } from '../helpers/scoring-fixtures.js';

const file = (path: string, content: string): SourceFile => ({ path, content, size: Buffer.byteLength(content) });

const question = (id: string, extra: string) => `  - id: ${id}
    measures: Whether each rep keeps the record.
    roles: [leadership, sales manager, salesperson]
${extra}    prompt: Does each rep keep it?
    help: H.
    levels:
      - { score: 0, label: None, description: None of three reps. }
      - { score: 1, label: Some, description: One or two of three. }
      - { score: 2, label: All, description: All three. }
      - { score: 3, label: Kept, description: All three and revised this quarter. }
    recommendations:
      - { id: ${id}-start, at: 0, action: Start it., horizon: 30, owner: vp }
      - { id: ${id}-keep, at: 1, action: Keep it., horizon: 60, owner: vp }
`;
const RUBRIC = `id: work
title: Work
summary: S.
questions:
${question('records', '    scoredBy: [sales manager, salesperson]\n')}${question('records-too', '    scoredBy: [salesperson, sales manager]\n')}${question('everyone', '')}`;
const MANIFEST = 'owners:\n  vp: { title: VP Sales }\n';

function load(rubric = RUBRIC) {
  return loadRubricSet([file('work.yaml', rubric), file('_set.yaml', MANIFEST)]);
}
const LOADED = load();
if (LOADED.set === null) throw new Error(JSON.stringify(LOADED.diagnostics));
const SET = LOADED.set;

/** Respondents of each role, each answering every question with the role's score. */
function team(counts: { leadership: number; manager: number; rep: number }, scores: { leadership: number; manager: number; rep: number }) {
  const sheets = [];
  for (const [role, key] of [['leadership', 'leadership'], ['sales manager', 'manager'], ['salesperson', 'rep']] as const) {
    for (let i = 0; i < counts[key]; i++) {
      const s = scores[key];
      sheets.push(sheet({ work: { records: s, 'records-too': (s + i) % 4, everyone: s } }, { name: `${role} ${i}`, role }));
    }
  }
  return sheets;
}

describe('validate: a witness is a role of the set that the question asks', () => {
  const rules = (rubric: string) => load(rubric).diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`);
  it('the fixture is clean', () => expect(rules(RUBRIC)).toEqual([]));
  it('scored-by-not-asked: a witness the question does not ask, located at it', () => {
    expect(rules(RUBRIC.replace('roles: [leadership, sales manager, salesperson]\n    scoredBy: [sales manager, salesperson]', 'roles: [leadership, sales manager]\n    scoredBy: [sales manager, salesperson]'))).toEqual(['scored-by-not-asked work.yaml:8']);
  });
  it("role-unknown: a witness the set does not have (which the question cannot ask either)", () => {
    expect(rules(RUBRIC.replace('scoredBy: [sales manager, salesperson]', 'scoredBy: [sales-mgr, salesperson]'))).toEqual(['role-unknown work.yaml:8', 'scored-by-not-asked work.yaml:8']);
  });
});

describe('the level and the term rest on the witnesses; the others answer as a view', () => {
  // Leadership rates the records 3, four managers 1, four reps 0: the witnesses place the team at 0.
  const scores = scoreAudit(SET, team({ leadership: 3, manager: 4, rep: 4 }, { leadership: 3, manager: 1, rep: 0 }));
  const [records, , everyone] = scores.imperatives[0]!.questions;

  it("leadership's impression enters neither the level nor the mean; on a question without witnesses it does", () => {
    expect(records!.respondents).toBe(8);
    expect(records!.meanScore).toBe(0.5);
    expect(records!.teamLevel).toBe(0);
    expect(records!.basis.withoutWitnesses).toBe(false);
    expect(everyone!.respondents).toBe(11);
    expect(everyone!.teamLevel).toBe(1);
  });

  it('the step fires from the witnesses\' level', () => {
    const fired = scores.actions.map((a) => a.recommendation.id);
    expect(fired).toContain('records-start');
    expect(fired).not.toContain('records-keep');
  });

  it("where every group is large enough, leadership's view is shown by role and in the perception gap", () => {
    const big = scoreAudit(SET, team({ leadership: 4, manager: 4, rep: 4 }, { leadership: 3, manager: 1, rep: 0 }));
    const figures = questionRoleFigures(big.imperatives[0]!.questions[0]!, big);
    expect(big.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager', 'salesperson']);
    expect(figures.means).toEqual([3, 1, 0]);
    expect(big.imperatives[0]!.questions[0]!.meanScore).toBe(0.5);
    expect(big.perceptionGaps[0]?.higher.role).toBe('leadership');
  });
});

describe('no witness answered: the level rests on those who did, said once', () => {
  const vp = [sheet({ work: { records: 2, 'records-too': 2, everyone: 2 } }, { name: 'VP', role: 'leadership' })];
  it('the VP alone is scored on their own answers', () => {
    const q = scoreAudit(SET, vp).imperatives[0]!.questions[0]!;
    expect(q.basis).toEqual({ keys: null, withoutWitnesses: true });
    expect(q.teamLevel).toBe(2);
  });
  it('the report says so once, plainly', () => {
    const view = buildReportView(SET, vp, scoreAudit(SET, vp), { names: false });
    expect(view.evidenceLine).toContain('2 questions are scored by sales managers and salespeople, who can see what they read; none of them answered, so those levels rest on what leadership said.');
    const md = renderReport(SET, vp, { format: 'md', names: false, template: defaultTemplate() });
    if (!md.ok) throw new Error(md.message);
    expect(md.text.split('none of them answered').length - 1).toBe(1);
  });
});

/**
 * Whether a subset of role atoms (0/1 per atom) is a linear combination of the known ones: the
 * figures printed are sums over groups of roles (a mean × its count), so a reader can add and
 * subtract them; a group whose sum they give is recoverable.
 */
function inSpan(known: number[][], target: number[]): boolean {
  const rank = (rows: number[][]) => {
    const m = rows.map((r) => [...r]);
    let r = 0;
    for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
      const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
      if (p === -1) continue;
      [m[r], m[p]] = [m[p]!, m[r]!];
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const f = m[i]![c]! / m[r]![c]!;
        for (let k = c; k < m[i]!.length; k++) m[i]![k]! -= f * m[r]![k]!;
      }
      r++;
    }
    return r;
  };
  return rank(known) === rank([...known, target]);
}

describe('adversarial teams: no combination of what a question shows gives a group under the minimum', () => {
  const CASES = [
    { leadership: 2, manager: 4, rep: 4 },
    { leadership: 1, manager: 3, rep: 6 },
    { leadership: 3, manager: 3, rep: 4 },
    { leadership: 4, manager: 3, rep: 4 },
    { leadership: 4, manager: 4, rep: 3 },
    { leadership: 5, manager: 2, rep: 6 },
    { leadership: 4, manager: 4, rep: 4 },
  ];
  for (const counts of CASES) {
    it(`${counts.leadership} leaders, ${counts.manager} managers, ${counts.rep} reps`, () => {
      const scores = scoreAudit(SET, team(counts, { leadership: 3, manager: 1, rep: 0 }));
      const atoms = ['leadership', 'sales manager', 'salesperson'];
      for (const q of scores.imperatives[0]!.questions) {
        const sizes = atoms.map((key) => q.answers.byRole.get(key)?.levels.reduce((a, b) => a + b, 0) ?? 0);
        const known: number[][] = [];
        // The question's own figures (its mean × its count) where printed: over its basis.
        if (q.figuresShown) known.push(atoms.map((key) => (q.basis.keys === null || q.basis.keys.includes(key) ? 1 : 0)));
        const { means } = questionRoleFigures(q, scores);
        scores.shownRoles.forEach((group, r) => {
          if (means[r] !== null) known.push(atoms.map((key) => (group.keys.includes(key) ? 1 : 0)));
        });
        if (known.length === 0) continue;
        for (let mask = 1; mask < 1 << atoms.length; mask++) {
          const target = atoms.map((_, i) => (mask >> i) & 1);
          const size = target.reduce((n, on, i) => n + on * sizes[i]!, 0);
          if (size === 0 || !inSpan(known, target)) continue;
          expect(groupSafe(size, scores.minGroup), `${q.question.id}: ${atoms.filter((_, i) => target[i]).join(' + ')} (${size}) recoverable`).toBe(true);
        }
      }
    });
  }
});
