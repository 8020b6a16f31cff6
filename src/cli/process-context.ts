// The process as the CLI sees it: the context every command gets, the one mapping from a thrown
// error to an exit code, and output that outlives its reader. With main.ts, the only modules that
// read `process`.
import { writeSync } from 'node:fs';
import { PathNotFoundError } from '../io/io-errors.js';
import { EXIT, ExitError, InputError, UsageError } from './errors.js';
import type { CliContext, InterruptTrap } from './context.js';

export function createContext(packageRoot: string, version: string): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    // Built on first use: most commands never write to stderr.
    get stdout() {
      return readerMayLeave(process.stdout);
    },
    get stderr() {
      return readerMayLeave(process.stderr);
    },
    // A getter: reading process.stdin builds the stream (about 4 ms of every start), and most
    // commands never ask.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    packageRoot,
    version,
    trapInterrupts,
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/**
 * SIGINT, SIGTERM and SIGHUP abort the signal instead of ending the process, until released.
 * SIGHUP is a closed terminal (or an SSH session dropped): the same clean-up as Ctrl-C.
 */
const TRAPPED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function trapInterrupts(): InterruptTrap {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const handler = (name: NodeJS.Signals) => {
    received ??= name;
    controller.abort();
  };
  for (const name of TRAPPED) process.on(name, handler);
  return {
    signal: controller.signal,
    received: () => received,
    release() {
      for (const name of TRAPPED) process.off(name, handler);
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

let outputFailed = false;

/** The exit code a run ends with: `code`, unless writing its output failed (then 2, whenever the failure is reported). */
export function finalExitCode(code: number): number {
  return outputFailed ? EXIT.usage : code;
}

/**
 * A reader that went away (`| head`) is not our failure, and not a reason to change the verdict:
 * what is still written is dropped, and the run ends with the code it would have had (`validate`
 * with problems still exits 1, however much of its output the reader took). Set up when the stream
 * is first built: building process.stdout at start would also make a pipe non-blocking.
 */
function readerMayLeave(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // After EPIPE the stream is destroyed and every later write fails the same way: all dropped.
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      // Any other failure (a full disk behind a redirect): said once, in words, and the run fails.
      if (!outputFailed) {
        outputFailed = true;
        process.exitCode = EXIT.usage;
        try {
          writeSync(2, `sales-audit: cannot write the output: ${error.message}\n`);
        } catch {
          // stderr is the stream that failed: nothing left to tell
        }
      }
    });
  }
  return stream;
}
