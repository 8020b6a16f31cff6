// The commander-free fast path of `validate` and `report`. scripts/build.mjs bundles
// quick-validate.ts and quick-report.ts as CommonJS (dist/quick-*.cjs) with the exact checkers
// (the YAML parser with positions, zod) replaced by quick-start-stub.ts, and bin/sales-audit runs
// them before anything else loads: no ES module loader, no commander, no YAML parser, no zod.
// A quick run takes only argument lists whose meaning is plain and files the fast checks vouch for.
// For anything else it stops before writing a byte and returns null, and bin/sales-audit runs the
// full CLI, which handles it. Both print the same (tests/e2e/start-up.test.ts).
import type { CliContext } from './context.js';
import { createContext, exitCodeFor, exitQuietlyWhenStdoutCloses } from './process-context.js';
import { FullPathRequired } from './quick-start-stub.js';

declare const __SALES_AUDIT_VERSION__: string;
const VERSION = typeof __SALES_AUDIT_VERSION__ === 'string' ? __SALES_AUDIT_VERSION__ : '0.0.0-dev';

/** Options as commander would pass them, or null when the arguments are not plain enough. */
export type ParseArgs<T> = (args: readonly string[]) => T | null;

/** Positional arguments, and options each given at most once: `--name`, `--name value` or `--name=value`. */
export function splitArgs(args: readonly string[], valued: ReadonlySet<string>): { positional: string[]; options: Map<string, string | true> } | null {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    // commander splits name=value only for long options; `-f=json` means the value "=json".
    // Leave every such spelling to commander.
    if (!arg.startsWith('--') && arg.includes('=')) return null;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (options.has(name)) return null;
    if (valued.has(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined) return null;
      options.set(name, value);
    } else {
      if (eq !== -1) return null;
      options.set(name, true);
    }
  }
  return { positional, options };
}

/**
 * Runs `run` on the real process, or returns null (nothing written) when the full CLI must take
 * over: the arguments are not plain, or a file needs the exact checks.
 */
export async function runQuick<T>(args: readonly string[], packageRoot: string, parse: ParseArgs<T>, run: (ctx: CliContext, options: T) => Promise<void>): Promise<number | null> {
  const options = parse(args);
  if (options === null) return null;
  exitQuietlyWhenStdoutCloses();
  const ctx = createContext(packageRoot, VERSION);
  let wrote = false;
  const watch = (stream: NodeJS.WriteStream) => ({
    write: (chunk: string) => {
      wrote = true;
      return stream.write(chunk);
    },
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  });
  ctx.stdout = watch(process.stdout);
  ctx.stderr = watch(process.stderr);
  try {
    await run(ctx, options);
    return 0;
  } catch (error) {
    // The exact checkers run before any output, so a quick run never needs them after writing.
    if (error instanceof FullPathRequired && !wrote) return null;
    return exitCodeFor(error, ctx);
  }
}
