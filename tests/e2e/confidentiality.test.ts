// Confidential by default, end to end: no respondent name in any output without --names, and no
// role shown on its own unless, any one of its people set aside, --min-group others remain (default 3).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { TEAM_EXAMPLE, TEAM_NAMES } from '../helpers/report-fixtures.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'sales-audit-confidential-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NAMES = [...TEAM_NAMES, 'Dana Lee'];
const ALL = ['examples/acme/', 'examples/acme-leadership.yaml'];

/**
 * An acme answers file copied with every answer a claim: these tests are about the roles' groups,
 * and a checked answer leaves its role's figures (score-term.ts), which would shrink the groups
 * they were written for (tests/faults/checked-answers.test.ts covers that).
 */
function copyAsClaims(name: string, folder: string): void {
  const text = readFileSync(join(REPO_ROOT, 'examples/acme', `${name}.yaml`), 'utf8');
  writeFileSync(join(folder, `${name}.yaml`), text.replace(/^\s+evidence: (document|observed|data)\n/gm, ''));
}

/** Everything a command printed and wrote. */
async function outputOf(args: string[], file?: string): Promise<string> {
  const result = await runCli(args, { cwd: work });
  expect(result.exitCode, result.stderr).toBe(0);
  return result.stdout + result.stderr + (file === undefined ? '' : readFileSync(join(work, file), 'utf8'));
}

const abs = (paths: string[]) => paths.map((p) => join(REPO_ROOT, p));

