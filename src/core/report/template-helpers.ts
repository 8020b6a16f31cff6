// The helpers every report template has, Markdown or HTML: {{plural}}, and strict checks on
// helper arguments ({{#if field}}, {{#each field}}), which Handlebars' strict mode does not make.
// Registered on an isolated Handlebars instance; each format adds its own escaping helpers.
import type Handlebars from 'handlebars';

export interface HelperOptions {
  loc?: { start?: { line?: number; column?: number } };
}

export class MissingFieldError extends Error {
  constructor(
    helper: string,
    readonly line: number | undefined,
  ) {
    super(`{{${helper}}}${line === undefined ? '' : ` on line ${line}`} refers to a field the view model does not have (see docs/report.md)`);
  }
}

/** strict mode checks {{field}} but not helper arguments ({{md field}}, {{#if field}}): we do. */
export function missing(helper: string, options: HelperOptions | undefined): Error {
  return new MissingFieldError(helper, options?.loc?.start?.line);
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
  for (const name of ['if', 'unless', 'each', 'with']) {
    const builtin = handlebars.helpers[name]!;
    handlebars.registerHelper(name, function (this: unknown, value: unknown, options: HelperOptions) {
      if (value === undefined) throw missing(`#${name}`, options);
      return builtin.call(this, value, options);
    });
  }
}

/** A template failure as one message, naming the template line when Handlebars knows it. */
export function templateErrorMessage(error: unknown, template: string): string {
  if (error instanceof MissingFieldError && error.line !== undefined) {
    return `${error.message}: line ${error.line}: ${template.split('\n')[error.line - 1]?.trim() ?? ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}
