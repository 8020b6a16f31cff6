// The process as the CLI sees it: the context every command gets, the one mapping from a thrown
// error to an exit code, and a quiet end when stdout's reader goes away. Shared by main.ts (every
// command, through commander) and quick-start.ts (the commander-free fast path of validate and
// report), so both end a run the same way. The only modules that read `process` are these three.
import { PathNotFoundError } from '../io/io-errors.js';
import { EXIT, ExitError, InputError, UsageError } from './errors.js';
import type { CliContext } from './context.js';

export function createContext(packageRoot: string, version: string): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    packageRoot,
    version,
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

export function exitCodeFor(error: unknown, ctx: CliContext): number {
  if (error instanceof ExitError) return error.exitCode;
  // The io layer's own errors about paths the user named: usage errors (exit 2).
  if (error instanceof UsageError || error instanceof PathNotFoundError) {
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

/** A reader that went away (`| head`) is not our failure: end quietly with 0. */
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
}
