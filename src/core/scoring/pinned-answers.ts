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
  | { kind: 'split' }
  /** Nothing beyond what every question prints (its count, total and range): the range's own test (ninth VP reading, class 1c). */
  | { kind: 'none' };

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
  /**
   * The smallest group whose size the report prints (the respondents line: "4 salespeople"). Where
   * at least that many gave one same answer in every split that fits, a reader takes it for that
   * group's answer (tenth VP reading, class 5: Q4.2's mean 2.0, range 1 to 3 and two camps left
   * 4/2/4 or 5/0/5, read as "the four reps said 1"), and the answers count as pinned.
   */
  knownGroup?: number;
}

/**
 * How many different sets of everyone's answers must fit what is printed for the whole to count as
 * open. Two are a near-solve: acme's Q4.2 (six answers, mean 2.0, range 1 to 3, two camps) left
 * 2/2/2 or 3/0/3, and each respondent could test their guess against their own answer (tenth VP
 * reading, class 5). With three or more, no count of any level is known to within one answer.
 */
export const WHOLE_SETS_OPEN = 3;

/**
 * The largest search: a question whose groups allow more splits than this, counted without the
 * printed facts (a survey of thirty: three groups of ten, 10⁹ splits), is not searched: the line
 * that names a role's direction is then taken as pinned (the report says only that respondents
 * split), and the split and camps lines, which name no role, are taken as open (their range stays).
 * With that many answers the total and range leave a great many splits; the small teams the rule
 * is for are searched in full.
 */
export const SEARCH_LIMIT = 200_000;

/** How many multisets of `size` answers over `levels` levels: C(size + levels − 1, levels − 1). */
function multisetCount(size: number, levels: number): number {
  let count = 1;
  for (let k = 1; k < levels; k++) count = (count * (size + k)) / k;
  return count;
}

type Multiset = { readonly counts: readonly number[]; readonly sum: number; readonly lo: number; readonly hi: number; readonly mean: number };

// The multisets of one group size, level range and sum, listed once per process: a report asks up
// to three claims of each flagged question, and its groups have the same sizes from one question
// to the next. Only what a search reaches is listed, so the cache stays small. Each multiset is
// one object, in one list: a search compares them by identity.
const listed = new Map<string, readonly Multiset[]>();

/**
 * Every multiset of `size` answers on the levels `from`..`to` whose level scores add up to `sum`,
 * as counts per level. Level scores are integers and increase (the rubric schema's rule), so the
 * walk over levels drops a branch as soon as what is left cannot reach the sum.
 */
function multisetsWithSum(size: number, levelScores: readonly number[], from: number, to: number, sum: number): readonly Multiset[] {
  const key = `${size}:${from}:${to}:${sum}:${levelScores.join(',')}`;
  let out = listed.get(key);
  if (out !== undefined) return out;
  const found: Multiset[] = [];
  const counts = levelScores.map(() => 0);
  const walk = (level: number, left: number, rest: number) => {
    if (level === to) {
      if (left * levelScores[to]! !== rest) return;
      counts[to] = left;
      const lo = counts.findIndex((n) => n > 0);
      const hi = counts.findLastIndex((n) => n > 0);
      found.push({ counts: [...counts], sum, lo, hi, mean: size === 0 ? 0 : sum / size });
      counts[to] = 0;
      return;
    }
    for (let n = left; n >= 0; n--) {
      // The n answers here and the others above this level must still be able to make `rest`.
      const after = rest - n * levelScores[level]!;
      if (after < (left - n) * levelScores[level + 1]! || after > (left - n) * levelScores[to]!) continue;
      counts[level] = n;
      walk(level + 1, left - n, after);
    }
    counts[level] = 0;
  };
  walk(from, size, sum);
  out = found;
  listed.set(key, out);
  return out;
}

/** The sums `size` answers on the levels `from`..`to` can make. */
function sumsOf(size: number, levelScores: readonly number[], from: number, to: number): Set<number> {
  let sums = new Set([0]);
  for (let k = 0; k < size; k++) {
    const next = new Set<number>();
    for (const s of sums) for (let l = from; l <= to; l++) next.add(s + levelScores[l]!);
    sums = next;
  }
  return sums;
}

