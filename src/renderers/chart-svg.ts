// The scores chart as an SVG file of its own, for a Markdown report written to a file: VS Code's
// preview, pandoc and any Markdown viewer show a picture where Mermaid is not rendered. The same
// bars as the HTML and PDF report (and the deck's columns), from the same partial, with its styles
// inside the file, escaping on. (It was a radar: a reader of three formats saw two charts.)
import type { ReportView } from '../core/report/report-view.js';
import { reportCharts } from './html/chart-geometry.js';
import { renderHtml, type HtmlTemplateSet } from './html/render-html.js';
import { renderedFromTemplate, type Rendered } from './renderer.js';

// In a module of its own, so that checking output names does not load the templates.
export { chartFileName } from './chart-file-name.js';

/**
 * Whether the report has a scores chart to draw (an imperative with a score). A report with scores
 * by role draws none: its bars repeated page one's table (tenth VP reading, class 9), and the
 * HTML's one chart is then the roles' (role-bars), beside their table.
 */
export function hasChart(view: ReportView): boolean {
  return !view.multipleRoles && view.imperatives.some((i) => i.score !== null);
}

export function renderChartSvg(view: ReportView, templates: HtmlTemplateSet): Rendered {
  return renderedFromTemplate(renderHtml(templates, { ...view, charts: reportCharts(view), standaloneSvg: true }));
}
