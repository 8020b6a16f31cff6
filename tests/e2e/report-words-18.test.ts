// The sixteenth VP review's word classes (h-words18): tool language in client text, one word per
// metric, pointers that say where each action is, padding said once, and the deck's titles and
// cells, in every format the CLI writes for acme (Markdown, HTML text, the deck's text, tables and
// notes), with the readout and without one. One test per class, over every format, so an instance
// in any of them fails it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDeck, tableCells, type Deck } from '../helpers/deck.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-words-18-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const editions: [string, string[]][] = [
  ['acme with its readout', ['--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml']],
  ['acme without a readout', []],
];

/** Each line of `text` that matches `pattern`, for a failure that says where. */
function hits(text: string, pattern: RegExp): string[] {
  return text.split('\n').filter((line) => pattern.test(line)).map((line) => line.slice(0, 160));
}

/**
 * Phrases that are the tool's, not a consultant's (VP review 16, class 6): a form's field pasted
 * into prose, two labels stacked, the planner's shorthand, a table header made of a rule, a
 * possessive on a document's name, the firm's "our" in a question put to the client.
 */
const TOOL_PHRASES = [
  /Who checks:/,
  /To settle it:/,
  /\b(?:VP Sales'|role's) steps\b/,
  /#\d+ then, by\b/,
  /Finding [A-Z]'s questions/,
  /gaps? that weighs? most/i,
  /case for change's questions/,
  /\bour offering\b|\bbrings us\b/,
  /\blevels? that #\d+/,
];

