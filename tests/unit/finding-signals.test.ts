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

/** The acme readout with findings of the test's own in place of its findings (the consultant's words change; these rules' fixture does not). */
function withFindings(findings: string): string {
  const start = readoutYaml.indexOf('\nfindings:\n');
  const end = readoutYaml.indexOf('\ndecisions:', start);
  expect(start).toBeGreaterThan(0);
  return `${readoutYaml.slice(0, start)}\nfindings:\n${findings}${readoutYaml.slice(end)}`;
}

const finding = (title: string, ids: readonly string[]) => `  - title: "${title}"\n    text: Some say one thing, some another.\n    questions: [${ids.join(', ')}]\n`;

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

describe('acme: a finding that calls a question disputed, and one whose actions all wait in the backlog', () => {
  const { view: base } = withReadout(withFindings(finding('Prospecting is counted, not coached.', ['real-targets'])));
  // A question the data's own rule does not flag, whose answers sit two levels or more apart (acme's deal qualification, 0 to 3).
  const disputed = questions.find((q) => !q.needsDiscussion && disputeSupport(q) === 'yes')!;
  // A question every action of which waits in the backlog.
  const waiting = base.imperatives.flatMap((v) => v.questions).find((q) => {
    const own = [...base.plan, ...base.backlog].filter((a) => a.questionRef === q.ref);
    // A backlog action a plan row does inside it (covered) is worked on: not waiting (thirteenth rubric review, A1).
    return own.length > 0 && own.every((a) => a.rank > base.planCount && a.wait?.kind !== 'covered');
  })!;
  const planned = base.plan.find((a) => a.questionRef !== waiting.ref)!;
  const plannedId = base.imperatives.flatMap((v) => v.questions).find((q) => q.ref === planned.questionRef)!.id;

  it('the disputed question is flagged "needs discussion" because finding B calls it so, with its check; without the word it is not', () => {
    expect(disputed).toBeDefined();
    const yaml = withFindings(finding('Targets are chosen for a reason.', [plannedId]) + finding('Whether deals are held to the written questions is disputed.', [disputed.question.id]));
    const { view } = withReadout(yaml);
    const flagged = view.needsDiscussion.find((q) => q.id === disputed.question.id)!;
    expect(flagged.discussionReason).toMatch(/^Finding B calls it disputed(\.|, and answers sit two levels or more apart\.)$/);
    // Its check says who, by when and the result that replaces its action, like every flag's.
    expect(flagged.discussionCheck).toMatch(/^(The [^.]+ checks?|Check) before #\d+ [^:]+: .+ If it shows .+, #\d+ (becomes: .+|is not needed)\.$/);
    // Re-pinned (h-words19, VP 17 item 38): listed always; its row marked only where a decision or a 90-day action depends on it.
    expect(renderMarkdown(view).includes(`| ${flagged.ref} ${flagged.label} (needs discussion) |`)).toBe(flagged.discussionMarked);
    expect(renderMarkdown(view)).toContain(`**${flagged.label}** (${flagged.ref}`);
    const calm = withReadout(withFindings(finding('Targets are chosen for a reason.', [plannedId]) + finding('Whether deals are held to the written questions is open.', [disputed.question.id])));
    expect(calm.view.needsDiscussion.some((q) => q.id === disputed.question.id)).toBe(false);
  });

  it('a finding with no row of the 90-day plan says so, and validate warns at its questions with the action to promote; one with a row, neither', () => {
    expect(waiting).toBeDefined();
    const yaml = withFindings(finding('Targets are chosen for a reason.', [plannedId]) + finding('This waits.', [waiting.id]));
    const { view, diagnostics } = withReadout(yaml);
    const own = view.backlog.filter((a) => a.questionRef === waiting.ref);
    const b = view.findings[1]!;
    expect(b.unplannedText).toMatch(new RegExp(`^No action on it in the 90-day plan: #${own[0]!.rank}\\b.* in the backlog\\.$`));
    expect(renderMarkdown(view)).toContain(`*Rests on ${b.restsOnText}.* **${b.unplannedText}**`);
    const warning = diagnostics.filter((d) => d.rule === 'readout-finding-unplanned');
    expect(warning).toHaveLength(1);
    const line = yaml.split('\n').findIndex((l) => l.includes(`questions: [${waiting.id}]`)) + 1;
    expect(warning[0]).toMatchObject({ severity: 'warning', line });
    expect(warning[0]!.message).toContain(`plan: promote: [${own[0]!.id}]`);
    expect(view.findings[0]!.unplannedText).toBe('');
    // Resting also on a question the plan works on, it has a row: neither.
    const both = withReadout(withFindings(finding('This waits, with a row.', [waiting.id, plannedId])));
    expect(both.view.findings[0]!.unplannedText).toBe('');
    expect(both.diagnostics.filter((d) => d.rule === 'readout-finding-unplanned')).toEqual([]);
  });

  it('a finding that calls disputed a question whose answers sit close, or that a check settles, is warned at its word, and the report flags neither', () => {
    const close = questions.find((q) => disputeSupport(q) === 'close' && !q.needsDiscussion)!;
    const checked = questions.find((q) => disputeSupport(q) === 'checked')!;
    const yaml = withFindings(finding('Targets are chosen for a reason.', [plannedId]) + finding('This is disputed.', [disputed.question.id, close.question.id, checked.question.id]));
    const { diagnostics, view } = withReadout(yaml);
    const warnings = diagnostics.filter((d) => d.rule === 'readout-dispute-not-borne-out');
    expect(warnings.map((d) => d.message.match(/sit within|a check of the audit sample/)?.[0]).sort()).toEqual(['a check of the audit sample', 'sit within']);
    const title = yaml.split('\n').findIndex((l) => l.startsWith('  - title: "This is disputed.')) + 1;
    for (const w of warnings) expect(w.line).toBe(title);
    expect(view.needsDiscussion.map((q) => q.id)).toContain(disputed.question.id);
    expect(view.needsDiscussion.map((q) => q.id)).not.toContain(close.question.id);
    expect(view.needsDiscussion.map((q) => q.id)).not.toContain(checked.question.id);
  });
});
