// The shipped templates (templates/*.hbs). The build precompiles each one to
// dist/templates/<name>.cjs (scripts/build.mjs), which saves a report about 100 ms of compiling.
// CommonJS, loaded with require, so the quick paths (which run as CommonJS) never start the ES
// module loader for it.
// The precompiled one is used only when it was made from exactly the text in templates/, so a
// template edited after the build is still used as written.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PrecompiledTemplate } from '../core/report/render-markdown.js';

const requireFile = createRequire(import.meta.url);

export async function loadShippedTemplate(packageRoot: string, name: 'report.md' | 'compare.md'): Promise<string | PrecompiledTemplate> {
  const text = readFileSync(join(packageRoot, 'templates', `${name}.hbs`), 'utf8');
  let precompiled: PrecompiledTemplate;
  try {
    precompiled = requireFile(join(packageRoot, 'dist', 'templates', `${name}.cjs`)) as PrecompiledTemplate;
  } catch {
    return text; // not built (the sources run directly, as in unit tests): compile the text
  }
  return precompiled.text === text ? precompiled : text;
}
