// The plan on examples/acme, a weak team (issue 19 and 20): one item per question, no step into the
// top level, the manager-capacity gate and cap, the 30/60/90 shape of the shown plan and a one-line
// backlog. The counts were checked by hand against the JSON results (docs/report.md, "The plan").
import { describe, expect, it } from 'vitest';
import { nextLevel } from '../../src/core/scoring/recommendation-fires.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { CAPACITY_PER_HORIZON } from '../../src/core/scoring/capacity.js';
import { defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const view = buildReportView(set, sheets, scores, { names: false });
const MANAGERS = 'First-line sales managers';

describe('the acme plan', () => {
  it('holds one numbered item per question: 33 questions, 33 items, 12 shown, 21 in the backlog', () => {
    const questions = set.imperatives.flatMap((i) => i.questions).length;
    expect(questions).toBe(33);
    expect(scores.actions).toHaveLength(33);
    expect(new Set(scores.actions.map((a) => a.question.id)).size).toBe(33);
    expect([view.actionCount, view.plan.length, view.backlog.length]).toEqual([33, 12, 21]);
    // The next steps ride on their items (21 of them here), never as numbered items.
    const nextIds = new Set(scores.actions.flatMap((a) => (a.next === null ? [] : [a.next.recommendation.id])));
    expect(nextIds.size).toBe(21);
    expect(scores.actions.filter((a) => nextIds.has(a.recommendation.id))).toEqual([]);
  });

  it('holds no step into the top level, current or next', () => {
    const top = (a: (typeof scores.actions)[number]) => Math.max(...a.question.levels.map((l) => l.score));
    for (const a of scores.actions) {
      expect(nextLevel(a.question, a.fromLevel)).toBeLessThan(top(a));
      if (a.next !== null) expect(nextLevel(a.question, a.next.fromLevel)).toBeLessThan(top(a));
    }
  });

  it("plans everything that needs managers' time a horizon after the step that frees it", () => {
    const free = scores.actions.find((a) => a.recommendation.id === 'free-manager-time')!;
    expect(free.recommendation.frees).toBe('first-line-managers');
    expect(free.horizon).toBe(30);
    const gated = scores.actions.filter((a) => a.recommendation.requires.includes('free-manager-time'));
    expect(gated.length).toBeGreaterThan(10);
    for (const a of gated) expect(a.horizon).toBeGreaterThan(free.horizon);
    for (const a of scores.actions) if (a.next !== null && a.next.recommendation.requires.includes('free-manager-time')) expect(a.next.horizon).toBeGreaterThan(free.horizon);
    // No item owned by managers is planned in or before the capacity step's horizon.
    expect(scores.actions.filter((a) => a.recommendation.owner === 'first-line-managers' && a.horizon <= free.horizon)).toEqual([]);
  });

  it('shows 4, 6 and 2 actions at 30, 60 and 90 days, in that order, and caps new manager work', () => {
    // Not 4, 4 and 4: at 90 days most items left spend managers' time (capped, whoever owns them:
    // the target lists are picked by managers with each rep) or wait for a prerequisite shown only
    // after the horizon passes, so the spare slots go to the best items left, at 60.
    expect(view.actionPlan.map((h) => [h.horizon, h.actions.length])).toEqual([
      [30, 4],
      [60, 6],
      [90, 2],
    ]);
    const horizons = view.plan.map((a) => a.horizon);
    expect(horizons).toEqual([...horizons].sort((a, b) => a - b));
    expect(view.plan.map((a) => a.rank)).toEqual(view.plan.map((_, i) => i + 1));
    // Manager work per horizon in the shown plan, items and the next steps riding on them: the
    // managers' own actions and any other owner's that requires the step freeing their time.
    const requires = new Map(scores.actions.flatMap((a) => [a.recommendation, ...(a.next === null ? [] : [a.next.recommendation])]).map((r) => [r.id, r.requires]));
    const spendsManagersTime = (a: { id: string; ownerText: string }) => a.ownerText === MANAGERS || (requires.get(a.id) ?? []).includes('free-manager-time');
    const theirs = new Map<number, number>();
    for (const a of view.plan) {
      if (spendsManagersTime(a)) theirs.set(a.horizon, (theirs.get(a.horizon) ?? 0) + 1);
      if (a.next !== null && spendsManagersTime(a.next)) theirs.set(a.next.horizon, (theirs.get(a.next.horizon) ?? 0) + 1);
    }
    expect(theirs.get(30)).toBeUndefined();
    for (const count of theirs.values()) expect(count).toBeLessThanOrEqual(CAPACITY_PER_HORIZON);
    expect(view.capacity?.stepRank).toBe(view.plan.find((a) => a.id === 'free-manager-time')!.rank);
    expect(view.capacity?.heldBack).toBe(view.backlog.filter(spendsManagersTime).length);
    // A VP-owned action that uses managers' time waits like theirs (write-skills-model, 90 days).
    expect(view.backlog.some((a) => a.ownerText !== MANAGERS && spendsManagersTime(a))).toBe(true);
    // Page one's priorities are all in the shown plan, marked.
    expect(view.priorities.every((p) => p.rank <= view.plan.length)).toBe(true);
    expect(view.plan.filter((a) => a.pageOne !== null).map((a) => a.rank)).toEqual(view.priorities.map((p) => p.rank).sort((a, b) => a - b));
  });

  it('prints the backlog one line per action: number, title, the question it serves, owner; no date (the backlog waits for the plan)', () => {
    const result = renderReport(set, sheets, { format: 'md', names: false, template: defaultTemplate() });
    if (!result.ok) throw new Error('render failed');
    const section = result.text.split('### Backlog\n\n')[1]!.split('\n\n')[0]!;
    const lines = section.split('\n');
    expect(lines).toHaveLength(view.backlog.length);
    lines.forEach((line, i) => {
      const action = view.backlog[i]!;
      expect(line).toBe(`- #${action.rank} ${action.title} (${action.questionLabel}; ${action.ownerText})`);
      // One line in a reader's window: the rubric's short title and the question's topic, not the action text.
      expect(line.length).toBeLessThanOrEqual(130);
    });
  });
});
