// The attacker's listing, for the tests of confidentiality by arithmetic: every way the answers of
// a question can be split among groups of known sizes that makes the printed total and, when it is
// printed, the range. Written apart from src/core/scoring/pinned-answers.ts, plainly (every answer
// set of every group, then the filter), so the rule is not checking itself.

/** Every way `size` people can answer on `levels` levels, as counts per level. */
export function answerSets(size: number, levels: number): number[][] {
  if (levels === 1) return [[size]];
  return Array.from({ length: size + 1 }, (_, n) => answerSets(size - n, levels - 1).map((rest) => [n, ...rest])).flat();
}

/** How many chose each level, over all groups of a split. */
export function wholeOf(split: readonly (readonly number[])[], levels: number): number[] {
  return Array.from({ length: levels }, (_, l) => split.reduce((s, w) => s + w[l]!, 0));
}

/**
 * Every split (an answer set per group) whose level scores add up to `total`, with no answer
 * outside `range` (level indexes, lowest and highest) and both ends given, when `range` is printed.
 */
export function splitsWithTotal(levelScores: readonly number[], sizes: readonly number[], total: number, range: readonly [number, number] | null): number[][][] {
  const sumOf = (counts: readonly number[]) => counts.reduce((s, n, l) => s + n * levelScores[l]!, 0);
  const inRange = (w: number[]) => range === null || w.every((n, l) => n === 0 || (l >= range[0] && l <= range[1]));
  // Each answer set with its sum, so a split's total is added up as it is picked: the whole is
  // counted (for the range) only for the splits that make the total.
  const options = sizes.map((size) => answerSets(size, levelScores.length).filter(inRange).map((w) => ({ w, sum: sumOf(w) })));
  const out: number[][][] = [];
  const pick: number[][] = [];
  const walk = (g: number, sum: number): void => {
    if (g === options.length) {
      if (sum !== total) return;
      const whole = wholeOf(pick, levelScores.length);
      if (range !== null && (whole.findIndex((n) => n > 0) !== range[0] || whole.findLastIndex((n) => n > 0) !== range[1])) return;
      out.push(pick.map((w) => [...w]));
      return;
    }
    for (const option of options[g]!) {
      pick.push(option.w);
      walk(g + 1, sum + option.sum);
      pick.pop();
    }
  };
  walk(0, 0);
  return out;
}
