import { listText, lowerFirstWord } from './format.js';

/**
 * Page one's bands, said once where a Band column would not discriminate (fourteenth VP reading,
 * class 10: "At risk" on three of four imperatives and on the overall carried no information):
 * "At risk: the overall score and every imperative but effective sales interactions (Developing).",
 * where one band holds most of the imperatives; null where the bands differ enough for the column
 * to tell the rows apart (no band holds over half of them), or where fewer than two are scored.
 */
export function bandLine(rows: readonly { title: string; band: string | null }[], overall: string | null): string | null {
  const banded = rows.filter((r): r is { title: string; band: string } => r.band !== null);
  const common = commonBand(rows);
  if (common === null) return null;
  const others = banded.filter((r) => r.band !== common);
  const imperatives = others.length === 0 ? 'every imperative' : `every imperative but ${listText(others.map((r) => `${lowerFirstWord(r.title)} (${r.band})`))}`;
  const own = overall === null || overall === common ? '' : ` Overall: ${overall}.`;
  return `${common}: ${overall === common ? 'the overall score and ' : ''}${imperatives}.${own}`;
}

/**
 * The band most imperatives share, where one holds over half of two or more scored: page one says
 * it once (bandLine), and a section prints its band only where it differs (VP reading 17, item 37:
 * "At risk" on four of five scores told the reader nothing). null where the bands tell the rows apart.
 */
export function commonBand(rows: readonly { band: string | null }[]): string | null {
  const banded = rows.flatMap((r) => (r.band === null ? [] : [r.band]));
  if (banded.length < 2) return null;
  const counts = new Map<string, number>();
  for (const band of banded) counts.set(band, (counts.get(band) ?? 0) + 1);
  const [common, n] = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best));
  return n * 2 > banded.length ? common : null;
}
