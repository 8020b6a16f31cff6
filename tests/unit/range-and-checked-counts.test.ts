// Two figures that pinned people on small teams (ninth VP reading, classes 1c and 1e):
// - a question's mean, range and number of answers together fixed whole splits (acme's 3.5: mean
//   2.33, range 2 to 3, six answers: four 2s and two 3s). A range prints only where it leaves every
//   group's answers open (page-one.ts discussionDisclosure, the attacker of pinned-answers.ts), on
//   every question, flagged or not.
// - "1 seen (observed)" was the one call observed; "Checked: 1 of 10 answers (system data)" the one
//   person whose data was pulled. Now a check prints its level, kind and base only where it set the
//   level (three cases or more, not one respondent's: answer-tally.ts checksSetLevel).
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { countEvidence, evidenceText, readByAuditor } from '../../src/core/report/evidence-of.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { checkBase, hasChecks } from '../../src/core/scoring/answer-tally.js';
import { decisionEvidence, discussionDisclosure } from '../../src/core/report/page-one.js';
import { answersPinned } from '../../src/core/scoring/pinned-answers.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const view = buildReportView(set, sheets, scores, { names: false });
const questionScores = scores.imperatives.flatMap((r) => r.questions);
const questionViews = view.imperatives.flatMap((i) => i.questions);

describe('a range prints only where it leaves the answers open', () => {
  it('acme 3.5 (mean 2.3, answers 2 and 3 only, six answers): no range; the attacker fixes the split with it', () => {
    const q = questionViews.find((x) => x.ref === 'Q3.5')!;
    expect(q.answerText).toBe('2.3');
    expect(q.rangeShown).toBe(false);
    // What the range would have given away: only 2s and 3s, six of them, adding up to 14.
    const score = questionScores.find((x) => x.question.id === q.id)!;
    expect([score.min, score.max, score.respondents]).toEqual([2, 3, 6]);
    expect(answersPinned({ levelScores: [0, 1, 2, 3, 4], groupSizes: [6], groupCounts: [[0, 0, 4, 2, 0]], shown: [false], rangeShown: true }, { kind: 'none' })).toBe(true);
    expect(answersPinned({ levelScores: [0, 1, 2, 3, 4], groupSizes: [6], groupCounts: [[0, 0, 4, 2, 0]], shown: [false], rangeShown: false }, { kind: 'none' })).toBe(false);
  });

  it('every question, flagged or not, by the same rule; a range that leaves the answers open stays', () => {
    for (const q of questionScores) {
      const shown = questionViews.find((x) => x.id === q.question.id)!;
      expect(shown.rangeShown, shown.ref).toBe(discussionDisclosure(q, scores).rangeShown);
    }
    expect(questionViews.filter((q) => q.figuresShown && !q.rangeShown).map((q) => q.ref)).toEqual(expect.arrayContaining(['Q1.3', 'Q2.4', 'Q3.5']));
    expect(questionViews.find((q) => q.ref === 'Q1.1')!.rangeShown).toBe(true);
  });

  it('the method says so once', () => {
    // Re-pinned (h-words19, VP 17 item 50): the method says confidentiality in three lines, the rules in full are the annex's.
    const text = [...view.method.items, ...view.method.annex].map((i) => i.text).join('\n');
    expect(text.match(/A question's range of answers is printed only where, with its mean and the number of answers, it leaves every group's answers open/g)).toHaveLength(1);
  });
});

