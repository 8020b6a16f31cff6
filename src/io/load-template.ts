// The shipped templates (templates/*.hbs). The build precompiles each one to
// dist/templates/<name>.js (scripts/build.mjs), which saves a report about 100 ms of compiling.
// The precompiled one is used only when it was made from exactly the text in templates/, so a
// template edited after the build is still used as written.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrecompiledTemplate } from '../core/report/render-markdown.js';

interface PrecompiledModule {
  text: string;
  default: PrecompiledTemplate['spec'];
}

export async function loadShippedTemplate(packageRoot: string, name: 'report.md' | 'compare.md'): Promise<string | PrecompiledTemplate> {
  const text = await readFile(join(packageRoot, 'templates', `${name}.hbs`), 'utf8');
  let precompiled: PrecompiledModule;
  try {
    precompiled = (await import(pathToFileURL(join(packageRoot, 'dist', 'templates', `${name}.js`)).href)) as PrecompiledModule;
  } catch {
    return text; // not built (the sources run directly, as in unit tests): compile the text
  }
  return precompiled.text === text ? { text, spec: precompiled.default } : text;
}
