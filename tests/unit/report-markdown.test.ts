// The Markdown report: every report generated here passes markdownlint, and hostile text
// (organization, names, roles, notes, and the rubrics' own text) changes no structure: the same
// headings, tables and lists as a tame report with the same answers, and no HTML or links.
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { renderReport } from '../../src/core/report/render-report.js';
import type { RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { inspectMarkdown, type MarkdownShape } from '../helpers/markdown.js';
import { defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE, TEAM_NAMES, templateText } from '../helpers/report-fixtures.js';

const set = defaultSet();
const template = defaultTemplate();

function markdown(sheets: readonly AnswerSheet[], options: { names?: boolean; minGroup?: number; target?: number; rubrics?: RubricSet; showIdentifyingNotes?: boolean } = {}): string {
  const result = renderReport(options.rubrics ?? set, sheets, { format: 'md', template, names: options.names ?? false, minGroup: options.minGroup, target: options.target, showIdentifyingNotes: options.showIdentifyingNotes });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

const LONG = `${'Long evidence, with commas; and (brackets). '.repeat(14)}end`.slice(0, 600);
const HOSTILE_NOTES = [
  'a | b || c \\| d',
  'line one\nline two\r\n\nline four',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '`code` ``double`` ```\nfenced\n```',
  LONG,
  '🚀 growth 👩🏽‍💼 team 🇫🇷',
  'שלום, זה טקסט מימין לשמאל | مرحبا بالعالم',
  '# not a heading',
  '- not a list',
  '> not a quote',
  '1. not ordered',
  '---',
  '| --- | --- |',
  '&lt;b&gt; &amp; &#60;',
  'evil \u202E reversed \u202C text',
  '[link](javascript:alert(1)) ![img](x.png) https://evil.example www.evil.example dana@evil.example',
  '*star* _under_ **bold** ~~strike~~ $x^2$ $$y$$',
  '<!-- comment -->',
  '\\',
  '    indented like code',
];

/** Answers every question of the set, cycling through scores and hostile notes. */
function hostileSheet(offset: number, respondent: { name: string | null; role: string }, organization: string): AnswerSheet {
  const answers: AnswerSheet['answers'] = {};
  let k = offset;
  for (const imperative of set.imperatives) {
    for (const q of imperative.questions) {
      (answers[imperative.id] ??= {})[q.id] = { score: q.levels[k % q.levels.length]!.score, note: HOSTILE_NOTES[k % HOSTILE_NOTES.length]!, evidence: 'claimed' };
      k++;
    }
  }
  return { source: null, organization, respondent, date: '2026-11-26', rubrics: { digest: null, source: null, questions: null }, answers };
}

const HOSTILE_ORG = 'Evil | Corp\n# Pwned <script>alert(1)</script> `x`';
const hostileTeam = [
  hostileSheet(0, { name: '`Eve` *Mallory* | [x](https://e.example)', role: 'leadership' }, HOSTILE_ORG),
  hostileSheet(7, { name: '<b>Bob</b>\n# Bob', role: 'VP | Sales\n## injected' }, HOSTILE_ORG),
  hostileSheet(13, { name: 'רות כהן', role: 'salesperson' }, HOSTILE_ORG),
];

/** The same sheets with every user text replaced by plain words (equal texts stay equal). */
function tame(sheets: readonly AnswerSheet[]): AnswerSheet[] {
  const names = new Map<string, string>();
  const plain = (text: string) => {
    if (!names.has(text)) names.set(text, `plain text ${names.size + 1}`);
    return names.get(text)!;
  };
  return sheets.map((s) => ({
    ...s,
    organization: plain(s.organization),
    respondent: { name: s.respondent.name === null ? null : plain(s.respondent.name), role: plain(s.respondent.role) },
    answers: Object.fromEntries(
      Object.entries(s.answers).map(([imp, byQ]) => [imp, Object.fromEntries(Object.entries(byQ).map(([q, a]) => [q, { ...a, note: a.note === null ? null : plain(a.note) }]))]),
    ),
  }));
}

/** A copy of the default rubrics with hostile titles, prompts, levels, actions, owners and band names. */
function hostileRubrics(): RubricSet {
  return {
    ...set,
    title: 'Set <i>x</i> | y\n# z',
    bandNames: { atRisk: 'At | risk', developing: '<b>Dev</b>', capable: '# Capable', highPerforming: '`High`' },
    imperatives: set.imperatives.map((imp, i) => ({
      ...imp,
      title: `${imp.title} | <u>${i}</u>\n# x.`,
      summary: `${imp.summary}\n\n- a list\n<div>html</div>`,
      reflection: i % 2 === 0 ? '# Reflect | on <this>?' : undefined,
      questions: imp.questions.map((q) => ({
        ...q,
        prompt: `${q.prompt} | *really*?`,
        levels: q.levels.map((l) => ({ ...l, label: `\`${l.label}\``, description: `${l.description}\n\n| x |` })),
        recommendations: q.recommendations.map((r) => ({ ...r, action: `<b>${r.action}</b> | now`, owner: r.owner === undefined ? undefined : `${r.owner} | team` })),
      })),
    })),
  };
}

function structure(shape: MarkdownShape) {
  return { levels: shape.headings.map((h) => h.split(' ')[0]), tableRows: shape.tableRows, links: shape.links.length, lists: shape.lists, blockQuotes: shape.blockQuotes, html: shape.html };
}

describe('Markdown report', () => {
  const leader = loadSheet('examples/acme-leadership.yaml', set);
  const team = TEAM_EXAMPLE.map((path) => loadSheet(path, set));

  it('passes markdownlint for the examples: one respondent, a team, both together, anonymized, with a target override', async () => {
    for (const text of [markdown([leader]), markdown(team), markdown([leader, ...team]), markdown(team, { names: true, minGroup: 1 }), markdown(hostileTeam), markdown([leader], { target: 90 })]) {
      expect((await inspectMarkdown(text)).violations).toEqual([]);
    }
  });

  it('has the sections a sales leader reads, in order', async () => {
    const shape = await inspectMarkdown(markdown(team));
    const view = buildReportView(set, team, scoreAudit(set, team), { names: false });
    expect(shape.headings).toEqual([
      '1 Acme Corp: sales readiness audit',
      '2 Executive summary',
      '3 Decisions for leadership',
      // The plan's numbers move with the layout (four decisions since the merge, h-plan14's
      // head-office-demands D2 on priority #2): the heading is read from the view, which page-one's
      // tests pin; here, that it heads the priorities, after the decisions.
      `3 ${view.prioritiesHeading}`,
      // The checks open page two where a check comes before a plan row; page one points to them
      // (eleventh VP reading, class 8, the lead's decision). Whether acme's plan holds such a row
      // moves with the layout (the role gap's check goes with its row).
      ...(view.checksFirst.length > 0 ? ['2 What to check before committing'] : []),
      // No "Scores at a glance" where scores by role are shown: its bars repeated page one's table (tenth VP reading, class 9).
      '2 Scores by role',
      '2 Where views differ', // re-pinned (VP review 16, item 28): the section is mostly where roles see the work differently
      '2 1. A prospecting plan that opens opportunities',
      '2 2. Differentiation with a difference',
      '2 3. Effective sales interactions',
      '2 4. Excellent sales managers',
      '2 Action plan',
      '3 Backlog',
      // The checks before backlog rows, where a backlog row has one: re-pinned after the merge (h-rub16c's team plans
      // lift the team meeting, and with h-plan16's running routines the one-to-ones wait, so #51 and #54 wait with a check).
      ...(view.backlogChecks.length > 0 ? [`4 ${view.backlogChecksHeading}`] : []),
      '2 Appendix: method',
      '2 Technical annex',
      // The questions in full, three pages, in an appendix of their own at the end (tenth VP reading, class 9).
      '2 Appendix: the questions in full',
    ]);
    expect(view.backlogChecks.length).toBe(2);
    expect(shape.html).toEqual([]);
  });

  it('keeps hostile organization, names, roles and notes inert', async () => {
    for (const sheets of [[hostileTeam[0]!], hostileTeam]) {
      // Named, every role shown and every note printed (the working copy), so that every user text reaches the report.
      const hostile = markdown(sheets, { names: true, minGroup: 1, showIdentifyingNotes: true });
      const shape = await inspectMarkdown(hostile);
      expect(shape.violations).toEqual([]);
      expect(structure(shape)).toEqual(structure(await inspectMarkdown(markdown(tame(sheets), { names: true, minGroup: 1, showIdentifyingNotes: true }))));
      expect(shape.headings[0]).toContain('Evil \\| Corp');
      expect(hostile).toContain(LONG.slice(0, 200));
      expect(hostile).toContain('שלום, זה טקסט מימין לשמאל \\| مرحبا بالعالم');
      expect(hostile).toContain('🚀 growth 👩🏽‍💼 team 🇫🇷');
      expect(hostile).not.toContain('\u202E');
    }
  });

  it('keeps hostile rubric text inert too', async () => {
    const rubrics = hostileRubrics();
    const shape = await inspectMarkdown(markdown(hostileTeam, { rubrics }));
    expect(shape.violations).toEqual([]);
    expect(structure(shape)).toEqual(structure(await inspectMarkdown(markdown(tame(hostileTeam)))));
  });

  it('leaves every name out unless asked for names, and names them all when asked', () => {
    // Every note printed (the working copy): still no name.
    const text = markdown(team, { showIdentifyingNotes: true });
    for (const name of TEAM_NAMES) expect(text).not.toContain(name);
    // Re-pinned (VP review 17, item 35): no note names the pool; with names, every one is named.
    expect(text).not.toContain('(leadership or sales manager)');
    const named = markdown(team, { names: true });
    for (const name of TEAM_NAMES) expect(named).toContain(name);
    const hostile = markdown(hostileTeam, { showIdentifyingNotes: true });
    expect(hostile).not.toContain('Mallory');
    expect(hostile).not.toContain('רות');
  });

  it('says plainly when an imperative has no score, and lists unanswered questions', async () => {
    // A copy of the prospecting answers too: deleting from the shared object would change the
    // leader's sheet for every later test in this file.
    const { 'persistent-campaign': _left, ...prospecting } = leader.answers['prospecting-plan']!;
    const partial: AnswerSheet = { ...leader, answers: { ...leader.answers, 'prospecting-plan': prospecting, 'sales-managers': {} } };
    const text = markdown([partial]);
    expect((await inspectMarkdown(text)).violations).toEqual([]);
    expect(text).toContain('**Not scored: no answered questions.**');
    expect(text).toContain('| Excellent sales managers | not scored |');
    expect(text).toMatch(/## Questions not answered\n\n.*\n\n- Q1\.5 For targets first contacted six to twelve months ago that never replied, for how many months in a row after the first contact did your salespeople bring each something new/);
    expect(text).toContain("- Q4.7 Which of these best describes how your managers worked on each rep's own result, if at all, last quarter?");
    // 4.8 and 4.9 (managers' own calendars) are not asked of leadership, so not "not answered".
    expect(text).not.toContain('- Q4.8 ');
    expect(text).not.toContain('- Q4.9 ');
    expect(text).toContain('**4. Excellent sales managers:** not scored (no answered questions)');
  });

  it('says so when nothing at all is scored', async () => {
    const empty: AnswerSheet = { ...leader, answers: {} };
    const text = markdown([empty]);
    expect((await inspectMarkdown(text)).violations).toEqual([]);
    expect(text).toContain('Nothing is scored yet: no question has a scored answer.');
    expect(text).toContain('No recommended action fires');
  });

  it('opens page one with the largest perception gap as the headline', () => {
    const text = markdown(team);
    // The verdict, the cause (the largest gap, in whole points: the managers and differentiation imperatives show no group, so not "every imperative") and the ask.
    expect(text).toMatch(/## Executive summary\n\n\*\*The sales force scores \d+ of 100 \(At risk\)\. Leadership and sales managers rate effective sales interactions \d+ points higher than salespeople do\. Managers' own selling holds up most of the plan, so it is leadership's first decision\.\*\*/);
  });

  it('without roles to compare, the headline is the verdict, the weakest imperative and the ask', () => {
    expect(markdown([leader])).toMatch(
      // 23 since the fourteenth rubric review (was 22): prospecting-time and prospecting-review, which the seed does not name, weigh 0.5.
      /## Executive summary\n\n\*\*The sales force scores \d+ of 100 \(At risk\)\. A prospecting plan that opens opportunities is furthest behind, at 23 against a target of 75\. Leadership's first decision: [a-z][^*.]+\.\*\*/,
    );
  });

  it('shows the worked computation that reproduces each score', () => {
    const text = markdown([leader]);
    const worked = text
      .split('\n')
      .map((line) => /^- \*\*(?:\d\. [\w ]+|Overall):\*\* ([\d.×+() /]+) = (\d+\.\d\d?)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(worked).toHaveLength(5); // four imperatives and the overall score
    for (const [, expression, shown] of worked) {
      // Attainments are shown with three decimals, so a hand computation lands within 0.05 (a score
      // of exactly x.x5 is shown rounded up: 0.05 away, give or take floating-point noise).
      const value = Function(`return ${expression!.replace(/×/g, '*')}`)() as number;
      expect(Math.abs(value - Number(shown))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});

describe('view model', () => {
  it('names the strongest and weakest imperative only when they differ', () => {
    const leader = loadSheet('examples/acme-leadership.yaml', set);
    const view = buildReportView(set, [leader], scoreAudit(set, [leader]), { names: false });
    // Differentiation 42.9 against sales interactions 41.3 for this leader (differentiation-language
    // weighs 1.5 and practice 1 since the tenth rubric review, class E).
    expect(view.strongest?.title).toBe('Differentiation with a difference');
    expect(view.weakest?.title).toBe('A prospecting plan that opens opportunities');
    // At most five priorities: the shown plan's first five, #1 to #5; whatever one of them waits
    // for is on page one before it.
    expect(view.priorities.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const p of view.priorities) for (const n of p.after) expect(n).toBeLessThan(p.rank);
    // Leadership is not asked the two questions managers count in their own calendars, so a
    // leadership interview alone fires no step that frees managers' time: no gate on page one.
    expect(view.priorities.some((p) => p.gate)).toBe(false);
    expect(buildReportView(set, [leader], scoreAudit(set, [leader]), { names: false, focus: 2 }).priorities).toHaveLength(2);
    const flat: AnswerSheet = { ...leader, answers: Object.fromEntries(set.imperatives.map((i) => [i.id, Object.fromEntries(i.questions.map((q) => [q.id, { score: 2, note: null, evidence: 'claimed' }]))])) };
    const same = buildReportView(set, [flat], scoreAudit(set, [flat]), { names: false });
    expect(same.strongest).toBeNull();
    expect(same.weakest).toBeNull();
  });
});

describe('custom templates', () => {
  const leader = loadSheet('examples/acme-leadership.yaml', set);
  const view = buildReportView(set, [leader], scoreAudit(set, [leader]), { names: false });

  it('renders with the helpers', () => {
    const result = renderMarkdown(templateText('# {{md organization}}\n\n{{#each imperatives}}\n- {{heading title}}: {{scoreText}}, {{plural actions.length "action"}}\n{{/each}}\n'), view);
    expect(result).toEqual({
      ok: true,
      // Prospecting 12 actions since the thirteenth rubric review (was 9): the CRM's load of the written content and the instruction split from the sequence's writing (A2), real-targets' own step beside the lists' day (A1).
      // Re-pinned after rubric review 14: sales interactions 11 actions (the pipeline review's cadence, edit 2), sales managers 10 (the development plan, edit 6) and 32 (decision rights at half weight, edit 13).
      // Re-pinned after the merge: prospecting 23 (h-rub16a's leadership file), differentiation 15 actions (h-rub16b), sales interactions and managers as h-rub16c.
      // Re-pinned (h-plan19, VP 17 item 19): differentiation 16 actions, Finance's test of the discount limit.
      // Re-pinned after rubric review 15 (edits 4 and 7, h-rub18a): 10 prospecting actions, the lists' day and the CRM's load gone.
      // Re-pinned after rubric review 17 (edit 12): sales interactions 12 (the skills briefing fires with the assessment), sales
      // managers 11 (the training fires at coaching-model-given 0 too, after the model's page).
      // Re-pinned after the merge of h-rub19a (differentiation 44: the leader's differences-in-proposals answer), h-plan19
      // (16 differentiation actions: Finance's test) and h-rub19b (12 and 11 actions, above).
      text: '# Acme Corp\n\n- A prospecting plan that opens opportunities: 23, 10 actions\n- Differentiation with a difference: 44, 16 actions\n- Effective sales interactions: 41, 12 actions\n- Excellent sales managers: 32, 11 actions\n',
    });
  });

  it('fails loudly on a misspelt field instead of printing nothing', () => {
    const result = renderMarkdown(templateText('# {{md organisation}}\n'), view);
    expect(result.ok).toBe(false);
    expect(!result.ok && { message: result.message, at: result.at }).toEqual({
      message: '{{md}} refers to a field the view model does not have (see docs/report.md)',
      at: { line: 1, column: 3 },
    });
  });

  it('reports a syntax error where it starts (an unclosed block: where it opens)', () => {
    const result = renderMarkdown(templateText('# Title\n\n{{#each imperatives}}\n{{title}}\n'), view);
    expect(result.ok).toBe(false);
    expect(!result.ok && { message: result.message, at: result.at }).toEqual({ message: '{{#each}} is never closed: {{/each}} is missing', at: { line: 3, column: 1 } });
  });

  it('refuses to escape a list as text', () => {
    const result = renderMarkdown(templateText('{{md imperatives}}'), view);
    expect(!result.ok && result.message).toMatch(/takes text or a number, not a list/);
  });

  it('does not let a template reach prototypes', () => {
    const result = renderMarkdown(templateText('{{organization.constructor}}'), view);
    expect(result.ok ? result.text.trim() : '').toBe('');
  });
});
