// The disclosure search (pinned-answers.ts) is the costly part of a report's confidentiality rules
// (issue 18): a question that needs discussion is searched for its claims, any other once for its
// range alone (ninth VP reading, class 1c), each once however many parts of the report (page one,
// the imperative sections, the JSON) print it; none for one respondent.
import { describe, expect, it, vi } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const searches = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/scoring/pinned-answers.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/scoring/pinned-answers.js')>();
  return {
    ...real,
    answersPinned: (...args: Parameters<typeof real.answersPinned>) => {
      searches.count++;
      return real.answersPinned(...args);
    },
  };
});

describe('which questions the disclosure search runs for', () => {
  const set = defaultSet();

  it('none where no question needs discussion (one respondent)', () => {
    const sheets = [loadSheet(TEAM_EXAMPLE[0]!, set)];
    const scores = scoreAudit(set, sheets);
    expect(scores.imperatives.flatMap((i) => i.questions).filter((q) => q.needsDiscussion)).toEqual([]);
    searches.count = 0;
    buildReportView(set, sheets, scores, { names: false });
    expect(searches.count).toBe(0);
  });

  it('acme: at most the three claims of each flagged question, one range search for each other, and none again for a second view of the same scores', () => {
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
    const scores = scoreAudit(set, sheets);
    const questions = scores.imperatives.flatMap((i) => i.questions).length;
    const flagged = scores.imperatives.flatMap((i) => i.questions).filter((q) => q.needsDiscussion).length;
    expect(flagged).toBeGreaterThan(0);
    searches.count = 0;
    buildReportView(set, sheets, scores, { names: false });
    const first = searches.count;
    // The range of every other question whose figures are shown (a question too few scored shows none).
    expect(first).toBeGreaterThanOrEqual(scores.imperatives.flatMap((i) => i.questions).filter((q) => q.figuresShown && !q.needsDiscussion).length);
    expect(first).toBeLessThanOrEqual(3 * flagged + (questions - flagged));
    buildReportView(set, sheets, scores, { names: false });
    expect(searches.count).toBe(first);
  });
});
