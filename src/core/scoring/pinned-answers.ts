// Confidentiality by arithmetic (issue 20, sixth VP reading, class 1). A reader of one question
// knows more than its mean: how many answered it (the evidence counts add up to it), the total of
// their answers (the mean to one decimal times ten or fewer answers is exact; the annex attainment
// is exact anyway), the lowest and the highest answer (the range), how many of each shown role
// answered (the worst case: they know who was interviewed), and what the discussion line says
// ("leadership answers higher than salespeople" with the method's threshold of ROLE_SPLIT levels,
// or two camps CAMP_DISTANCE levels apart). Those facts can leave one set of answers only: the
// sixth reading solved deal qualification (3.3) that way, every leader at 3. This file is the
// attacker: it lists every split of answers among the groups that fits what is printed, and says
// whether some group's answers come out the same in every one of them. The discussion line
// (page-one.ts discussionDisclosure) prints only what leaves every group's answers open.
import { CAMP_DISTANCE, campDistance, ROLE_SPLIT } from './discussion.js';

/** What a reader of one question is told, besides the facts every question prints. */
export type DiscussionClaim =
  /** "<high> answer(s) higher than <low>": those two shown roles' means are ROLE_SPLIT or more apart, the highest and the lowest of the shown roles. */
  | { kind: 'direction'; high: number; low: number }
  /** "Two camps": the lower and upper thirds are CAMP_DISTANCE levels or more apart. */
  | { kind: 'camps' }
  /** "Respondents split": one of the two rules fired, which is not said. */
  | { kind: 'split' };

export interface PrintedQuestion {
  /** The question's level scores, lowest first. */
  levelScores: readonly number[];
  /** How many of each shown role scored it (role order), then, last, everyone else who scored it. */
  groupSizes: readonly number[];
  /** How many chose each level, per group (same order): the truth the attacker does not see. */
  groupCounts: readonly (readonly number[])[];
  /** Which groups are shown roles (the last, the rest, never is). */
  shown: readonly boolean[];
  /** Whether the lowest and highest answers are printed. */
  rangeShown: boolean;
}

/**
 * Splits of answers tried at most. A question whose groups allow more (a survey of thirty: three
 * groups of ten, 10⁹ splits) is not searched: the line that names a role's direction is then taken
 * as pinned (the report says only that respondents split), and the split and camps lines, which name
 * no role, are taken as open (their range stays). With that many answers the total and range leave
 * a great many splits; the small teams the rule is for are searched in full.
 */
const SEARCH_LIMIT = 200_000;

/** How many multisets of `size` answers over `levels` levels: C(size + levels − 1, levels − 1). */
function multisetCount(size: number, levels: number): number {
  let count = 1;
  for (let k = 1; k < levels; k++) count = (count * (size + k)) / k;
  return count;
}

type Multiset = { readonly counts: readonly number[]; readonly sum: number; readonly lo: number; readonly hi: number; readonly key: string; readonly mean: number };

// A report searches each flagged question up to twice, and its groups mostly have the same sizes
// and scale from one question to the next: the multisets of a size and scale are listed once.
// Bounded by the search limit (only searchable sizes reach here), so the cache stays small.
const listed = new Map<string, readonly Multiset[]>();

/** Every multiset of `size` level indexes, as counts per level, with its sum of level scores (listed once per size and scale). */
function multisets(size: number, levelScores: readonly number[]): readonly Multiset[] {
  const key = `${size}:${levelScores.join(',')}`;
  let out = listed.get(key);
  if (out === undefined) {
    out = listMultisets(size, levelScores);
    listed.set(key, out);
  }
  return out;
}

function listMultisets(size: number, levelScores: readonly number[]): Multiset[] {
  const out: Multiset[] = [];
  const counts = levelScores.map(() => 0);
  const walk = (level: number, left: number) => {
    if (level === levelScores.length - 1) {
      counts[level] = left;
      const sum = counts.reduce((s, n, i) => s + n * levelScores[i]!, 0);
      const lo = counts.findIndex((n) => n > 0);
      const hi = counts.length - 1 - [...counts].reverse().findIndex((n) => n > 0);
      out.push({ counts: [...counts], sum, lo: size === 0 ? -1 : lo, hi: size === 0 ? -1 : hi, key: counts.join(','), mean: size === 0 ? 0 : sum / size });
      return;
    }
    for (let n = left; n >= 0; n--) {
      counts[level] = n;
      walk(level + 1, left - n);
    }
  };
  walk(0, size);
  return out;
}

/**
 * Whether what is printed about a question (its count, the total of its answers, its range when
 * shown, the shown roles' counts, and the claim) fixes the answers of some group: in every split
 * that fits, that group gave the same answers, or at least half of it gave one same answer (read as
 * the role's answer). Also pinned when everyone's answers together come out fixed: a quote or a
 * role's imperative score can then place them.
 */
