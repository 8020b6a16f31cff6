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

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return runNodeScript(BIN, args, options);
}

/** Any script of the package (bin/sales-audit, or dist/main.js) as runCli runs the bin. */
export function runNodeScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
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