describe('no name in any output without --names', () => {
  it('the team example names ten people, all different (and the auditor\'s file, no respondent, none)', () => {
    expect(TEAM_EXAMPLE).toHaveLength(11);
    expect(TEAM_EXAMPLE.at(-1)).toBe('examples/acme/auditor.yaml');
    expect(new Set(NAMES).size).toBe(11);
  });

  const outputs: [string, () => Promise<string>][] = [
    ['report Markdown on stdout', () => outputOf(['report', ...abs(ALL)])],
    ['report JSON on stdout', () => outputOf(['report', ...abs(ALL), '--format', 'json'])],
    ['report Markdown to a file, with the terminal summary', () => outputOf(['report', ...abs(ALL), '--out', 'team.md'], 'team.md')],
    ['report JSON to a file, with the terminal summary', () => outputOf(['report', ...abs(ALL), '--format', 'json', '--out', 'team.json'], 'team.json')],
    ['report HTML to a file, with the terminal summary', () => outputOf(['report', ...abs(ALL), '--format', 'html', '--out', 'team.html'], 'team.html')],
    ['report with --anonymize (accepted, no effect)', () => outputOf(['report', ...abs(ALL), '--anonymize'])],
    ['audit --answers, Markdown', () => outputOf(['audit', '--answers', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--out', '-'])],
    ['audit --answers, to a file with the terminal summary', () => outputOf(['audit', '--answers', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--out', 'self.md'], 'self.md')],
    ['compare, terminal table', () => outputOf(['compare', ...abs(['examples/acme-2026-05/', 'examples/acme/'])])],
    ['compare Markdown', () => outputOf(['compare', ...abs(['examples/acme-2026-05/', 'examples/acme/']), '--out', '-'])],
    ['compare JSON', () => outputOf(['compare', ...abs(['examples/acme-2026-05/', 'examples/acme/']), '--format', 'json', '--out', '-'])],
  ];
  for (const [what, run] of outputs) {
    it(what, async () => {
      const text = await run();
      for (const name of NAMES) expect(text, name).not.toContain(name);
      for (const first of NAMES.map((n) => n.split(' ')[0]!)) expect(text).not.toMatch(new RegExp(`\\b${first}\\b`));
    });
  }

  it('with --names every respondent is named, in Markdown and JSON', async () => {
    for (const format of ['md', 'json']) {
      const text = await outputOf(['report', ...abs(ALL), '--names', '--format', format]);
      for (const name of NAMES) expect(text, `${format}: ${name}`).toContain(name);
    }
    expect(await outputOf(['audit', '--answers', join(REPO_ROOT, 'examples/acme-leadership.yaml'), '--out', '-', '--names'])).toContain('Dana Lee');
  });

  it('--names with --anonymize is a contradiction (exit 2)', async () => {
    const result = await runCli(['report', 'examples/acme/', '--names', '--anonymize']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--names and --anonymize');
  });
});

describe('--min-group: roles of 1, 2 and 3 people', () => {
  // One leader, two sales managers, three salespeople.
  const folder = join(work, 'small');
  mkdirSync(folder);
  const files = ['leadership', 'sales-manager', 'sales-manager-2', 'salesperson', 'salesperson-2', 'salesperson-3'];
  for (const name of files) copyAsClaims(name, folder);

  const json = async (...extra: string[]) => JSON.parse((await runCli(['report', folder, '--format', 'json', ...extra])).stdout);
  const markdown = async (...extra: string[]) => (await runCli(['report', folder, ...extra])).stdout;

  it('default 3: no role is safe alone (any one of 3 salespeople set aside leaves 2), and a pool would be everyone: every role is folded in, and said to be', async () => {
    const data = await json();
    expect(data.confidentiality).toEqual({ names: false, minGroup: 3, pooledRoles: [], foldedRoles: ['leadership', 'sales manager', 'salesperson'] });
    for (const imperative of data.imperatives) expect(Object.keys(imperative.byRole)).toEqual([]);
    expect(data.perceptionGaps).toEqual([]);
    expect(data.respondents.map((r: { role: string | null }) => r.role)).toEqual([null, null, null, null, null, null]);
    const notes = data.imperatives.flatMap((i: { questions: { notes: { role: string | null }[] }[] }) => i.questions.flatMap((q) => q.notes.map((n) => n.role)));
    expect(new Set(notes)).toEqual(new Set([null]));

    const md = await markdown();
    expect(md).not.toContain('## Scores by role');
    expect(md).toContain('Leadership, sales managers and salespeople are not shown on their own: a role is shown on its own only where, any one of its people set aside, at least 3 others remain');
    // Notes print only once the readout approves them, and never under "(a respondent)" (ninth VP reading, class 1d).
    expect(md).not.toContain('a respondent)');
    expect(md).not.toMatch(/\((leadership|sales manager|salesperson)\)/);
    expect(md).toContain('6 (6 in roles too small to show)');
  });

  it('--min-group 2: the three salespeople are safe alone; the leader and the two managers are shown together, so a manager setting themselves aside still faces two others', async () => {
    const data = await json('--min-group', '2');
    expect(data.confidentiality).toEqual({ names: false, minGroup: 2, pooledRoles: ['leadership', 'sales manager'], foldedRoles: [] });
    expect(Object.keys(data.imperatives[0].byRole)).toEqual(['leadership or sales manager', 'salesperson']);
    expect(data.respondents.map((r: { role: string | null }) => r.role)).toEqual([...Array(3).fill('leadership or sales manager'), 'salesperson', 'salesperson', 'salesperson']);
    const md = await markdown('--min-group', '2');
    expect(md).toContain('6 (3 in leadership and sales managers together, 3 salespeople)');
    expect(md).toContain('Leadership and sales managers are shown together, not on their own: a role is shown on its own only where, any one of its people set aside, at least 2 others remain');
    expect(md).not.toMatch(/\((leadership|sales manager)\)/);
  });

  it('--min-group 1 shows every role', async () => {
    const data = await json('--min-group', '1');
    expect(data.confidentiality).toEqual({ names: false, minGroup: 1, pooledRoles: [], foldedRoles: [] });
    expect(Object.keys(data.imperatives[0].byRole)).toEqual(['leadership', 'sales manager', 'salesperson']);
    // The working copy prints every note: with no protection asked for, each names its role.
    expect(await markdown('--min-group', '1', '--show-identifying-notes')).toContain('(leadership)');
  });

  it('a single respondent is shown in full', async () => {
    const md = await markdown.call(null);
    expect(md).toBeTruthy();
    const one = JSON.parse((await runCli(['report', 'examples/acme-leadership.yaml', '--format', 'json'])).stdout);
    expect(one.confidentiality.foldedRoles).toEqual([]);
    expect(one.respondents[0].role).toBe('leadership');
    expect(Object.keys(one.imperatives[0].byRole)).toEqual([]);
  });

  it('bad values are usage errors (exit 2)', async () => {
    for (const args of [['--min-group', '0'], ['--min-group', 'x'], ['--focus', '0'], ['--focus', '21'], ['--focus', '2.5']]) {
      const result = await runCli(['report', 'examples/acme/', ...args]);
      expect(result.exitCode, args.join(' ')).toBe(2);
    }
  });

  it('--focus sets how many priorities page one and the JSON list', async () => {
    const data = JSON.parse((await runCli(['report', 'examples/acme/', '--format', 'json', '--focus', '3'])).stdout);
    expect(data.priorities).toHaveLength(3);
    const md = (await runCli(['report', 'examples/acme/', '--focus', '3'])).stdout;
    expect(md).toContain('### Three priorities, by when they are due');
  });
});

/** Every text of a deck (slides and charts: series names, categories, values), tags dropped. */
async function deckText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  // Slides, charts and speaker notes: what is said to the room and what the presenter reads.
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides\/slide|charts\/chart|notesSlides\/notesSlide)\d+\.xml$/.test(n));
  const texts = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return texts.map((x) => x.replace(/<[^>]+>/g, ' ')).join('\n');
}

/** HTML as the reader sees it: tags dropped, entities for quotes undone. */
const htmlText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'");

describe('the minimum group cannot be undone by subtraction', () => {
  // 3 leadership, 3 sales managers and 1 salesperson: overall × 7 − leadership × 3 − managers × 3
  // would be the lone salesperson's score (review of issues 10-11, finding 1). Every format.
  const folder = join(work, 'seven');
  mkdirSync(folder);
  const files = ['leadership', 'leadership-2', 'leadership-3', 'sales-manager', 'sales-manager-2', 'sales-manager-3', 'salesperson'];
  for (const name of files) copyAsClaims(name, folder);
  // A role's group name followed by a number: a by-role score or a per-role mean ("leadership 1.7").
  // (Not the imperative "Excellent sales managers", "Sales managers" in charts, whose score follows its title,
  // nor the plan's owner "first-line sales managers", whose load line counts actions: "… 1 at 30 days".)
  const BY_ROLE_VALUE = /(?<!Excellent |[Ff]irst-line )\b(leadership|sales managers?|salespeople|salesperson):? \d/;

  it('JSON: no by-role score, no perception gap: no role of 3 is safe alone, and a pool of all three roles would be everyone', async () => {
    const data = JSON.parse(await outputOf(['report', folder, '--format', 'json', '--out', 'seven.json'], 'seven.json').then((t) => t.slice(t.indexOf('{'))));
    expect(data.confidentiality.foldedRoles).toEqual(['leadership', 'sales manager', 'salesperson']);
    for (const imperative of data.imperatives) expect(imperative.byRole).toEqual({});
    expect(data.perceptionGaps).toEqual([]);
    expect(data.respondents.map((r: { role: string | null }) => r.role)).toEqual([null, null, null, null, null, null, null]);
    // With --min-group 2 (a role of 3 is safe alone), the lone salesperson is pooled with the
    // managers (the smallest role shown alone, the later on a tie), never shown beside them.
    const two = JSON.parse((await runCli(['report', folder, '--format', 'json', '--min-group', '2'])).stdout);
    expect(Object.keys(two.imperatives[0].byRole)).toEqual(['leadership', 'sales manager or salesperson']);
    // With --min-group 1 the breakdown is back, so the check above is not vacuous.
    const all = JSON.parse((await runCli(['report', folder, '--format', 'json', '--min-group', '1'])).stdout);
    expect(Object.keys(all.imperatives[0].byRole)).toEqual(['leadership', 'sales manager', 'salesperson']);
  });

  it('Markdown: no by-role line or per-role value, and the method says why', async () => {
    const md = (await runCli(['report', folder])).stdout;
    expect(md).not.toMatch(BY_ROLE_VALUE);
    expect(md).not.toContain('By role');
    expect(md).not.toContain('## Perception gaps');
    expect(md).toContain('7 (7 in roles too small to show)');
    expect(md).toContain('Leadership, sales managers and salespeople are not shown on their own: a role is shown on its own only where, any one of its people set aside, at least 3 others remain');
    // With --min-group 1 the by-role table is back, so the checks above are not vacuous; a role's
    // figure on one question is never printed, at any minimum group (fifth VP reading: a mean beside
    // the range of answers can give a whole role's answers away).
    const all = (await runCli(['report', folder, '--min-group', '1'])).stdout;
    expect(all).toContain('## Scores by role');
    expect(all).not.toMatch(BY_ROLE_VALUE);
  });

  it('HTML: no by-role chart, table or value', async () => {
    const html = await outputOf(['report', folder, '--format', 'html', '--out', 'seven.html'], 'seven.html');
    const text = htmlText(html);
    expect(text).not.toMatch(BY_ROLE_VALUE);
    expect(text).not.toContain('By role');
    expect(text).not.toContain('Score by role');
    expect(html).not.toContain('role-fill-');
    expect(text).toContain('Leadership, sales managers and salespeople are not shown on their own');
  });

  it('deck: no by-role chart or score; its notes say which roles are folded in, and point to the written method for the rule', async () => {
    await outputOf(['report', folder, '--format', 'pptx', '--out', 'seven.pptx']);
    const text = await deckText(join(work, 'seven.pptx'));
    expect(text).toContain('Leadership, sales managers and salespeople are not shown on their own');
    // Re-pinned (VP review 17, item 60): no method slide; the rule is the written report's method's.
    expect(text).toMatch(/the written report(?:'|&apos;)s method gives the rule/);
    expect(text).not.toMatch(/Confidentiality: no respondent is named/);
    expect(text).not.toMatch(BY_ROLE_VALUE);
    expect(text).not.toContain('By role');
    expect(text).not.toContain('Perception gaps by role');
    await outputOf(['report', folder, '--format', 'pptx', '--min-group', '1', '--out', 'seven-all.pptx']);
    expect(await deckText(join(work, 'seven-all.pptx'))).toMatch(BY_ROLE_VALUE);
  });
});

describe('the minimum group applies to who scored each figure (issue 21: the subtraction attack)', () => {
  const LEADERS_AND_MANAGERS_ONLY = ['right-managers', 'time-for-people', 'protection-from-admin'];
  // 3 leaders, 3 managers, 3 salespeople and 1 "other", pooled: on the sales-managers imperative one
  // person of the pooled group was its only scorer, and 7 × overall − 3 × leadership − 3 × managers
  // was their score; their notes were the only ones "a respondent". Re-pinned after rubric review 14
  // (R1): "other" is asked no sales-managers question now, so the lone scorer is one salesperson
  // (the other two and the other person skipped the imperative); the attack and the rule are the same.
  const folder = join(work, 'attack');
  mkdirSync(folder);
  const example = (name: string) => parse(readFileSync(join(REPO_ROOT, 'examples/acme', `${name}.yaml`), 'utf8').replace(/^\s+evidence: (document|observed|data)\n/gm, ''));
  for (const name of ['leadership', 'leadership-2', 'leadership-3', 'sales-manager', 'sales-manager-2', 'sales-manager-3']) {
    copyAsClaims(name, folder);
  }
  for (const name of ['salesperson', 'salesperson-2']) {
    const data = example(name);
    delete data.answers['sales-managers'];
    writeFileSync(join(folder, `${name}.yaml`), stringify(data));
  }
  const lone = example('salesperson-3');
  for (const id of Object.keys(lone.answers['sales-managers'])) lone.answers['sales-managers'][id] = { score: 4, note: `Other person on ${id}` };
  writeFileSync(join(folder, 'salesperson-3.yaml'), stringify(lone));
  const other = example('salesperson-4');
  other.respondent.role = 'other';
  delete other.answers['sales-managers'];
  writeFileSync(join(folder, 'other.yaml'), stringify(other));

  // Minimum group 2, so that a role of 3 is safe alone (at 3 the insider rule folds every role of this team).
  it('JSON: no by-role score or gap for that imperative, and the other person\'s notes are never the only ones without a role', async () => {
    const data = JSON.parse((await runCli(['report', folder, '--format', 'json', '--min-group', '2'])).stdout);
    // The other person is pooled with the salespeople, who skipped the managers imperative.
    expect(data.confidentiality.pooledRoles).toEqual(['salesperson', 'other']);
    const managers = data.imperatives.find((i: { id: string }) => i.id === 'sales-managers');
    expect(managers.byRole).toEqual({});
    expect(data.perceptionGaps.map((g: { imperative: string }) => g.imperative)).not.toContain('sales-managers');
    // The imperatives everyone scored keep their breakdown: the rule is per figure.
    expect(Object.keys(data.imperatives[0].byRole)).toEqual(['leadership', 'sales manager', 'salesperson or other']);
    // Three of its questions are asked of leadership and managers only (roles:): the other person
    // never scored them, so three managers beside three leaders keep their role there.
    const notes = managers.questions
      .filter((q: { id: string }) => !LEADERS_AND_MANAGERS_ONLY.includes(q.id))
      .flatMap((q: { notes: { role: string | null; note: string }[] }) => q.notes);
    const anonymous = notes.filter((n: { role: string | null }) => n.role === null);
    expect(anonymous.filter((n: { note: string }) => !n.note.startsWith('Other person')).length).toBeGreaterThan(0);
    expect(notes.filter((n: { role: string | null }) => n.role === 'sales manager')).toEqual([]);
  });

  it('Markdown: the imperative says its by-role scores are not shown, no gap row, no per-role value, and the method states the rule', async () => {
    const md = (await runCli(['report', folder, '--min-group', '2'])).stdout;
    const section = md.slice(md.indexOf('## 4. Excellent sales managers'), md.indexOf('## ', md.indexOf('## 4. Excellent sales managers') + 5));
    // The by-role table is the one place by-role scores are stated (issue 20: the gap once).
    // No row of "not shown" in every column: the table's intro names the imperative once (twelfth VP reading, class 6).
    // Re-pinned (fx4-17): wave two dropped the imperatives' numbers from the by-role table's rows ("| Prospecting plan |").
    expect(md).not.toMatch(/\| (?:4\. )?Sales managers \|/);
    expect(md).toContain('No scores by role for sales managers: too few of a group answered one of its questions to show them without pointing at someone');
    // The questions asked of leadership and managers only (roles:, issue 19) were answered by 3 and 3: their notes may name the role.
    // Re-pinned after rubric review 17 (edit 10): right-managers is titled "Managers as their reps rate them".
    const askedOfAll = section.split('\n').filter((line) => !/[Tt]he right managers|Right managers|Managers as their reps rate them|Managers' own selling|Protection from admin/.test(line)).join('\n');
    expect(askedOfAll).not.toMatch(/\((sales manager|salesperson|other|salesperson or other)\)/);
    expect(md).not.toMatch(/\| Excellent sales managers \| leadership/);
    expect(md).toContain('The same rule applies again to the people behind each figure');
    expect(md).toMatch(/\| Prospecting plan \| \d+ \| \d+ \| \d+ \|/);
  });

  it('HTML: the score-by-role table has no row for that imperative, and its caption says why', async () => {
    const html = await outputOf(['report', folder, '--format', 'html', '--min-group', '2', '--out', 'attack.html'], 'attack.html');
    expect(htmlText(html)).not.toMatch(/4\. Sales managers\s+not shown/);
    expect(htmlText(html)).toContain('No scores by role for sales managers');
    expect(htmlText(html)).toContain('The same rule applies again to the people behind each figure');
  });
});
