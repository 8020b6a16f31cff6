// A report loads only what it uses (issue 18, docs/benchmarks.md): the readout's and the brand's
// zod schemas are built when their modules load, so a report without --readout or --brand does
// not load them. Read from Node's own module log (NODE_DEBUG=esm) and the bundle's source comments.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The source files of every module of dist/ a command loaded. */
async function sourcesLoaded(args: string[]): Promise<Set<string>> {
  const result = await runCli(args, { env: { NODE_DEBUG: 'esm' } });
  expect(result.exitCode).toBe(0);
  const modules = new Set([...result.stderr.matchAll(/Storing (file:\S+\/dist\/\S+\.js)/g)].map((m) => m[1]!));
  expect(modules.size).toBeGreaterThan(10);
  const sources = new Set<string>();
  for (const url of modules) for (const m of readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)) sources.add(m[1]!);
  return sources;
}

describe('what a report loads', () => {
  it('without --readout or --brand: neither schema', async () => {
    const sources = await sourcesLoaded(['report', 'examples/acme', '--out', '-']);
    expect(sources).toContain('src/core/rubric/schema.ts');
    expect(sources).not.toContain('src/core/readout/schema.ts');
    expect(sources).not.toContain('src/core/brand/schema.ts');
  });

  it('with --readout: the readout schema', async () => {
    const sources = await sourcesLoaded(['report', 'examples/acme', '--readout', 'examples/readout.yaml', '--out', '-']);
    expect(sources).toContain('src/core/readout/schema.ts');
  });
});
