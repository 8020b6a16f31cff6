// A comparison as JSON (`compare --format json`). Pure. The Markdown, HTML and PDF go through the
// renderers (src/renderers/), from the comparison's view (build-comparison-view.ts).
import type { AuditComparison } from './compare-audits.js';

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

