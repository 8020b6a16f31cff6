// The bin starts the built CLI: --version and --help answer, the shipped templates are
// precompiled from their current text, and a missing build says how to build. No timing here:
// see `npm run bench`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runNodeScript } from '../helpers/run-cli.js';

describe('start-up', () => {
  it('--version and -V print the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toMatchObject({ exitCode: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help and -h list every command, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runCli([flag]);
      expect(result.exitCode).toBe(0);
      for (const command of ['audit', 'report', 'compare', 'survey', 'import', 'validate', 'rubrics', 'init', 'schema']) expect(result.stdout).toContain(`  ${command}`);
    }
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

  it('a missing build says how to build, exit 2, no stack trace', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sales-audit-unbuilt-'));
    try {
      for (const entry of ['bin', 'package.json', 'rubrics', 'templates']) cpSync(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
      symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
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
