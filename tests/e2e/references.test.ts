// Every cross-reference points to something the reader sees in that format (thirteenth VP reading:
// "the step after #8", a step no format prints; "the strategy page", a page the report does not
// have; "the check slide", which only the deck has). Each format's text (Markdown, HTML, and the
// deck's titles, slide text and notes) is read for the references it makes, and each is resolved
// in that same format: a named slide to a slide's title, a named section to a heading, a link to
// an anchor, a page to the pages a report has.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDeck } from '../helpers/deck.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-references-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** References every format may make, and those none may: a step named only by its place. */
function commonDangling(text: string): string[] {
  const wrong: string[] = [];
  for (const m of text.matchAll(/the step (?:after|before) #\d+/g)) wrong.push(`"${m[0]}": no format prints that step; name it`);
  // A page of the report: page one (the executive summary, page one of the PDF) or page two; any other "the … page" is none of the report's.
  for (const m of text.matchAll(/\bthe (\w+) page\b/gi)) if (!/^(first|second)$/i.test(m[1]!)) wrong.push(`"${m[0]}": the report has no such page`);
  return wrong;
}

/** What the written report (Markdown or HTML text, with its headings) refers to that it does not have. */
export function unresolvedInReport(text: string, headings: readonly string[], anchors: readonly string[], links: readonly string[]): string[] {
  const wrong = commonDangling(text);
  // Slides are the deck's: a report that names one sends the reader to another document.
  for (const m of text.matchAll(/\bthe (\w+) slide\b|\bslide \d+\b/gi)) wrong.push(`"${m[0]}": the report has no slides`);
  for (const link of links) if (!anchors.includes(link)) wrong.push(`#${link}: no such anchor`);
  // A named part of the report has a heading of that name.
  const named: Record<string, RegExp> = { 'the method': /method/i, 'the annex': /annex/i, 'the backlog': /backlog/i, 'the action plan': /action plan/i };
  for (const [phrase, heading] of Object.entries(named)) if (new RegExp(`\\b${phrase}\\b`, 'i').test(text) && !headings.some((h) => heading.test(h))) wrong.push(`"${phrase}": no heading for it`);
  return wrong;
}

/** What the deck refers to that it does not have: a named slide no title answers to, a page of the written report. */
export function unresolvedInDeck(titles: readonly string[], text: string): string[] {
  const wrong = commonDangling(text);
  for (const m of text.matchAll(/\bpage (one|two)\b/gi)) wrong.push(`"${m[0]}": the deck has no pages`);
  // "the check slide", "the method slide": a slide whose title says so.
  const byWord: Record<string, RegExp> = { check: /\bchecks?\b/i, method: /^Appendix: how the scores/, backlog: /^Appendix: .*backlog/i, findings: /\bfindings?\b/i };
  for (const m of text.matchAll(/\bthe (\w+) slide\b/gi)) {
    const title = byWord[m[1]!.toLowerCase()];
    if (title === undefined || !titles.some((t) => title.test(t))) wrong.push(`"${m[0]}": no slide is titled so`);
  }
  if (/the backlog appendix/i.test(text) && !titles.some((t) => byWord.backlog!.test(t))) wrong.push('"the backlog appendix": no such slide');
  return wrong;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

describe('every cross-reference points to something the reader sees in that format (thirteenth VP reading)', () => {
  const runs: [string, string[]][] = [
    ['readout', ['examples/acme/', '--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml']],
    ['plain', ['examples/acme/']],
    ['single', ['examples/acme-leadership.yaml']],
  ];
  const outputs = new Map<string, { md: string; html: string; deckTitles: string[]; deckText: string }>();
  beforeAll(async () => {
    for (const [name, args] of runs) {
      const md = await runCli(['report', ...args]);
      const html = await runCli(['report', ...args, '--format', 'html']);
      const out = join(work, `${name}.pptx`);
      const pptx = await runCli(['report', ...args, '--format', 'pptx', '--out', out]);
      for (const r of [md, html, pptx]) expect(r.exitCode, r.stderr).toBe(0);
      const deck = await readDeck(out);
      outputs.set(name, { md: md.stdout, html: html.stdout, deckTitles: deck.slides.map((s) => s.title), deckText: deck.slides.flatMap((s) => [s.title, ...s.paragraphs, s.notes]).join('\n') });
    }
  });

  it('Markdown: links, named sections and pages resolve in the Markdown; no slide, no step named by its place', () => {
    for (const [name] of runs) {
      const { md } = outputs.get(name)!;
      const headings = [...md.matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1]!);
      const links = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
      expect(unresolvedInReport(md.replace(/\\(.)/g, '$1'), headings, headings.map(slug), links), name).toEqual([]);
    }
  });

  it('HTML (and the PDF printed from it): every href="#…" has its id; named sections and pages resolve; no slide, no step named by its place', () => {
    for (const [name] of runs) {
      const { html } = outputs.get(name)!;
      const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      const headings = [...html.matchAll(/<h[1-4][^>]*>([\s\S]*?)<\/h[1-4]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length, name).toBeGreaterThan(0);
      expect(unresolvedInReport(text, headings, ids, links), name).toEqual([]);
    }
  });

  it('the deck: "the check slide", "the method slide", "the backlog appendix" are slides of this deck; no page one, no step named by its place', () => {
    for (const [name] of runs) {
      const { deckTitles, deckText } = outputs.get(name)!;
      expect(unresolvedInDeck(deckTitles, deckText), name).toEqual([]);
    }
    // The decks name their check slide, and it is there.
    // Re-pinned after the merge of h-plan15: with the readout no check fits the VP Sales' 90 days, so no check slide; plain acme's deck has one (the check before #8).
    expect(outputs.get('plain')!.deckText).toMatch(/the check slide/);
    // Re-pinned (VP review 17, item 60): no method slide, so nothing points to one; the written report's method instead.
    expect(outputs.get('readout')!.deckText).not.toMatch(/the method slide/);
    expect(outputs.get('readout')!.deckText).toMatch(/the written report's method/);
  });

  it('fails on each kind of reference the format does not have', () => {
    expect(unresolvedInReport('built for the step after #8; the card (the strategy page\'s); see the check slide; [plan](#action-plan)', ['Action plan'], ['plan'], ['action-plan'])).toEqual([
      '"the step after #8": no format prints that step; name it',
      '"the strategy page": the report has no such page',
      '"the check slide": the report has no slides',
      '#action-plan: no such anchor',
    ]);
    expect(unresolvedInReport('see the annex', ['Appendix: method'], [], [])).toEqual(['"the annex": no heading for it']);
    expect(unresolvedInDeck(['D1: decide', 'Appendix: how the scores are worked out'], 'the check slide says; page one\'s priorities; the method slide')).toEqual([
      '"page one": the deck has no pages',
      '"the check slide": no slide is titled so',
    ]);
  });
});
