// Errors that end the program. Thrown anywhere in the CLI layer, caught once in main.ts, which
// alone turns them into an exit code. The core never throws these: it returns findings as data.

/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Problems found: invalid rubrics, invalid answers. */
  problems: 1,
  /** Usage error (bad option, missing path, no terminal) or an internal error. */
  usage: 2,
  /** Interrupted with Ctrl-C (128 + SIGINT). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15), having cleaned up as after Ctrl-C. */
  terminated: 143,
  /** Stopped by SIGHUP (128 + 1: the terminal was closed), having cleaned up as after Ctrl-C. */
  hangup: 129,
} as const;

/** The exit code after cleaning up on a trapped signal (InterruptTrap): 128 + its number, as a shell reports it. */
export function exitCodeAfter(signal: NodeJS.Signals | null | undefined): number {
  return signal === 'SIGTERM' ? EXIT.terminated : signal === 'SIGHUP' ? EXIT.hangup : EXIT.interrupted;
}

/** The user asked for something that cannot work as given. Exit 2, message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input was read but is not acceptable (message already located). Exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Ends the program with a code; whatever needed saying was already written. */
export class ExitError extends Error {
  override name = 'ExitError';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
