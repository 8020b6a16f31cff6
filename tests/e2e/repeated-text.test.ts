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
import { drawingSegments, htmlSegments, markdownSegments, repeatedRuns } from '../helpers/repeated-runs.js';
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
    // A table's header cells are segments: "Where the median answer puts the team" on four tables is not a sentence.
    expect(repeatedRuns(markdownSegments('| Question | Where the median answer puts the team | Mean (0–4) and range | Evidence |\n'.repeat(4)))).toEqual([]);
  });
});

describe('the acme readout says each passage at most twice, in every format', () => {
  it('Markdown', async () => {
    expect(repeatedRuns(markdownSegments(readFileSync(await written('md'), 'utf8')))).toEqual([]);
  });

  it('HTML (and so the PDF, printed from it)', async () => {
    expect(repeatedRuns(htmlSegments(readFileSync(await written('html'), 'utf8')))).toEqual([]);
  });

  it('the deck, its slides and speaker notes together', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await written('pptx')));
    const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n));
    const segments = (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).flatMap(drawingSegments);
    expect(segments.length).toBeGreaterThan(50);
    expect(repeatedRuns(segments)).toEqual([]);
  });
});