/** What a search found: whether some group's answers are pinned, and how many whole splits it had to check. */
export interface PinSearch {
  pinned: boolean;
  /** Splits of every answer among the groups that add up to the printed total and were checked against the rest of what is printed. */
  splitsChecked: number;
}

/**
 * Whether what is printed about a question (its count, the total of its answers, its range when
 * shown, the shown roles' counts, and the claim) fixes the answers of some group: in every split
 * that fits, that group gave the same answers, or at least half of it gave one same answer (read as
 * the role's answer). Also pinned when everyone's answers together come out fixed: a quote or a
 * role's imperative score can then place them, and when fewer than WHOLE_SETS_OPEN sets fit; and when, in every split, as many people as the
 * smallest printed group (`knownGroup`) gave one same answer.
 */
export function answersPinned(question: PrintedQuestion, claim: DiscussionClaim): boolean {
  return searchPinned(question, claim).pinned;
}

/**
 * answersPinned, with the work it took. The search first chooses each group's total, among those
 * its answers can make and only where the groups after it can still make the rest (the last
 * group's total follows); a claim about roles is checked on the totals alone; then it lists the
 * answer sets with those totals. It stops as soon as every group and the whole have been seen
 * with two different sets of answers and no level holds half a group in every split seen: more
 * splits cannot pin anything then.
 */
