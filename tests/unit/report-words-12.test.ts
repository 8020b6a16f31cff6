// The twelfth VP reading, classes 2, 6, 7 and 9, on acme's report with its readout: one rounding
// of the overall, whole numbers outside the annex, the target said once, claims-only levels marked
// as said, method prose off page one, and the report's own sentences in a partner's words. Each
// test fails on the report as it was before (main 7ffe100).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { acmeViews, markdownOf } from '../helpers/report-fixtures.js';

const { view } = acmeViews();
const md = markdownOf(view);
const pageOne = md.slice(md.indexOf('## Executive summary'), md.indexOf('\n## ', md.indexOf('## Executive summary') + 5));
const annexAt = md.indexOf('## Technical annex');
const beforeAnnex = md.slice(0, annexAt);

describe('class 2.1: the overall is rounded once, and the annex shows the working page one rounds', () => {
  it("the annex's sum gives the figure it prints, and page one's whole points are that figure rounded", () => {
    const line = /^- \*\*Overall:\*\* \(([^)]*)\) \/ \(([^)]*)\) = (\d+\.\d\d)$/m.exec(md)!;
    expect(line).not.toBeNull();
    const terms = line[1]!.split(' + ').map((t) => t.split(' × ').map(Number) as [number, number]);
    const mean = terms.reduce((n, [w, x]) => n + w * x, 0) / terms.reduce((n, [w]) => n + w, 0);
    // Re-pinned after rubric review 17 (h-rub19a): the printed figure is the mean rounded half up to two places (34.125
    // prints 34.13), said exactly rather than within a tolerance the half-up case sits on the edge of.
    expect(Number(line[3])).toBe(Math.round(mean * 100 + 1e-9) / 100);
    // acme: (30.0 + 33.9 + 42.8 + 30.7) / 4 = 34.35: 34 on page one, and a gap of 41. Re-pinned after
    // rubric review 14 (edit 13, class H): qualification and decision rights at half weight (was 34.45).
    // Re-pinned (c03a971): Q2.7 counts at level 1 (weight 1 of 11.5), so differentiation is 33.1: (30.0 + 33.1 + 42.8 + 30.7) / 4 = 34.15, still 34.
    // Re-pinned after rubric review 17 (edit 10): right-managers weighs 1, so sales managers is 31.0: (30.0 + 33.1 + 42.8 + 31.0) / 4 = 34.23, still 34.
    // Re-pinned after merging h-rub19a (differentiation 33.0) with h-rub19b (sales managers 31.0): (30.0 + 33.0 + 42.8 + 31.0) / 4 = 34.20, still 34.
    expect(line[3]).toBe('34.20');
    expect(view.overall.pointsText).toBe(String(Math.round(mean)));
    // Re-pinned (h-words16): the band is said once above the table where it would not tell the rows apart (fourteenth VP reading, class 10).
    expect(pageOne).toContain('| **Overall** | **34** | 41 |');
    expect(view.headline).toMatch(/^Acme's sales force scores 34 of 100/);
  });
});

describe('class 9: whole numbers outside the annex', () => {
  it('the sections and the scores by role print whole points; only means of levels keep a decimal', () => {
    // Re-pinned (h-words19, VP 17 item 37): a section's band only where it differs from the one page one says most share.
    for (const i of view.imperatives) expect(md).toContain(`**${i.pointsText} out of 100${i.bandShown ? `: ${i.band}` : ''}.** Gap to target ${75 - Number(i.pointsText)} (target 75).`);
    expect(beforeAnnex).not.toMatch(/\d+\.\d out of 100|gap \d+\.\d/);
    const byRole = beforeAnnex.slice(beforeAnnex.indexOf('## Scores by role'), beforeAnnex.indexOf('## Where views differ'));
    expect(byRole).not.toMatch(/\d\.\d/);
  });

  // Re-pinned (h-words16): the sections mark the checked rows, once, not each said row three times
  // ("said:", "–" and "claims only"; fourteenth VP reading, class 10); page one's words plainer (class 8).
  it('page one says once whose view a claims-only level gives, and the sections mark the checked rows only', () => {
    // Re-pinned (h-cal19): the same weighting in fewer words, page one's room for the limits line.
    expect(pageOne).toContain('on average answers, leaning to leadership and sales managers (6 of the 10)');
    // Re-pinned after rubric review 17 (h-rub19a): Q2.10, two digits.
    const rows = md.split('\n').filter((l) => /^\| Q\d\.\d+ [A-Z]/.test(l));
    const questions = view.imperatives.flatMap((i) => i.questions);
    for (const q of questions.filter((x) => x.level !== null)) {
      const cells = rows.find((r) => r.startsWith(`| ${q.ref} `))!.split(' | ');
      expect(cells[1], q.ref).not.toMatch(/said:/);
      // The checked level and the evidence say a check; an unchecked row leaves both blank.
      expect(cells[2] === '–', q.ref).toBe(q.checkedLevelText === '');
      expect(cells[4] === '– |', q.ref).toBe(q.checkedLevelText === '');
    }
    // Re-pinned (fx-words17): h-conf16 withholds this range (six answers, too few sets fit) and adds the count.
    // Re-pinned (h-conf18): the count says whose answers they are, the roles asked (VP reading 15, item 17).
    expect(md).toContain('| Reps know how the client makes money | – | 1.8†, 6 answers: leadership, sales managers | – |');
    expect(md).not.toMatch(/claims only/);
  });
});

