// The built CLI's PowerPoint deck: unzipped (jszip) and read with an XML parser. The charts are
// native chart parts whose categories are the imperatives and whose values are the scores (the
// JSON results say which); the slides come in the readout's order; hostile text stays inert and
// names appear only when asked for; LibreOffice opens it and prints one page per slide.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOSTILE_ORG, RESPONDENT_NAMES, hasCommand, nameFlags, writeHostileTeam } from '../helpers/formats.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-pptx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['c:ser', 'c:pt', 'p:sp', 'a:p', 'a:r'].includes(name) });

interface Deck {
  slides: string[][];
  charts: { series: { name: string; categories: string[]; values: number[] }[] }[];
  xml: string[];
}

/** Calls `visit` on every value stored under `key`, anywhere in a parsed XML tree. */
function eachUnder(node: unknown, key: string, visit: (value: any) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => eachUnder(n, key, visit));
  if (node === null || typeof node !== 'object') return;
  for (const [k, value] of Object.entries(node)) {
    if (k === key) visit(value);
    else eachUnder(value, key, visit);
  }
}

/** Every text paragraph of every slide, in order, and every chart's series. */
async function readDeck(file: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const byNumber = (prefix: string) =>
    Object.keys(zip.files)
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const xml: string[] = [];
  const slides: string[][] = [];
  for (const name of byNumber('ppt/slides/slide')) {
    const text = await zip.file(name)!.async('string');
    expect(XMLValidator.validate(text), name).toBe(true);
    xml.push(text);
    const paragraphs: string[] = [];
    eachUnder(parser.parse(text), 'a:p', (ps: Record<string, unknown>[]) => {
      for (const p of ps) {
        const line = ((p['a:r'] as { 'a:t'?: unknown }[] | undefined) ?? []).map((r) => String(r['a:t'] ?? '')).join('');
        if (line !== '') paragraphs.push(line);
      }
    });
    slides.push(paragraphs);
  }
  const charts: Deck['charts'] = [];
  for (const name of byNumber('ppt/charts/chart')) {
    const text = await zip.file(name)!.async('string');
    expect(XMLValidator.validate(text), name).toBe(true);
    xml.push(text);
    const series: Deck['charts'][number]['series'] = [];
    // Series names and values are cached in the part; categories as one level of a multi-level reference.
    const points = (ref: any) =>
      (ref?.['c:strRef']?.['c:strCache'] ?? ref?.['c:numRef']?.['c:numCache'] ?? ref?.['c:multiLvlStrRef']?.['c:multiLvlStrCache']?.['c:lvl'] ?? ref?.['c:strLit'] ?? ref?.['c:numLit'])?.['c:pt'] ?? [];
    eachUnder(parser.parse(text), 'c:ser', (all: Record<string, any>[]) => {
      for (const s of all) {
        series.push({
          name: String(points(s['c:tx'])[0]?.['c:v'] ?? s['c:tx']?.['c:v'] ?? ''),
          categories: points(s['c:cat']).map((p: any) => String(p['c:v'])),
          values: points(s['c:val']).map((p: any) => Number(p['c:v'])),
        });
      }
    });
    charts.push({ series });
  }
  return { slides, charts, xml };
}

async function deck(args: string[], name: string): Promise<string> {
  const out = join(work, name);
  const result = await runCli([...args, '--format', 'pptx', '--out', out]);
  expect(result.exitCode, result.stderr).toBe(0);
  return out;
}