export function answersPinned(question: PrintedQuestion, claim: DiscussionClaim): boolean {
  const { levelScores, groupSizes, groupCounts, shown } = question;
  const sumOf = (counts: readonly number[]) => counts.reduce((s, n, i) => s + n * levelScores[i]!, 0);
  const total = groupCounts.reduce((s, c) => s + sumOf(c), 0);
  const all = levelScores.map((_, i) => groupCounts.reduce((s, c) => s + c[i]!, 0));
  const lo = all.findIndex((n) => n > 0);
  const hi = all.length - 1 - [...all].reverse().findIndex((n) => n > 0);
  if (lo === -1) return false;
  if (groupSizes.reduce((n, size) => n * multisetCount(size, levelScores.length), 1) > SEARCH_LIMIT) return claim.kind === 'direction';
  const options = groupSizes.map((size) => multisets(size, levelScores).filter((m) => !question.rangeShown || size === 0 || (m.lo >= lo && m.hi <= hi)));
  type Option = (typeof options)[number][number];
  const last = groupSizes.length - 1;
  // The last group's answers follow from the total: index them by their sum.
  const sumKey = (sum: number) => Math.round(sum * 1e6);
  const lastBySum = new Map<number, Option[]>();
  for (const m of options[last]!) {
    const same = lastBySum.get(sumKey(m.sum));
    if (same === undefined) lastBySum.set(sumKey(m.sum), [m]);
    else same.push(m);
  }
  const combined = levelScores.map(() => 0);
  const fits = (chosen: readonly Option[]): boolean => {
    let low = Infinity;
    let high = -Infinity;
    let minMean = Infinity;
    let maxMean = -Infinity;
    for (let g = 0; g < chosen.length; g++) {
      const m = chosen[g]!;
      if (groupSizes[g] === 0) continue;
      low = Math.min(low, m.lo);
      high = Math.max(high, m.hi);
      if (shown[g]) {
        minMean = Math.min(minMean, m.mean);
        maxMean = Math.max(maxMean, m.mean);
      }
    }
    if (question.rangeShown && (low !== lo || high !== hi)) return false;
    if (claim.kind === 'direction') {
      const top = chosen[claim.high]!.mean;
      const bottom = chosen[claim.low]!.mean;
      return top - bottom >= ROLE_SPLIT - 1e-9 && maxMean <= top + 1e-9 && minMean >= bottom - 1e-9;
    }
    if (claim.kind === 'split' && maxMean - minMean >= ROLE_SPLIT - 1e-9) return true;
    for (let l = 0; l < combined.length; l++) combined[l] = chosen.reduce((sum, m) => sum + m.counts[l]!, 0);
    return campDistance(combined) >= CAMP_DISTANCE;
  };
  // Per group, the answers it gave in the first split that fits; a group seen with two is open. And
  // per group and level, the fewest who gave it in any split: a level at least half the group must
  // have given ("at least two of the four reps answered 0") is read as the role's answer.
  const forced: number[][] = groupSizes.map(() => levelScores.map(() => Number.POSITIVE_INFINITY));
  const seen: (string | null)[] = groupSizes.map(() => null);
  const open = groupSizes.map((size) => size === 0);
  let wholeSeen: string | null = null;
  let wholeOpen = false;
  let tried = 0;
  let exhausted = false;
  // Every group open, the whole open and no level held by half a group in every split so far: nothing more to learn.
  let settled = false;
  const chosen: Option[] = [];
  const restOf = (g: number, score: number) => groupSizes.slice(g).reduce((s, n) => s + n * score, 0);
  const minRest = groupSizes.map((_, g) => restOf(g, levelScores[0]!)).concat(0);
  const maxRest = groupSizes.map((_, g) => restOf(g, levelScores.at(-1)!)).concat(0);
  const record = () => {
    chosen.forEach((m, i) => {
      m.counts.forEach((n, l) => (forced[i]![l] = Math.min(forced[i]![l]!, n)));
      if (seen[i] === null) seen[i] = m.key;
      else if (seen[i] !== m.key) open[i] = true;
    });
    const whole = combined.map((_, l) => chosen.reduce((sum, m) => sum + m.counts[l]!, 0)).join(',');
    if (wholeSeen === null) wholeSeen = whole;
    else if (wholeSeen !== whole) wholeOpen = true;
    settled = wholeOpen && open.every(Boolean) && forced.every((levels, i) => levels.every((n) => n < Math.ceil(groupSizes[i]! / 2)));
  };
  const walk = (g: number, sum: number): void => {
    if (exhausted || settled) return;
    const candidates = g === last ? (lastBySum.get(sumKey(total - sum)) ?? []) : options[g]!;
    for (const m of candidates) {
      if (++tried > 2 * SEARCH_LIMIT) {
        exhausted = true;
        return;
      }
      const next = sum + m.sum;
      if (next + minRest[g + 1]! > total + 1e-9 || next + maxRest[g + 1]! < total - 1e-9) continue;
      chosen.push(m);
      if (g === last) {
        if (fits(chosen)) record();
      } else walk(g + 1, next);
      chosen.pop();
      if (exhausted || settled) return;
    }
  };
  walk(0, 0);
  if (exhausted) return true;
  const mostForced = forced.some((levels, g) => groupSizes[g]! > 0 && levels.some((n) => n >= Math.ceil(groupSizes[g]! / 2)));
  return !wholeOpen || open.some((o) => !o) || mostForced;
}