export function searchPinned(question: PrintedQuestion, claim: DiscussionClaim): PinSearch {
  const { levelScores, groupSizes, groupCounts, shown } = question;
  const sumOf = (counts: readonly number[]) => counts.reduce((s, n, i) => s + n * levelScores[i]!, 0);
  const total = groupCounts.reduce((s, c) => s + sumOf(c), 0);
  const all = levelScores.map((_, i) => groupCounts.reduce((s, c) => s + c[i]!, 0));
  const lo = all.findIndex((n) => n > 0);
  const hi = all.findLastIndex((n) => n > 0);
  if (lo === -1) return { pinned: false, splitsChecked: 0 };
  if (groupSizes.reduce((n, size) => n * multisetCount(size, levelScores.length), 1) > SEARCH_LIMIT) return { pinned: claim.kind === 'direction', splitsChecked: 0 };
  // With the range printed, no answer lies outside it.
  const [from, to] = question.rangeShown ? [lo, hi] : [0, levelScores.length - 1];
  // An empty group gave no answers in every split; the others are listed smallest first, so that the
  // largest, the last, is the one whose answers follow from the total.
  const empty = multisetsWithSum(0, levelScores, from, to, 0)[0]!;
  const order = groupSizes.map((_, g) => g).filter((g) => groupSizes[g]! > 0);
  order.sort((a, b) => groupSizes[a]! - groupSizes[b]!);
  const sums = order.map((g) => [...sumsOf(groupSizes[g]!, levelScores, from, to)]);
  // What the groups from the i-th in that order on can add up to.
  const reachable: Set<number>[] = [new Set([0])];
  for (let i = order.length - 1; i >= 0; i--) {
    const after = reachable[0]!;
    const here = new Set<number>();
    for (const s of sums[i]!) for (const t of after) here.add(s + t);
    reachable.unshift(here);
  }
  const chosen: Multiset[] = groupSizes.map(() => empty);
  const combined = levelScores.map(() => 0);
  const combine = () => {
    for (let l = 0; l < combined.length; l++) combined[l] = chosen.reduce((sum, m) => sum + m.counts[l]!, 0);
  };
  // Whether the answers chosen, with the group totals they were chosen for, fit what is printed.
  let rolesApart = false;
  const fits = (): boolean => {
    if (question.rangeShown) {
      let low = Infinity;
      let high = -Infinity;
      for (const g of order) {
        low = Math.min(low, chosen[g]!.lo);
        high = Math.max(high, chosen[g]!.hi);
      }
      if (low !== lo || high !== hi) return false;
    }
    // A role's direction is a fact about the means: the totals were checked (totalsFit).
    if (claim.kind === 'direction' || claim.kind === 'none' || (claim.kind === 'split' && rolesApart)) return true;
    combine();
    return campDistance(combined) >= CAMP_DISTANCE;
  };
  // Per group, the answers it gave in the first split that fits; a group seen with two is open. And
  // per group and level, the fewest who gave it in any split: a level at least half the group must
  // have given ("at least two of the four reps answered 0") is read as the role's answer.
  const half = groupSizes.map((size) => Math.ceil(size / 2));
  const forced: number[][] = groupSizes.map(() => levelScores.map(() => Number.POSITIVE_INFINITY));
  const seen: (Multiset | null)[] = groupSizes.map(() => null);
  const open = groupSizes.map((size) => size === 0);
  // The different sets of everyone's answers seen, up to WHOLE_SETS_OPEN.
  const wholeSeen = new Set<string>();
  let wholeOpen = false;
  // Per level, the fewest of everyone who gave it in any split: as many as a printed group, in every split, reads as that group's answer.
  const wholeForced = levelScores.map(() => Number.POSITIVE_INFINITY);
  const knownGroup = question.knownGroup ?? Number.POSITIVE_INFINITY;
  let splitsChecked = 0;
  // Every group open, the whole open and no level held by half a group in every split so far: nothing more to learn.
  let settled = false;
  const record = () => {
    chosen.forEach((m, g) => {
      m.counts.forEach((n, l) => (forced[g]![l] = Math.min(forced[g]![l]!, n)));
      if (seen[g] === null) seen[g] = m;
      else if (seen[g] !== m) open[g] = true;
    });
    combine();
    if (!wholeOpen) {
      wholeSeen.add(combined.join(','));
      wholeOpen = wholeSeen.size >= WHOLE_SETS_OPEN;
    }
    combined.forEach((n, l) => (wholeForced[l] = Math.min(wholeForced[l]!, n)));
    settled =
      wholeOpen &&
      open.every(Boolean) &&
      wholeForced.every((n) => n < knownGroup) &&
      forced.every((levels, g) => groupSizes[g] === 0 || levels.every((n) => n < half[g]!));
  };
  // First each group's total (the means follow from them, and so whether a claim about roles holds),
  // then, for the totals that can fit, each group's answers with that total.
  const last = order.length - 1;
  const groupSum = groupSizes.map(() => 0);
  // The shown roles' means, from the totals: a direction claim holds or not whatever the answers
  // are; the split claim holds whatever they are when two roles' means are ROLE_SPLIT apart, else
  // only where the answers make two camps.
  const totalsFit = (): boolean => {
    const means = order.filter((g) => shown[g]).map((g) => groupSum[g]! / groupSizes[g]!);
    const [minMean, maxMean] = [Math.min(...means), Math.max(...means)];
    rolesApart = maxMean - minMean >= ROLE_SPLIT - 1e-9;
    if (claim.kind !== 'direction') return true;
    const mean = (g: number) => (groupSizes[g] === 0 ? 0 : groupSum[g]! / groupSizes[g]!);
    const [top, bottom] = [mean(claim.high), mean(claim.low)];
    return top - bottom >= ROLE_SPLIT - 1e-9 && maxMean <= top + 1e-9 && minMean >= bottom - 1e-9;
  };
  const answersWithSums = (i: number): void => {
    const g = order[i]!;
    for (const m of multisetsWithSum(groupSizes[g]!, levelScores, from, to, groupSum[g]!)) {
      chosen[g] = m;
      if (i < last) answersWithSums(i + 1);
      else {
        splitsChecked++;
        if (fits()) record();
      }
      if (settled) return;
    }
  };
  const sumsWalk = (i: number, sum: number): void => {
    const g = order[i]!;
    for (const s of i === last ? [total - sum] : sums[i]!) {
      if (!reachable[i + 1]!.has(total - sum - s)) continue;
      groupSum[g] = s;
      if (i < last) sumsWalk(i + 1, sum + s);
      else if (totalsFit()) answersWithSums(0);
      if (settled) return;
    }
  };
  sumsWalk(0, 0);
  const mostForced = forced.some((levels, g) => groupSizes[g]! > 0 && levels.some((n) => n >= half[g]!));
  const groupSized = wholeForced.some((n) => n >= knownGroup);
  return { pinned: !wholeOpen || open.some((o) => !o) || mostForced || groupSized, splitsChecked };
}
