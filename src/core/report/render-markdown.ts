// The view model through a Handlebars template to Markdown. Handlebars HTML-escapes by default;
// we write Markdown, so escaping is off (noEscape) and every user text goes through {{md}}
// instead. strict: a typo in a template field fails loudly instead of printing nothing.
// Prototype access stays denied (the Handlebars default since 4.6).
import Handlebars from 'handlebars';
import { escapeHeading, escapeMarkdown } from './escape-markdown.js';
import type { ReportView } from './report-view.js';

export type RenderResult = { ok: true; text: string } | { ok: false; message: string };

function asText(value: unknown, helper: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '';
  throw new Error(`{{${helper}}} takes text or a number, not ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/**
 * Renders a report template (its text, not a path: the core reads no files). Template errors,
 * syntax or a missing field, come back as a message naming the line where Handlebars knows it.
 */
export function renderMarkdown(template: string, view: ReportView): RenderResult {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('md', (value: unknown) => escapeMarkdown(asText(value, 'md')));
  handlebars.registerHelper('heading', (value: unknown) => escapeHeading(asText(value, 'heading')));
  // {{plural count "question"}} → "1 question", "3 questions"; a third argument for irregular plurals.
  handlebars.registerHelper('plural', (count: unknown, singular: unknown, ...rest: unknown[]) => {
    const n = Number(count);
    const plural = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${asText(singular, 'plural')}s`;
    return `${n} ${n === 1 ? asText(singular, 'plural') : plural}`;
  });
  try {
    const compiled = handlebars.compile<ReportView>(template, { noEscape: true, strict: true });
    return { ok: true, text: tidyMarkdown(compiled(view)) };
  } catch (error) {
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