describe('nothing printed rests on one person\'s check (VP reading 10, class 2)', () => {
  const kinds = /\b(document|observed|data|a meeting observed|system data)\b/;

  it('acme: a level, an annex term or an evidence tag that rests on checks rests on three cases or more, never one respondent\'s', () => {
    for (const i of scores.imperatives) {
      for (const q of i.questions) {
        const shown = questionViews.find((x) => x.id === q.question.id)!;
        if (q.scoredAt === 'checked-level' && readByAuditor(q.answers)) {
          // The company's one document (per: audit) has no sample: the auditor's own reading sets the level, said as such.
          expect([q.answers.checks.companyCase, q.answers.checks.byAuditor > 0, q.answers.checks.byRespondents], shown.ref).toEqual([true, true, 0]);
          expect(shown.checkedOnText, shown.ref).toBe('Read by the auditor');
        } else if (q.scoredAt === 'checked-level') {
          expect(checkBase(q.answers), shown.ref).toBeGreaterThanOrEqual(3);
          expect(q.answers.checks.byAuditor > 0 || q.answers.checks.byRespondents >= 2, shown.ref).toBe(true);
          expect(shown.checkedOnText, shown.ref).toMatch(/^(?:Checked on|From the audit's survey, covering) \d+ (reps|managers|deals)$/);
        } else {
          // A check too small to set the level: no "Checked", no kind, no base, no annex term at its level.
          expect([shown.levelChecked, shown.checkedOnText], shown.ref).toEqual([false, '']);
          expect(shown.evidenceText, shown.ref).not.toMatch(kinds);
        }
      }
    }
    const annex = view.imperatives.map((i) => i.computation ?? '').join('\n');
    for (const [, ref] of annex.matchAll(/\((Q\d\.\d) at its level checked on/g)) expect(questionScores[questionViews.findIndex((q) => q.ref === ref)]!.scoredAt).toBe('checked-level');
    // A band's decision names its median among the cases checked (VP reading 13): the base is the same rule's.
    for (const d of view.decisions) expect(d.evidence, d.label).toMatch(/^((?:Checked on|The median of) ([3-9]|\d\d+) (reps|managers|deals)(?: checked)? \(|Rests on what people said|$)/);
    for (const i of view.imperatives) expect(i.evidence.text).not.toMatch(/\b[12] (document|observed|data)\b/);
  });

  it('acme: every "Checked on N" the Markdown prints has N of 3 or more', () => {
    const rendered = renderMarkdown(defaultTemplate(), { ...view, brand: null });
    if (!rendered.ok) throw new Error(rendered.message);
    const md = rendered.text;
    const bases = [...md.matchAll(/[Cc]hecked on (\d+) /g)].map((m) => Number(m[1]));
    expect(bases.length).toBeGreaterThan(9);
    for (const n of bases) expect(n).toBeGreaterThanOrEqual(3);
  });

  it('a question whose one check is too small reads as not checked: no kind, no flag, no word that a check was made (VP reading 11, class 4)', () => {
    const q14 = questionScores.find((q) => q.question.id === 'value-creating-ideas')!;
    expect(hasChecks(q14.answers)).toBe(true);
    expect(evidenceText(q14)).toBe('claims only');
    expect(decisionEvidence(q14)).toBe('Rests on what people said: nothing checked.');
    expect(countEvidence([q14])).toMatchObject({ seen: 0, checkedQuestions: 0 });
    const rendered = renderMarkdown(defaultTemplate(), { ...view, brand: null });
    if (!rendered.ok) throw new Error(rendered.message);
    // "They sit apart from the answers" told that one or two known people's work differs from what they said.
    expect(rendered.text).not.toMatch(/sit apart|too small to (count|set)|too few cases were checked/i);
    for (const q of questionScores.filter((x) => hasChecks(x.answers) && x.scoredAt !== 'checked-level')) {
      expect(questionViews.find((x) => x.id === q.question.id)!.needsDiscussion, q.question.id).toBe(false);
    }
  });

  it('acme: no printed count says how many answered a question (VP reading 11, class 4: "6 claimed" beside a mean and the header\'s groups told which group answered)', () => {
    const rendered = renderMarkdown(defaultTemplate(), { ...view, brand: null });
    if (!rendered.ok) throw new Error(rendered.message);
    const sections = rendered.text.slice(rendered.text.indexOf('## 1. '), rendered.text.indexOf('## Action plan'));
    expect(sections).not.toMatch(/\d+ claimed\b/);
    for (const q of questionViews) expect(q.evidenceText, q.ref).not.toMatch(/\d+ (claimed|answers?|respondents?)\b/);
  });
});
