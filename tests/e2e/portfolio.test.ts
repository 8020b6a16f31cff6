// The portfolio through the built CLI: add (twice), a damaged and a foreign file, report
// --benchmark in Markdown and JSON, and a pack out and in.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Results } from '../../src/core/report/results-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { validateHtml } from '../helpers/formats.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'portfolio');

describe('sales-audit portfolio', () => {
  it('adds an audit once, keeps no name, and reads the rest around a damaged or foreign file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portfolio-e2e-'));
    const pf = join(dir, 'pf');
    const first = await runCli(['portfolio', 'add', 'examples/acme-2026-05', '--portfolio', pf, '--industry', 'SaaS', '--size', '35']);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('industry=saas, size=20-50');
    const again = await runCli(['portfolio', 'add', 'examples/acme-2026-05', '--portfolio', pf, '--industry', 'saas', '--size', '20-50']);
    expect(again.stdout).toContain('nothing changed');
    const records = readdirSync(pf).filter((f) => f !== 'portfolio.json');
    expect(records).toHaveLength(1);
    const text = readFileSync(join(pf, records[0]!), 'utf8');
    expect(text).not.toMatch(/Acme|Priya|Jordan|Riley|shared drive/);

    writeFileSync(join(pf, 'notes.txt'), 'my notes\n');
    writeFileSync(join(pf, '0123456789abcdef01234567.json'), '{\n  "format": "sales-audit-portfolio-record",\n  "id": \n');
    const list = await runCli(['portfolio', 'list', '--portfolio', pf]);
    expect(list.exitCode).toBe(1);
    expect(list.stderr).toMatch(/notes\.txt:1:1 {2}error .* portfolio-foreign-file/);
    expect(list.stderr).toMatch(/0123456789abcdef01234567\.json:\d+:\d+ {2}error .* portfolio-corrupt-record/);
    expect(list.stdout).toContain('1 audit in');
  });

  it('adds an audit from its JSON results, with the segment from an answers header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portfolio-results-'));
    const results = join(dir, 'acme.json');
    expect((await runCli(['report', 'examples/acme', '--format', 'json', '--out', results])).exitCode).toBe(0);
    const added = await runCli(['portfolio', 'add', results, '--portfolio', join(dir, 'pf'), '--sale', 'complex']);
    expect(added.exitCode).toBe(0);
    expect(added.stdout).toContain('10 respondents, sale=complex');
    cpSync(join(REPO_ROOT, 'examples', 'acme-leadership.yaml'), join(dir, 'one.yaml'));
    writeFileSync(join(dir, 'one.yaml'), `${readFileSync(join(dir, 'one.yaml'), 'utf8')}segment:\n  industry: Retail\n  size: '120'\n`);
    const header = await runCli(['portfolio', 'add', join(dir, 'one.yaml'), '--portfolio', join(dir, 'pf'), '--region', 'emea']);
    expect(header.exitCode).toBe(0);
    expect(header.stdout).toContain('industry=retail, size=101-250, region=emea');
  });

  it('report --benchmark adds the section in Markdown and the benchmark object in JSON', async () => {
    const md = await runCli(['report', 'examples/acme', '--benchmark', EXAMPLE]);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('## How Acme Corp compares');
    // The overall row shows the report's own overall score, with a percentile (40 audits, above the minimum of 5).
    const overall = (Results.parse(JSON.parse((await runCli(['report', 'examples/acme', '--format', 'json'])).stdout)).overall as { score: number }).score;
    expect(md.stdout).toMatch(new RegExp(`\\| \\*\\*Overall\\*\\* \\| ${overall.toFixed(1).replace('.', '\\.')} \\| \\d+(st|nd|rd|th) \\|`));
    // The method's items print their sentences as points (tenth VP reading, class 11).
    expect(md.stdout).toContain('- **Percentile:**\n  - Mid-rank percentile = 100 × (audits scoring below + 0.5 × audits scoring the same) / n');
    const json = await runCli(['report', 'examples/acme', '--benchmark', EXAMPLE, '--format', 'json', '--min-benchmark', '41']);
    const results = Results.parse(JSON.parse(json.stdout));
    expect(results.benchmark).toMatchObject({ minBenchmark: 41, compared: 40 });
    expect(results.benchmark!.overall).toMatchObject({ n: 40, percentile: null, median: null });
    const html = await runCli(['report', 'examples/acme', '--benchmark', EXAMPLE, '--format', 'html']);
    expect(html.stdout).toContain('<section id="benchmark" class="major">');
    expect(html.stdout).toMatch(/<polygon points="[\d.,\s]+" fill="#000" stroke="#fff"/);
    expect(await validateHtml(html.stdout)).toEqual([]);
    const segment = await runCli(['report', 'examples/acme', '--benchmark', EXAMPLE, '--segment', 'colour=red']);
    expect(segment.exitCode).toBe(2);
    // A field name typed by the user is looked up as a name, never as a property of Object.
    const prototypeName = await runCli(['report', 'examples/acme', '--benchmark', EXAMPLE, '--segment', 'constructor=x']);
    expect(prototypeName.exitCode).toBe(2);
    expect(prototypeName.stderr).toContain('"constructor=x" is not field=value');
  });

  it('exports a pack that drops dates and organizations and refuses small cells, and imports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portfolio-pack-'));
    const copy = join(dir, 'pf');
    cpSync(EXAMPLE, copy, { recursive: true });
    const out = await runCli(['portfolio', 'export', '--portfolio', copy, '--pack', join(dir, 'pack.json'), '--min-benchmark', '2']);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toContain('Dropped from every audit: each audit date, cut to its quarter; the organization key.');
    expect(out.stderr).toMatch(/Left out: \d+ audits? in \d+ segment cells? with fewer than 2 audits/);
    const pack = readFileSync(join(dir, 'pack.json'), 'utf8');
    expect(pack).not.toMatch(/orgKey|\d{4}-\d{2}-\d{2}/);
    const imported = await runCli(['portfolio', 'import', join(dir, 'pack.json'), '--portfolio', join(dir, 'pooled')]);
    expect(imported.exitCode).toBe(0);
    const again = await runCli(['portfolio', 'import', join(dir, 'pack.json'), '--portfolio', join(dir, 'pooled')]);
    expect(again.stdout).toMatch(/Imported 0 audits .* were there already/);
  });
});
