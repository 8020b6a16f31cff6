// A pack: a portfolio's records made fit to pool with other consultants'. Dates are cut to the
// quarter, the organization key and name are dropped, and a segment cell (one combination of
// industry, size, region and sale type) with fewer audits than the minimum is refused whole: a
// cell of two audits in a small industry and region could point at the clients. Pure.
import { quarterOf } from './quarter.js';
import { segmentText } from './segment.js';
import { PACK_FORMAT, RECORD_FORMAT_VERSION, SEGMENT_FIELDS, type Segment, type SegmentField } from './record-constants.js';
import type { PortfolioPack, PortfolioRecord } from './record.js';

export interface PackResult {
  pack: PortfolioPack;
  /** The cells refused, with how many audits each held. */
  refusedCells: { segment: Segment; text: string; count: number }[];
  /** What every record lost, in words. */
  dropped: string[];
}

function cellKey(segment: Segment): string {
  return SEGMENT_FIELDS.map((f) => segment[f] ?? '').join('\u0000');
}

/**
 * `fields`: the segment fields the pack keeps (default all four); the others are dropped from
 * every record, so cells are cut by the kept fields only and fewer audits are refused.
 */
export function makePack(all: readonly PortfolioRecord[], minCell: number, fields: readonly SegmentField[] = SEGMENT_FIELDS): PackResult {
  const droppedFields = SEGMENT_FIELDS.filter((f) => !fields.includes(f));
  const records = droppedFields.length === 0 ? all : all.map((r) => ({ ...r, segment: Object.fromEntries(Object.entries(r.segment).filter(([f]) => fields.includes(f as SegmentField))) }));
  const cells = new Map<string, PortfolioRecord[]>();
  for (const record of records) {
    const key = cellKey(record.segment);
    const cell = cells.get(key);
    if (cell) cell.push(record);
    else cells.set(key, [record]);
  }
  const kept: PortfolioRecord[] = [];
  const refusedCells: PackResult['refusedCells'] = [];
  for (const cell of cells.values()) {
    if (cell.length < minCell) refusedCells.push({ segment: cell[0]!.segment, text: segmentText(cell[0]!.segment), count: cell.length });
    else kept.push(...cell);
  }
  const keptWithOrg = kept.filter((r) => r.organization !== undefined).length;
  const dropped = [
    'each audit date, cut to its quarter',
    'the organization key',
    ...(droppedFields.length > 0 ? [`the segment field${droppedFields.length === 1 ? '' : 's'} ${droppedFields.join(', ')}`] : []),
    ...(keptWithOrg > 0 ? [`the organization name (${keptWithOrg} record${keptWithOrg === 1 ? '' : 's'} kept one with --keep-org)`] : []),
  ];
  return {
    pack: {
      format: PACK_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      minCell,
      // The id is kept: a hash of the audit, it names nothing, and it lets a pack imported twice add nothing.
      records: kept
        .map(({ organization: _organization, orgKey: _orgKey, ...rest }) => ({ ...rest, date: quarterOf(rest.date) }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    },
    refusedCells: refusedCells.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
    dropped,
  };
}
