// The start-up fast paths of the built CLI print exactly what the full path prints:
// bin/sales-audit answers --version and --help from dist/fast-paths.cjs (written by the build) and
// runs validate and report without commander when it can (src/cli/quick-start.ts), while
// `node dist/main.js` always goes through commander. No timing here: see `npm run bench`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runNodeScript, type CliResult } from '../helpers/run-cli.js';

/** The full path: dist/main.js directly, past bin/sales-audit and its fast paths. */
function runMain(args: readonly string[], env: Record<string, string> = {}, cwd = REPO_ROOT): Promise<CliResult> {
  return runNodeScript(join(REPO_ROOT, 'dist/main.js'), args, { env, cwd });
}

describe('start-up fast paths', () => {
  it.each([['--help'], ['-h'], ['--version'], ['-V']])('%s prints what commander prints', async (flag) => {
    const fast = await runCli([flag]);
    const full = await runMain([flag]);
    expect(fast).toEqual(full);
    expect(fast.exitCode).toBe(0);
    expect(fast.stdout.length).toBeGreaterThan(0);
  });

  it('the version is the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('the build precompiled every shipped template from its current text', () => {
    const templates = readdirSync(join(REPO_ROOT, 'templates')).filter((name) => name.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(0);
    for (const name of templates) {
      const precompiled = createRequire(import.meta.url)(join(REPO_ROOT, 'dist/templates', name.replace(/\.hbs$/, '.cjs'))) as { text: string; spec: unknown };
      expect(precompiled.text, name).toBe(readFileSync(join(REPO_ROOT, 'templates', name), 'utf8'));
      expect(typeof precompiled.spec).toBe('object');
    }
  });

  const validateCases: string[][] = [
    ['validate'],
    ['validate', 'rubrics'],
    ['validate', 'rubrics', '--format', 'json'],
    ['validate', '-f', 'github', 'rubrics'],
    ['validate', '--format=sarif', 'rubrics', 'tests/fixtures/rubrics/valid'],
    ['validate', 'rubrics', '--format', 'junit', '--strict'],
    ['validate', '--no-color', 'tests/fixtures/rubrics/valid/minimal.yaml'],
    ['validate', 'tests/fixtures/rubrics/invalid'],
    ['validate', 'tests/fixtures/rubrics/invalid/question-without-help.yaml', '--strict'],
    ['validate', 'no/such/path'],
    ['validate', '--format', 'bogus', 'rubrics'],
    ['validate', 'rubrics', '--unknown'],
    ['validate', 'rubrics', '--format'],
    ['validate', '--', 'rubrics'],
  ];
  it.each(validateCases.map((args) => [args.join(' '), args]))('%s prints what the full path prints', async (_name, args) => {
    expect(await runCli(args)).toEqual(await runMain(args));
  });

  it('validate in colour prints what the full path prints', async () => {
    const env = { NO_COLOR: '', FORCE_COLOR: '1' };
    for (const args of [['validate', 'rubrics'], ['validate', 'tests/fixtures/rubrics/invalid']]) {
      const fast = await runCli(args, { env });
      expect(fast.stdout).toContain('\u001B[');
      expect(fast).toEqual(await runMain(args, env));
    }
  });

  const reportCases: string[][] = [
    ['report', 'examples/acme-leadership.yaml'],
    ['report', 'examples/acme'],
    ['report', 'examples/acme', 'examples/acme-leadership.yaml', '--format', 'json'],
    ['report', '--anonymize', 'examples/acme', '-r', 'rubrics'],
    ['report', 'examples/acme', 'tests/fixtures/report/other-org.yaml'],
    ['report', 'tests/fixtures/report/invalid-score.yaml'],
    ['report', 'tests/fixtures/report/hostile.yaml'],
    ['report', 'examples/acme', '--template', 'tests/fixtures/report/custom-template.hbs'],
    ['report', 'examples/acme', '--target', '80'],
    ['report', 'examples/acme', '--format', 'pdf'],
    ['report', 'no/such/answers'],
    ['report'],
  ];
  it.each(reportCases.map((args) => [args.join(' '), args]))('%s prints what the full path prints', async (_name, args) => {
    expect(await runCli(args)).toEqual(await runMain(args));
  });

  it('report to a file writes the same file and prints the same summary', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'sales-audit-quick-')), mkdtempSync(join(tmpdir(), 'sales-audit-full-'))];
    try {
      const args = ['report', join(REPO_ROOT, 'examples/acme'), '--out', 'report.md'];
      const fast = await runCli(args, { cwd: dirs[0] });
      const full = await runMain(args, {}, dirs[1]);
      expect(fast).toEqual(full);
      expect(fast.exitCode).toBe(0);
      expect(readFileSync(join(dirs[0]!, 'report.md'), 'utf8')).toBe(readFileSync(join(dirs[1]!, 'report.md'), 'utf8'));
      // And never over an existing file without --force, the same way.
      expect(await runCli(args, { cwd: dirs[0] })).toEqual(await runMain(args, {}, dirs[1]));
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('code caches and a damaged build', () => {
  // A copy of the built package: bin/ and dist/ copied (they are changed), the rest linked.
  function packageCopy(): string {
    const root = mkdtempSync(join(tmpdir(), 'sales-audit-pkg-'));
    cpSync(join(REPO_ROOT, 'bin'), join(root, 'bin'), { recursive: true });
    cpSync(join(REPO_ROOT, 'dist'), join(root, 'dist'), { recursive: true });
    for (const name of ['rubrics', 'templates', 'schemas', 'node_modules', 'package.json']) symlinkSync(join(REPO_ROOT, name), join(root, name));
    return root;
  }

  it("every code cache is named by the key on its source's first line", () => {
    const dist = join(REPO_ROOT, 'dist');
    const caches = [...readdirSync(dist).map((n) => join(dist, n)), ...readdirSync(join(dist, 'templates')).map((n) => join(dist, 'templates', n))].filter((p) => p.endsWith('.cache'));
    expect(caches.length).toBeGreaterThanOrEqual(3);
    for (const cache of caches) {
      const [, source, key] = /^(.*\.cjs)\.([0-9a-f]{16})\.cache$/.exec(cache)!;
      expect(readFileSync(source!, 'utf8').split('\n')[0], cache).toBe(`// code-cache-key: ${key}`);
    }
  });

  it('a bundle rebuilt with other contents never runs an old cache', async () => {
    const root = packageCopy();
    try {
      const bundle = join(root, 'dist/quick-validate.cjs');
      const text = readFileSync(bundle, 'utf8');
      // Same length, as a rebuild could give: V8 alone would take the old cache and run the old code.
      writeFileSync(bundle, text.replace(/^\/\/ code-cache-key: [0-9a-f]{16}/, '// code-cache-key: 0000000000000000').replace('no problems', 'NO PROBLEMS'));
      const result = await runNodeScript(join(root, 'bin/sales-audit'), ['validate'], { cwd: root });
      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(result.stdout).toContain('NO PROBLEMS');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a missing quick bundle hands over to the full CLI; a missing build says how to build, exit 2, no stack trace', async () => {
    const root = packageCopy();
    try {
      rmSync(join(root, 'dist/quick-validate.cjs'));
      expect(await runNodeScript(join(root, 'bin/sales-audit'), ['validate'], { cwd: root })).toMatchObject({ exitCode: 0, stderr: '' });
      rmSync(join(root, 'dist'), { recursive: true });
      for (const args of [['validate'], ['--version'], ['rubrics']]) {
        const result = await runNodeScript(join(root, 'bin/sales-audit'), args, { cwd: root });
        expect(result.exitCode, args.join(' ')).toBe(2);
        expect(result.stderr).toMatch(/^sales-audit: cannot start: .*\nIs it built\? Run `npm run build`/);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
