// The view model through a Handlebars template to one self-contained HTML page. Escaping is ON
// (HTML_TEMPLATE_OPTIONS): every {{value}} is HTML-escaped by Handlebars itself, so a note holding
// </svg><script> stays text. Its own isolated instance: never the Markdown one (noEscape).
// The charts are partials (templates/partials/), drawn from chart-geometry.ts, which adds
// positions only; every number shown comes from the view model.
import type { RenderResult } from '../../core/report/render-markdown.js';
import { asText, compileTemplate, describeTemplateError, handlebarsFor, registerCommonHelpers, type HelperOptions, type ReportTemplate } from '../../core/report/template-helpers.js';
import { htmlChecksPointer } from '../../core/report/checks-place.js';
import { HTML_TEMPLATE_OPTIONS } from '../../core/report/template-options.js';
import { UNPRINTED } from '../../core/report/unprinted.js';

export interface HtmlTemplateSet {
  /** The page template: a custom one, or the shipped one precompiled. */
  main: ReportTemplate;
  /** Shipped partials by name: styles, radar-chart, score-bars, role-bars, plan-timeline, ... */
  partials: Record<string, ReportTemplate>;
}

/**
 * Text as the contents of a CSS string ("..."), for the running header in @page: everything but
 * ASCII letters, digits and spaces becomes a CSS hex escape, so no quote, backslash, angle bracket
 * or line break survives (nothing can end the string or the <style> element), and the HTML
 * escaping that follows changes nothing.
 */
export function cssString(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[A-Za-z0-9 ]$/.test(char)) out += char;
    else out += `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return out;
}

/** Escaped HTML: a range of figures ("0–4", "10-15") in a span that does not break. */
export function keepFiguresTogether(escaped: string): string {
  return escaped.replace(/\d+(?:\.\d+)?[\u2013-]\d+(?:\.\d+)?/g, (run) => `<span class="nowrap">${run}</span>`);
}

/** Long user text cut for a chart label (the full text is in the table beside the chart). */
export function clipText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function renderHtml(templates: HtmlTemplateSet, context: object): RenderResult {
  const handlebars = handlebarsFor([templates.main, ...Object.values(templates.partials)]);
  registerCommonHelpers(handlebars);
  handlebars.registerHelper('css', (value: unknown, options: HelperOptions) => cssString(asText(value, 'css', options)));
  // {{checks text}}: the text escaped, and the name of the checks box a link to it, with "(page two)" in print (checks-place.ts).
  handlebars.registerHelper('checks', (value: unknown, options: HelperOptions) =>
    new handlebars.SafeString(htmlChecksPointer(handlebars.escapeExpression(asText(value, 'checks', options)))),
  );
  // {{figures text}}: the text escaped, each span of figures ("0–4") kept on one line: a narrow
  // column broke "Checked level (0–4)", now "What we found (0–4)", after the dash (twelfth VP reading, class 10).
  handlebars.registerHelper('figures', (value: unknown, options: HelperOptions) =>
    new handlebars.SafeString(keepFiguresTogether(handlebars.escapeExpression(asText(value, 'figures', options)))),
  );
  handlebars.registerHelper('clip', (value: unknown, max: unknown, options: HelperOptions) =>
    clipText(asText(value, 'clip', options), typeof max === 'number' && max > 1 ? max : 40),
  );
  try {
    for (const [name, partial] of Object.entries(templates.partials)) handlebars.registerPartial(name, compileTemplate(handlebars, partial, HTML_TEMPLATE_OPTIONS));
    // Handlebars escapes markup, not control characters: an ESC or a right-to-left override typed in
    // a note would reach the page raw (unprinted.ts). The templates hold none.
    return { ok: true, text: compileTemplate(handlebars, templates.main, HTML_TEMPLATE_OPTIONS)(context).replace(UNPRINTED, '') };
  } catch (error) {
    return { ok: false, ...describeTemplateError(error, templates.main.text) };
  }
}
