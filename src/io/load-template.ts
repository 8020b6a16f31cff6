// The shipped templates (templates/*.hbs). The build precompiles each one to
// dist/templates/<name>.cjs (scripts/build.mjs), which saves a report about 100 ms of compiling.
// The precompiled one is used only when it was made from exactly the text in templates/, so a
// template edited after the build is still used as written.
// A precompiled template is plain JavaScript, so V8 still compiles its functions at every start
// (about 10 ms for the report's): it runs through a vm.Script with the V8 code cache the build
// saved beside it (dist/templates/<name>.cjs.<key>.cache, named by the key of the file's contents
// on its first line, as bin/quick.cjs explains; written from loadedTemplateScripts). A cache from
// another Node version is rejected by V8 and the file compiles as usual.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import type { PrecompiledTemplate } from '../core/report/render-markdown.js';

/** The precompiled templates this process has run, for the build to save their code caches. */
export const loadedTemplateScripts: { cachePath: string | null; script: Script }[] = [];

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

// Run once per process: the quick report checks its templates are precompiled before it renders
// with them, and a second run of the same file would cost as much as the first.
const precompiledByFile = new Map<string, PrecompiledTemplate>();

/** A dist/templates/*.cjs file (`module.exports = { text, spec }`, nothing required) run with its code cache. */
function runPrecompiled(file: string): PrecompiledTemplate {
  const known = precompiledByFile.get(file);
  if (known) return known;
  const source = readFileSync(file, 'utf8');
  const key = /^\/\/ code-cache-key: ([0-9a-f]+)\n/.exec(source);
  const cachePath = key === null ? null : `${file}.${key[1]}.cache`;
  let cachedData: Buffer | undefined;
  try {
    if (cachePath !== null) cachedData = readFileSync(cachePath);
  } catch {
    // no cache (a build without one): V8 compiles as usual
  }
  const script = new Script(`(function (module) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as PrecompiledTemplate };
  (script.runInThisContext() as (m: typeof module) => void)(module);
  loadedTemplateScripts.push({ cachePath, script });
  precompiledByFile.set(file, module.exports);
  return module.exports;
}

/** The partials of the HTML templates (templates/partials/<name>.html.hbs), by name: styles, radar-chart, ... */
export async function loadShippedPartials(packageRoot: string): Promise<Record<string, string | PrecompiledTemplate>> {
  const names = readdirSync(join(packageRoot, 'templates', 'partials'))
    .filter((file) => file.endsWith('.html.hbs'))
    .map((file) => file.slice(0, -'.html.hbs'.length))
    .sort();
  return Object.fromEntries(names.map((name) => [name, loadTemplateFile(packageRoot, `partials/${name}.html`)]));
}
