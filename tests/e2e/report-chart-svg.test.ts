// A Markdown report written to a file brings its scores chart (the bars of the other formats) as an SVG file next to it, linked from the
// report; on stdout there is no extra file and no link. A report with scores by role has no scores
// chart, in any format: its bars repeated page one's table (tenth VP reading, class 9). The side file is valid XML, escapes user
// text, and is never written over an existing file without --force.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { writeHostileTeam } from '../helpers/formats.js';
import { inspectMarkdown } from '../helpers/markdown.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'sales-audit-chart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Markdown report\'s chart SVG', () => {
  it('is written next to a report file and linked from it', async () => {
    // A team report with scores by role: no chart file, no link.
    expect((await runCli(['report', 'examples/acme/', '--out', join(work, 'team.md')])).exitCode).toBe(0);
    expect(readdirSync(work)).toEqual(['team.md']);
    expect(readFileSync(join(work, 'team.md'), 'utf8')).not.toContain('chart.svg');
    rmSync(join(work, 'team.md'));
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--out', join(work, 'acme report.md')]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['acme report.chart.svg', 'acme report.md']);
    const markdown = readFileSync(join(work, 'acme report.md'), 'utf8');
    expect(markdown).toContain('![Bar chart: each imperative\'s score out of 100, with its target](acme%20report.chart.svg)');
    expect((await inspectMarkdown(markdown)).violations).toEqual([]);
    const svg = readFileSync(join(work, 'acme report.chart.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="bars-title">');
    const results = JSON.parse((await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'json'])).stdout);
    // Whole points, as the report prints them outside the annex (twelfth VP reading, class 9); acme has no score just under a cut-off.
    for (const imperative of results.imperatives) expect(svg).toContain(`: ${Math.round(imperative.score)}, target ${imperative.target}`);
    rmSync(join(work, 'acme report.md'));
    rmSync(join(work, 'acme report.chart.svg'));
  });

  it('is not written, nor linked, with --out -', async () => {
    const result = await runCli(['report', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--out', '-'], { cwd: work });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('chart.svg');
    expect(readdirSync(work)).toEqual([]);
  });

  it('keeps hostile text inert, as valid XML', async () => {
    const folder = join(work, 'hostile');
    writeHostileTeam(folder);
    const out = join(work, 'hostile.md');
    expect((await runCli(['report', folder, '--out', out])).exitCode).toBe(0);
    const svg = readFileSync(join(work, 'hostile.chart.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    rmSync(folder, { recursive: true });
    rmSync(out);
    rmSync(join(work, 'hostile.chart.svg'));
  });

  it('an existing SVG is not overwritten without --force, and then no report is written either', async () => {
    const svg = join(work, 'kept.chart.svg');
    writeFileSync(svg, 'keep me');
    const result = await runCli(['report', 'examples/acme-leadership.yaml', '--out', join(work, 'kept.md')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/kept\.chart\.svg already exists/);
    expect(readFileSync(svg, 'utf8')).toBe('keep me');
    expect(readdirSync(work)).toEqual(['kept.chart.svg']);
    expect((await runCli(['report', 'examples/acme-leadership.yaml', '--out', join(work, 'kept.md'), '--force'])).exitCode).toBe(0);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<\?xml/);
    rmSync(svg);
    rmSync(join(work, 'kept.md'));
  });
});