for (const [name, extra] of editions) {
  describe(name, () => {
    const texts = { md: '', html: '', deck: '' };
    let deck: Deck;
    beforeAll(async () => {
      const slug = extra.length === 0 ? 'team' : 'readout';
      for (const format of ['md', 'html', 'pptx'] as const) {
        const result = await runCli(['report', 'examples/acme/', ...extra, '--format', format, '--out', join(work, `${slug}.${format}`)]);
        expect(result.exitCode, result.stderr).toBe(0);
      }
      texts.md = readFileSync(join(work, `${slug}.md`), 'utf8').replace(/\\(.)/g, '$1');
      texts.html = readFileSync(join(work, `${slug}.html`), 'utf8').replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ');
      deck = await readDeck(join(work, `${slug}.pptx`));
      texts.deck = deck.slides.flatMap((s) => [...s.paragraphs, s.notes]).join('\n');
    });
    const formats = ['md', 'html', 'deck'] as const;

    it('says none of the tool phrases (class 6, need 13)', () => {
      for (const f of formats) for (const phrase of TOOL_PHRASES) expect(hits(texts[f], phrase), `${f}: ${phrase}`).toEqual([]);
    });

    it('says "gap" only for the target minus the score, as "gap to target"; groups differ, questions have room to improve (class 7, need 11)', () => {
      for (const f of formats) {
        const loose = texts[f].split('\n').flatMap((line) => [...line.matchAll(/\bgaps?\b(?! to target)/gi)].map(() => line.slice(0, 160)));
        expect(loose, f).toEqual([]);
      }
      expect(texts.md).toMatch(/\| Imperative \| Score \|(?: Target \|)? Gap to target \|/);
    });

    it('says "checked" for records and observed meetings alike, never "records" for what was checked (class 7, item 41)', () => {
      for (const f of formats) expect(hits(texts[f], /records we checked|checked in records|uses the records/i), f).toEqual([]);
    });

    it("points each imperative's actions to where they are: the 90-day plan or the backlog, never \"(see the plan)\" (class 5, need 12)", () => {
      for (const f of formats) expect(hits(texts[f], /see the plan/i), f).toEqual([]);
      const planTable = texts.md.slice(texts.md.indexOf('## Action plan'), texts.md.indexOf('### Backlog'));
      const planned = new Set([...planTable.matchAll(/^\| (\d+)(?: ★)? \|/gm)].map((m) => Number(m[1])));
      const lines = [...texts.md.matchAll(/^Actions for this imperative: (.*)$/gm)].map((m) => m[1]!);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const [inPlan, inBacklog = ''] = line.split(' in the [90-day plan](#action-plan)');
        for (const rank of [...inPlan!.matchAll(/#(\d+)/g)].map((m) => Number(m[1]))) expect(planned.has(rank), `${line}: #${rank}`).toBe(true);
        for (const rank of [...inBacklog.matchAll(/#(\d+)/g)].map((m) => Number(m[1]))) expect(planned.has(rank), `${line}: #${rank}`).toBe(false);
      }
    });

    it("counts the backlog the same way on page one, in the plan and on the deck (class 7, item 40)", () => {
      const plan = /(\d+) more in the backlog/.exec(texts.md)?.[1];
      expect(plan).toBeDefined();
      // Re-pinned (fx-pg19): page one gives the count in the closing line, or where the capacity decision's why has it ("12 of the 41 backlog actions").
      const pageOne = /(?:Deliberately not in these 90 days: the|of the) (\d+) backlog actions/.exec(texts.md)?.[1];
      if (pageOne !== undefined) expect(pageOne).toBe(plan);
      expect(texts.deck).toContain(`${plan} more in the backlog`);
    });

    it('explains the range-withheld mark once per report, not under every table (class 9, item 55)', () => {
      for (const f of ['md', 'html'] as const) expect((texts[f].match(/Range withheld to protect a small group/g) ?? []).length, f).toBeLessThanOrEqual(1);
      if (texts.md.includes('†')) expect(texts.md).toContain('† Range withheld to protect a small group');
    });

    it("deck: the scores slide names the lowest imperative, and its notes count the overall bar (class 10, items 44 and 59)", () => {
      const scores = deck.slides[1]!;
      const points = [...texts.md.matchAll(/^\| (?!\*\*Overall)[^|]+ \| (\d+) \|/gm)].map((m) => Number(m[1]));
      // Re-pinned (VP review 17, item 55): with a headline's message, the title is the message and the line under the chart names the lowest.
      expect([scores.title, scores.bullets[0] ?? ''].join('\n')).toMatch(new RegExp(`lowest: [^;\n]* at ${Math.min(...points)}(;|$)`, 'm'));
      expect(scores.notes).not.toMatch(/Each bar is one imperative against/);
    });

    it('deck: every imperative slide has an Evidence column and no empty cell (class 10, item 60)', () => {
      // Re-pinned (VP review 17, item 56): one header, the written report's "Question", on every imperative slide.
      const imperativeSlides = deck.slides.filter((s) => s.paragraphs.some((p) => p === 'Question'));
      expect(imperativeSlides.length).toBe(4);
      for (const slide of imperativeSlides) {
        const [header, ...rows] = tableCells(slide);
        expect(header!.at(-1), slide.title).toBe('Evidence');
        for (const row of rows) expect(row.every((cell) => cell.trim() !== ''), `${slide.title}: ${row.join(' | ')}`).toBe(true);
      }
    });

    it('deck: no decision slide is titled by its ask where a recommendation stands (class 10, item 58)', () => {
      const decisionTitles = deck.slides.map((s) => s.title).filter((t) => /^D\d+: /.test(t));
      if (extra.length > 0) {
        expect(decisionTitles.length).toBeGreaterThan(0);
        expect(decisionTitles.filter((t) => /^D\d+: decide /.test(t))).toEqual([]);
      }
    });

    it('deck: says the decisions\' date, never "today" (class 7, item 43)', () => {
      expect(hits(texts.deck, /\btoday\b.*decision|decision.*\btoday\b|need today|from you today/i)).toEqual([]);
      if (extra.length > 0) expect(texts.deck).toContain('decisions we need from you on 14 December 2026');
    });
  });
}
