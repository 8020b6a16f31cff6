// Entry point: parse argv, run, catch once, set the exit code. With process-context.ts the only
// place that reads `process` and decides how the program ends.
import { fileURLToPath } from 'node:url';
import { createContext, exitCodeFor, finalExitCode } from './process-context.js';

declare const __SALES_AUDIT_VERSION__: string;
const VERSION = typeof __SALES_AUDIT_VERSION__ === 'string' ? __SALES_AUDIT_VERSION__ : '0.0.0-dev';

export async function main(argv: readonly string[]): Promise<number> {
  // Nothing needs loading to print the version (commander would print the same).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // main.mjs sits in dist/; the package root is its parent.
  const ctx = createContext(fileURLToPath(new URL('..', import.meta.url)), VERSION);
  try {
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, ctx);
  } catch (error) {
    return exitCodeFor(error, ctx);
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = finalExitCode(exitCode);
