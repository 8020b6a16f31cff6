// `report --benchmark <dir>` (loaded by program.ts only with --benchmark or --segment): the client's audit as a record, compared with the portfolio's
// records as they are read (none is kept whole), and the section the report shows.
import type { RespondentRecord } from '../../core/answers/answer-sheet.js';
import { recordFromScores } from '../../core/portfolio/build-record.js';
import { BenchmarkBuilder } from '../../core/portfolio/build-benchmark.js';
import { DEFAULT_MIN_BENCHMARK } from '../../core/portfolio/record-constants.js';
import { parseSegmentSpec } from '../../core/portfolio/segment.js';
import { buildBenchmarkView } from '../../core/report/benchmark-view.js';
import type { RenderReportOptions } from '../../core/report/render-report.js';
import type { RubricSet } from '../../core/rubric/load-rubric-set.js';
import type { AuditScores } from '../../core/scoring/score-audit.js';
import { openPortfolio, PortfolioError } from '../../io/portfolio-folder.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { readPortfolio } from './portfolio/read-portfolio.js';
import { resolve } from 'node:path';

export interface BenchmarkOptions {
  /** --benchmark: the portfolio folder. */
  benchmark?: string;
  /** --segment industry=saas,size=20-50 */
  segment?: string;
  /** --min-benchmark: no percentile from fewer comparable audits. */
  minBenchmark?: number;
}

export function benchmarkFor(ctx: CliContext, set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, options: BenchmarkOptions): RenderReportOptions['benchmark'] {
  if (options.benchmark === undefined) throw new UsageError('--segment and --min-benchmark apply with --benchmark <portfolio folder>');
  const segment = parseSegmentSpec(options.segment ?? '');
  if (!segment.ok) throw new UsageError(`--segment: ${segment.message}`);
  let salt: string;
  try {
    salt = openPortfolio(resolve(ctx.cwd, options.benchmark), { create: false }).salt;
  } catch (error) {
    if (error instanceof PortfolioError) throw new UsageError(`--benchmark: ${error.message}`);
    throw error;
  }
  // The client as the portfolio would store it: the same numbers, and its organization key, which finds its own earlier audits.
  const client = recordFromScores(set, sheets, scores, { segment: {}, salt, keepOrg: false });
  const builder = new BenchmarkBuilder(client, { segment: segment.segment, minBenchmark: options.minBenchmark ?? DEFAULT_MIN_BENCHMARK });
  readPortfolio(ctx, options.benchmark, (record) => builder.add(record));
  const data = builder.result();
  return { data, view: buildBenchmarkView(set, data, sheets[0]?.organization ?? 'The client') };
}
