import { describe, expect, it } from 'vitest';
import { defaultReportName, numberedFileName, reportNameForSession, sessionNameForReport, slugify } from '../../src/core/interview/default-file-names.js';
import { buildQuestionPlan } from '../../src/core/interview/question-plan.js';
import { buildReview, renderImperativeHeader, renderQuestion, renderReview } from '../../src/core/interview/render-screens.js';
import { resumeCommand, shellQuote } from '../../src/core/interview/resume-command.js';
import { createProgram } from '../../src/cli/program.js';
import type { CliContext } from '../../src/cli/context.js';
import { DEFAULT_FOCUS } from '../../src/core/scoring/config.js';
import { wrapText, type TextStyle } from '../../src/core/interview/text-style.js';
import { defaultSet, smallSet } from '../helpers/interview-sets.js';

describe('wrapText', () => {
  it('wraps at word boundaries within the width, with the indent on every line', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const lines = wrapText(text, 30, '  ');
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(30);
      expect(line.startsWith('  ')).toBe(true);
    }
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  it('keeps a word longer than the line whole', () => {
    const url = `https://example.com/${'x'.repeat(60)}`;
    expect(wrapText(`see ${url} now`, 30)).toEqual(['see', url, 'now']);
  });
});

describe('imperative header and question', () => {
  const plan = buildQuestionPlan(defaultSet());
  const step = plan.steps.find((s) => s.imperative.position === 2)!;

  it('opens an imperative with "Imperative 2 of 4", its title and why it matters', () => {
    const header = renderImperativeHeader(step.imperative, { width: 80 });
    // Re-pinned after rubric review 17, edit 3 (h-rub19a): Diff has ten questions, 35 in all.
    expect(header).toContain('Imperative 2 of 4 · 10 questions');
    expect(header).toContain(step.imperative.title);
    expect(header.replace(/\s+/g, ' ')).toContain(step.imperative.summary.replace(/\s+/g, ' '));
    for (const line of header.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows progress, the prompt and the help, aligned under the prompt', () => {
    const text = renderQuestion(step, { width: 80 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]!.startsWith(`${step.progress} `)).toBe(true);
    expect(step.progress).toBe('[8/35]');
    expect(text.replace(/\s+/g, ' ')).toContain(step.help!.replace(/\s+/g, ' '));
    for (const line of lines.slice(1)) expect(line.startsWith(' '.repeat(step.progress.length + 1))).toBe(true);
  });

  it('applies the injected style to the parts', () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const style: TextStyle = { title: tag('t'), strong: tag('s'), muted: tag('m'), accent: tag('a'), warn: tag('w') };
    expect(renderImperativeHeader(step.imperative, { width: 80, style })).toContain(`<t>${step.imperative.title}</t>`);
    expect(renderQuestion(step, { width: 80, style })).toContain('<m>[8/35] </m><s>');
  });
});

