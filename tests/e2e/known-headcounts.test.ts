// No group under the minimum recoverable from what the report shows, for a reader who knows how
// many people each role has (VP reading 15, items 17 and 23-24: "4 managers" checked beside "6 in
// leadership and sales managers together" read as 2 leaders, and then Q4.3's "1.5 (0 to 3), 6
// answers" as their figures). The client knows its own headcounts, so the reader here does too: on
// teams of 2 leaders, 4 managers and 4 reps, and 1, 3 and 6 (and acme's 3, 3 and 4), every format's
// text is read as an attacker would, and
//   - every figure on one question rests on enough people, and says whose answers it is, by role;
//   - every range printed leaves the answers open: three or more sets of answers fit its mean, count
//     and range, and in none is one answer certainly given by as many people as the smallest role;
//   - no role shown only with others, or folded in, is given a count or a figure of its own.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDeck } from '../helpers/deck.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

vi.setConfig({ testTimeout: 120_000 });

const MIN_GROUP = 3;
const ACME = join(REPO_ROOT, 'examples/acme');
const GROUP_NAMES: Record<string, string> = { leadership: 'leadership', 'sales manager': 'sales managers', salesperson: 'salespeople' };

/** A team made of acme's files, some of them given another role (and another name, never printed). */
interface Team {
  name: string;
  sizes: Record<string, number>;
  /** File in acme → the role it answers as here. */
  files: Record<string, string>;
}
const ACME_ROLES: Record<string, string> = {
  'leadership.yaml': 'leadership',
  'leadership-2.yaml': 'leadership',
  'leadership-3.yaml': 'leadership',
  'sales-manager.yaml': 'sales manager',
  'sales-manager-2.yaml': 'sales manager',
  'sales-manager-3.yaml': 'sales manager',
  'salesperson.yaml': 'salesperson',
  'salesperson-2.yaml': 'salesperson',
  'salesperson-3.yaml': 'salesperson',
  'salesperson-4.yaml': 'salesperson',
};
const TEAMS: Team[] = [
  { name: 'acme 3/3/4', sizes: { leadership: 3, 'sales manager': 3, salesperson: 4 }, files: ACME_ROLES },
  { name: '2 leaders, 4 managers, 4 reps', sizes: { leadership: 2, 'sales manager': 4, salesperson: 4 }, files: { ...ACME_ROLES, 'leadership-3.yaml': 'sales manager' } },
  { name: '1 leader, 3 managers, 6 reps', sizes: { leadership: 1, 'sales manager': 3, salesperson: 6 }, files: { ...ACME_ROLES, 'leadership-2.yaml': 'salesperson', 'leadership-3.yaml': 'salesperson' } },
];

