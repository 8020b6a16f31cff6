// The helpers every report template has, Markdown or HTML: {{plural}}, and strict checks on
// helper arguments ({{#if field}}, {{#each field}}), which Handlebars' strict mode does not make.
// Registered on an isolated Handlebars instance; each format adds its own escaping helpers.
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
import { escapeRegExp } from './format.js';

/**
 * A template to render. A shipped one arrives compiled at build time (scripts/build.mjs): its spec
 * runs on Handlebars' runtime alone. A text (a custom --template, or a shipped template edited
 * after the build) arrives with the compiler, which only it loads: the compiler and its source-map
 * library are about 240 KB of the 300 KB a report would otherwise load for Handlebars.
 */
export type ReportTemplate = { text: string; spec: TemplateSpecification } | { text: string; compiler: typeof Handlebars };
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** An isolated Handlebars instance that can run these templates: the runtime's, unless one of them needs the compiler. */
export function handlebarsFor(templates: readonly ReportTemplate[]): typeof Handlebars {
  const text = templates.find((template) => 'compiler' in template);
  return text === undefined ? HandlebarsRuntime.create() : text.compiler.create();
}

/** The template as a function of its context; a text is compiled with `options` (the same ones the build used). */
export function compileTemplate<Context>(handlebars: typeof Handlebars, template: ReportTemplate, options: CompileOptions): HandlebarsTemplateDelegate<Context> {
  return 'spec' in template ? handlebars.template<Context>(template.spec) : handlebars.compile<Context>(template.text, options);
}

export interface HelperOptions {
  loc?: { start?: { line?: number; column?: number } };
}

export class MissingFieldError extends Error {
  constructor(
    helper: string,
    /** Where the helper is in the template: 1-based line, 0-based column (Handlebars' own). */
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(`{{${helper}}} refers to a field the view model does not have (see docs/report.md)`);
  }
}

/** strict mode checks {{field}} but not helper arguments ({{md field}}, {{#if field}}): we do. */
export function missing(helper: string, options: HelperOptions | undefined): Error {
  return new MissingFieldError(helper, options?.loc?.start?.line, options?.loc?.start?.column);
}

export function asText(value: unknown, helper: string, options?: HelperOptions): string {
  if (value === undefined) throw missing(helper, options);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '';
  throw new Error(`{{${helper}}} takes text or a number, not ${Array.isArray(value) ? 'a list' : typeof value}`);
}

export function registerCommonHelpers(handlebars: typeof Handlebars): void {
  // {{plural count "question"}} → "1 question", "3 questions"; a third argument for irregular plurals.
  handlebars.registerHelper('plural', (count: unknown, singular: unknown, ...rest: unknown[]) => {
    const options = rest[rest.length - 1] as HelperOptions;
    if (typeof count !== 'number') throw missing('plural', options);
    const word = asText(singular, 'plural', options);
    const plural = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${word}s`;
    return `${count} ${count === 1 ? word : plural}`;
  });
  // {{capital group}} → "Sales managers": a column header starts with a capital; the view keeps the
  // lower-case plural for use inside a sentence.
  handlebars.registerHelper('capital', (value: unknown, options: HelperOptions) => {
    const text = asText(value, 'capital', options);
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
  for (const name of ['if', 'unless', 'each', 'with']) {
    const builtin = handlebars.helpers[name]!;
    handlebars.registerHelper(name, function (this: unknown, value: unknown, options: HelperOptions) {
      if (value === undefined) throw missing(`#${name}`, options);
      return builtin.call(this, value, options);
    });
  }
}

/** A place in a template, 1-based. */
export interface TemplatePosition {
  line: number;
  column: number;
}

/** A template failure in words, and where it is in the template when that can be told. */
export interface TemplateFailure {
  message: string;
  at?: TemplatePosition;
}

/**
 * A template failure as one message and its position in `template` (the text that was rendered).
 * Handlebars reports places in several ways: a missing field in strict mode as "- line:column"
 * with lineNumber and column set, a syntax error as "Parse error on line N:" and an excerpt with a
 * caret, a missing partial not at all (its first use is looked up). A position that does not fit
 * the template (the failure was in a shipped partial) is left out rather than guessed.
 */
