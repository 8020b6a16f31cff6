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
    // Re-pinned after the merge of h-rub16a (PP 23.1 on the leadership file) with h-rub16c (SI and SM weights).
    expect(text).toMatch(/│ A prospecting plan that opens opportunities │ █████░░░░░░░░░░░░░░░ │ +23\.1 │ +75 │ +51\.9 │ At risk +│/);
    // (23.1 + 42.9 + 40.8 + 31.7) / 4 = 34.625, kept to two decimals (round-score.ts roundOverall).
    // Re-pinned after rubric review 14 (edit 13, class H): qualification and decision rights weigh 0.5 (was 34.68);
    // and after the merge with h-rub16a's PP (23.1, was 21.7): 34.63.
    // Re-pinned after rubric review 17 (edit 10): right-managers weighs 1, so sales managers is 32.1: 34.73.
    // Re-pinned after merging h-rub19a (the leader's differences-in-proposals answer: differentiation 43.5) with h-rub19b
    // (sales managers 32.1): (23.1 + 43.5 + 40.8 + 32.1) / 4 = 34.875, 34.88.
    expect(text).toMatch(/│ Overall +│ +│ +34\.88 │/);
    // 42 since the twelfth review: the monthly team meeting fires at team-coaching 1 as well (edit 4).
    // 45 since the thirteenth rubric review: the CRM's load of the written ideas and sequence (A2), the
    // instruction split from the sequence's writing (A2), and real-targets' own step beside the lists' day (A1).
    // 47 since rubric review 14: the pipeline review's cadence (edit 2) and the weakest managers' development plan (edit 6).
    // 48 after the merge: h-rub16b's +1 with h-rub16c's +2.
    // Re-pinned after rubric review 15 (edits 4 and 7, h-rub18a): the lists' day and the CRM's load no longer fire here.
    // 48 after rubric review 17 (edit 12): the skills briefing fires with the assessment, the training at coaching-model-given 0.
    // 49 after merging h-plan19 (Finance's test of the discount limit, +1) with h-rub19b's 48.
    expect(text).toContain('49 recommended actions from 1 respondent.');
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
    // Re-pinned after rubric review 14 (class H): qualification at half weight, 42.8 (was 42.3).
    expect(other).toMatch(/│ Effective sales interactions +│ .* │ +42\.8 │ +40 │ +0\.0 │ Developing/);
    expect(other).toContain('from 10 respondents.');
  });
});
