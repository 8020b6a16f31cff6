// The sixth VP reading solved deal qualification (3.3) by arithmetic: the answer count (evidence
// counts), the total (mean × count; the annex attainment is exact), the range, and "Leadership
// answers higher than salespeople" with the method's two-level threshold leave every split of the
// answers in which at least half of the salespeople gave one same answer. This attacker reads the
// printed discussion lines, ranges, evidence and annex attainments of acme, knows who answered each
// question (the worst case), lists every split of answers among the roles that fits, and fails if
// some role's answers come out fixed, or at least half of a role on one answer, in every split.
// It is written apart from src/core/scoring/pinned-answers.ts, so the rule is not checking itself.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { roleGroupName } from '../../src/core/report/describe-role.js';
import { groupKeyOf } from '../../src/core/scoring/group-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { splitsWithTotal } from '../helpers/answer-splits.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const THRESHOLD = 2; // the method's "two levels or more apart", as printed in it

describe('acme: no discussion line, with the printed count, total and range, solves a role', () => {
  const set = defaultSet();
  const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
  const scores = scoreAudit(set, sheets);
  const view = buildReportView(set, sheets, scores, { names: false });
  const roles = [...new Set(sheets.map((s) => s.respondent.role))];

  const lines = view.imperatives.flatMap((iv, ii) =>
    iv.questions.filter((q) => q.discussionReason !== '').map((q) => ({ q, score: scores.imperatives[ii]!.questions.find((s) => s.question.id === q.id)! })),
  );

  it('there are discussion lines to attack', () => expect(lines.length).toBeGreaterThan(0));

  it.each(lines.map((l) => [l.q.ref, l] as const))('%s', (_ref, { q, score }) => {
    const levelScores = score.answers.levelScores;
    const top = levelScores.length - 1;
    // Printed: the count (evidence), the total (annex attainment × span × count), the range.
    const n = q.seen + q.claimed;
    const attainment = Number(q.attainmentText);
    const total = Math.round(n * (levelScores[0]! + attainment * (levelScores[top]! - levelScores[0]!)));
    const range = /^(\d+) to (\d+)$/.exec(q.rangeText);
    const [lo, hi] = range === null ? [0, top] : [levelScores.indexOf(Number(range[1])), levelScores.indexOf(Number(range[2]))];
    // Known to an insider: how many of each role answered.
    const sizes = roles.map((role) => (score.answers.byRole.get(groupKeyOf(role))?.levels ?? []).reduce((a, b) => a + b, 0));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    const direction = /^(.+?) answers? higher than (.+?)\.$/.exec(q.discussionReason);
    const roleOf = (name: string) => roles.findIndex((r) => roleGroupName(r).toLowerCase() === name.toLowerCase());
    const high = direction === null ? -1 : roleOf(direction[1]!);
    const low = direction === null ? -1 : roleOf(direction[2]!);
    if (direction !== null) expect(high >= 0 && low >= 0).toBe(true);

    const sumOf = (w: number[]) => w.reduce((s, c, l) => s + c * levelScores[l]!, 0);
    const forced = sizes.map(() => levelScores.map(() => Infinity));
    const seen = sizes.map(() => new Set<string>());
    for (const pick of splitsWithTotal(levelScores, sizes, total, range === null ? null : [lo, hi])) {
      const means = pick.map((w, r) => (sizes[r] === 0 ? null : sumOf(w) / sizes[r]!));
      if (direction !== null) {
        const shown = means.filter((m): m is number => m !== null);
        if (means[high]! - means[low]! < THRESHOLD || shown.some((m) => m > means[high]! || m < means[low]!)) continue;
      }
      pick.forEach((w, r) => {
        seen[r]!.add(w.join());
        w.forEach((c, l) => (forced[r]![l] = Math.min(forced[r]![l]!, c)));
      });
    }
    const solved = roles.filter((_, r) => sizes[r]! > 0 && (seen[r]!.size === 1 || forced[r]!.some((c) => c >= Math.ceil(sizes[r]! / 2))));
    expect(solved, `"${q.discussionReason}" with ${n} answers totalling ${total}, range ${q.rangeText}`).toEqual([]);
  });
});
