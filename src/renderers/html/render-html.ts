// The view model through a Handlebars template to one self-contained HTML page. Escaping is ON
// (HTML_TEMPLATE_OPTIONS): every {{value}} is HTML-escaped by Handlebars itself, so a note holding
// </svg><script> stays text. Its own isolated instance: never the Markdown one (noEscape).
// The charts are partials (templates/partials/), drawn from chart-geometry.ts, which adds
// positions only; every number shown comes from the view model.
import Handlebars from 'handlebars';
import type { PrecompiledTemplate, RenderResult } from '../../core/report/render-markdown.js';
import { asText, describeTemplateError, registerCommonHelpers, type HelperOptions } from '../../core/report/template-helpers.js';
import { HTML_TEMPLATE_OPTIONS } from '../../core/report/template-options.js';

export interface HtmlTemplateSet {
  /** The page template: its text (a custom one) or the shipped one precompiled. */
  main: string | PrecompiledTemplate;
  /** Shipped partials by name: styles, radar-chart, score-bars, role-bars, plan-timeline, ... */
  partials: Record<string, string | PrecompiledTemplate>;
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

/** Long user text cut for a chart label (the full text is in the table beside the chart). */
export function clipText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function compile(handlebars: typeof Handlebars, source: string | PrecompiledTemplate) {
  return typeof source === 'string' ? handlebars.compile(source, HTML_TEMPLATE_OPTIONS) : handlebars.template(source.spec);
}

export function renderHtml(templates: HtmlTemplateSet, context: object): RenderResult {
  const handlebars = Handlebars.create();
  registerCommonHelpers(handlebars);
  handlebars.registerHelper('css', (value: unknown, options: HelperOptions) => cssString(asText(value, 'css', options)));
  handlebars.registerHelper('clip', (value: unknown, max: unknown, options: HelperOptions) =>
    clipText(asText(value, 'clip', options), typeof max === 'number' && max > 1 ? max : 40),
  );
  const text = typeof templates.main === 'string' ? templates.main : templates.main.text;
  try {
    for (const [name, partial] of Object.entries(templates.partials)) handlebars.registerPartial(name, compile(handlebars, partial));
    return { ok: true, text: compile(handlebars, templates.main)(context) };
  } catch (error) {
    return { ok: false, ...describeTemplateError(error, text) };
  }
}
