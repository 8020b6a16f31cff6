// The shipped templates (templates/*.hbs). The build precompiles each one to
// dist/templates/<name>.cjs (scripts/build.mjs), which saves a report about 100 ms of compiling.
// The precompiled one is used only when it was made from exactly the text in templates/, so a
// template edited after the build is still used as written.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PrecompiledTemplate } from '../core/report/render-markdown.js';

const requireFile = createRequire(import.meta.url);

export type ShippedTemplate = 'report.md' | 'compare.md' | 'report.html' | 'compare.html' | 'radar.svg';

export async function loadShippedTemplate(packageRoot: string, name: ShippedTemplate): Promise<string | PrecompiledTemplate> {
  return loadTemplateFile(packageRoot, name);
}

function loadTemplateFile(packageRoot: string, name: string): string | PrecompiledTemplate {
  const text = readFileSync(join(packageRoot, 'templates', `${name}.hbs`), 'utf8');
  let precompiled: PrecompiledTemplate;
  try {
    precompiled = runPrecompiled(join(packageRoot, 'dist', 'templates', `${name}.cjs`));
  } catch {
    return text; // not built (the sources run directly, as in unit tests): compile the text
  }
  return precompiled.text === text ? precompiled : text;
}

/** A dist/templates/*.cjs file: `module.exports = { text, spec }`, nothing required. */
function runPrecompiled(file: string): PrecompiledTemplate {
  return requireFile(file) as PrecompiledTemplate;
}

/** The partials of the HTML templates (templates/partials/<name>.html.hbs), by name: styles, radar-chart, ... */
export async function loadShippedPartials(packageRoot: string): Promise<Record<string, string | PrecompiledTemplate>> {
  const names = readdirSync(join(packageRoot, 'templates', 'partials'))
    .filter((file) => file.endsWith('.html.hbs'))
    .map((file) => file.slice(0, -'.html.hbs'.length))
    .sort();
  return Object.fromEntries(names.map((name) => [name, loadTemplateFile(packageRoot, `partials/${name}.html`)]));
}
