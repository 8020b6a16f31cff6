// Prospecting-plan and differentiation after rubric review 15 (`/work/notes/rubric-review-15.md`,
// minimum edits 4, 6, 12 and 13 for these two rubrics). Each class is checked over every question,
// role and level it can occur in, so a new wording or step that brings the class back fails here.
// Each test failed on int16 at 1e8fe7be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Wording } from '../../src/core/rubric/schema.js';
import { defaultSet } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const rubric = (id: string) => set.imperatives.find((i) => i.id === id)!;
const mine = [...rubric('prospecting-plan').questions, ...rubric('differentiation').questions];
const question = (id: string) => mine.find((q) => q.id === id)!;
const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, r] as const))));
const action = (id: string) => actions.get(id)!;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wordings = (w: Wording): [string, string][] => (typeof w === 'string' ? [['default', w]] : Object.entries(w));
const level = (id: string, score: number) => Object.fromEntries(wordings(question(id).levels.find((l) => l.score === score)!.description).map(([r, t]) => [r, flat(t)]));
const span = (at: number | number[] | undefined) => (at === undefined ? [] : Array.isArray(at) ? Array.from({ length: at[1]! - at[0]! + 1 }, (_, i) => at[0]! + i) : [at]);

describe('differentiation content stays internal until client evidence backs it (edit 6, class K)', () => {
  it('the provisional card is for practice: no instruction to name its differences to clients, marked internal', () => {
    const card = flat(action('hand-out-differences-card').action);
    expect(card).not.toMatch(/first meeting|with (each|every) (client|prospect)|in (each|every) (deal|proposal)/);
    expect(card).toMatch(/internal: for practice, not for use with clients/);
    // The reissue is what releases it to clients.
    expect(flat(action('reissue-card-from-interviews').action)).toMatch(/release it for use with clients/);
  });

  it('the battlecards say no "for whom" before the client interviews, and reps use them in deals only after the reissue', () => {
    expect(flat(action('write-battlecards').action)).not.toMatch(/for whom/);
    expect(flat(action('write-battlecards').action)).toMatch(/for practice only until the card is reissued/);
    // Every step that adds or drills "for whom", or takes the battlecards into deals, waits for the client evidence.
    const evidence = ['interview-clients-on-choice', 'reissue-card-from-interviews'];
    for (const [id, a] of actions) {
      const text = flat(a.action);
      const forWhom = /battlecard/.test(text) && /for whom|kind of client/.test(text);
      const inDeals = /battlecard/.test(text) && /in each deal|before its first meeting/.test(text);
      if (!forWhom && !inDeals) continue;
      const waits = (a.requires ?? []).some((r) => evidence.includes(r)) || (a.requires ?? []).some((r) => (actions.get(r)?.requires ?? []).some((rr) => evidence.includes(rr)));
      expect(waits, id).toBe(true);
    }
    expect(action('read-battlecard-before-meetings').requires).toContain('reissue-card-from-interviews');
  });

  it('no priority in the sample readout names a day its row does not: the row holds the horizon', () => {
    const readout = parse(readFileSync(join(REPO_ROOT, 'examples/readout.yaml'), 'utf8')) as { priorities: { action: string; why?: string }[] };
    for (const p of readout.priorities) expect(p.why ?? '', p.action).not.toMatch(/\bby day \d+|\bwithin \d+ days\b/);
    for (const q of mine) for (const a of q.recommendations) expect(flat(a.action), a.id).not.toMatch(/\bby day 15\b/);
  });
});

describe('each level is worded within the reach of the role that reads it (edit 12, class B)', () => {
  it('real-targets: a rep places themselves on the accounts on their list; the ten drawn at random are the auditor\'s', () => {
    for (const l of question('real-targets').levels) {
      const rep = level('real-targets', l.score)['salesperson']!;
      expect(rep, `level ${l.score}`).toMatch(/of the accounts on my named list/);
      expect(rep, `level ${l.score}`).not.toMatch(/drawn at random/);
    }
  });

  it('prospecting-review: a rep reads a plan change where they can see it, never in the manager\'s notes', () => {
    for (const l of question('prospecting-review').levels) {
      const rep = level('prospecting-review', l.score)['salesperson']!;
      expect(rep, `level ${l.score}`).not.toMatch(/\bin (its|the) notes\b/);
      if (l.score >= 2) expect(rep, `level ${l.score}`).toMatch(/where I can see it/);
    }
  });

  it('differentiation-language asks the guide first, then its use, in every role\'s prompt', () => {
    const prompts = wordings(question('differentiation-language').prompt);
    expect(prompts.length).toBe(3);
    for (const [role, t] of prompts) expect(flat(t), role).toMatch(/: first the guide .* then how many of its differences/);
  });
});

describe('level 0 of a "most" ladder is its complement, so a mixed team fits a level text (edit 13, class D)', () => {
  // prospecting-time's level 0 is the company's setting (a provision ladder), not a share of reps.
  const provision = new Set(['prospecting-time']);
  it('where level 1 is what most reps do, level 0 says half or fewer of them do it, and never "most"', () => {
    let checked = 0;
    for (const q of mine) {
      if (provision.has(q.id)) continue;
      const one = level(q.id, 1);
      const zero = level(q.id, 0);
      for (const role of ['default', 'sales manager']) {
        if (!one[role] || !/\bmost (reps|of my reps)\b/i.test(one[role]!)) continue;
        checked++;
        expect(zero[role], `${q.id} (${role})`).toMatch(/\bhalf or fewer of (the|my) reps\b/i);
        expect(zero[role], `${q.id} (${role})`).not.toMatch(/\bmost (reps|of my reps)\b/i);
      }
    }
    // Six PP and six Diff ladders, leadership's and managers' wording each.
    expect(checked).toBe(24);
  });
});

describe('block-prospecting-time sets the hours at 0 only; the step at 1 is their use (edit 4, class H)', () => {
  it('each level of prospecting-time fires one step, provision at 0 and use at 1', () => {
    const steps = question('prospecting-time').recommendations;
    const at = (score: number) => steps.filter((s) => span(s.at).includes(score)).map((s) => s.id);
    expect(at(0)).toEqual(['block-prospecting-time']);
    expect(at(1)).toEqual(['use-set-prospecting-hours']);
    expect(flat(action('use-set-prospecting-hours').action)).not.toMatch(/^Set the weekly prospecting hours/);
    expect(flat(action('use-set-prospecting-hours').action)).toMatch(/log in the CRM/);
  });
});
