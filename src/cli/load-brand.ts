// --brand brand.yaml: the firm's brand read and checked before anything is rendered. A brand file
// that does not exist is a usage error (exit 2, like a missing template); one that is invalid gets
// located findings, as answers files do, and exit 1. Nothing is written either way.
import { resolve } from 'node:path';
import type { Brand } from '../core/brand/parse-brand.js';
import { stylish } from '../formatters/stylish.js';
import { readLogoFile } from '../io/read-logo.js';
import { readSourceFile } from '../io/read-sources.js';
import { useColor, type CliContext } from './context.js';
import { ExitError, UsageError } from './errors.js';

export async function loadBrandOrFail(ctx: CliContext, path: string | undefined, nothingWritten: string): Promise<Brand | null> {
  if (path === undefined) return null;
  const absolute = resolve(ctx.cwd, path);
  const source = await readSourceFile(ctx.cwd, absolute);
  if (source.readError === 'it does not exist') throw new UsageError(`--brand ${path}: the file does not exist`);
  // Loaded here, not at the top: its zod schema is built when the module loads, and most reports have no brand.
  const { parseBrand } = await import('../core/brand/parse-brand.js');
  const parsed = parseBrand(source, (logo, limit) => readLogoFile(absolute, logo, limit));
  if (parsed.brand === null) {
    ctx.stderr.write(stylish({ files: [source.path], diagnostics: parsed.diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
    ctx.stderr.write(`${nothingWritten}: fix the brand file above and run the command again.\n`);
    throw new ExitError(1);
  }
  // Warnings only (a primary colour too light for text): said, and the report is written.
  if (parsed.diagnostics.length > 0) ctx.stderr.write(stylish({ files: [source.path], diagnostics: parsed.diagnostics, toolVersion: ctx.version }, { color: useColor(ctx, ctx.stderr) }) as string);
  return parsed.brand;
}
