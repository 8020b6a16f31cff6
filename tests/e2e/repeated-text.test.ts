// Each fact once, and referred to after (ninth VP reading, class 7): no run of ten words is printed
// more than twice in one format's output, the acme readout's Markdown, HTML or deck (slides and
// speaker notes together). Before, the lag sentence stood on three plan rows, "the plan's 12 places
// are taken" in four places, and the check's "stands unless the check finds the next level or
// above" on every check.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { drawingSegments, figuresOf, htmlPlaces, htmlSegments, markdownSegments, repeatedFacts, repeatedRuns } from '../helpers/repeated-runs.js';
import { acmeViews } from '../helpers/report-fixtures.js';
import { runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-repeated-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ACME = ['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--brand', 'examples/brand.yaml'];

async function written(format: string): Promise<string> {
  const out = join(work, `acme.${format}`);
  const result = await runCli([...ACME, '--format', format, '--out', out, '--force']);
  expect(result.exitCode, result.stderr).toBe(0);
  return out;
}

describe('repeatedRuns finds a passage said three times, and only that', () => {
  it('counts ten-word runs within segments, merged into one passage per repetition', () => {
    const lag = "Its level moves after two quarters at the earliest (180 days), not within this plan's 90 days.";
    const found = repeatedRuns([`#5 Load a sequence. ${lag}`, `#7 Write a profile. ${lag}`, `#12 Write a plan. ${lag}`]);
    expect(found).toEqual([{ run: "its level moves after two quarters at the earliest 180 days not within this plan's 90 days", count: 3 }]);
    expect(repeatedRuns([lag, lag])).toEqual([]);
    // A table's header cells are segments: "Where the team stands" on four tables is not a sentence.
    expect(repeatedRuns(markdownSegments('| Question | Where the team stands | Checked level (0–4) | What people said (mean, 0–4) and range | Evidence |\n'.repeat(4)))).toEqual([]);
  });
});

describe('repeatedFacts finds one fact said twice in other words, and only that', () => {
  it('the calendar fact of the tenth VP reading, in a finding and in a note: caught; different figures, a question, one place: not', () => {
    expect([...figuresOf('Two weeks of calendars show most managers spending over a third of their week selling, and over ten hours a week on head-office meetings.')]).toEqual(['two weeks', 'third week', 'ten hours']);
    // "#3" and "Q1.4" name things; they count nothing.
    expect([...figuresOf('→ Plan #3, within 30 days, after Q1.4 and 2 others.')]).toEqual(['30 days', '2 others']);
    const finding = 'Two weeks of calendars show most managers spending over a third of their week selling their own accounts, and over ten hours a week on head-office meetings and reports.';
    const note = 'Interview note: Calendars for the last two weeks: most managers spent over ten hours a week on head-office meetings and reports.';
    expect(repeatedFacts([finding, note])).toEqual([{ figures: ['ten hours', 'two weeks'], first: finding, again: note }]);
    // The same words with other figures are another fact: two sections' score lines.
    expect(repeatedFacts(['**41.0 out of 100: Developing.** Target 75, gap 34.0.', '**45.0 out of 100: Developing.** Target 75, gap 30.0.'])).toEqual([]);
    // A question asks for the figures its answer states.
    expect(repeatedFacts(['For most teams, one or more team meetings in the last three months gave 20 minutes or more to coaching.', 'In the last three months, how many team meetings gave 20 minutes or more to coaching?'])).toEqual([]);
    // One place (a plan row) may say a figure in its action and in its done-when; two places may not.
    expect(repeatedFacts([`${note} | ${note}`])).toEqual([]);
  });
});

describe('the acme readout says each passage at most twice, in every format', () => {
  it('Markdown', async () => {
    expect(repeatedRuns(markdownSegments(readFileSync(await written('md'), 'utf8')))).toEqual([]);
  });

  it('HTML (and so the PDF, printed from it)', async () => {
    expect(repeatedRuns(htmlSegments(readFileSync(await written('html'), 'utf8')))).toEqual([]);
  });

  it('each fact once, where it is used: no figure sentence stated again in another place, Markdown and HTML (tenth VP reading, class 9)', async () => {
    expect(repeatedFacts(readFileSync(await written('md'), 'utf8').split('\n'))).toEqual([]);
    expect(repeatedFacts(htmlPlaces(readFileSync(await written('html'), 'utf8')))).toEqual([]);
  });

  it('the deck, its slides and speaker notes together', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await written('pptx')));
    const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n));
    const segments = (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).flatMap(drawingSegments);
    expect(segments.length).toBeGreaterThan(50);
    expect(repeatedRuns(segments)).toEqual([]);
  });
});

