// The portfolio formats' names and versions, the segment fields and the benchmark's minimum: apart
// from the zod schemas (record.ts) and the benchmark (build-benchmark.ts), so that code which only
// names them (the program's help) loads neither.
export const RECORD_FORMAT = 'sales-audit-portfolio-record';
export const PACK_FORMAT = 'sales-audit-portfolio-pack';
/** The record format this version writes and reads. A file with a higher one is refused with a message, never half-read. */
export const RECORD_FORMAT_VERSION = 1;

/** No percentile, median or spread from fewer comparable audits (--min-benchmark's default). */
export const DEFAULT_MIN_BENCHMARK = 5;

/** The fields a portfolio is cut by. */
export const SEGMENT_FIELDS = ['industry', 'size', 'region', 'sale'] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];
export type Segment = Partial<Record<SegmentField, string>>;

/** The portfolio folder's own file: marks the folder, holds the salt of the organization keys. */
export const MANIFEST_NAME = 'portfolio.json';
