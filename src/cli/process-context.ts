// The process as the CLI sees it: the context every command gets, the one mapping from a thrown
// error to an exit code, and output that outlives its reader. Shared by main.ts (every command, the
// full path) and quick-start.ts (the quick path of validate and report, one command's code), so
// both end a run the same way. The only modules that read `process` are these three.
import { fstatSync, writeSync } from 'node:fs';
import { PathNotFoundError } from '../io/io-errors.js';
import { EXIT, ExitError, InputError, UsageError } from './errors.js';
import type { CliContext, OutputStream } from './context.js';

export function createContext(packageRoot: string, version: string): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: writerTo(1, () => readerMayLeave(process.stdout)),
    stderr: writerTo(2, () => readerMayLeave(process.stderr)),
    // A getter: reading process.stdin builds the stream (about 4 ms of every start), and most
    // commands never ask.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
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
      if (process.exitCode !== EXIT.usage) {
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

/**
 * stdout or stderr for a command's output, written with fs.writeSync on the file descriptor:
 * building process.stdout loads Node's stream stack (about 5 ms of every start), and on Linux its
 * writes to files, pipes and terminals are synchronous anyway, so the bytes and their order are the
 * same. A descriptor that would block (a non-blocking pipe: EAGAIN) hands this and every later
 * write to the stream, which queues them. After the reader has gone away (EPIPE) the rest is
 * dropped and the command goes on to its own exit code (readerMayLeave). isTTY and columns come
 * from the stream.
 */
function writerTo(fd: 1 | 2, stream: () => NodeJS.WriteStream): OutputStream {
  let streamed = false;
  let readerGone = false;
  return {
    write(chunk: string): boolean {
      if (readerGone) return true;
      if (streamed) return stream().write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          readerGone = true;
          return true;
        }
        // Any other failure (a full disk behind a redirect) is said in words, exit 2, not as a bug.
        if (code !== 'EAGAIN') throw new UsageError(`cannot write the output: ${(error as Error).message}`);
        streamed = true;
        return stream().write(bytes.subarray(written));
      }
    },
    get isTTY() {
      // A file, a pipe or a socket is no terminal, and fstat says so without building the stream
      // (colour is decided at every run of validate in CI). A character device may be one.
      try {
        if (!fstatSync(fd).isCharacterDevice()) return false;
      } catch {
        // a closed descriptor: the stream knows what to make of it
      }
      return stream().isTTY;
    },
    get columns() {
      return stream().columns;
    },
  };
}