describe('review', () => {
  const plan = buildQuestionPlan(smallSet({ alpha: [{ id: 'a1' }, { id: 'a2', na: true }], beta: [{ id: 'b1' }] }));
  const answers = { alpha: { a1: { score: 3, note: 'Seen the plan in the CRM, reviewed in March', evidence: 'claimed' as const }, a2: { score: null, note: null, evidence: 'claimed' as const } } };

  it('counts answered, not applicable and unanswered', () => {
    const review = buildReview(plan, answers);
    expect(review).toMatchObject({ answered: 2, notApplicable: 1, unanswered: 1 });
    expect(review.rows.map((r) => r.answerText)).toEqual(['3 · L3', 'Not applicable', 'unanswered']);
  });

  it('prints one line per question under its imperative, and the totals', () => {
    const text = renderReview(buildReview(plan, answers), { width: 80 });
    expect(text.split('\n')).toEqual([
      '',
      'Review your answers',
      '',
      '1. Title of alpha',
      '  1  a1        3 · L3          “Seen the plan in the CRM, reviewed in March”',
      '  2  a2        Not applicable',
      '',
      '2. Title of beta',
      '  3  b1        unanswered',
      '',
      '2 of 3 answered · 1 not applicable · 1 unanswered (left out of the scores)',
      '',
    ]);
  });

  it('cuts long notes to the width', () => {
    const long = { alpha: { a1: { score: 1, note: 'word '.repeat(40), evidence: 'claimed' as const } } };
    for (const line of renderReview(buildReview(plan, long), { width: 60 }).split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('default file names', () => {
  it('slugs the organization name', () => {
    expect(slugify('Acme Corp.')).toBe('acme-corp');
    expect(slugify('Société Générale & Co')).toBe('societe-generale-co');
    expect(slugify('  ***  ')).toBe('audit');
    expect(slugify('x'.repeat(100)).length).toBe(60);
  });

  it('names the report and the session after the organization and the date', () => {
    const report = defaultReportName('Acme Corp', '2026-11-26', 'md');
    expect(report).toBe('acme-corp-2026-11-26.md');
    expect(sessionNameForReport(report)).toBe('acme-corp-2026-11-26.session.yaml');
    expect(sessionNameForReport('out.json')).toBe('out.session.yaml');
    expect(numberedFileName('acme-corp-2026-11-26.session.yaml', 2)).toBe('acme-corp-2026-11-26-2.session.yaml');
    expect(numberedFileName('acme-corp-2026-11-26.md', 2)).toBe('acme-corp-2026-11-26-2.md');
    expect(numberedFileName('acme-corp-2026-11-26.md', 1)).toBe('acme-corp-2026-11-26.md');
    expect(numberedFileName('mine.yaml', 3)).toBe('mine-3.yaml');
    expect(numberedFileName('notes', 2)).toBe('notes-2');
    expect(reportNameForSession('acme-2.session.yaml', 'md')).toBe('acme-2.md');
    expect(reportNameForSession('dana.yaml', 'json')).toBeNull();
  });
});

describe('resumeCommand', () => {
  it('carries the options that shape the report, quoted for the shell', () => {
    expect(resumeCommand({ session: 'acme.session.yaml', format: 'md', force: false })).toBe('sales-audit audit --resume acme.session.yaml');
    expect(
      resumeCommand({ session: "my audits/o'neil.session.yaml", rubrics: 'client/rubrics', out: 'r.json', format: 'json', target: 80, force: true }),
    ).toBe(`sales-audit audit --resume 'my audits/o'\\''neil.session.yaml' --rubrics client/rubrics --out r.json --format json --target 80 --force`);
    expect(shellQuote('-')).toBe('-');
  });

  it("carries every option of the audit command that shapes the report, so a resumed interview writes the report that was asked for (the brand, names, focus and owners were dropped)", () => {
    const audit = createProgram({ version: '0.0.0' } as CliContext).commands.find((c) => c.name() === 'audit')!;
    // What starts an interview or names its file, not what the report looks like: the session file holds these.
    const startOnly = new Set(['--org', '--respondent', '--role', '--session', '--resume', '--answers', '--help']);
    const shaping = audit.options.map((o) => o.long!).filter((flag) => !startOnly.has(flag));
    const command = resumeCommand({
      session: 's.yaml', rubrics: 'r', out: 'o.pdf', format: 'pdf', template: 't.hbs', browser: '/usr/bin/chromium', target: 80,
      names: true, focus: 3, clientHas: ['sales-ops'], clientLacks: ['hr', 'marketing'], brand: 'brand.yaml', force: true,
    });
    expect(shaping.length).toBeGreaterThan(10);
    for (const flag of shaping) expect(command.split(' ')).toContain(flag);
    expect(command).toBe('sales-audit audit --resume s.yaml --rubrics r --out o.pdf --format pdf --template t.hbs --browser /usr/bin/chromium --target 80 --names --focus 3 --client-has sales-ops --client-lacks hr,marketing --brand brand.yaml --force');
    // The defaults are not spelled out.
    expect(resumeCommand({ session: 's.yaml', format: 'md', focus: DEFAULT_FOCUS, names: false, clientHas: [], force: false })).toBe('sales-audit audit --resume s.yaml');
  });
});
