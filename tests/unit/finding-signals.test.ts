// A readout finding a VP can act on (eleventh VP reading, class 2: finding C called deal
// qualification "disputed", yet Q3.3 was flagged nowhere and its one action waited in the backlog).
// finding-signals.ts: a finding that calls its questions disputed flags them where the answers bear
// it out, and validate warns where they do not; a finding with no row in the 90-day plan says so
// under it, and validate warns with the action to promote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../src/core/readout/check-readout.js';
import { disputedWords, disputeSupport, unplannedText } from '../../src/core/readout/finding-signals.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { renderMarkdown as render } from '../../src/core/report/render-markdown.js';
import type { ReportView } from '../../src/core/report/report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const readoutYaml = readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8');
const questions = scores.imperatives.flatMap((r) => r.questions);

const template = defaultTemplate();
function renderMarkdown(view: ReportView): string {
  const result = render(template, { ...view, brand: null });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

function withReadout(yaml: string) {
  const checked = checkReadout({ path: 'readout.yaml', content: Buffer.from(yaml), size: yaml.length }, set, scores, { sheets });
  const view = buildReportView(set, sheets, scores, { names: false, readout: checked.readout });
  return { diagnostics: checked.diagnostics, view };
}

/** The acme readout with finding C resting on other questions, or worded otherwise. */
function findingC(change: (block: string) => string): string {
  const start = readoutYaml.indexOf('  - title: "Whether deals are held');
  const end = readoutYaml.indexOf('decisions:', start);
  expect(start).toBeGreaterThan(0);
  return readoutYaml.slice(0, start) + change(readoutYaml.slice(start, end)) + readoutYaml.slice(end);
}

describe('the rules, on their own', () => {
  it('a finding calls itself disputed in its title or its text', () => {
    expect(disputedWords({ title: 'Whether deals are qualified is disputed.' })).toEqual({ field: 'title', words: 'disputed' });
    expect(disputedWords({ title: 'Deal qualification.', text: 'Managers and reps disagree on it.' })).toEqual({ field: 'text', words: 'disagree' });
    expect(disputedWords({ title: 'Whether deals fail is not agreed.' })!.words).toBe('not agreed');
    expect(disputedWords({ title: 'Prospecting is counted, not coached.', text: 'Reps agree.' })).toBeNull();
  });

  it('the answers bear a dispute out only two levels or more apart, shown, and unchecked', () => {
    expect(disputeSupport({ figuresShown: true, spread: 3, scoredAt: 'mean' })).toBe('yes');
    expect(disputeSupport({ figuresShown: true, spread: 1, scoredAt: 'mean' })).toBe('close');
    expect(disputeSupport({ figuresShown: false, spread: 3, scoredAt: 'mean' })).toBe('too-few');
    expect(disputeSupport({ figuresShown: true, spread: 3, scoredAt: 'checked-level' })).toBe('checked');
  });

  it('a finding with no row in the 90-day plan says so, with why each of its actions waits', () => {
    const actions = [
      { rank: 3, questionRef: 'Q1.1', waitText: '' },
      { rank: 23, questionRef: 'Q3.3', waitText: 'waits for #21' },
      { rank: 30, questionRef: 'Q3.3', waitText: '' },
    ];
    expect(unplannedText(['Q1.1', 'Q3.3'], actions, 14)).toBe('');
    expect(unplannedText(['Q3.3'], actions, 14)).toBe('No action on it in the 90-day plan: #23 (for #21) and #30 wait in the backlog.');
    expect(unplannedText(['Q2.2'], actions, 14)).toBe('No action of the plan or the backlog works on its questions.');
    expect(unplannedText([], actions, 14)).toBe('');
  });
});

describe('acme: finding C, "disputed", with its one action in the backlog', () => {
  const { diagnostics, view } = withReadout(readoutYaml);

  it('Q3.3 is flagged "needs discussion" because finding C calls it disputed, its answers 0 to 3; without the word it is not', () => {
    const q33 = view.needsDiscussion.find((q) => q.id === 'deal-qualification');
    expect(q33?.discussionReason).toBe('Finding C calls it disputed.');
    expect(q33?.rangeText).toBe('0 to 3');
    // Its check says who, by when and the result that drops its action, like every flag's.
    expect(q33?.discussionCheck).toMatch(/^Who checks: VP Sales, before #\d+ is planned \(at the day-90 review\)\. Read the written qualification questions.+\? If it finds .+ \(or better\), #\d+ is dropped\.$/);
    const md = renderMarkdown(view);
    expect(md).toContain('| Q3.3 Deal qualification (needs discussion) |');
    // The data's own rule does not flag it (leadership's answers stand apart, but leadership is too small a group to show on its own).
    expect(questions.find((q) => q.question.id === 'deal-qualification')!.needsDiscussion).toBe(false);
    const calm = withReadout(findingC((c) => c.replace('is disputed.', 'is open.').replace('is not agreed', 'is unclear')));
    expect(calm.view.needsDiscussion.some((q) => q.id === 'deal-qualification')).toBe(false);
  });

  it('the finding says that no row of the 90-day plan works on it, and validate warns at its questions with the action to promote', () => {
    const c = view.findings[2]!;
    const own = view.backlog.filter((a) => a.questionRef === 'Q3.3');
    expect(own.length).toBeGreaterThan(0);
    expect(c.unplannedText).toMatch(new RegExp(`^No action on it in the 90-day plan: #${own[0]!.rank}\\b.* in the backlog\\.$`));
    expect(renderMarkdown(view)).toContain(`*Rests on Q3.3 Deal qualification.* **${c.unplannedText}**`);
    const warning = diagnostics.filter((d) => d.rule === 'readout-finding-unplanned');
    expect(warning).toHaveLength(1);
    const line = readoutYaml.split('\n').findIndex((l) => l.includes('questions: [deal-qualification]')) + 1;
    expect(warning[0]).toMatchObject({ severity: 'warning', line });
    expect(warning[0]!.message).toContain(`plan: promote: [${own[0]!.id}]`);
    // Findings A and B rest on questions with rows in the plan: no sentence, no warning.
    expect(view.findings.slice(0, 2).map((f) => f.unplannedText)).toEqual(['', '']);
    // Resting also on a question the plan works on, it has a row: neither.
    const planned = withReadout(findingC((block) => block.replace('questions: [deal-qualification]', 'questions: [deal-qualification, time-for-people]')));
    expect(planned.view.findings[2]!.unplannedText).toBe('');
    expect(planned.diagnostics.filter((d) => d.rule === 'readout-finding-unplanned')).toEqual([]);
  });

  it('a finding that calls disputed a question whose answers sit close, or that a check settles, is warned at its word, and the report flags neither', () => {
    const close = questions.find((q) => disputeSupport(q) === 'close' && !q.needsDiscussion)!;
    const checked = questions.find((q) => disputeSupport(q) === 'checked')!;
    const yaml = findingC((block) => block.replace('questions: [deal-qualification]', `questions: [deal-qualification, ${close.question.id}, ${checked.question.id}]`));
    const { diagnostics: found, view: flagged } = withReadout(yaml);
    const warnings = found.filter((d) => d.rule === 'readout-dispute-not-borne-out');
    expect(warnings.map((d) => d.message.match(/sit within|a check of the audit sample/)?.[0]).sort()).toEqual(['a check of the audit sample', 'sit within']);
    const title = yaml.split('\n').findIndex((l) => l.startsWith('  - title: "Whether deals are held')) + 1;
    for (const w of warnings) expect(w.line).toBe(title);
    expect(flagged.needsDiscussion.map((q) => q.id)).not.toContain(close.question.id);
    expect(flagged.needsDiscussion.map((q) => q.id)).not.toContain(checked.question.id);
    // Q3.3 itself bears it out: no warning for it.
    expect(diagnostics.filter((d) => d.rule === 'readout-dispute-not-borne-out')).toEqual([]);
  });
});
