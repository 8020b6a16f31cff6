// The portfolio benchmark: percentiles against a hand-computed reference, the minimum n, mixed
// rubric versions and changed questions, the pack's suppression, and no organization in a
// record or a pack.
import { describe, expect, it } from 'vitest';
import { BenchmarkBuilder, type Benchmark, type BenchmarkOptions } from '../../src/core/portfolio/build-benchmark.js';
import { makePack } from '../../src/core/portfolio/make-pack.js';
import { parsePack, parseRecord, serializeRecord } from '../../src/core/portfolio/parse-record.js';
import { midRankPercentile, quantile, spreadOf } from '../../src/core/portfolio/percentile.js';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type PortfolioRecord } from '../../src/core/portfolio/record.js';
import { organizationKey, recordFromScores } from '../../src/core/portfolio/build-record.js';
import { parseSegmentSpec } from '../../src/core/portfolio/segment.js';
import { buildBenchmarkView } from '../../src/core/report/benchmark-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

let counter = 0;
/** A record with one imperative "i" of one question "q" (levels 0–4), the given scores. */
/** The benchmark of a client's record against a list of records, added one by one as `report --benchmark` adds a portfolio's. */
function buildBenchmark(client: PortfolioRecord, records: readonly PortfolioRecord[], options: BenchmarkOptions): Benchmark {
  const builder = new BenchmarkBuilder(client, options);
  for (const r of records) builder.add(r);
  return builder.result();
}

function record(overall: number | null, options: { version?: string | null; levels?: number[]; orgKey?: string; segment?: PortfolioRecord['segment']; date?: string; organization?: string } = {}): PortfolioRecord {
  counter++;
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    id: counter.toString(16).padStart(24, '0'),
    date: options.date ?? '2026-05-10',
    ...(options.organization === undefined ? {} : { organization: options.organization }),
    orgKey: options.orgKey ?? `org${counter}`,
    segment: options.segment ?? {},
    rubrics: { title: 'Set', digest: 'sha256:x', version: options.version === undefined ? '1' : options.version },
    respondents: { total: 1, byRole: {}, folded: 1 },
    overall,
    imperatives: [{ id: 'i', weight: 1, score: overall, byRole: {}, questions: ['q'], weights: [1], levels: [(options.levels ?? [0, 1, 2, 3, 4]).join(',')], scores: [overall === null ? null : overall / 25], questionsByRole: {} }],
  };
}

describe('percentiles (golden, computed by hand)', () => {
  // Portfolio: 20, 30, 30, 40, 50, 60, 70, 80 (n = 8). Client 30: below 1 (20), equal 2 (30, 30).
  // Mid-rank = 100 × (1 + 0.5 × 2) / 8 = 25. Client 55: below 5, equal 0 → 62.5.
  const values = [50, 20, 30, 80, 30, 40, 70, 60];
  it('mid-rank percentile', () => {
    expect(midRankPercentile(30, values)).toBe(25);
    expect(midRankPercentile(55, values)).toBe(62.5);
    expect(midRankPercentile(10, values)).toBe(0);
    expect(midRankPercentile(80, values)).toBe(93.75); // below 7, equal 1: (7 + 0.5) / 8
  });
  it('type-7 quartiles', () => {
    // sorted 20 30 30 40 50 60 70 80; h = 7p. Q1: h = 1.75 → 30 + 0.75 × 0 = 30. Median: h = 3.5 → 40 + 0.5 × 10 = 45.
    // Q3: h = 5.25 → 60 + 0.25 × 10 = 62.5. P10: h = 0.7 → 20 + 0.7 × 10 = 27. P90: h = 6.3 → 70 + 0.3 × 10 = 73.
    expect(spreadOf(values)).toEqual({ n: 8, p10: 27, q1: 30, median: 45, q3: 62.5, p90: 73 });
    expect(quantile([5], 0.5)).toBe(5);
  });
  it('the benchmark and its view use the same numbers', () => {
    const client = record(30, { orgKey: 'client' });
    const b = buildBenchmark(client, values.map((v) => record(v)), { segment: {}, minBenchmark: 5 });
    expect(b.overall).toMatchObject({ n: 8, percentile: 25, spread: { median: 45, q1: 30, q3: 62.5 } });
    const view = buildBenchmarkView(fixtureSet(), b, 'Client');
    expect(view.rows[0]).toMatchObject({ percentileText: '25th', positionText: 'lower half', medianText: '45.0', iqrText: '30.0 to 62.5', nText: '8' });
    expect(view.methodItems.map((m) => m.text).join(' ')).toContain('100 × (audits scoring below + 0.5 × audits scoring the same) / n');
  });
});

describe('minimum n', () => {
  it('shows no percentile, median or spread below the minimum, and says so', () => {
    const client = record(30, { orgKey: 'client' });
    const b = buildBenchmark(client, [record(20), record(40), record(50), record(60)], { segment: {}, minBenchmark: 5 });
    expect(b.overall).toMatchObject({ n: 4, percentile: null, spread: null });
    const view = buildBenchmarkView(fixtureSet(), b, 'Client');
    expect(view.available).toBe(false);
    expect(view.rows[0]!.percentileText).toBe('–');
    expect(view.notes.join(' ')).toContain('fewer than 5 comparable audits');
    // One more audit reaches the minimum.
    const five = buildBenchmark(client, [record(20), record(40), record(50), record(60), record(70)], { segment: {}, minBenchmark: 5 });
    expect(five.overall.percentile).toBe(20); // below 1 (20) of 5: 100 × 1 / 5
  });
  it("leaves the client's own audits out", () => {
    const client = record(30, { orgKey: 'same' });
    const b = buildBenchmark(client, [record(20, { orgKey: 'same' }), record(40)], { segment: {}, minBenchmark: 1 });
    expect(b).toMatchObject({ ownAudits: 1, compared: 1 });
  });
});

