// Answer sheets to the finished report text, Markdown or JSON: scoring, the view model and the
// template in one call. Pure: the template arrives as text.
import { auditTallyOf, type AuditInput } from '../scoring/audit-tally.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { scoreAudit, type AuditScores } from '../scoring/score-audit.js';
import { buildReportView } from './build-report-view.js';
import { buildResults } from './build-results.js';
import type { Benchmark } from '../portfolio/build-benchmark.js';
import type { BenchmarkView } from './benchmark-view.js';
import { renderMarkdown, type RenderResult } from './render-markdown.js';
import type { ReportTemplate } from './template-helpers.js';

export type ReportFormat = 'md' | 'json';

export interface RenderReportOptions {
  format: ReportFormat;
  /** The Markdown template: a text with its compiler, or a shipped template precompiled at build time. */
  template?: ReportTemplate;
  target?: number;
  /** Show respondent names (--names); reports are confidential without it. */
  names: boolean;
  /** Roles with fewer respondents are folded in (--min-group, default 3). */
  minGroup?: number;
  /** Priorities on page one (--focus, default 5). */
  focus?: number;
  /** Actions the plan shows in full (--plan-size, default 12): page one's priorities are its first. */
  planSize?: number;
  /** The sheets' scores with this target and minimum group, when the caller has them already (scoring 50,000 sheets takes seconds). */
  scores?: AuditScores;
  /** Print every note, approved or not (--show-identifying-notes): the consultant's working copy. */
  showIdentifyingNotes?: boolean;
  /** The comparison with a portfolio (--benchmark): the benchmark data for JSON, its section for the view. */
  benchmark?: { data: Benchmark; view: BenchmarkView };
}

export function renderReport(set: RubricSet, input: AuditInput, options: RenderReportOptions): RenderResult {
  const tally = auditTallyOf(set, input);
  const sheets = tally.respondents;
  const scores = options.scores ?? scoreAudit(set, tally, { target: options.target, minGroup: options.minGroup });
  if (options.format === 'json') {
    return { ok: true, text: `${JSON.stringify(buildResults(set, sheets, scores, { ...options, benchmark: options.benchmark?.data }), null, 2)}\n` };
  }
  if (options.template === undefined) throw new Error('internal: a Markdown report needs its template');
  // The template's context is the view model and `brand` (the CLI's renderers pass --brand; none here).
  return renderMarkdown(options.template, { ...buildReportView(set, sheets, scores, { ...options, benchmark: options.benchmark?.view }), brand: null });
}
