// The shipped templates (templates/*.hbs). The build precompiles each one to
// dist/templates/<name>.cjs (scripts/build.mjs), which saves a report about 100 ms of compiling
// and lets it load Handlebars' runtime without the compiler. The precompiled one is used only
// when it was made from exactly the text in templates/, so a template edited after the build is
// still used as written.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReportTemplate, TemplateSpecification } from '../core/report/template-helpers.js';

const requireFile = createRequire(import.meta.url);

export type ShippedTemplate = 'report.md' | 'compare.md' | 'report.html' | 'compare.html' | 'chart.svg';

/** A template known only as text (a custom --template), with the compiler it needs, loaded now. */
export async function templateFromText(text: string): Promise<ReportTemplate> {
  const { default: compiler } = await import('handlebars');
  return { text, compiler };
}

export async function loadShippedTemplate(packageRoot: string, name: ShippedTemplate): Promise<ReportTemplate> {
  return loadTemplateFile(packageRoot, name);
}

async function loadTemplateFile(packageRoot: string, name: string): Promise<ReportTemplate> {
  const text = readFileSync(join(packageRoot, 'templates', `${name}.hbs`), 'utf8');
  let precompiled: { text: string; spec: TemplateSpecification };
  try {
    // A dist/templates/*.cjs file: `module.exports = { text, spec }`, nothing required.
    precompiled = requireFile(join(packageRoot, 'dist', 'templates', `${name}.cjs`));
  } catch {
    return templateFromText(text); // not built (the sources run directly, as in unit tests): compile the text
  }
  return precompiled.text === text ? precompiled : templateFromText(text);
}

/** The partials of the HTML templates (templates/partials/<name>.html.hbs), by name: styles, radar-chart, ... */
export async function loadShippedPartials(packageRoot: string): Promise<Record<string, ReportTemplate>> {
  const names = readdirSync(join(packageRoot, 'templates', 'partials'))
    .filter((file) => file.endsWith('.html.hbs'))
    .map((file) => file.slice(0, -'.html.hbs'.length))
    .sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await loadTemplateFile(packageRoot, `partials/${name}.html`)] as const)));
}
