// The numbers of a benchmark, each written the one way the report's method states it.
import { roundScore as oneDecimal } from '../scoring/round-score.js';

/**
 * midRankPercentile in words, as the report's method and the JSON results state it. Here, not in
 * the benchmark's view: the JSON results of every report carry it, and importing it from the view
 * loaded the view and the portfolio's segment modules into every report.
 */
export const PERCENTILE_DEFINITION =
  'mid-rank percentile = 100 × (audits scoring below + 0.5 × audits scoring the same) / n, with n the comparable audits that have a score';

/**
 * Mid-rank percentile of `value` among `values`: 100 × (count below + 0.5 × count equal) / n.
 * Ties count half, so a score equal to every other is at the 50th percentile, not the 100th.
 * Scores are compared as shown, with one decimal.
 */
export function midRankPercentile(value: number, values: readonly number[]): number {
  const x = oneDecimal(value);
  let below = 0;
  let equal = 0;
  for (const v of values) {
    const y = oneDecimal(v);
    if (y < x) below++;
    else if (y === x) equal++;
  }
  return (100 * (below + 0.5 * equal)) / values.length;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation between closest ranks
 * (Hyndman and Fan's type 7, Excel's QUARTILE.INC): h = (n − 1) × p, then x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

export interface Spread {
  n: number;
  /** 10th, 25th, 50th, 75th and 90th percentiles (quantile), one decimal. */
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
}

/** The distribution's summary: quartiles and the 10th and 90th percentiles (not the extremes, which are one audit's score each). */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => oneDecimal(quantile(sorted as unknown as number[], p));
  return { n: values.length, p10: at(0.1), q1: at(0.25), median: at(0.5), q3: at(0.75), p90: at(0.9) };
}
