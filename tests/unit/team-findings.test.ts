// Where the team stands reads as a plain finding with its direction, the level's label ("Reasons
// for under a quarter of listed accounts"), not the floor its description sets ("give a business
// reason for at least one of their listed accounts"), which made a weak level sound fine (tenth VP
// reading, class 8). The rule is one function (level-range.ts teamFinding), used by the tables,
// page one's whys without a readout and the draft's whys.
import { describe, expect, it } from 'vitest';
import { teamFinding } from '../../src/core/rubric/level-range.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { acmeViews, defaultTemplate } from '../helpers/report-fixtures.js';

const { view, plain } = acmeViews();
const FLOOR = /\bat least\b|, or the only one/i;

describe('the team level as a plain finding', () => {
  it('is the level label as a sentence', () => {
    expect(teamFinding({ label: 'reasons for under a quarter of listed accounts' })).toBe('Reasons for under a quarter of listed accounts.');
    expect(teamFinding({ label: 'Done.' })).toBe('Done.');
  });

  it('acme: every team row prints its level label, and no team row or default why states a floor', () => {
    const result = renderMarkdown(defaultTemplate(), { ...view, brand: null });
    if (!result.ok) throw new Error(result.message);
    const rows = view.imperatives.flatMap((i) => i.questions).filter((q) => q.level !== null);
    expect(rows.length).toBeGreaterThan(30);
    for (const q of rows) {
      const row = result.text.split('\n').find((line) => line.startsWith(`| ${q.ref} ${q.label}`))!;
      // A level no check sets is marked as said (twelfth VP reading, class 9).
      expect(row.split(' | ')[1], q.ref).toMatch(new RegExp(`^(\\*\\*Checked on \\d+ [a-z]+:\\*\\* |${q.checkedLevelText === '' ? '\\*said:\\* ' : ''})?${q.level!.label.replace(/[()]/g, '\\$&')}$`));
      expect(row.split(' | ')[1], q.ref).not.toMatch(FLOOR);
    }
    for (const d of plain.decisions) expect(d.finding).not.toMatch(FLOOR);
    for (const p of plain.priorities) expect(p.why).not.toMatch(FLOOR);
  });
});
