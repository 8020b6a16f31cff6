// The fifteenth VP review's word classes (WAVE2-17, wd2-17): the tool's vocabulary and what a client
// document may refer to, in every format the CLI writes for acme (Markdown, HTML, the deck's titles,
// text, tables and notes), with the readout and without one. Each pattern is a class: one test per
// class, over every format, so an instance in any of them fails it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDeck } from '../helpers/deck.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-words-17-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every text a reader sees, per format: the Markdown as printed, the HTML's text, the deck's paragraphs and notes. */
type Texts = { md: string; html: string; deck: string };

const editions: [string, string[]][] = [
  ['acme with its readout', ['--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml']],
  ['acme without a readout', []],
];

/** Each line of `text` that matches `pattern`, for a failure that says where. */
function hits(text: string, pattern: RegExp): string[] {
  return text.split('\n').filter((line) => pattern.test(line)).map((line) => line.slice(0, 160));
}

for (const [name, extra] of editions) {
  describe(name, () => {
    const texts: Texts = { md: '', html: '', deck: '' };
    beforeAll(async () => {
      const base = ['report', 'examples/acme/', ...extra];
      const slug = extra.length === 0 ? 'team' : 'readout';
      for (const format of ['md', 'html', 'pptx'] as const) {
        const out = join(work, `${slug}.${format}`);
        const result = await runCli([...base, '--format', format, '--out', out]);
        expect(result.exitCode, result.stderr).toBe(0);
      }
      texts.md = readFileSync(join(work, `${slug}.md`), 'utf8').replace(/\\(.)/g, '$1');
      texts.html = readFileSync(join(work, `${slug}.html`), 'utf8').replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ');
      const deck = await readDeck(join(work, `${slug}.pptx`));
      texts.deck = deck.slides.flatMap((s) => [...s.paragraphs, s.notes]).join('\n');
    });

    const formats = ['md', 'html', 'deck'] as const;

    it('refers to nothing outside the document: no technical note "on request", no command of the tool (class 6, items 37-38)', () => {
      for (const f of formats) expect(hits(texts[f], /technical note|on request|rubrics --sample|sales-audit /i), f).toEqual([]);
    });

    it('points at no step without a number: a build names the numbered action it prepares (class 6, item 39)', () => {
      for (const f of formats) expect(hits(texts[f], /#\d+'s next step|next step, “/), f).toEqual([]);
      expect(texts.md).toMatch(/: (prepares|for use after) #\d+$/m);
    });

    it("says no planner word for the plan: horizon, row (for an action), covered by, groundwork, attainment, \"this numbering\" (class 8, items 49-50)", () => {
      const planner = /\bhorizons?\b|covered by #|that row|a row's|rows that wait|before a row|no row of (its|their) own|groundwork|attainment|is this numbering|\(by hours\)/i;
      for (const f of formats) expect(hits(texts[f], planner), f).toEqual([]);
    });

    it('numbers the scores-by-role table as it shows it, or not at all (class 6, item 41)', () => {
      const roleTable = texts.md.slice(texts.md.indexOf('## Scores by role'), texts.md.indexOf('\n## ', texts.md.indexOf('## Scores by role') + 1));
      if (roleTable.length > 0) expect(roleTable).not.toMatch(/^\| \d+\. /m);
    });

    it('says the rounding rule as it works: to the nearest point, cut below a band floor or the target, never "rounded" for both (class 3, item 21)', () => {
      for (const f of ['md', 'html'] as const) {
        expect(texts[f]).not.toMatch(/every whole point is rounded once/);
        expect(texts[f]).toMatch(/cut to the point below, not rounded up \(39\.6 shows as 39, not 40\)/);
      }
    });

    it("the method does not say one business figure where a section names two (class 5, item 34)", () => {
      const twoFigures = /Business measure to track:\*\* [^\n]*, and the /.test(texts.md);
      if (twoFigures) for (const f of ['md', 'html'] as const) expect(texts[f]).not.toMatch(/names one business figure/);
    });

    it('a level the audit\'s survey sets is marked as the survey in the "Checked level" column (class 5, item 33)', () => {
      const surveyRows = hits(texts.md, /^\| Q\d\.\d+ .*\| from the audit's survey/);
      expect(surveyRows.length).toBeGreaterThan(0);
      for (const row of surveyRows) expect(row.split(' | ')[2], row).toMatch(/^(\d+ \(survey\)|–)$/);
    });

    it("the deck's role slide says the bars are what each group said and the checks set only the team's score (class 5, item 27)", () => {
      expect(texts.deck).not.toMatch(/the records set the score instead/);
      const roleLine = hits(texts.deck, /^The bars are /);
      for (const line of roleLine) expect(line).toMatch(/^The bars are only what each group said \(.+\); the team's score uses /);
    });

    it('says priorities are due, never that they start, where page one says "by when they are due" (class 5, item 28)', () => {
      expect(texts.md).toMatch(/priorities, by when they are due/);
      for (const f of formats) expect(hits(texts[f], /priorit(y|ies) (starts?|to start) within|priorities to start\b/i), f).toEqual([]);
    });
  });
}
