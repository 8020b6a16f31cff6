// Golden files: the expected output lives in tests/golden/, reviewed like code.
// UPDATE_GOLDEN=1 npm test rewrites them; review the diff before committing.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

export function expectGolden(name: string, actual: string): void {
  const path = join(REPO_ROOT, 'tests', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npm test locally`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Golden record of a CLI run: the command, stdout, stderr and exit code in one file. */
export function cliRecord(args: readonly string[], result: { stdout: string; stderr: string; exitCode: number | null }): string {
  return `$ sales-audit ${args.join(' ')}\n\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}\n--- Exit code: ${result.exitCode}\n`;
}