// Eleventh VP reading, class 6: each thing said once and pointed to. Under the ten-word rule above,
// a passage could still be said twice; these kinds may not: the self-report caveat, the
// confidentiality rule in full, and each check (what to pull), in the Markdown, the HTML and the
// deck (slides and notes together). A second place points to the first ("is on page two", "see
// Method") instead of saying it again. Before, the deck's check slide and its notes said a check
// twice, and finding C's text said the check its flag says.
describe('each of these is said once per format, and pointed to after', () => {
  /** Letters and digits only, lower case: escaping (Markdown, HTML, XML) and quotation marks aside. */
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const count = (text: string, phrase: string) => plain(text).split(plain(phrase)).length - 1;
  const { view } = acmeViews();
  // What to pull, for every check the readout makes: page two's box, and each flag's own line.
  const checks = [
    ...view.checksFirst.map((c) => c.what),
    ...view.needsDiscussion.map((q) => q.discussionCheck.replace(/^(?:Who checks: [^.]+|Check before [^.]+)\. /, '').replace(/ If it finds .*$/, '')),
  ].map((what) => what.slice(0, 80));
  const kinds = [
    ['the self-report caveat', 'self-report'],
    // Re-pinned (h-cal19): the checks' count is "we checked N of M questions" in every format.
    ['the checks base', 'on samples of'],
    // Twelfth VP reading, class 7: the checks' count in the method too; what "most reps" means on
    // page one and in the method; the one target on every row; the role gap in several sections.
    ['the checks count', 'rest on checks'],
    ['what "most reps" means', 'not a count'],
    ['the one target', 'for every imperative'],
    ['the role gap', 'answer higher than'],
    ['the confidentiality rule in full', 'any one of its people set aside'],
    ...checks.map((what) => [`the check "${what.slice(0, 40)}…"`, what] as const),
  ] as const;

  async function texts(): Promise<Record<string, string>> {
    const md = readFileSync(await written('md'), 'utf8');
    const html = htmlSegments(readFileSync(await written('html'), 'utf8')).join('\n');
    const zip = await JSZip.loadAsync(readFileSync(await written('pptx')));
    const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n));
    const deck = (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).flatMap(drawingSegments).join('\n');
    return { md, html, deck };
  }

  it('acme with the readout: at most once in the Markdown, the HTML and the deck; each check at least once in the report', async () => {
    // Re-pinned after the thirteenth VP reading's plan items: one check (Q4.2's); the VP Sales has no room for the role gap's within 90 days.
    expect(checks.length).toBeGreaterThan(0);
    const formats = await texts();
    for (const [name, text] of Object.entries(formats)) for (const [kind, phrase] of kinds) expect(count(text, phrase), `${name}: ${kind}`).toBeLessThanOrEqual(1);
    for (const what of checks) expect(count(formats.md!, what), what).toBe(1);
  });

  it('the counter finds a thing said twice', () => {
    expect(count('Most of what we heard is self-report. Treat it as self-report.', 'self-report')).toBe(2);
    expect(count("Read the audit sample's reps' first messages. Read the audit sample&#39;s reps", "read the audit sample's reps")).toBe(1);
  });
});
