// The view model through a Handlebars template to Markdown. Handlebars HTML-escapes by default;
// we write Markdown, so escaping is off (noEscape) and every user text goes through {{md}}
// instead. strict: a typo in a template field fails loudly instead of printing nothing.
// Prototype access stays denied (the Handlebars default since 4.6).
import { markdownChecksPointer } from './checks-place.js';
import { escapeHeading, escapeMarkdown } from './escape-markdown.js';
import type { ReportView } from './report-view.js';
import { asText, compileTemplate, describeTemplateError, handlebarsFor, registerCommonHelpers, type HelperOptions, type ReportTemplate, type TemplateFailure } from './template-helpers.js';
import { TEMPLATE_OPTIONS } from './template-options.js';

export type RenderResult = { ok: true; text: string } | ({ ok: false } & TemplateFailure);

/**
 * Renders a report template (its text or its build-time spec, not a path: the core reads no
 * files). Template errors, syntax or a missing field, come back as a message naming the line
 * where Handlebars knows it.
 */
export function renderMarkdown<View extends object = ReportView>(source: ReportTemplate, view: View): RenderResult {
  const handlebars = handlebarsFor([source]);
  handlebars.registerHelper('md', (value: unknown, options: HelperOptions) => escapeMarkdown(asText(value, 'md', options)));
  // {{checks text}}: as {{md}}, and the name of the checks box becomes a link to it (checks-place.ts).
  handlebars.registerHelper('checks', (value: unknown, options: HelperOptions) => markdownChecksPointer(escapeMarkdown(asText(value, 'checks', options))));
  handlebars.registerHelper('heading', (value: unknown, options: HelperOptions) => escapeHeading(asText(value, 'heading', options)));
  registerCommonHelpers(handlebars);
  try {
    // The same compiler made the precompiled spec, with the same options: the output is identical.
    return { ok: true, text: tidyMarkdown(compileTemplate<View>(handlebars, source, TEMPLATE_OPTIONS)(view)) };
  } catch (error) {
    return { ok: false, ...describeTemplateError(error, source.text) };
  }
}

/**
 * Blank-line hygiene a template cannot always guarantee with optional sections: no trailing
 * spaces, never two blank lines in a row, exactly one final newline (markdownlint MD009, MD012,
 * MD047). Lines inside fenced code blocks are left as they are.
 */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    const line = inFence ? raw : raw.replace(/[ \t]+$/, '');
    if (!inFence && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
