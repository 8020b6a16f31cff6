// The built CLI's PowerPoint deck: unzipped (jszip) and read with an XML parser. Every slide comes
// from a master with a title placeholder and has a title that states its message; notes on every
// slide; no text under 12 pt; one chart or table and at most five bullets a slide, never fewer than
// two items; the charts are native chart parts whose values are the scores (the JSON results say
// which); hostile text stays inert and names appear only when asked for; LibreOffice opens it and
// prints one page per slide.
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

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['c:ser', 'c:pt', 'p:sp', 'a:p', 'a:r', 'a:tbl'].includes(name) });

interface Deck {
  slides: DeckSlide[];
  charts: { series: { name: string; categories: string[]; values: number[] }[] }[];
  xml: string[];
  /** Every part of the package by name, as text (media excluded). */
  parts: Map<string, string>;
  media: string[];
}

interface DeckSlide {
  /** Every text paragraph, in order. */
  paragraphs: string[];
  /** The text of the shape in the title placeholder, '' when none. */
  title: string;
  /** Paragraphs of the body placeholder: its bullets. */
  bullets: string[];
  /** Data rows of its tables (the header row left out). */
  tableRows: number;
  charts: number;
  /** The layout (slideLayoutN.xml) it is made from, and that layout's XML. */
  layout: string;
  notes: string;
  xml: string;
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

const paragraphText = (p: Record<string, unknown>) => ((p['a:r'] as { 'a:t'?: unknown }[] | undefined) ?? []).map((r) => String(r['a:t'] ?? '')).join('');

/** The paragraphs of the shapes whose placeholder is of this type. */
function placeholderText(tree: unknown, type: string): string[] {
  const out: string[] = [];
  eachUnder(tree, 'p:sp', (shapes: Record<string, any>[]) => {
    for (const shape of shapes) {
      if (shape['p:nvSpPr']?.['p:nvPr']?.['p:ph']?.['@type'] !== type) continue;
      eachUnder(shape['p:txBody'], 'a:p', (ps: Record<string, unknown>[]) => out.push(...ps.map(paragraphText).filter((l) => l !== '')));
    }
  });
  return out;
}

/** Every slide's text, placeholders, tables, charts, layout and notes, and every chart's series. */
async function readDeck(file: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  const byNumber = (prefix: string) =>
    [...parts.keys()]
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const xml: string[] = [];
  const slides: DeckSlide[] = [];
  for (const name of byNumber('ppt/slides/slide')) {
    const text = parts.get(name)!;
    expect(XMLValidator.validate(text), name).toBe(true);
    xml.push(text);
    const tree = parser.parse(text);
    const paragraphs: string[] = [];
    eachUnder(tree, 'a:p', (ps: Record<string, unknown>[]) => paragraphs.push(...ps.map(paragraphText).filter((l) => l !== '')));
    let tableRows = 0;
    eachUnder(tree, 'a:tbl', (tables: any[]) => {
      for (const table of tables) tableRows += [table['a:tr']].flat().length - 1;
    });
    const rels = parts.get(name.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))!;
    const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
    const notesName = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
    const notes = notesName === undefined ? '' : placeholderText(parser.parse(parts.get(`ppt/notesSlides/${notesName}`)!), 'body').join('\n');
    slides.push({
      paragraphs,
      title: placeholderText(tree, 'title').join(' '),
      bullets: placeholderText(tree, 'body'),
      tableRows,
      charts: (text.match(/<c:chart /g) ?? []).length,
      layout: parts.get(`ppt/slideLayouts/${layout}`)!,
      notes,
      xml: text,
    });
  }
  const charts: Deck['charts'] = [];
  for (const name of byNumber('ppt/charts/chart')) {
    const text = parts.get(name)!;
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
  const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
  return { slides, charts, xml, parts, media };
}

async function deck(args: string[], name: string): Promise<string> {
  const out = join(work, name);
  const result = await runCli([...args, '--format', 'pptx', '--out', out]);
  expect(result.exitCode, result.stderr).toBe(0);
  return out;
}

/** Items on a slide: its bullets, its table rows and its charts. */
const items = (slide: DeckSlide) => slide.bullets.length + slide.tableRows + slide.charts;

describe('--format pptx', () => {
  let team: Deck;
  let teamFile: string;
  let results: { organization: string; rubrics: { digest: string }; imperatives: { title: string; id: string; score: number | null; target: number; gap: number | null; band: string | null; byRole: Record<string, number | null>; questions: { id: string; needsDiscussion: boolean }[] }[]; actions: { imperative: string }[] };
  let withReadout: Deck;
  beforeAll(async () => {
    teamFile = await deck(['report', 'examples/acme/'], 'team.pptx');
    team = await readDeck(teamFile);
    withReadout = await readDeck(await deck(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml'], 'readout.pptx'));
    results = JSON.parse((await runCli(['report', 'examples/acme/', '--format', 'json'])).stdout);
  });

  it('16:9; every slide is made from a master whose layout has a title placeholder, and carries a non-empty title in it', () => {
    expect(team.parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
    expect(team.slides.length).toBeGreaterThanOrEqual(10);
    for (const [i, slide] of team.slides.entries()) {
      expect(slide.layout, `slide ${i + 1}'s layout`).toMatch(/<p:ph\s[^>]*type="title"/);
      expect(slide.xml, `slide ${i + 1}`).toMatch(/<p:ph\s[^>]*type="title"/);
      expect(slide.title.trim(), `slide ${i + 1}'s title`).not.toBe('');
    }
    // The masters are real layouts, named (View › Slide Master).
    const layouts = [...team.parts.keys()].filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map((n) => /<p:cSld name="([^"]+)"/.exec(team.parts.get(n)!)?.[1]);
    expect(layouts).toEqual(expect.arrayContaining(['Title slide', 'Title and bullets', 'Chart and bullets', 'Title and table']));
  });

  it('each title is a message built from the data, not a label; no two slides share a title', () => {
    const titles = team.slides.map((s) => s.title);
    expect(titles[0]).toBe(`${results.organization}: sales readiness audit`);
    // Page one's order: the verdict, the scores (whole points), the decisions, the priorities.
    // Beside the by-role chart, the title states the gap the chart draws (fifth VP reading); the score leads the text.
    expect(titles[1]).toMatch(/^Leadership rates every imperative \d+ to \d+ points higher than salespeople do$/);
    expect(team.slides[1]!.bullets.join('\n')).toMatch(/The sales force scores \d+ of 100 \(At risk\)\./);
    expect(titles[2]).toMatch(/^All four imperatives are below the target of 75; lowest: Sales managers at \d+$/);
    expect(titles[3]).toMatch(/^We recommend three decisions, the first on managers' own selling$/);
    expect(titles[4]).toMatch(/^Start with five actions that wait for nothing else/);
    for (const [i, imperative] of results.imperatives.entries()) {
      // A sentence about the client: the weakest question's words that fit, else its distance to the target.
      expect(titles[5 + i]).toMatch(new RegExp(`^[A-Z][^,]+, (just under )?\\d+ of 100: [a-z].{20,}$`));
      expect(titles[5 + i]).not.toMatch(/weakest|\d\.\d/);
    }
    for (const label of ['Scores against target', 'Perception gaps by role', 'The finding and the priorities', 'Method', 'Decisions for leadership']) expect(titles).not.toContain(label);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.some((t) => /\(continued\)/.test(t))).toBe(false);
  });

  it('titles are messages of at most 15 words, never cut with "…"; a plan slide\'s title names the horizons it holds (fourth reading, class 7)', () => {
    for (const d of [team, withReadout]) {
      for (const s of d.slides) {
        expect(s.title.split(/\s+/).length, s.title).toBeLessThanOrEqual(15);
        expect(s.title, s.title).not.toMatch(/…|\.\.\./);
      }
      for (const s of d.slides.filter((x) => /^Within \d+/.test(x.title))) {
        const span = /^Within ([\d, and]+) days/.exec(s.title)![1]!;
        const named = span.split(/, | and /).map(Number).sort((a, b) => a - b);
        const held = [...new Set(s.paragraphs.flatMap((p) => /^Within (\d+) days$/.exec(p)?.[1] ?? []).map(Number))].sort((a, b) => a - b);
        expect(held, s.title).toEqual(named);
      }
    }
    // The consultant's comment on an imperative, short enough, is its slide's message.
    expect(withReadout.slides.map((s) => s.title)).toContain('Prospecting plan, 33 of 100: reps are handed lists, not plans');
  });

  it('the signals travel into the deck: a priority to confirm says so, with what and with whom in the notes; a decision that needs discussion says so (fourth reading, class 6)', () => {
    const priorities = withReadout.slides.find((s) => s.title.startsWith('Start with'))!;
    expect(priorities.paragraphs.join(' ')).toMatch(/To confirm first/);
    expect(priorities.notes).toMatch(/To confirm first: \d+ of \d+ respondents rated the team above the level this action starts from: check the evidence before committing\. [A-Z]/);
    const decisions = withReadout.slides.find((s) => s.title.startsWith('We recommend'))!;
    // A decision says "needs discussion" exactly when its question does: D1-D3 of
    // examples/readout.yaml rest on these three questions. Since managers alone count their own
    // selling (rubric set 2026.12.4), acme's D1 is no longer split between leaders and managers.
    const needs = new Set(results.imperatives.flatMap((i) => i.questions).filter((q) => q.needsDiscussion).map((q) => q.id));
    const decided = ['time-for-people', 'real-targets', 'defending-price'];
    expect(decisions.bullets.join(' ').includes('Needs discussion')).toBe(decided.some((id) => needs.has(id)));
    expect(decisions.notes).toMatch(/Cost: /);
  });

  it('the method is one appendix slide pointing to the written report, every item whole in its notes (fourth reading, class 7)', () => {
    const method = team.slides.filter((s) => /how the scores/.test(s.title));
    expect(method.length).toBe(1);
    expect(method[0]!.bullets.join(' ')).toMatch(/written report/);
    expect(method[0]!.notes).toMatch(/Confidentiality: /);
  });

  it('no tool residue (fifth VP reading): one full stop at a time in the notes, the framework named as a title, an action with its # on the imperative slides', () => {
    for (const [i, slide] of team.slides.entries()) expect(slide.notes, `slide ${i + 1}'s notes`).not.toMatch(/\.\.(\s|$)/);
    expect(team.slides[0]!.notes).not.toMatch(/Scored against The/);
    const imperativeSlides = team.slides.filter((s) => s.bullets.some((b) => /more actions? for this imperative/.test(b)));
    expect(imperativeSlides.length).toBeGreaterThan(0);
    for (const slide of imperativeSlides) for (const b of slide.bullets.filter((b) => /\(.+, within \d+ days\)$/.test(b))) expect(b).toMatch(/^#\d+ /);
  });

  it('speaker notes on every slide hold the detail', () => {
    for (const [i, slide] of team.slides.entries()) expect(slide.notes.trim().length, `slide ${i + 1}'s notes`).toBeGreaterThan(20);
    // The priorities' why and every fired action live in the notes.
    expect(team.slides[3]!.notes).toMatch(/We recommend: .*\(Plan #\d+/);
    // The why on the slide and the action in full in the notes, or, when the whys do not fit one
    // slide, the action on the slide and the why in the notes.
    expect(team.slides[4]!.notes).toMatch(/^#\d+ (in full|why): /m);
    const readoutPriorities = withReadout.slides.find((s) => s.title.startsWith('Start with'))!;
    expect(readoutPriorities.paragraphs).toContain('Why');
    expect(readoutPriorities.notes).toMatch(/^#\d+ in full: /m);
    const prospecting = team.slides[5]!;
    const fired = results.actions.filter((a) => a.imperative === results.imperatives[0]!.id).length;
    expect((prospecting.notes.match(/^#\d+ /gm) ?? []).length).toBe(fired);
  });

  it('no speaker note carries a respondent\'s note: the deck file travels (issue 20, second reading, class 1)', () => {
    // The JSON results are the data: every note, printed or not.
    const data = results as unknown as { imperatives: { questions: { notes: { note: string }[] }[] }[] };
    const notes = data.imperatives.flatMap((i) => i.questions.flatMap((q) => q.notes.map((n) => n.note.replace(/^"|"$/g, ''))));
    expect(notes.length).toBeGreaterThan(10);
    const all = team.slides.map((s) => s.notes).join('\n');
    for (const note of notes) expect(all, note).not.toContain(note.slice(0, 30));
    expect(all).not.toMatch(/Interview note/);
  });

  it('text is 12 pt or more on every slide, and in every chart', () => {
    for (const [i, xml] of team.xml.entries()) {
      const sizes = [...xml.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length, `part ${i + 1} has sized text`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `part ${i + 1}`).toBeGreaterThanOrEqual(1200);
    }
    // The masters' footer and slide number too.
    for (const [name, xml] of team.parts) {
      if (!/^ppt\/slide(Layout|Master)s\/\w+\.xml$/.test(name)) continue;
      for (const m of xml.matchAll(/\ssz="(\d+)"/g)) expect(Number(m[1]), name).toBeGreaterThanOrEqual(1200);
    }
  });

  it('one chart or table and at most five bullets a slide, and never fewer than two items', () => {
    for (const [i, slide] of team.slides.entries()) {
      expect(slide.bullets.length, `slide ${i + 1}: ${slide.title}`).toBeLessThanOrEqual(5);
      expect(slide.charts + (slide.tableRows > 0 ? 1 : 0), `slide ${i + 1}`).toBeLessThanOrEqual(1);
      expect(items(slide), `slide ${i + 1}: ${slide.title}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('no digest in the deck (the JSON results keep it); the method and the backlog are appendix slides', () => {
    expect(team.slides.flatMap((s) => [...s.paragraphs, s.notes]).join(' ')).not.toMatch(/sha256|digest/i);
    expect(results.rubrics.digest).toMatch(/^sha256:/);
    const appendix = team.slides.filter((s) => s.title.startsWith('Appendix: '));
    expect(appendix.some((s) => /how the scores/.test(s.title))).toBe(true);
    expect(appendix.some((s) => /the backlog/.test(s.title))).toBe(true);
    // Appendix slides come last.
    const first = team.slides.findIndex((s) => s.title.startsWith('Appendix: '));
    expect(team.slides.slice(first).every((s) => s.title.startsWith('Appendix: '))).toBe(true);
    // Every fired action is on a plan slide or in the backlog, once.
    const planned = team.slides.filter((s) => /^(Within|From) \d+/.test(s.title) || /the backlog/.test(s.title)).reduce((n, s) => n + s.tableRows, 0);
    expect(planned).toBe(results.actions.length);
  });

  it('plan slides number each row and star page one\'s priorities; notes never copy an action; the backlog is shared evenly and named once (second reading, classes 4, 7, 8)', () => {
    const plan = team.slides.filter((s) => /^(Within|From) \d+/.test(s.title));
    expect(plan.length).toBeGreaterThan(0);
    const text = plan.map((s) => s.paragraphs.join('\n')).join('\n');
    for (const s of plan) {
      expect(s.paragraphs.join(' '), s.title).toMatch(/ # When Action Owner /);
      // The notes add detail: an action's text (a table cell over 40 characters) is not in them.
      for (const cell of s.paragraphs.filter((p) => p.length > 40 && p !== s.title)) expect(s.notes, s.title).not.toContain(cell);
    }
    const ranks = plan.flatMap((s) => s.paragraphs.filter((p) => /^\d+( ★)?$/.test(p)));
    expect(ranks.length).toBe(plan.reduce((n, s) => n + s.tableRows, 0));
    expect(ranks.filter((r) => r.endsWith('★')).length).toBeGreaterThan(0);
    expect(text).toContain('★');
    const all = team.slides.map((s) => s.notes).join('\n');
    expect((all.match(/more actions? (is|are) in the backlog/g) ?? []).length).toBe(1);
    const backlog = team.slides.filter((s) => /the backlog/.test(s.title));
    for (const s of backlog) expect(s.tableRows, s.title).toBeGreaterThanOrEqual(3);
  });

  it('the scores chart is native: columns of the scores and a target line, categories the imperatives', () => {
    const chart = team.charts.find((c) => c.series.some((s) => s.name === 'Score'))!;
    expect(chart).toBeDefined();
    const score = chart.series.find((s) => s.name === 'Score')!;
    const target = chart.series.find((s) => s.name === 'Target')!;
    const labels = ['Prospecting plan', 'Differentiation', 'Sales interactions', 'Sales managers'];
    expect(score.categories).toEqual(labels);
    // The labels read as page one's table: whole points, rounded down where 40 would cross a band.
    expect(score.values).toEqual(results.imperatives.map((i) => (i.score! < 40 && Math.round(i.score!) >= 40 ? Math.floor(i.score!) : Math.round(i.score!))));
    expect(target.values).toEqual(results.imperatives.map((i) => i.target));
    const part = team.xml.find((x) => x.includes('<c:lineChart>') && x.includes('<c:barChart>'));
    expect(part, 'one chart with bars and a line').toBeDefined();
  });

  it('the perception-gap chart has one series per role group with its by-role scores', () => {
    const chart = team.charts.find((c) => c.series.some((s) => s.name === 'Leadership'))!;
    const groups: Record<string, string> = { Leadership: 'leadership', 'Sales managers': 'sales manager', Salespeople: 'salesperson' };
    for (const series of chart.series) {
      expect(series.categories).toHaveLength(4);
      expect(series.values).toEqual(results.imperatives.map((i) => i.byRole[groups[series.name]!]));
    }
    expect(chart.series.map((s) => groups[s.name])).toEqual(Object.keys(results.imperatives[0]!.byRole));
  });

  it('hostile answers: valid XML, text kept as text; names only when the report shows them', async () => {
    const folder = join(work, 'hostile');
    writeHostileTeam(folder);
    const flags = await nameFlags(folder);
    const named = await readDeck(await deck(['report', folder, ...flags.shown], 'named.pptx'));
    const anonymous = await readDeck(await deck(['report', folder, ...flags.hidden], 'anonymous.pptx'));
    const text = named.slides.flatMap((s) => [...s.paragraphs, s.notes]).join('\n');
    // Respondents' notes stay out of the deck (class 1); the organisation's hostile name is kept as text.
    expect(text).toContain(HOSTILE_ORG.slice(0, 40));
    expect(named.xml.join('')).not.toContain('<script>');
    expect(named.slides[0]!.title + named.slides[0]!.notes).toContain(HOSTILE_ORG.slice(0, 40));
    for (const slide of named.slides) expect(items(slide), slide.title).toBeGreaterThanOrEqual(2);
    // The deck holds no respondent's note, so no respondent's name either, even with --names.
    for (const name of RESPONDENT_NAMES) {
      expect([...named.parts.values()].join('')).not.toContain(name);
      expect([...anonymous.parts.values()].join('')).not.toContain(name);
    }
  });

  it('a single respondent makes a deck without the by-role chart', async () => {
    const single = await readDeck(await deck(['report', 'examples/acme-leadership.yaml'], 'single.pptx'));
    expect(single.charts).toHaveLength(1);
    for (const slide of single.slides) expect(items(slide), slide.title).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!hasCommand('soffice') && process.env.CI === undefined)('LibreOffice Impress opens it: one PDF page per slide, the organization on the title page', async () => {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, teamFile], { stdio: 'ignore', timeout: 150_000, env: { ...process.env, HOME: work } });
    const pdf = join(work, 'team.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(team.slides.length);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })).toContain('Acme Corp');
  });

  it('with --benchmark, the comparison slides follow the same rules: message titles, 12 pt or more, notes, the numbers in a table, at most five bullets', async () => {
    const benchmarked = await readDeck(await deck(['report', 'examples/acme/', '--benchmark', 'examples/portfolio'], 'benchmark.pptx'));
    // The method's appendix slides may number one more ("(1 of 4)"): the benchmark adds its items there.
    const added = benchmarked.slides.filter((s) => !s.title.startsWith('Appendix: ') && !team.slides.some((t) => t.title === s.title));
    expect(added.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Overall, Acme Corp scores \d+\.\d, in the \w+ (quarter|half) of 40 sales forces audited on the same rubrics$/),
      expect.stringMatching(/imperatives? (is|are) (below|at or above) the portfolio's median$/),
      expect.stringMatching(/^Furthest (below|above) the portfolio: \d\.\d /),
    ]);
    const [chart, table, questions] = added as [DeckSlide, DeckSlide, DeckSlide];
    for (const slide of added) {
      expect(slide.xml).toMatch(/<p:ph\s[^>]*type="title"/);
      expect(slide.notes.trim().length, slide.title).toBeGreaterThan(20);
      expect(slide.bullets.length, slide.title).toBeLessThanOrEqual(5);
      expect(Math.min(...[...slide.xml.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1]))), slide.title).toBeGreaterThanOrEqual(1200);
    }
    expect(chart.xml).toMatch(/prstGeom prst="diamond"/);
    expect(table.tableRows).toBeGreaterThanOrEqual(5); // the overall and the four imperatives
    expect(questions.bullets.length).toBeGreaterThanOrEqual(2);
    expect(chart.notes).toMatch(/mid-rank percentile/);
  });
});
