// Runs the built CLI exactly as a user or CI job would: a real process, its exit code, no colour.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/sales-audit', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

/**
 * The environment the CLI runs in: this process's, without colour, and without NODE_EXTRA_CA_CERTS.
 * That variable makes every Node start parse the certificate bundle it names (about 40 ms of CPU a
 * start on the development machine, which sets it), and the CLI opens no TLS connection, so the
 * suite's hundreds of starts paid it for nothing (bench/measure.mjs leaves it out for the same reason).
 */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return runNodeScript(BIN, args, options);
}

/** Any script of the package (bin/sales-audit, or dist/main.mjs) as runCli runs the bin. */
export function runNodeScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: cliEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
    // A command that exits without reading its input (--version) can close the
    // pipe before this write: EPIPE then says nothing about the command, whose exit code still does.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
