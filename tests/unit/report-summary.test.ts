// The terminal score summary printed after `audit` and `report --out`: plain when piped or with
// NO_COLOR, coloured on a terminal.
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { printScoreSummary } from '../../src/cli/report-output.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();

function context(env: Record<string, string>, isTTY: boolean): { ctx: CliContext; out: () => string } {
  let text = '';
  const stream = { isTTY, write: (chunk: string) => (text += chunk) };
  const ctx: CliContext = { cwd: '/', env, stdout: stream, stderr: stream, stdinIsTTY: isTTY, packageRoot: '/', version: '0', today: () => '2026-01-01' };
  return { ctx, out: () => text };
}

describe('printScoreSummary', () => {
  const leader = loadSheet('examples/acme-leadership.yaml', set);

  it('prints one row per imperative and the overall score, plain when not a terminal', async () => {
    const { ctx, out } = context({}, false);
    await printScoreSummary(ctx, set, [leader]);
    const text = out();
    expect(text).not.toMatch(/\u001b\[/);
    // 23.1 since the fourteenth rubric review (was 21.7): prospecting-time and prospecting-review weigh 0.5.
    expect(text).toMatch(/│ A prospecting plan that opens opportunities │ █████░░░░░░░░░░░░░░░ │ +23\.1 │ +75 │ +51\.9 │ At risk +│/);
    // (23.1 + 42.9 + 41.3 + 32.8) / 4 = 35.03 from the unrounded scores, kept to two decimals (round-score.ts roundOverall)
    expect(text).toMatch(/│ Overall +│ +│ +35\.03 │/);
    // 42 since the twelfth review: the monthly team meeting fires at team-coaching 1 as well (edit 4).
    // 45 since the thirteenth rubric review: the CRM's load of the written ideas and sequence (A2), the
    // instruction split from the sequence's writing (A2), and real-targets' own step beside the lists' day (A1).
    // 46 since the fourteenth rubric review (h-rub16b, edit 3): client-relevant-differences at 1 also reissues the card from the interviews.
    expect(text).toContain('46 recommended actions from 1 respondent.');
  });

  it('colours on a terminal, but never with NO_COLOR', async () => {
    const tty = context({}, true);
    await printScoreSummary(tty.ctx, set, [leader]);
    expect(tty.out()).toMatch(/\u001b\[/);
    const noColor = context({ NO_COLOR: '1' }, true);
    await printScoreSummary(noColor.ctx, set, [leader]);
    expect(noColor.out()).not.toMatch(/\u001b\[/);
  });

  it('takes a target override and another stream', async () => {
    let other = '';
    const { ctx, out } = context({}, false);
    const team = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
    await printScoreSummary(ctx, set, team, { target: 40, stream: { write: (s: string) => (other += s) } });
    expect(out()).toBe('');
    expect(other).toMatch(/│ Effective sales interactions +│ .* │ +42\.3 │ +40 │ +0\.0 │ Developing/);
    expect(other).toContain('from 10 respondents.');
  });
});
