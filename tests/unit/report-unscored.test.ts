// A report with nothing (or part) scored says so plainly and draws no bar for what has no score.
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { inspectMarkdown } from '../helpers/markdown.js';
import { defaultSet, defaultTemplate } from '../helpers/report-fixtures.js';

const set = defaultSet();
const template = defaultTemplate();
const sheet = (answers: AnswerSheet['answers']): AnswerSheet => ({
  source: null,
  organization: 'Empty Co',
  respondent: { name: null, role: 'leadership' },
  date: '2026-11-26',
  rubrics: { digest: null, source: null, questions: null },
  answers,
});
const render = (s: AnswerSheet) => {
  const result = renderReport(set, [s], { format: 'md', template, anonymize: false });
  if (!result.ok) throw new Error(result.message);
  return result.text;
};

describe('unscored imperatives', () => {
  it('nothing answered: no chart, and no claim that every answer is good enough', async () => {
    const text = render(sheet({}));
    expect(text).not.toContain('```mermaid');
    expect(text).toContain('No action can be recommended yet: no question has a scored answer.');
    expect(text).not.toContain('every answer is at or above');
    expect((await inspectMarkdown(text)).violations).toEqual([]);
  });

  it('one imperative answered: the chart shows only that one', () => {
    const text = render(sheet({ differentiation: { 'versus-competitors': { score: 1, note: null, evidence: 'claimed' } } }));
    const chart = /```mermaid\n([\s\S]*?)```/.exec(text)![1]!;
    expect(chart).toContain('x-axis ["Differentiation"]');
    expect(chart).toMatch(/bar \[[\d.]+\]\n/);
  });
});
