// The benchmark as the JSON results carry it (benchmark-results.ts is the schema). Apart from the
// schema so a report without --benchmark never loads zod for it.
import type { Benchmark, Distribution } from '../portfolio/build-benchmark.js';
import type { BenchmarkResults } from './benchmark-results.js';
import { PERCENTILE_DEFINITION } from '../portfolio/percentile.js';

function dist(d: Distribution) {
  const s = d.spread;
  return { n: d.n, client: d.client, percentile: d.percentile, median: s?.median ?? null, q1: s?.q1 ?? null, q3: s?.q3 ?? null, p10: s?.p10 ?? null, p90: s?.p90 ?? null };
}

export function benchmarkResults(b: Benchmark): BenchmarkResults {
  const question = (q: Benchmark['above'][number]) => ({ imperative: q.imperativeId, question: q.questionId, client: q.client, median: q.median, difference: q.difference, n: q.n, percentile: q.percentile });
  return {
    definition: PERCENTILE_DEFINITION,
    minBenchmark: b.minBenchmark,
    segment: { ...b.segment } as Record<string, string>,
    version: b.version,
    read: b.read,
    compared: b.compared,
    from: b.from,
    to: b.to,
    otherVersions: b.otherVersions,
    otherSegment: b.otherSegment,
    ownAudits: b.ownAudits,
    overall: { ...dist(b.overall), otherQuestions: b.overallOtherQuestions },
    imperatives: b.imperatives.map((i) => ({ id: i.id, ...dist(i.all), otherQuestions: i.otherQuestions, byRole: i.byRole.map((r) => ({ role: r.role, ...dist(r) })) })),
    above: b.above.map(question),
    below: b.below.map(question),
    changedQuestions: b.changedQuestions.map((c) => ({ imperative: c.imperativeId, question: c.questionId, count: c.count })),
  };
}
