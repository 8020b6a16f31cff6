// What a portfolio holds: counts by segment field, by quarter and by rubric version, and what a
// segment still needs to reach the minimum for a benchmark. Pure.
import { quarterOf } from './quarter.js';
import { SEGMENT_FIELDS, type SegmentField } from './record-constants.js';
import type { PortfolioRecord } from './record.js';

export interface PortfolioStats {
  total: number;
  minBenchmark: number;
  byVersion: { version: string | null; count: number }[];
  byQuarter: { quarter: string; count: number }[];
  /** Per field, each value's count ("unspecified" for records without it), most first; `missing` = audits still needed to reach the minimum. */
  byField: { field: SegmentField; values: { value: string; count: number; missing: number }[] }[];
  /** Each combination of the four fields, with what it lacks. */
  cells: { text: string; count: number; missing: number }[];
}

export const UNSPECIFIED = 'unspecified';

function countsOf<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

const mostFirst = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

export function portfolioStats(records: readonly PortfolioRecord[], minBenchmark: number): PortfolioStats {
  const missing = (count: number) => Math.max(0, minBenchmark - count);
  return {
    total: records.length,
    minBenchmark,
    byVersion: [...countsOf(records.map((r) => r.rubrics.version))].map(([version, count]) => ({ version, count })).sort(mostFirst),
    byQuarter: [...countsOf(records.map((r) => quarterOf(r.date)))].map(([quarter, count]) => ({ quarter, count })).sort((a, b) => (a.quarter < b.quarter ? -1 : 1)),
    byField: SEGMENT_FIELDS.map((field) => ({
      field,
      values: [...countsOf(records.map((r) => r.segment[field] ?? UNSPECIFIED))].map(([value, count]) => ({ value, count, missing: missing(count) })).sort(mostFirst),
    })),
    cells: [...countsOf(records.map((r) => SEGMENT_FIELDS.map((f) => `${f}=${r.segment[f] ?? UNSPECIFIED}`).join(', ')))]
      .map(([text, count]) => ({ text, count, missing: missing(count) }))
      .sort((a, b) => mostFirst(a, b) || (a.text < b.text ? -1 : 1)),
  };
}
