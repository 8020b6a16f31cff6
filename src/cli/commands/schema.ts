// `sales-audit schema [kind]`: prints the JSON Schema shipped in schemas/ (generated from zod).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_FILES, type SchemaKind } from '../../core/schemas.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

export async function runSchema(ctx: CliContext, kind: string): Promise<void> {
  if (!Object.hasOwn(SCHEMA_FILES, kind)) {
    throw new UsageError(`unknown schema "${kind}"; choose one of: ${Object.keys(SCHEMA_FILES).join(', ')}`);
  }
  ctx.stdout.write(await readFile(join(ctx.packageRoot, 'schemas', SCHEMA_FILES[kind as SchemaKind]), 'utf8'));
}
