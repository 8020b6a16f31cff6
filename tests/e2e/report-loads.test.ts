// A report loads only what it uses (issue 18, docs/benchmarks.md): the readout's and the brand's
// zod schemas are built when their modules load, so a report without --readout or --brand does
// not load them; node:v8 (its ES module view loads Node's heap-snapshot and promise-hook modules)
// is loaded only to read a survey export; the benchmark's view only with --benchmark. Read from
// Node's own module log (NODE_DEBUG=esm) and the build's list of the sources in each output
// file (dist/sources.json: the bundle is minified).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

/** The source files of every module of dist/ a command loaded, and the Node built-ins it imported. */
async function modulesLoaded(args: string[]): Promise<{ modules: Set<string>; sources: Set<string>; builtins: Set<string> }> {
  const result = await runCli(args, { env: { NODE_DEBUG: 'esm' } });
  expect(result.exitCode).toBe(0);
  const modules = new Set([...result.stderr.matchAll(/Storing file:\S+\/dist\/(\S+\.mjs)/g)].map((m) => m[1]!));
  expect(modules.size).toBeGreaterThan(10);
  const sourcesOf = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/sources.json'), 'utf8')) as Record<string, string[]>;
  const sources = new Set<string>();
  for (const module of modules) {
    expect(sourcesOf, module).toHaveProperty([module]);
    for (const source of sourcesOf[module]!) sources.add(source);
  }
  const builtins = new Set([...result.stderr.matchAll(/Storing (node:[\w/]+)/g)].map((m) => m[1]!));
  expect(builtins).toContain('node:fs');
  return { modules, sources, builtins };
}

/** Whether a source file imports zod's values (not only its types): it then builds schemas as it loads. */
function buildsSchemas(source: string): boolean {
  return /^import \* as z from 'zod';$/m.test(readFileSync(join(REPO_ROOT, source), 'utf8'));
}

describe('what a report loads', () => {
  it('without --readout or --brand: neither schema; answers files, not an export: no node:v8', async () => {
    const { sources, builtins } = await modulesLoaded(['report', 'examples/acme', '--out', '-']);
    expect(sources).toContain('src/core/rubric/schema.ts');
    expect(sources).not.toContain('src/core/readout/schema.ts');
    expect(sources).not.toContain('src/core/brand/schema.ts');
    // No zod schema built for nothing: of the modules that build schemas when they load, only the
    // rubric's and the answers' (the readout's facts schema, facts-schema.ts, was built for every report).
    expect([...sources].filter(buildsSchemas).sort()).toEqual(['src/core/answers/schema.ts', 'src/core/rubric/schema.ts']);
    expect(builtins).not.toContain('node:v8');
    // Without --benchmark: not the benchmark's view nor the step that reads the portfolio (the
    // JSON results' percentile definition is in portfolio/percentile.ts). The portfolio's
    // segments (segment.ts) import nothing and are small: they share the small modules' chunk.
    expect(sources).not.toContain('src/core/report/benchmark-view.ts');
    expect(sources).not.toContain('src/cli/commands/report-benchmark.ts');
    // Markdown on stdout has no chart file: not the HTML renderer the chart SVG is drawn with.
    expect(sources).not.toContain('src/renderers/html/render-html.ts');
  });

  it('few modules: the small ones share chunks (scripts/build.mjs), not one chunk each', async () => {
    // Each module loaded costs a resolve, a read and a link: acme's report loaded 64, 30 of them
    // under 1.5 KB, before the build grouped the small modules (30 with it).
    const { modules } = await modulesLoaded(['report', 'examples/acme', '--out', '-']);
    expect(modules.size).toBeLessThanOrEqual(40);
    const help = await runCli(['--help'], { env: { NODE_DEBUG: 'esm' } });
    expect(new Set([...help.stderr.matchAll(/Storing file:\S+\/dist\/(\S+\.mjs)/g)].map((m) => m[1]!)).size).toBeLessThanOrEqual(6);
  });

  it('with --readout: the readout schema', async () => {
    const { sources } = await modulesLoaded(['report', 'examples/acme', '--readout', 'examples/readout.yaml', '--out', '-']);
    expect(sources).toContain('src/core/readout/schema.ts');
  });
});

describe('the partials an HTML report loads', () => {
  /** The shipped partials a command loaded, from Node's CommonJS module log (dist/templates/partials/*.cjs). */
  async function partialsLoaded(args: string[]): Promise<string[]> {
    const result = await runCli(args, { env: { NODE_DEBUG: 'module' } });
    expect(result.exitCode).toBe(0);
    return [...new Set([...result.stderr.matchAll(/load "[^"]*\/dist\/templates\/partials\/([\w-]+)\.html\.cjs"/g)].map((m) => m[1]!))].sort();
  }

  it('the report template names, and the ones they name: not the comparison bars nor the partials no template names', async () => {
    const loaded = await partialsLoaded(['report', 'examples/acme', '--format', 'html', '--out', '-']);
    // report.html names these; styles names chart-styles, benchmark-section names benchmark-chart.
    for (const name of ['styles', 'brand-styles', 'brand-header', 'brand-footer', 'score-bars', 'role-bars', 'benchmark-section', 'chart-styles', 'benchmark-chart']) expect(loaded).toContain(name);
    expect(loaded).not.toContain('compare-bars');
    expect(loaded).not.toContain('radar-chart');
    expect(loaded).not.toContain('plan-timeline');
  });
});

describe('what every command loads', () => {
  // commander requires it at its start only to run executable subcommands (src/cli/child-process-on-use.ts).
  it('--help and a report do not load node:child_process', async () => {
    for (const args of [['--help'], ['report', 'examples/acme', '--out', '-']]) {
      const result = await runCli(args, { env: { NODE_DEBUG: 'module' } });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toContain('Module._load REQUEST');
      expect(result.stderr, args.join(' ')).not.toMatch(/\bnode:child_process\b/);
    }
  });
});

describe('the rubric digest: computed only where an output needs it', () => {
  // Computing it loads node:crypto, about 5 ms of a report's start. acme's answers files record no
  // digest to compare, and no shipped template prints it (a custom one may: the view reads it on use).
  async function loadsCrypto(args: string[]): Promise<boolean> {
    const result = await runCli(args, { env: { NODE_DEBUG: 'module' } });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('Module._load REQUEST');
    return /\bnode:crypto\b/.test(result.stderr);
  }

  it('a Markdown or HTML report of answers files that record no digest: not computed', async () => {
    for (const format of ['md', 'html']) expect(await loadsCrypto(['report', 'examples/acme', '--format', format, '--out', '-']), format).toBe(false);
  });

  it('the JSON results (they record it), and a readout (checked against it): computed', async () => {
    expect(await loadsCrypto(['report', 'examples/acme', '--format', 'json', '--out', '-'])).toBe(true);
    expect(await loadsCrypto(['report', 'examples/acme', '--readout', 'examples/readout.yaml', '--out', '-'])).toBe(true);
  });

  it('a custom template that prints it (docs/report.md: rubrics.digest, rubrics.shortDigest) gets it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sales-audit-digest-'));
    try {
      writeFileSync(join(dir, 'digest.md.hbs'), '{{rubrics.digest}} {{rubrics.shortDigest}}\n');
      const result = await runCli(['report', 'examples/acme', '--template', join(dir, 'digest.md.hbs'), '--out', '-']);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/^sha256:([0-9a-f]{12})[0-9a-f]{52} sha256:\1\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
