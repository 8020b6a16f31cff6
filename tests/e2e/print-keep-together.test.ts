// The built CLI's HTML and its print rules' inputs. What print keeps together that a page break used to split (fourteenth VP reading, class 12): a
// "Who checks: …" sentence is one box; a question table's † footnote is its last row; the role
// chart's legend carries each group's size, as the caption under it says.
import { describe, expect, it } from 'vitest';
import { keepCheckTogether } from '../../src/renderers/html/render-html.js';
import { roleBarsGeometry } from '../../src/renderers/html/chart-geometry.js';
import { runCli } from '../helpers/run-cli.js';
import { acmeViews } from '../helpers/report-fixtures.js';

describe('print keeps together what a page break split', () => {
  // Re-pinned (h-words18, VP review 16 class 6): the check is a sentence, "The VP Sales checks it before #32 …"; the span runs from the owner's last word.
  it('"<owner> checks (it) <when>." is wrapped whole, its bracket included, and nothing else is', () => {
    expect(keepCheckTogether('It persists; the VP Sales checks it before #32 is planned, at the day-90 review. Per rep, draw.')).toBe(
      'It persists; the VP <span class="who-checks">Sales checks it before #32 is planned, at the day-90 review.</span> Per rep, draw.',
    );
    expect(keepCheckTogether('The finance lead checks before #6 starts (within 60 days)')).toBe('The finance <span class="who-checks">lead checks before #6 starts (within 60 days)</span>');
    // A link inside the text is never cut into.
    expect(keepCheckTogether('See <a href="#x">the box</a>.')).toBe('See <a href="#x">the box</a>.');
    expect(keepCheckTogether('No check here.')).toBe('No check here.');
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
