// The built CLI's HTML and its print rules' inputs. What print keeps together that a page break used to split (fourteenth VP reading, class 12): a
// "Who checks: …" sentence is one box; a question table's † footnote is its last row; the role
// chart's legend carries each group's size, as the caption under it says.
import { describe, expect, it } from 'vitest';
import { roleBarsGeometry } from '../../src/renderers/html/chart-geometry.js';
import { runCli } from '../helpers/run-cli.js';
import { acmeViews } from '../helpers/report-fixtures.js';

describe('print keeps together what a page break split', () => {
  // VP reading 17, item 52: "the VP" / "Sales checks it before #20 is planned" broke mid-sentence. The box
  // that kept "<owner> checks … review" on one page was an inline block: too long for the rest of its
  // line, it went down whole and left a short line. No running text is boxed; the paragraph prints whole.
  it('no sentence in running text is an inline box, and the paragraph on where views differ prints whole', async () => {
    const result = await runCli(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--format', 'html']);
    expect(result.exitCode, result.stderr).toBe(0);
    const html = result.stdout;
    const inlineBoxes = [...html.matchAll(/\.([\w-]+)\s*\{[^}]*display:\s*inline-block/g)].map((m) => m[1]!);
    for (const name of inlineBoxes) expect(html, name).not.toMatch(new RegExp(`<p[^>]*>[^<]*(?:<[^/][^>]*>[^<]*</[^>]+>[^<]*)*<span class="${name}">`));
    expect(html).not.toMatch(/who-checks/);
    expect(html).toMatch(/#where-views-differ > p \{ break-inside: avoid;/);
    expect(html).toMatch(/<section id="where-views-differ">\s*<h2>[^<]+<\/h2>\s*<p>[^<]*checks? (?:it before #\d+|(?:both|all \w+) at the day-90 review)/);
  });

  it("the role chart's legend gives each group's size, as its caption says; the caption names the table's last column", () => {
    const { view } = acmeViews();
    const chart = roleBarsGeometry(view)!;
    expect(chart.legend.map((l) => l.role)).toEqual(view.roles.map((r) => `${r.group.charAt(0).toUpperCase()}${r.group.slice(1)} (${r.count})`));
    expect(view.byRoleIntro).toMatch(/their number beside the group's name; the table's last column is/);
  });

  it("a question table's † footnote is the table's last row (a tfoot), not a paragraph after it", async () => {
    const { view } = acmeViews();
    expect(view.imperatives.some((i) => i.rangeWithheldNote !== '')).toBe(true);
    const result = await runCli(['report', 'examples/acme/', '--readout', 'examples/readout.yaml', '--format', 'html']);
    expect(result.exitCode, result.stderr).toBe(0);
    const html = result.stdout;
    const notes = [...html.matchAll(/<tfoot><tr><td colspan="5" class="small range-note">([^<]+)<\/td><\/tr><\/tfoot>\s*<\/table>/g)];
    expect(notes.length).toBe(view.imperatives.filter((i) => i.rangeWithheldNote !== '').length);
    expect(html).not.toMatch(/<p class="small range-note">/);
  });
});
