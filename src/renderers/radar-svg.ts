// The radar chart as an SVG file of its own, for a Markdown report written to a file: VS Code's
// preview, pandoc and any Markdown viewer show a picture where Mermaid is not rendered. The same
// partial as the HTML report's radar, with its styles inside the file, escaping on.
import type { ReportView } from '../core/report/report-view.js';
import { radarGeometry, reportCharts } from './html/chart-geometry.js';
import { renderHtml, type HtmlTemplateSet } from './html/render-html.js';
import { renderedFromTemplate, type Rendered } from './renderer.js';

// In a module of its own, so that checking output names does not load the templates.
export { radarFileName } from './radar-file-name.js';

/** Whether the report has a radar to draw (three or more scored imperatives). */
export function hasRadar(view: ReportView): boolean {
  return radarGeometry(view) !== null;
}

export function renderRadarSvg(view: ReportView, templates: HtmlTemplateSet): Rendered {
  return renderedFromTemplate(renderHtml(templates, { ...view, charts: reportCharts(view), standaloneSvg: true }));
}
