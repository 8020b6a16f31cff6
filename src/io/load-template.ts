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
  return (await loadTemplateFile(packageRoot, name)).template;
}

/** A template, and the partials it names when the build listed them (null: not known, or named by an expression). */
interface LoadedTemplate {
  template: ReportTemplate;
  partials: readonly string[] | null;
}

async function loadTemplateFile(packageRoot: string, name: string): Promise<LoadedTemplate> {
  const text = readFileSync(join(packageRoot, 'templates', `${name}.hbs`), 'utf8');
  let precompiled: { text: string; spec: TemplateSpecification; partials?: readonly string[] | null };
  try {
    // A dist/templates/*.cjs file: `module.exports = { text, spec, partials }`, nothing required.
    precompiled = requireFile(join(packageRoot, 'dist', 'templates', `${name}.cjs`));
  } catch {
    // Not built (the sources run directly, as in unit tests): compile the text.
    return { template: await templateFromText(text), partials: null };
  }
  if (precompiled.text !== text) return { template: await templateFromText(text), partials: null };
  return { template: { text: precompiled.text, spec: precompiled.spec }, partials: precompiled.partials ?? null };
}

/** The partials of the HTML templates (templates/partials/<name>.html.hbs), by name: styles, score-bars, ... */
export async function loadShippedPartials(packageRoot: string): Promise<Record<string, ReportTemplate>> {
  return partialsFrom(packageRoot, null);
}

/**
 * A shipped HTML or SVG template and its partials: the ones it names and theirs, when the build
 * listed them, so that a report does not load the comparison's bars or a chart no template names
 * (each is a module to compile); else every partial, as for a custom template.
 */
export async function loadShippedHtmlTemplates(packageRoot: string, name: ShippedTemplate): Promise<{ main: ReportTemplate; partials: Record<string, ReportTemplate> }> {
  const main = await loadTemplateFile(packageRoot, name);
  return { main: main.template, partials: await partialsFrom(packageRoot, main.partials) };
}

async function partialsFrom(packageRoot: string, named: readonly string[] | null): Promise<Record<string, ReportTemplate>> {
  const names = readdirSync(join(packageRoot, 'templates', 'partials'))
    .filter((file) => file.endsWith('.html.hbs'))
    .map((file) => file.slice(0, -'.html.hbs'.length))
    .sort();
  const loaded = new Map<string, LoadedTemplate>();
  // A partial may name others (styles names chart-styles): follow them until none is new. A name
  // with no file is left to fail where Handlebars meets it, as it did when every partial was loaded.
  let wanted = named === null ? names : named.filter((name) => names.includes(name));
  while (wanted.length > 0) {
    for (const name of wanted) loaded.set(name, await loadTemplateFile(packageRoot, `partials/${name}.html`));
    const next = new Set<string>();
    for (const name of wanted) {
      for (const other of loaded.get(name)!.partials ?? names) if (names.includes(other) && !loaded.has(other)) next.add(other);
    }
    wanted = [...next];
  }
  return Object.fromEntries(names.filter((name) => loaded.has(name)).map((name) => [name, loaded.get(name)!.template] as const));
}
