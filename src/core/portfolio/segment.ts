// Segment fields: how a portfolio is cut (industry, company size band, region, sale type). Values
// are compared as written after normalizing case and spacing ("SaaS" = "saas"); the size is a band
// of the number of reps from one fixed list, so that portfolios pooled from several consultants
// cut the same way.
import { SEGMENT_FIELDS, type Segment, type SegmentField } from './record-constants.js';

/** Company size bands, by number of salespeople. */
export const SIZE_BANDS = ['1-19', '20-50', '51-100', '101-250', '251-500', '501+'] as const;

// A Map: the names are typed by the user (`--segment constructor=x` must be unknown, not Object's).
const FIELD_ALIASES = new Map<string, SegmentField>([['industry', 'industry'], ['size', 'size'], ['region', 'region'], ['sale', 'sale'], ['sale-type', 'sale'], ['saletype', 'sale']]);

export type SegmentResult = { ok: true; segment: Segment } | { ok: false; message: string };

function normalizeValue(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The size band of a number of reps ("35" → "20-50"), or the band itself; null when neither. */
export function sizeBandOf(value: string): string | null {
  const text = normalizeValue(value);
  if ((SIZE_BANDS as readonly string[]).includes(text)) return text;
  if (!/^\d+$/.test(text)) return null;
  const reps = Number(text);
  if (reps < 1) return null;
  for (const band of SIZE_BANDS) {
    const [from, to] = band.split('-').map((n) => Number.parseInt(n, 10));
    if (to === undefined || Number.isNaN(to) ? reps >= from! : reps >= from! && reps <= to) return band;
  }
  return null;
}

/** One field's value, normalized; the size as its band. */
export function normalizeSegmentValue(field: SegmentField, value: string): SegmentResult & { value?: string } {
  if (value.trim() === '') return { ok: false, message: `${field} is empty` };
  if (field !== 'size') return { ok: true, segment: { [field]: normalizeValue(value) } };
  const band = sizeBandOf(value);
  if (band === null) return { ok: false, message: `size "${value}" is not a number of salespeople nor one of the bands ${SIZE_BANDS.join(', ')}` };
  return { ok: true, segment: { size: band } };
}

/** Fields given one by one (flags, an answers header), normalized; undefined ones left out. */
export function normalizeSegment(fields: Partial<Record<SegmentField, string | undefined>>): SegmentResult {
  const segment: Segment = {};
  for (const field of SEGMENT_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    const one = normalizeSegmentValue(field, value);
    if (!one.ok) return one;
    Object.assign(segment, one.segment);
  }
  return { ok: true, segment };
}

/** `--segment industry=saas,size=20-50` to a segment. */
export function parseSegmentSpec(spec: string): SegmentResult {
  const fields: Partial<Record<SegmentField, string>> = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const name = FIELD_ALIASES.get((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase());
    if (eq === -1 || name === undefined) return { ok: false, message: `"${part.trim()}" is not field=value with a field among ${SEGMENT_FIELDS.join(', ')}` };
    if (fields[name] !== undefined) return { ok: false, message: `${name} is given twice` };
    fields[name] = part.slice(eq + 1);
  }
  return normalizeSegment(fields);
}

/** The record's segment has every field of `filter` with the same value. */
export function matchesSegment(segment: Segment, filter: Segment): boolean {
  return SEGMENT_FIELDS.every((field) => filter[field] === undefined || segment[field] === filter[field]);
}

/** "industry=saas, size=20-50", or "no segment" when empty. */
export function segmentText(segment: Segment): string {
  const parts = SEGMENT_FIELDS.filter((f) => segment[f] !== undefined).map((f) => `${f}=${segment[f]}`);
  return parts.length === 0 ? 'no segment' : parts.join(', ');
}
