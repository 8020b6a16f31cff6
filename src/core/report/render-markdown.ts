// The view model through a Handlebars template to Markdown. Handlebars HTML-escapes by default;
// we write Markdown, so escaping is off (noEscape) and every user text goes through {{md}}
// instead. strict: a typo in a template field fails loudly instead of printing nothing.
// Prototype access stays denied (the Handlebars default since 4.6).
import Handlebars from 'handlebars';
import { escapeHeading, escapeMarkdown } from './escape-markdown.js';
import type { ReportView } from './report-view.js';
import { TEMPLATE_OPTIONS } from './template-options.js';

export type RenderResult = { ok: true; text: string } | { ok: false; message: string };

/** A shipped template compiled at build time (scripts/build.mjs), with the text it was compiled from. */
export interface PrecompiledTemplate {
  text: string;
  spec: Parameters<typeof Handlebars.template>[0];
}

interface HelperOptions {
  loc?: { start?: { line?: number; column?: number } };
}

class MissingFieldError extends Error {
  constructor(
    helper: string,
    readonly line: number | undefined,
  ) {
    super(`{{${helper}}}${line === undefined ? '' : ` on line ${line}`} refers to a field the view model does not have (see docs/report.md)`);
  }
}

/** strict mode checks {{field}} but not helper arguments ({{md field}}, {{#if field}}): we do. */
function missing(helper: string, options: HelperOptions | undefined): Error {
  return new MissingFieldError(helper, options?.loc?.start?.line);
}

function asText(value: unknown, helper: string, options?: HelperOptions): string {
  if (value === undefined) throw missing(helper, options);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '';
  throw new Error(`{{${helper}}} takes text or a number, not ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/**
 * Renders a report template (its text, not a path: the core reads no files). Template errors,
 * syntax or a missing field, come back as a message naming the line where Handlebars knows it.
 */
export function renderMarkdown<View extends object = ReportView>(source: string | PrecompiledTemplate, view: View): RenderResult {
  const template = typeof source === 'string' ? source : source.text;
  const handlebars = Handlebars.create();
  handlebars.registerHelper('md', (value: unknown, options: HelperOptions) => escapeMarkdown(asText(value, 'md', options)));
  handlebars.registerHelper('heading', (value: unknown, options: HelperOptions) => escapeHeading(asText(value, 'heading', options)));
  // {{plural count "question"}} → "1 question", "3 questions"; a third argument for irregular plurals.
  handlebars.registerHelper('plural', (count: unknown, singular: unknown, ...rest: unknown[]) => {
    const options = rest[rest.length - 1] as HelperOptions;
    if (typeof count !== 'number') throw missing('plural', options);
    const word = asText(singular, 'plural', options);
    const plural = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${word}s`;
    return `${count} ${count === 1 ? word : plural}`;
  });
  for (const name of ['if', 'unless', 'each', 'with']) {
    const builtin = handlebars.helpers[name]!;
    handlebars.registerHelper(name, function (this: unknown, value: unknown, options: HelperOptions) {
      if (value === undefined) throw missing(`#${name}`, options);
      return builtin.call(this, value, options);
    });
  }
  try {
    // The same compiler made the precompiled spec, with the same options: the output is identical.
    const compiled = typeof source === 'string' ? handlebars.compile<View>(template, TEMPLATE_OPTIONS) : handlebars.template<View>(source.spec);
    return { ok: true, text: tidyMarkdown(compiled(view)) };
  } catch (error) {
    if (error instanceof MissingFieldError && error.line !== undefined) {
      return { ok: false, message: `${error.message}: line ${error.line}: ${template.split('\n')[error.line - 1]?.trim() ?? ''}` };
    }
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
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
