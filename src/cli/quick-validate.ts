// `sales-audit validate` without commander (see quick-start.ts): bundled as dist/quick-validate.cjs.
// Plain arguments are paths, --strict, --no-color and --format (-f) with one of the formats.
import { runValidate, type ValidateOptions } from './commands/validate.js';
import { FORMATTERS } from '../formatters/index.js';
import { runQuick, splitArgs } from './quick-start.js';

// The formats commander accepts for --format (program.ts keeps its list in step with this registry).
const FORMATS: ReadonlySet<string> = new Set(Object.keys(FORMATTERS));

export function parseValidateArgs(args: readonly string[]): { paths: string[]; options: ValidateOptions } | null {
  const split = splitArgs(args, new Set(['--format', '-f']));
  if (split === null) return null;
  const { positional, options } = split;
  if (options.has('--format') && options.has('-f')) return null;
  const format = options.get('--format') ?? options.get('-f') ?? 'stylish';
  if (typeof format !== 'string' || !FORMATS.has(format)) return null;
  for (const name of options.keys()) if (!['--format', '-f', '--strict', '--no-color'].includes(name)) return null;
  // What commander passes: --no-color declares `color`, true unless given.
  return { paths: positional, options: { format: format as ValidateOptions['format'], strict: options.has('--strict'), color: !options.has('--no-color') } };
}

export function main(args: readonly string[], packageRoot: string): Promise<number | null> {
  return runQuick(args, packageRoot, parseValidateArgs, (ctx, { paths, options }) => runValidate(ctx, paths, options));
}