export function describeTemplateError(error: unknown, template: string): TemplateFailure {
  const lines = template.split('\n');
  const at = (line: number | undefined, column: number | undefined): TemplatePosition | undefined =>
    line !== undefined && column !== undefined && line >= 1 && line <= lines.length && column >= 0 && column <= lines[line - 1]!.length ? { line, column: column + 1 } : undefined;
  if (error instanceof MissingFieldError) return { message: error.message, at: at(error.line, error.column) };
  const message = error instanceof Error ? error.message : String(error);
  const { lineNumber, column } = (error ?? {}) as { lineNumber?: number; column?: number };

  const field = /^"([^"]+)" not defined in .* - \d+:\d+$/s.exec(message);
  if (field) {
    const place = at(lineNumber, column);
    // Only where the template has that name: else the failure was in a partial.
    const fits = place !== undefined && lines[place.line - 1]!.slice(place.column - 1).includes(field[1]!);
    return { message: `{{${field[1]}}} is neither a field of the view model here nor a helper (see docs/report.md)`, at: fits ? place : undefined };
  }

  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(message);
  if (parse && / got 'EOF'$/.test(parse[4]!)) {
    // The end of the text came first: a block left open. Point where it opens, not at the end.
    const open = unclosedBlock(lines);
    if (open) return { message: `{{#${open.name}}} is never closed: {{/${open.name}}} is missing`, at: open.at };
  }
  if (parse) {
    const line = Number(parse[1]);
    // The excerpt is the last characters read, line breaks removed, then the caret: the longest
    // start of the line that ends the part before the caret gives the column.
    const read = parse[2]!.slice(0, parse[3]!.length).replace(/^\.\.\./, '');
    const text = lines[line - 1] ?? '';
    let column = 0;
    for (let k = Math.min(text.length, read.length); k > 0; k--) {
      if (read.endsWith(text.slice(0, k))) {
        column = k;
        break;
      }
    }
    return { message: `syntax error: ${parse[4]!.replace(/^Expecting .*, got /, 'unexpected ')}`, at: at(line, column) };
  }

  const undefinedRead = /^Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)$/.exec(message);
  if (undefinedRead) {
    // strict mode checks the first name of a path; a later one read from a missing field fails
    // in plain JavaScript. The first path in the text with that name after a dot is the culprit.
    const path = new RegExp(`(?<=\\{\\{[~#^/]?\\s*(?:[\\w-]+\\s+)*)((?:[\\w@$-]+\\.)+)${escapeRegExp(undefinedRead[1]!)}(?![\\w-])`);
    const line = lines.findIndex((l) => path.test(l));
    if (line !== -1) {
      const found = path.exec(lines[line]!)!;
      return { message: `{{${found[0]}}}: ${found[1]!.slice(0, -1)} is not a field of the view model here (see docs/report.md)`, at: at(line + 1, found.index) };
    }
  }

  const partial = /^The partial (\S+) could not be found$/.exec(message);
  if (partial) {
    const use = new RegExp(`\\{\\{~?#?>\\s*${escapeRegExp(partial[1]!)}(?![\\w-])`);
    const line = lines.findIndex((l) => use.test(l));
    return { message: `{{> ${partial[1]}}} names a partial that does not exist`, at: line === -1 ? undefined : at(line + 1, lines[line]!.search(use)) };
  }

  if (lineNumber !== undefined) {
    // Other Handlebars errors with a place ("if doesn't match each - 2:3"): the place moves out of the text.
    return { message: message.replace(/ - \d+:\d+$/, ''), at: at(lineNumber, column) };
  }
  return { message };
}

/** The innermost block ({{#name}}) the text opens and never closes, if there is one. */
function unclosedBlock(lines: readonly string[]): { name: string; at: TemplatePosition } | undefined {
  const open: { name: string; at: TemplatePosition }[] = [];
  lines.forEach((line, i) => {
    for (const tag of line.matchAll(/\{\{~?\s*([#/])\s*(?:>\s*)?([^\s}~]+)/g)) {
      if (tag[1] === '#') open.push({ name: tag[2]!, at: { line: i + 1, column: tag.index + 1 } });
      else if (open.length > 0 && open[open.length - 1]!.name === tag[2]) open.pop();
    }
  });
  return open[open.length - 1];
}

