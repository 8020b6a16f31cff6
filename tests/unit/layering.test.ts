// The layers import downwards only: the core knows no I/O and no CLI, io knows no CLI. The CLI
// maps io's and core's own errors to exit codes and messages (src/cli/process-context.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2])!);
}

function crossings(layer: string, forbidden: readonly string[]): string[] {
  const root = join(REPO_ROOT, 'src', layer);
  return sources(root).flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(join(REPO_ROOT, 'src'), join(file, '..', spec)))
      .filter((target) => forbidden.some((f) => target.startsWith(`${f}/`)))
      .map((target) => `${relative(REPO_ROOT, file)} imports src/${target}`),
  );
}

describe('layering', () => {
  it('src/io does not import the CLI', () => {
    expect(crossings('io', ['cli'])).toEqual([]);
  });
  it('src/core imports neither the CLI nor io', () => {
    expect(crossings('core', ['cli', 'io'])).toEqual([]);
  });
});
