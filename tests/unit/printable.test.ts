import { describe, expect, it } from 'vitest';
import { printable } from '../../src/core/printable.js';
import { describeMixedSheets } from '../../src/core/report/describe-mixed-sheets.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

describe('printable', () => {
  it('shows control characters escaped and line breaks as ↵, leaves other text alone', () => {
    expect(printable('Acme\u001b]0;owned\u0007\u001b[31m red\nline two')).toBe('Acme\\x1b]0;owned\\x07\\x1b[31m red ↵ line two');
    expect(printable('Ünïcødé Çorp 株式会社 שלום 🚀')).toBe('Ünïcødé Çorp 株式会社 שלום 🚀');
  });

  it('warnings about mixed answers files cannot carry terminal escapes', () => {
    const set = fixtureSet();
    const warnings = describeMixedSheets(set, [sheet({}, {}, { organization: 'A\u001b[2J' }), sheet({}, {}, { organization: 'B' })]);
    expect(warnings.join('')).not.toMatch(/\u001b/);
    expect(warnings[0]).toContain('"A\\x1b[2J"');
  });
});