describe('class 7: the target once, and one message per imperative', () => {
  it('page one states the one target above its table, which has no column of 75s', () => {
    expect(pageOne).toContain('Target: 75 of 100 for every imperative.');
    expect(pageOne).toContain('| Imperative | Score | Gap to target |\n');
    expect(pageOne).not.toMatch(/\| 75 \|/);
    // What 75 means on the ladder is in the method, not only in the deck's notes.
    expect(view.method.items.find((i) => i.term === 'Gap to target')!.text).toContain('A target of 75 is level 3 of 4 on every question.');
  });

  it("each section's line states its finding's message, and the deck's short name is words of the finding's title", () => {
    const readout = load(readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8')) as { findings: { title: string; short: string; questions: string[] }[]; comments: Record<string, string> };
    const imperativeOf = (id: string) => view.imperatives.find((i) => i.questions.some((q) => q.id === id))!.id;
    for (const finding of readout.findings) {
      const claim = finding.title.slice(0, finding.title.indexOf(':'));
      expect(readout.comments[imperativeOf(finding.questions[0]!)], claim).toMatch(new RegExp(`^${claim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const title = finding.title.toLowerCase().replace(/[,:]/g, '');
      for (const word of finding.short.toLowerCase().replace(/[,:]/g, '').split(' ')) expect(title.split(' '), finding.short).toContain(word);
    }
  });
});

describe('class 6: the report in a partner\'s words', () => {
  it('no method prose on page one, no rule-engine phrasing in the sections, the plan or the method', () => {
    expect(pageOne).not.toMatch(/not a count|median case checked/);
    for (const phrase of [
      'Widest gap',
      '| not shown | not shown |',
      '| – | – | too few to show | – |',
      'The report lists the one question that meets it',
      'Beyond that gap, people disagree',
      '(the rule is in the method)',
      'which the scores by role show',
      "takes on the HR lead's actions",
      'Owners: VP Sales (20)',
      'The scores in this report, worked out: the overall score from the imperatives\'',
    ])
      expect(md, phrase).not.toContain(phrase);
    // 46 actions, VP Sales 21 on the merged rubrics (h-plan14's new survey and tool-kit steps): read from the view, and the owners' counts add up to it.
    const vpSales = view.owners.find((o) => o.owner === 'VP Sales')!;
    expect(view.actionCount).toBe(view.plan.length + view.backlog.length);
    expect(view.owners.reduce((n, o) => n + o.count, 0)).toBe(view.actionCount);
    expect(md).toContain(`Owners of the ${view.actionCount} actions, in the plan and the backlog: VP Sales ${vpSales.count},`);
    // Re-pinned (c03a971): the auditor's reading of the strategy page sets Q2.7's level; the held-back row's words
    // ("left out of the score: too few answered") are asserted on acme without that reading (readout-arithmetic.test.ts).
    // Re-pinned after rubric review 17, edit 15 (h-rub19a): Diff renumbered, the strategy is Q2.6.
    expect(md).toContain('| Q2.6 Differentiation strategy | A written list of differences only | 1 | too few to show | read by the auditor |');
  });

  it("D1 says who keeps what, and its cost is a cost (class 2.6); D2's and D3's numbers say they are starting values (class 3)", () => {
    // By id: the head-office-demands decision is D2 since the merge, so the target lists are D3 and the discount D4.
    const byId = (id: string) => view.decisions.find((d) => d.id === id)!;
    const [d1, lists, discount] = [byId('manager-capacity'), byId('target-lists'), byId('discount-authority')];
    // The lead's shortened D1 (page one holds four decisions): reps run the accounts, managers keep ownership and the credit.
    // Re-pinned (h-cal19, page one's room for D1's risk line): the same terms, shorter.
    expect(d1.recommendation).toContain("named reps run managers' heaviest accounts, for shadow credit; managers keep ownership");
    expect(d1.cost).not.toMatch(/keep the accounts/);
    // Re-pinned (h-read18, VP reading 16 item 1: "priced by Finance in 30 days" came after the decision): the consultant's range, from the readout's facts.
    // Re-pinned (VP reading 17, class 1: "$1.2m-$1.8m of pipeline moves" read as a cost, when it is what is exposed): the
    // pipeline is said as what the credit is paid on.
    // Re-pinned (h-cal19, VP reading 17 items 2 and 3): the credit over a stated year; the pipeline is the risk line, with its safeguard, not the cost.
    expect(d1.cost).toMatch(/^Shadow credit, \$[\d,]+ to \$[\d,]+ over \d{4}\.$/);
    expect(d1.risk).toMatch(/^\$[\d,]+ to \$[\d,]+ of pipeline goes to reps; .* go back\.$/);
    // Re-pinned (h-plan16, fourteenth VP reading 3.17): "30 to 50" had no basis; the number is leadership's, by a stated rule.
    // Re-pinned (h-cal19, VP reading 17 item 7): the count per role is leadership's at the decision, and the reasons match #7's half by day 60.
    expect(lists.recommendation).toMatch(/^Leadership sets accounts per role from reps' prospecting time; .*reasons for half by day 60\.$/);
    // Re-pinned (h-plan16, 1.5 and 3.18): the 5% holds from the decision, and the Finance lead checks it from last quarter's discounts by day 30.
    // Re-pinned (wd2-17, VP review 15 item 31): no "From the decision", which contradicted #13, the row that carries it out within 90 days.
    expect(discount.recommendation).toMatch(/^Managers approve up to 5% .*the Finance lead checks the 5% on last quarter's discounts by day 30\.?$/);
  });
});