interface RubricQuestion {
  id: string;
  roles?: string[];
  levels: { score: number }[];
}
let work: string;
let questions: Map<string, RubricQuestion>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'known-headcounts-'));
  const rubrics = await runCli(['rubrics', '--json']);
  expect(rubrics.exitCode, rubrics.stderr).toBe(0);
  const set = JSON.parse(rubrics.stdout) as { imperatives: { questions: RubricQuestion[] }[] };
  // Q<imperative>.<question>, as the report numbers them.
  questions = new Map(set.imperatives.flatMap((imperative, i) => imperative.questions.map((q, j) => [`Q${i + 1}.${j + 1}`, q] as const)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function teamFolder(team: Team): string {
  const dir = join(work, team.name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  cpSync(join(ACME, 'auditor.yaml'), join(dir, 'auditor.yaml'));
  Object.entries(team.files).forEach(([file, role], i) => {
    const text = readFileSync(join(ACME, file), 'utf8');
    writeFileSync(join(dir, file), text.replace(/^( {2}role: ).*$/m, `$1${role}`).replace(/^( {2}name: ).*$/m, `$1Person ${i}`));
  });
  return dir;
}

/** What one question's row prints, read back from its "what people said" cell. */
interface Row {
  ref: string;
  cell: string;
}

/** Every multiset of `n` answers on the question's levels that fits a printed mean (one decimal) and range. */
function fittingSets(levels: readonly number[], n: number, mean: number, lo: number, hi: number): number[][] {
  const sets: number[][] = [];
  const counts = levels.map(() => 0);
  const walk = (level: number, left: number, sum: number) => {
    if (level === levels.length - 1) {
      counts[level] = left;
      const total = sum + left * levels[level]!;
      const used = levels.filter((_, i) => counts[i]! > 0);
      if (Math.abs(total / n - mean) < 0.05 + 1e-9 && Math.min(...used) === lo && Math.max(...used) === hi) sets.push([...counts]);
      return;
    }
    for (let k = 0; k <= left; k++) {
      counts[level] = k;
      walk(level + 1, left - k, sum + k * levels[level]!);
    }
  };
  walk(0, n, 0);
  return sets;
}

/** The checks every format's rows must pass: a figure on one question rests on enough people, says whose, and leaves the answers open. */
function checkRows(team: Team, rows: readonly Row[], format: string): void {
  const present = Object.keys(team.sizes);
  const smallestRole = Math.max(2, Math.min(...Object.values(team.sizes)));
  expect(rows.length, `${format}: question rows found`).toBeGreaterThan(30);
  for (const { ref, cell } of rows) {
    const where = `${team.name}, ${format}, ${ref}: "${cell}"`;
    const question = questions.get(ref)!;
    const m = /^(\d+(?:\.\d)?)(?: \((\d+) to (\d+)\))?†?, (\d+) answers?(?:: (.+))?$/.exec(cell);
    if (m === null) {
      expect(cell, where).toMatch(/^(too few to show|n\/a|not answered|–)$/);
      continue;
    }
    const [, mean, lo, hi, count, only] = m;
    const n = Number(count);
    // Enough people behind the figure, a member of them included, who sets their own answer aside.
    expect(n - 1, where).toBeGreaterThanOrEqual(MIN_GROUP);
    // Whose: the roles asked, where some of the team's roles are not.
    const asked = present.filter((role) => question.roles === undefined || question.roles.includes(role));
    if (asked.length < present.length) expect(only?.split(', '), where).toEqual(asked.map((r) => GROUP_NAMES[r]));
    else expect(only, where).toBeUndefined();
    if (lo === undefined) continue;
    const sets = fittingSets(
      question.levels.map((l) => l.score),
      n,
      Number(mean),
      Number(lo),
      Number(hi),
    );
    expect(sets.length, `${where}: sets of answers that fit`).toBeGreaterThanOrEqual(3);
    question.levels.forEach((_, level) => {
      const surely = Math.min(...sets.map((s) => s[level]!));
      expect(surely, `${where}: level ${level} given by ${surely} in every set, the smallest role has ${smallestRole}`).toBeLessThan(smallestRole);
    });
  }
}

/** No role shown only with others, or folded in, gets a count or figure of its own: "3 leadership", "Sales managers (3)". */
function checkHiddenRoles(team: Team, text: string, shownAlone: readonly string[], format: string): void {
  const pools = [...text.matchAll(/\b(leadership|sales managers|salespeople) and (leadership|sales managers|salespeople)\b/gi)].map((m) => m[0]);
  let rest = text;
  for (const pool of new Set(pools)) rest = rest.split(pool).join(' ');
  for (const role of Object.keys(team.sizes)) {
    if (shownAlone.includes(role)) continue;
    const name = GROUP_NAMES[role]!;
    expect(rest, `${team.name}, ${format}: a count of ${name}`).not.toMatch(new RegExp(`\\b\\d+ ${name}\\b|\\b${name} \\(\\d+\\)`, 'i'));
  }
}

describe.each(TEAMS)('a reader who knows every role\'s headcount: $name', (team) => {
  let dir: string;
  let shownAlone: string[];
  const report = async (format: string) => {
    const out = join(work, `${team.name.replace(/\W+/g, '-')}.${format}`);
    const result = await runCli(['report', dir, '--format', format, '--out', out, '--force']);
    expect(result.exitCode, result.stderr).toBe(0);
    return out;
  };

  beforeAll(async () => {
    dir = teamFolder(team);
    const json = JSON.parse(readFileSync(await report('json'), 'utf8')) as { confidentiality: { pooledRoles: string[]; foldedRoles: string[] } };
    shownAlone = Object.keys(team.sizes).filter((r) => !json.confidentiality.pooledRoles.includes(r) && !json.confidentiality.foldedRoles.includes(r));
  });

  it('Markdown: each question\'s figures rest on enough people, say whose, and leave the answers open', async () => {
    const md = readFileSync(await report('md'), 'utf8');
    const rows = [...md.matchAll(/^\| (Q\d\.\d) [^|]*\| [^|]*\| [^|]*\| ([^|]*) \| [^|]*\|$/gm)].map((m) => ({ ref: m[1]!, cell: m[2]! }));
    checkRows(team, rows, 'md');
    checkHiddenRoles(team, md, shownAlone, 'md');
  });

  it('HTML: the same, from its table cells', async () => {
    const html = readFileSync(await report('html'), 'utf8');
    const text = (s: string) => s.replace(/<br>/g, ', ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").trim();
    const rows = [...html.matchAll(/<tr><td><span class="ref">(Q\d\.\d)<\/span>.*?<\/td><td>.*?<\/td><td class="num">.*?<\/td><td class="num[^"]*">(.*?)<\/td>/g)].map((m) => ({ ref: m[1]!, cell: text(m[2]!) }));
    checkRows(team, rows, 'html');
    checkHiddenRoles(team, text(html), shownAlone, 'html');
  });

  it('JSON: a role is shown on its own, pooled or folded in; a figure per role only for the groups shown', async () => {
    const json = JSON.parse(readFileSync(await report('json'), 'utf8')) as { imperatives: { byRole: Record<string, unknown>; questions: { score: number | null; respondents: number; figuresHeldBack: string | null }[] }[] };
    for (const imperative of json.imperatives) {
      for (const key of Object.keys(imperative.byRole)) for (const role of key.split(' or ')) expect(shownAlone.includes(role) || key.includes(' or '), `${team.name}: byRole ${key}`).toBe(true);
      for (const q of imperative.questions) if (q.score !== null && q.figuresHeldBack === null) expect(q.respondents - 1).toBeGreaterThanOrEqual(MIN_GROUP);
    }
  });

  it('deck: no count or figure of a role not shown on its own, in slides or notes', async () => {
    const deck = await readDeck(await report('pptx'));
    checkHiddenRoles(team, deck.slides.map((s) => [...s.paragraphs, s.notes ?? ''].join('\n')).join('\n'), shownAlone, 'pptx');
  });
});
