// Entry point: parse argv, run, catch once, set the exit code. The only module that reads
// `process` and the only place that decides how the program ends.
import { fileURLToPath } from 'node:url';
import type { CliContext } from './context.js';
import { EXIT, ExitError, InputError, UsageError } from './errors.js';

declare const __SALES_AUDIT_VERSION__: string;
const VERSION = typeof __SALES_AUDIT_VERSION__ === 'string' ? __SALES_AUDIT_VERSION__ : '0.0.0-dev';

function createContext(): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    // main.js sits in dist/; the package root is its parent.
    packageRoot: fileURLToPath(new URL('..', import.meta.url)),
    version: VERSION,
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  // Fast path: nothing else needs loading to print the version (start-up is benchmarked).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const ctx = createContext();
  try {
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, ctx);
  } catch (error) {
    return exitCodeFor(error, ctx);
  }
}

function exitCodeFor(error: unknown, ctx: CliContext): number {
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof UsageError) {
    ctx.stderr.write(`sales-audit: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    ctx.stderr.write(`sales-audit: ${error.message}\n`);
    return EXIT.problems;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EPIPE') return EXIT.ok; // reader went away (`| head`): not our failure
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(
    `sales-audit: internal error: ${detail}\n` +
      'This is a bug in sales-audit, not in your files. Please report it with the command you ran.\n' +
      (ctx.env.SALES_AUDIT_DEBUG && error instanceof Error && error.stack ? `${error.stack}\n` : ''),
  );
  return EXIT.usage;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
});

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
