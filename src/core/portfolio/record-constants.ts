// The portfolio formats' names and versions, and the segment fields: apart from the zod schemas
// (record.ts) so that code which only names them does not load zod.
export const RECORD_FORMAT = 'sales-audit-portfolio-record';
export const PACK_FORMAT = 'sales-audit-portfolio-pack';
/** The record format this version writes and reads. A file with a higher one is refused with a message, never half-read. */
export const RECORD_FORMAT_VERSION = 1;

/** The fields a portfolio is cut by. */
export const SEGMENT_FIELDS = ['industry', 'size', 'region', 'sale'] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];
export type Segment = Partial<Record<SegmentField, string>>;

/** The portfolio folder's own file: marks the folder, holds the salt of the organization keys. */
export const MANIFEST_NAME = 'portfolio.json';
