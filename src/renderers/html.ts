// HTML: one self-contained page (inline CSS and SVG, nothing fetched), from the view model plus
// the charts' geometry (`charts`), through an HTML template with escaping on.
import { comparisonCharts } from './html/compare-chart-geometry.js';
import { reportCharts } from './html/chart-geometry.js';
import { renderHtml } from './html/render-html.js';
import { renderedFromTemplate, type RenderInput, type Renderer, type RenderOptions, type Rendered } from './renderer.js';

/** What an HTML template receives: the view model's fields, `charts` (positions for the SVG partials) and `brand` (--brand, or null). */
export function htmlContext(input: RenderInput, options: Pick<RenderOptions, 'brand'> = {}): object {
  // standaloneSvg: a chart partial adds its own styles when it is a file of its own (chart-svg.ts).
  return input.kind === 'report'
    ? { ...input.view, charts: reportCharts(input.view), standaloneSvg: false, brand: options.brand ?? null }
    : { ...input.view, charts: comparisonCharts(input.view), standaloneSvg: false, brand: options.brand ?? null };
}

export function renderHtmlPage(input: RenderInput, options: RenderOptions): Rendered {
  if (options.htmlTemplates === undefined) throw new Error('the HTML renderer needs its templates');
  return renderedFromTemplate(renderHtml(options.htmlTemplates, htmlContext(input, options)));
}

export const htmlRenderer: Renderer = {
  async render(input, options) {
    return renderHtmlPage(input, options);
  },
};
