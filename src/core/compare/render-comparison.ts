// A comparison to its finished text: Markdown through the compare template, or JSON. Pure.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { renderMarkdown, type RenderResult } from '../report/render-markdown.js';
import type { ReportTemplate } from '../report/template-helpers.js';
import type { AuditComparison } from './compare-audits.js';
import { buildComparisonView } from './build-comparison-view.js';

/** The JSON shape of `sales-audit compare --format json` (documented in docs/compare.md). */
export function comparisonResults(comparison: AuditComparison) {
  return {
    organization: comparison.organization.after ?? comparison.organization.before,
    before: { dates: comparison.dates.before, respondents: comparison.respondents.before, rubricDigests: comparison.rubrics.before },
    after: { dates: comparison.dates.after, respondents: comparison.respondents.after, rubricDigests: comparison.rubrics.after },
    rubrics: { digest: comparison.rubrics.current, changed: comparison.rubrics.changed },
    overall: { before: comparison.overall.before, after: comparison.overall.after, delta: comparison.overall.delta },
    imperatives: comparison.imperatives.map(({ id, title, before, after, delta }) => ({ id, title, before, after, delta })),
    moved: comparison.moved,
    actions: { done: comparison.done, added: comparison.added, open: comparison.open },
    notComparable: comparison.notComparable,
  };
}

export function renderComparison(set: RubricSet, comparison: AuditComparison, options: { format: 'md' | 'json'; template: ReportTemplate }): RenderResult {
  if (options.format === 'json') return { ok: true, text: `${JSON.stringify(comparisonResults(comparison), null, 2)}\n` };
  return renderMarkdown(options.template, { ...buildComparisonView(set, comparison), brand: null });
}
