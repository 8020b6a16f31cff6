// The root `--help` text exactly as commander prints it, for a given width. scripts/build.mjs
// renders it at build time so bin/sales-audit can print `--help` without loading commander or the
// ES module graph (start-up time is benchmarked: docs/benchmarks.md); tests/e2e/start-up.test.ts
// compares that text with what the CLI prints through commander.
import type { CliContext } from './context.js';
import { createProgram, runProgram } from './program.js';

export async function renderRootHelp(version: string, width: number): Promise<string> {
  let out = '';
  const ctx: CliContext = {
    cwd: '.',
    env: {},
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: () => true },
    stdinIsTTY: false,
    packageRoot: '.',
    version,
    today: () => '1970-01-01',
  };
  const program = createProgram(ctx).configureOutput({ getOutHelpWidth: () => width, getOutHasColors: () => false });
  const code = await runProgram(['--help'], ctx, program);
  if (code !== 0) throw new Error(`--help exited ${code}`);
  return out;
}