describe('--format pptx', () => {
  let team: Deck;
  let teamFile: string;
  let results: { organization: string; imperatives: { title: string; id: string; score: number | null; target: number; gap: number | null; band: string | null; byRole: Record<string, number | null> }[]; actions: { imperative: string }[] };
  beforeAll(async () => {
    teamFile = await deck(['report', 'examples/acme/'], 'team.pptx');
    team = await readDeck(teamFile);
    results = JSON.parse((await runCli(['report', 'examples/acme/', '--format', 'json'])).stdout);
  });

  it('16:9 slides in the readout order: title, finding and priorities, scores, gaps by role, one per imperative, plan, decisions, method', async () => {
    const zip = await JSZip.loadAsync(readFileSync(teamFile));
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
    const titles = team.slides.map((paragraphs) => paragraphs[0]!);
    expect(team.slides[0]).toContain(results.organization);
    const expected = [
      'The finding and the priorities',
      'Scores against target',
      'Perception gaps by role',
      ...results.imperatives.map((imperative, i) => `${i + 1}. ${imperative.title}`),
      'The 30/60/90-day plan',
      'Decisions for leadership',
      'Method',
    ];
    // Each expected title in order; a slide that continues another is titled "(continued)" or "(k of n)".
    const main = titles.slice(1).filter((title) => !/ \(continued\)$/.test(title)).map((title) => title.replace(/ \(\d+ of \d+\)$/, ''));
    expect([...new Set(main)]).toEqual(expected);
    expect(team.slides.length).toBeGreaterThanOrEqual(expected.length + 1);
  });

  it('the scores chart is a native chart part: categories are the imperatives, values the scores and targets', () => {
    const chart = team.charts.find((c) => c.series.some((s) => s.name === 'Score'))!;
    expect(chart).toBeDefined();
    const score = chart.series.find((s) => s.name === 'Score')!;
    const target = chart.series.find((s) => s.name === 'Target')!;
    const labels = ['Prospecting plan', 'Differentiation', 'Sales interactions', 'Sales managers'];
    expect(score.categories).toEqual(labels);
    expect(score.values).toEqual(results.imperatives.map((i) => i.score));
    expect(target.values).toEqual(results.imperatives.map((i) => i.target));
  });

  it('the perception-gap chart has one series per role with its by-role scores', () => {
    const chart = team.charts.find((c) => c.series.some((s) => s.name === 'leadership'))!;
    for (const series of chart.series) {
      expect(series.categories).toHaveLength(4);
      expect(series.values).toEqual(results.imperatives.map((i) => i.byRole[series.name]));
    }
    expect(chart.series.map((s) => s.name)).toEqual(Object.keys(results.imperatives[0]!.byRole));
  });

  it('an imperative slide: score, band, gap, the lowest questions with their evidence, the actions', () => {
    // Its first slide and the ones that continue it.
    const slide = team.slides.filter((s) => s[0]!.startsWith('1. A prospecting plan that opens opportunities')).flat().join('\n');
    const first = results.imperatives[0]!;
    expect(slide).toContain(first.score!.toFixed(1));
    expect(slide).toContain(`out of 100: ${first.band}`);
    expect(slide).toContain(`Target ${first.target}, gap ${first.gap!.toFixed(1)}`);
    expect(slide).toMatch(/The 3 lowest questions/);
    expect(slide).toMatch(/Rank \d+: /);
  });

  it('the deck keeps to what a room reads: at most five actions per imperative and per horizon, the rest counted and left to the report', () => {
    for (const [i, imperative] of results.imperatives.entries()) {
      const text = team.slides.filter((s) => s[0]!.startsWith(`${i + 1}. ${imperative.title}`)).flat().join('\n');
      const ranks = text.match(/^Rank \d+: /gm) ?? [];
      const fired = results.actions.filter((a) => a.imperative === imperative.id).length;
      expect(ranks.length).toBe(Math.min(5, fired));
      if (fired > 5) expect(text).toContain(`${fired - 5} more action`);
    }
    const plan = team.slides.filter((s) => s[0]!.startsWith('The 30/60/90-day plan')).flat().join('\n');
    expect(plan).toMatch(/and \d+ more: see the backlog in the full report/);
  });

  it('hostile answers: valid XML, text kept as text, long text continued on more slides; names only when the report shows them', async () => {
    const folder = join(work, 'hostile');
    writeHostileTeam(folder);
    const flags = await nameFlags(folder);
    const named = await readDeck(await deck(['report', folder, ...flags.shown], 'named.pptx'));
    const anonymous = await readDeck(await deck(['report', folder, ...flags.hidden], 'anonymous.pptx'));
    const text = named.slides.flat().join('\n');
    expect(text).toContain('</svg><script>alert("x")</script>');
    expect(named.xml.join('')).not.toContain('<script>');
    expect(named.slides[0]!.join(' ')).toContain(HOSTILE_ORG.slice(0, 40));
    expect(named.slides.some((s) => / \(continued\)$/.test(s[0]!))).toBe(true);
    for (const name of RESPONDENT_NAMES) {
      expect(named.xml.join('')).toContain(name);
      expect(anonymous.xml.join('')).not.toContain(name);
    }
  });

  it('a single respondent makes a deck without the by-role slide', async () => {
    const single = await readDeck(await deck(['report', 'examples/acme-leadership.yaml'], 'single.pptx'));
    expect(single.slides.map((s) => s[0])).not.toContain('Perception gaps by role');
    expect(single.charts).toHaveLength(1);
  });

  it.skipIf(!hasCommand('soffice') && process.env.CI === undefined)('LibreOffice Impress opens it: one PDF page per slide, the organization on the title page', async () => {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, teamFile], { stdio: 'ignore', timeout: 150_000, env: { ...process.env, HOME: work } });
    const pdf = join(work, 'team.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(team.slides.length);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })).toContain('Acme Corp');
  });
});