describe('mixed rubric versions', () => {
  it('counts other versions out with a sentence, and never compares a question whose levels changed', () => {
    const client = record(50, { orgKey: 'client' });
    const same = [10, 20, 30, 40, 60].map((v) => record(v));
    const other = [record(90, { version: '2' }), record(95, { version: '2' }), record(99, { version: null })];
    const changed = record(70, { levels: [1, 2, 3, 4, 5] });
    const b = buildBenchmark(client, [...same, ...other, changed], { segment: {}, minBenchmark: 5 });
    expect(b.otherVersions).toEqual([{ version: '2', count: 2 }, { version: null, count: 1 }]);
    expect(b.compared).toBe(6);
    // The changed question's record is out of the imperative and overall comparisons: n stays 5.
    expect(b.overall.n).toBe(5);
    expect(b.imperatives[0]!.all.n).toBe(5);
    expect(b.imperatives[0]!.otherQuestions).toBe(1);
    expect(b.changedQuestions).toEqual([{ imperativeId: 'i', questionId: 'q', count: 1 }]);
    const notes = buildBenchmarkView(fixtureSet(), b, 'Client').notes.join(' ');
    expect(notes).toContain('3 audits used another version of the rubrics (version 2 and an unversioned set) and are not compared');
    expect(notes).toContain('had other level scores in 1 audit');
  });
  it('filters by segment', () => {
    const seg = parseSegmentSpec('industry=SaaS,size=35');
    expect(seg).toEqual({ ok: true, segment: { industry: 'saas', size: '20-50' } });
    const client = record(50, { orgKey: 'client' });
    const b = buildBenchmark(client, [record(10, { segment: { industry: 'saas', size: '20-50' } }), record(20, { segment: { industry: 'retail' } })], { segment: seg.ok ? seg.segment : {}, minBenchmark: 1 });
    expect(b).toMatchObject({ compared: 1, otherSegment: 1 });
  });
});

describe('packs and confidentiality', () => {
  it('drops dates to the quarter and the organization, refuses small segment cells and says what it dropped', () => {
    const big = Array.from({ length: 5 }, () => record(50, { segment: { industry: 'saas' }, date: '2026-11-26', organization: 'Acme Corp' }));
    const small = Array.from({ length: 2 }, () => record(50, { segment: { industry: 'retail', region: 'apac' } }));
    const { pack, refusedCells, dropped } = makePack([...big, ...small], 5);
    expect(pack.records).toHaveLength(5);
    expect(refusedCells).toEqual([{ segment: { industry: 'retail', region: 'apac' }, text: 'industry=retail, region=apac', count: 2 }]);
    expect(dropped.join(' ')).toContain('quarter');
    expect(dropped.join(' ')).toContain('organization name');
    const text = JSON.stringify(pack);
    expect(text).not.toContain('Acme');
    expect(text).not.toContain('orgKey');
    expect(text).not.toContain('2026-11-26');
    expect(pack.records[0]!.date).toBe('2026-Q4');
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(true);
  });
  it('cuts cells by the kept fields only, and says which fields it dropped', () => {
    const records = [
      ...Array.from({ length: 3 }, () => record(50, { segment: { industry: 'saas', region: 'emea' } })),
      ...Array.from({ length: 3 }, () => record(50, { segment: { industry: 'saas', region: 'apac' } })),
    ];
    expect(makePack(records, 5).pack.records).toHaveLength(0);
    const byIndustry = makePack(records, 5, ['industry']);
    expect(byIndustry.pack.records).toHaveLength(6);
    expect(byIndustry.pack.records.every((r) => r.segment.region === undefined)).toBe(true);
    expect(byIndustry.dropped).toContain('the segment fields size, region, sale');
  });
  it('keeps no name, note or organization in a record without keepOrg', () => {
    const set = fixtureSet();
    const sheets = [sheet({ alpha: { q1: { score: 2, note: 'Secret note from Dana' } } }, { name: 'Dana Lee', role: 'leadership' }, { organization: 'Acme Corp' })];
    const scores = scoreAudit(set, sheets, {});
    const salt = '0'.repeat(32);
    const plain = serializeRecord(recordFromScores(set, sheets, scores, { segment: {}, salt, keepOrg: false }));
    expect(plain).not.toMatch(/Acme|Dana|Secret/);
    expect(plain).toContain(organizationKey('Acme Corp', salt));
    const kept = serializeRecord(recordFromScores(set, sheets, scores, { segment: {}, salt, keepOrg: true }));
    expect(kept).toContain('Acme Corp');
    expect(kept).not.toMatch(/Dana|Secret/);
    // The same audit gives the same id, with or without the name: adding it twice changes nothing.
    expect(JSON.parse(kept).id).toBe(JSON.parse(plain).id);
  });
  it('refuses a record from a newer format with a clear message, and locates a damaged one', () => {
    const newer = parseRecord(JSON.stringify({ format: RECORD_FORMAT, formatVersion: 2 }));
    expect(newer).toMatchObject({ ok: false, rule: 'portfolio-newer-format' });
    expect(!newer.ok && newer.message).toContain('update sales-audit');
    const damaged = parseRecord('{\n  "format": "sales-audit-portfolio-record",\n  "id": \n}');
    expect(damaged).toMatchObject({ ok: false, rule: 'portfolio-corrupt-record', line: 4 });
    expect(parseRecord('hello')).toMatchObject({ ok: false, rule: 'portfolio-foreign-file' });
  });
});
