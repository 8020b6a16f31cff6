import type { Imperative } from '../rubric/load-rubric-set.js';
import { roundScore } from './round-score.js';

export interface RoleScore {
  role: string;
  respondents: number;
  /** The imperative score over this role's respondents only; null when they scored nothing. */
  score: number | null;
}

export interface PerceptionGap {
  imperative: Imperative;
  /** The role that rates the imperative highest. */
  higher: RoleScore & { score: number };
  /** The role that rates it lowest. */
  lower: RoleScore & { score: number };
  /** higher.score − lower.score, in points. */
  difference: number;
}

/**
 * For each imperative scored by two roles or more, the largest difference between roles; largest
 * first, ties in imperative order. Roles see the same sales force from different places, and
 * where they disagree most is often the finding.
 */
export function perceptionGaps(imperatives: readonly { imperative: Imperative; byRole: readonly RoleScore[] }[]): PerceptionGap[] {
  const gaps: PerceptionGap[] = [];
  for (const { imperative, byRole } of imperatives) {
    const scored = byRole.filter((r): r is RoleScore & { score: number } => r.score !== null);
    if (scored.length < 2) continue;
    // First highest and first lowest in role order, so ties resolve the same way every run.
    let higher = scored[0]!;
    let lower = scored[0]!;
    for (const r of scored) {
      if (r.score > higher.score) higher = r;
      if (r.score < lower.score) lower = r;
    }
    if (higher === lower) lower = scored.find((r) => r !== higher)!;
    gaps.push({ imperative, higher, lower, difference: roundScore(higher.score - lower.score) });
  }
  return gaps.map((gap, i) => ({ gap, i })).sort((a, b) => b.gap.difference - a.gap.difference || a.i - b.i).map((x) => x.gap);
}
