// The default rubrics against the rules in docs/rubric-design.md: what a consultant needs to use
// them with a client unchanged. The schema and set rules (validate) are tested elsewhere; these are
// content rules that validate does not impose on a tailored set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/run-cli.js';

type Wording = string | Record<string, string>;
interface RawRecommendation { id: string; below: number; action: string; horizon: number; owner?: string; effort?: string; requires?: string[] }
interface RawQuestion { id: string; prompt: Wording; help?: Wording; levels: { score: number; description: string }[]; recommendations?: RawRecommendation[] }
interface RawRubric { id: string; questions: RawQuestion[] }

const dir = join(REPO_ROOT, 'rubrics');
const rubrics: RawRubric[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as RawRubric);
const questions = rubrics.flatMap((r) => r.questions.map((q) => ({ rubric: r.id, ...q })));
const actions = new Map(questions.flatMap((q) => (q.recommendations ?? []).map((a) => [a.id, { ...a, question: q.id }] as const)));
const wordings = (w: Wording | undefined): [string, string][] => (w === undefined ? [] : typeof w === 'string' ? [['default', w]] : Object.entries(w));

const OWNERS = [
  'VP Sales',
  'VP Sales with Finance',
  'VP Sales with the HR lead',
  'VP Sales with the marketing lead',
  'First-line sales managers',
  'A first-line manager named by the VP Sales',
  'Marketing lead',
  'Sales operations (or the VP Sales where there is none)',
  'Sales operations (or Finance where there is none)',
];

describe('the default rubrics', () => {
  it('have 5 to 9 questions each', () => {
    for (const r of rubrics) expect(r.questions.length, r.id).toBeGreaterThanOrEqual(5);
    for (const r of rubrics) expect(r.questions.length, r.id).toBeLessThanOrEqual(9);
  });

  it('ask one question at a time, worded for salespeople and managers too', () => {
    for (const q of questions) {
      const prompts = wordings(q.prompt);
      expect(prompts.map(([role]) => role), q.id).toEqual(['default', 'sales manager', 'salesperson']);
      // A question quoted inside the prompt ("What makes you different?") is not a second question.
      for (const [role, text] of prompts) expect(text.replace(/"[^"]*"/g, '').match(/\?/g)?.length, `${q.id} (${role})`).toBe(1);
    }
  });

  it('say in every help, for every role, what evidence to ask for', () => {
    for (const q of questions) {
      const helps = wordings(q.help);
      expect(helps.length, q.id).toBeGreaterThan(0);
      for (const [role, text] of helps) expect(text, `${q.id} (${role})`).toMatch(/Evidence: \S/);
    }
  });

  it('have short levels without bare adjectives', () => {
    for (const q of questions) {
      for (const level of q.levels) {
        const where = `${q.id} level ${level.score}`;
        expect(level.description.split(/\s+/).length, where).toBeLessThanOrEqual(30);
        expect(level.description, where).not.toMatch(/\b(credibl\w*|workable|clear(ly)?|strong|good|effective(ly)?|robust|proper(ly)?|well)\b/i);
      }
    }
  });

  it('reach Established below 3 and Embedded below 4 on every question, the second after the first', () => {
    for (const q of questions) {
      const recs = q.recommendations ?? [];
      const reach3 = recs.find((r) => r.below === 3);
      const reach4 = recs.find((r) => r.below === 4);
      expect(reach3, q.id).toBeDefined();
      expect(reach4, q.id).toBeDefined();
      expect(reach4!.requires ?? [], q.id).toContain(reach3!.id);
      for (const r of recs) expect([2, 3, 4], r.id).toContain(r.below);
    }
  });

  it('give every action an id, an explicit effort, a known owner, and prerequisites that exist and come no later', () => {
    for (const [id, a] of actions) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['low', 'medium', 'high'], id).toContain(a.effort);
      expect(OWNERS, id).toContain(a.owner);
      for (const before of a.requires ?? []) {
        expect(actions.has(before), `${id} requires ${before}`).toBe(true);
        expect(actions.get(before)!.horizon, `${id} requires ${before}`).toBeLessThanOrEqual(a.horizon);
      }
    }
  });

  it('free managers before giving them new routines', () => {
    const newRoutines = ['write-prospecting-plans', 'review-prospecting-in-one-to-ones', 'hear-every-rep-explain', 'drill-the-answer', 'debrief-one-call-a-month', 'introduce-prep-notes', 'write-team-plans', 'adopt-coaching-model', 'write-rep-development-plans'];
    for (const id of newRoutines) expect(actions.get(id)?.requires, id).toContain('fix-one-to-one-slots');
    expect(actions.get('fix-one-to-one-slots')?.requires).toEqual(['cut-demands-on-managers']);
  });

  it('are listed in the coverage table, and the table names no question that does not exist', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs/rubric-design.md'), 'utf8');
    const from = doc.indexOf('## Coverage');
    const next = doc.indexOf('\n## ', from + 1);
    const table = doc.slice(from, next === -1 ? undefined : next);
    const ids = new Set(questions.map((q) => q.id));
    for (const id of ids) expect(table.includes(`\`${id}\``) || table.includes(`/${id}\``), id).toBe(true);
    for (const [, cell] of table.matchAll(/`([a-z0-9/-]+)`/g)) {
      const id = cell!.includes('/') ? cell!.split('/')[1]! : cell!;
      if (id.endsWith('.yaml')) continue;
      expect(ids.has(id), cell).toBe(true);
    }
  });
});
