// A small team whose every imperative's scores by role are withheld: the report says so in one
// sentence, in every format, instead of a "Scores by role" table with a header and no rows.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeck } from '../helpers/deck.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const SENTENCE = 'No scores by role: for every imperative, too few of a group answered one of its questions';

describe('scores by role withheld for every imperative', () => {
  let dir: string;
  let team: string;
  const report = async (format: string) => {
    const out = join(dir, `report.${format}`);
    const result = await runCli(['report', team, '--format', format, '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    return out;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'by-role-withheld-'));
    team = join(dir, 'team');
    cpSync(join(REPO_ROOT, 'examples/acme'), team, { recursive: true });
    // Acme's leadership and managers (6, shown together) and four salespeople, one of whom answered
    // a single question: three salespeople answered each imperative, too few to show the group's score.
    const file = join(team, 'salesperson-4.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.slice(0, text.indexOf('answers:'))}answers:\n  prospecting-plan:\n    plan-provided: 0\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Markdown: the sentence under the heading, no table', async () => {
    const md = readFileSync(await report('md'), 'utf8');
    const section = md.slice(md.indexOf('## Scores by role'), md.indexOf('\n## ', md.indexOf('## Scores by role') + 5));
    expect(section).toContain(SENTENCE);
    expect(section).not.toContain('| Imperative |');
  });

  it('HTML: the sentence, no table and no role chart; the scores at a glance instead', async () => {
    const html = readFileSync(await report('html'), 'utf8');
    const section = html.slice(html.indexOf('<section id="scores-by-role">'), html.indexOf('</section>', html.indexOf('<section id="scores-by-role">')));
    expect(section).toContain(SENTENCE);
    expect(section).not.toContain('<table');
    expect(section).not.toContain('<svg');
    expect(html).toContain('id="scores-at-a-glance"');
  });

  it('deck: no role-gap slide; the scores slide\'s notes say why', async () => {
    const deck = await readDeck(await report('pptx'));
    expect(deck.slides.some((s) => s.notes.includes(SENTENCE))).toBe(true);
  });
});
