// Everything a command needs from the outside world, passed in so commands are testable and the
// process object is touched in one place (main.ts).

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Terminal width, when the stream is a terminal. */
  columns?: number;
}

/** Ctrl-C, SIGTERM and SIGHUP as an AbortSignal, while a command needs to clean up before it ends. */
export interface InterruptTrap {
  signal: AbortSignal;
  /** The signal that arrived (SIGINT, SIGTERM, SIGHUP), or null. */
  received(): NodeJS.Signals | null;
  /** Gives the signals back to their default action. */
  release(): void;
}

export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  /** Folder of the installed package (holds rubrics/, templates/, schemas/). */
  packageRoot: string;
  version: string;
  /** Today's date as YYYY-MM-DD; a clock passed in, so runs are reproducible in tests. */
  today: () => string;
  /** Catches SIGINT, SIGTERM and SIGHUP until released (absent in tests that need no signals). */
  trapInterrupts?: () => InterruptTrap;
}

/**
 * Colour only on a terminal; never with --no-color, NO_COLOR or TERM=dumb; always with FORCE_COLOR
 * (unless 0 or false). The one place this is decided: formatters/terminal-style.ts only applies it.
 */
export function useColor(ctx: CliContext, stream: OutputStream, option?: boolean): boolean {
  if (option === false) return false;
  const noColor = ctx.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = ctx.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (ctx.env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
