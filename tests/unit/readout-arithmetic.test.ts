// Issue 20, tenth VP reading (VP review 14, classes 4 and 5): what a reader can work out from the
// printed figures. Confidentiality by arithmetic: a range with "a third answering two levels below
// another third" rebuilt Q4.2's six answers (2/2/2 or 3/0/3); a count that as many people as a
// printed group certainly gave reads as that group's answer.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { answersPinned, type PrintedQuestion } from '../../src/core/scoring/pinned-answers.js';
import { acmeViews, defaultTemplate } from '../helpers/report-fixtures.js';

const LEVELS = [0, 1, 2, 3, 4];
const one = (counts: number[], rangeShown: boolean, knownGroup?: number): PrintedQuestion => ({
  levelScores: LEVELS,
  groupSizes: [counts.reduce((a, b) => a + b, 0)],
  groupCounts: [counts],
  shown: [false],
  rangeShown,
  ...(knownGroup === undefined ? {} : { knownGroup }),
});

describe('a distribution a reader can rebuild is not printed', () => {
  it('two sets of answers that fit are a near-solve: acme Q4.2 (six answers, mean 2.0, range 1 to 3, two camps)', () => {
    // 2/2/2 and 3/0/3 are the only sets with that total, range and camps.
    expect(answersPinned(one([0, 2, 2, 2, 0], true), { kind: 'camps' })).toBe(true);
    // Without the range, many sets fit: the camps alone leave the answers open.
    expect(answersPinned(one([0, 2, 2, 2, 0], false), { kind: 'camps' })).toBe(false);
  });

  it('as many people as a printed group certainly giving one answer reads as that group\'s answer', () => {
    // Eight answers totalling 27, range withheld: 4s, 3s and one 0 at most; at least three 4s in every set (five sets fit).
    const q = (known?: number) => one([0, 0, 0, 5, 3], false, known);
    expect(answersPinned(q(), { kind: 'none' })).toBe(false);
    expect(answersPinned(q(4), { kind: 'none' })).toBe(false);
    expect(answersPinned(q(3), { kind: 'none' })).toBe(true);
  });

  it('acme: Q4.2 says only that respondents split, with no range, in the view and the Markdown', () => {
    const { view } = acmeViews();
    const q = view.imperatives.flatMap((i) => i.questions).find((x) => x.ref === 'Q4.2')!;
    expect(q.discussionReason).toBe('Respondents split.');
    expect(q.rangeShown).toBe(false);
    const rendered = renderMarkdown(defaultTemplate(), { ...view, brand: null });
    if (!rendered.ok) throw new Error(rendered.message);
    const md = rendered.text;
    expect(md).not.toContain('Respondents form two camps');
    expect(md).not.toContain('Q4.2, answers 1 to 3');
  });
});
