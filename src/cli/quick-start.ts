// The quick path of `validate` and `report`. scripts/build.mjs bundles quick-validate.ts and
// quick-report.ts as CommonJS (dist/quick-*.cjs) with the exact checkers (the YAML parser with
// positions, zod) replaced by quick-start-stub.ts and every other command left out, and
// bin/sales-audit runs them before anything else loads: no ES module loader, no YAML parser, no
// zod. The arguments are parsed by the very commander program of the full CLI (program.ts), so
// they mean the same on both paths. A quick run stops before writing a byte and returns null when
// commander picks another command, the command's options need more (quick-report.ts), or a file
// needs the exact checks; bin/sales-audit then runs the full CLI. Both print the same
// (tests/e2e/start-up.test.ts).
import type { Command } from 'commander';
import type { CliContext, OutputStream } from './context.js';
import { createContext, exitCodeFor } from './process-context.js';
import { createProgram, runProgram } from './program.js';
import { FullPathRequired } from './quick-start-stub.js';

declare const __SALES_AUDIT_VERSION__: string;
const VERSION = typeof __SALES_AUDIT_VERSION__ === 'string' ? __SALES_AUDIT_VERSION__ : '0.0.0-dev';

/**
 * Runs the CLI on `args` on the real process, taking only `command` (and, when given, only what
 * `accept` lets through, checked once commander has parsed the options); returns the exit code,
 * or null, with nothing written, when the full CLI must take over.
 */
export async function runQuick(args: readonly string[], packageRoot: string, command: string, accept?: (parsed: Command, ctx: CliContext) => Promise<void> | void): Promise<number | null> {
  const ctx = createContext(packageRoot, VERSION);
  let wrote = false;
  const watch = (stream: OutputStream): OutputStream => ({
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
  ctx.stdout = watch(ctx.stdout);
  ctx.stderr = watch(ctx.stderr);
  const program = createProgram(ctx, command).hook('preAction', async (_, actionCommand) => {
    if (actionCommand.name() !== command) throw new FullPathRequired(`${actionCommand.name()} is not in this bundle`);
    await accept?.(actionCommand, ctx);
  });
  try {
    return await runProgram(args, ctx, program);
  } catch (error) {
    // The exact checkers run before any output, so a quick run never needs them after writing.
    if (error instanceof FullPathRequired && !wrote) return null;
    return exitCodeFor(error, ctx);
  }
}
