// The benchmark in the JSON results (`report --format json --benchmark`): the zod schema that is
// its contract (to-benchmark-results.ts fills it). Percentiles unrounded, as the
// results give attainment and priority, so a program can round them its own way.
import * as z from 'zod';

const Dist = {
  n: z.int().min(0).meta({ description: 'Comparable audits with a score.' }),
  client: z.number().nullable().meta({ description: "This audit's score." }),
  percentile: z.number().min(0).max(100).nullable().meta({ description: 'Mid-rank percentile, unrounded; null when n is below minBenchmark or the client has no score.' }),
  median: z.number().nullable(),
  q1: z.number().nullable().meta({ description: '25th percentile (type 7 quantile); null when n is below minBenchmark.' }),
  q3: z.number().nullable(),
  p10: z.number().nullable(),
  p90: z.number().nullable(),
};

const BenchmarkQuestion = z.strictObject({
  imperative: z.string(),
  question: z.string(),
  client: z.number().meta({ description: 'Mean level score of this audit.' }),
  median: z.number().meta({ description: "The portfolio's median of the same question." }),
  difference: z.number().meta({ description: 'client − median, in levels.' }),
  n: z.int().min(1),
  percentile: z.number().min(0).max(100),
});

export const BenchmarkResults = z
  .strictObject({
    definition: z.string().meta({ description: 'How the percentile is computed.' }),
    minBenchmark: z.int().min(1),
    segment: z.record(z.string(), z.string()).meta({ description: 'The segment compared with (--segment); empty for the whole portfolio.' }),
    version: z.string().nullable().meta({ description: 'The rubric set version compared on.' }),
    read: z.int().min(0).meta({ description: 'Records read from the portfolio.' }),
    compared: z.int().min(0).meta({ description: 'Records on the same version, in the segment, other than this organization’s own.' }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    otherVersions: z.array(z.strictObject({ version: z.string().nullable(), count: z.int().min(1) })),
    otherSegment: z.int().min(0),
    ownAudits: z.int().min(0),
    overall: z.strictObject({ ...Dist, otherQuestions: z.int().min(0) }),
    imperatives: z.array(z.strictObject({ id: z.string(), ...Dist, otherQuestions: z.int().min(0), byRole: z.array(z.strictObject({ role: z.string(), ...Dist })) })),
    above: z.array(BenchmarkQuestion).meta({ description: 'Questions furthest above the portfolio median, largest first.' }),
    below: z.array(BenchmarkQuestion).meta({ description: 'Questions furthest below the portfolio median, largest first.' }),
    changedQuestions: z.array(z.strictObject({ imperative: z.string(), question: z.string(), count: z.int().min(1) })),
  })
  .meta({ title: 'Benchmark', description: 'How this audit compares with a portfolio of past audits (report --benchmark).' });

export type BenchmarkResults = z.output<typeof BenchmarkResults>;
