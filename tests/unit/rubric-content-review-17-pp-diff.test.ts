// Prospecting-plan and differentiation after rubric review 17 (`/work/notes/rubric-review-17.md`,
// minimum edits 2, 3, 4, 5, 8, 9, 13 (PP/Diff) and 15). Each class is checked over every question,
// role and level of the two rubrics, so a new wording or step that brings it back fails here.
import { describe, expect, it } from 'vitest';
import type { Wording } from '../../src/core/rubric/schema.js';
import { defaultSet } from '../helpers/report-fixtures.js';

const set = defaultSet();
const rubric = (id: string) => set.imperatives.find((i) => i.id === id)!;
const mine = [...rubric('prospecting-plan').questions, ...rubric('differentiation').questions];
const question = (id: string) => mine.find((q) => q.id === id)!;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wordings = (w: Wording | undefined): [string, string][] => (w === undefined ? [] : typeof w === 'string' ? [['default', w]] : Object.entries(w));
const sentences = (text: string) => flat(text).split(/(?<=[.;?])\s+/);

describe('n/a never hides a missing foundation (edit 2, class B)', () => {
  // What a company or manager provides, whose absence is the finding: a named list, a nurture list
  // or contact kept, a one-to-one. n/a stays for a true missing sample (no new-business target, new
  // in post, too few new targets or decided deals).
  const foundation = /\b(no|without)( named)?( target)? (list|one-to-one|such contact|contact on the list|nurture list)\b/;

  it('no prompt or help of a question that takes n/a offers it for a missing foundation', () => {
    let read = 0;
    for (const q of mine.filter((x) => x.na)) {
      for (const [role, text] of [...wordings(q.prompt), ...wordings(q.help)]) {
        for (const s of sentences(text).filter((x) => /not applicable/.test(x))) {
          read++;
          expect(s, `${q.id} (${role})`).not.toMatch(foundation);
        }
      }
    }
    expect(read).toBeGreaterThan(10);
  });

  it('level 0 of each question whose foundation can be missing names it, in every role', () => {
    const missing: Record<string, RegExp> = {
      'real-targets': /no (named )?list/,
      'relationship-tools': /no (nurture )?list kept|keep no (nurture )?list/,
      'prospecting-review': /no one-to-one/,
    };
    for (const [id, re] of Object.entries(missing)) {
      const zero = question(id).levels.find((l) => l.score === 0)!;
      for (const [role, t] of wordings(zero.description)) expect(flat(t), `${id} (${role})`).toMatch(re);
    }
  });
});

const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, r] as const))));
const myActions = mine.flatMap((q) => q.recommendations);
const mineIds = new Set(myActions.map((a) => a.id));
const questionOf = new Map(mine.flatMap((q) => q.recommendations.map((r) => [r.id, q.id] as const)));
const span = (at: number | number[] | undefined) => (at === undefined ? undefined : Array.isArray(at) ? Array.from({ length: at[1]! - at[0]! + 1 }, (_, i) => at[0]! + i) : [at]);

describe('one axis per ladder, or two parts declared (edits 8, 9, class C and D)', () => {
  it('prospecting-time reads use of the time set only: every level of every role is a share of it, with its floor, and none a company setting', () => {
    const q = question('prospecting-time');
    expect(flat(q.measures!)).toMatch(/^How much of the weekly prospecting time set for their role \(three hours where none or less is set\)/);
    for (const l of q.levels) {
      for (const [role, t] of wordings(l.description)) {
        expect(flat(t), `${l.score} (${role})`).toMatch(/logged prospecting hours/);
        expect(flat(t), `${l.score} (${role})`).toMatch(/three hours (at least|where none or less is set)/);
        expect(flat(t), `${l.score} (${role})`).not.toMatch(/sets no|no weekly prospecting time|is set for my/i);
      }
    }
    // The salesperson's bands partition: each names its lower and upper share.
    const rep = (score: number) => flat(Object.fromEntries(wordings(q.levels.find((l) => l.score === score)!.description))['salesperson']!);
    expect(rep(0)).toMatch(/for under a quarter of/);
    expect(rep(1)).toMatch(/for a quarter, under half, of/);
    expect(rep(2)).toMatch(/at least half, under three quarters, of/);
  });

  it('plan-provided declares its two parts in what the report reads: the measure and the title', () => {
    const q = question('plan-provided');
    expect(flat(q.measures!)).toMatch(/^Declared two parts, provision then use: .*\(levels 0 to 2.*\(levels 3 and 4\)/);
    expect(q.title).toMatch(/and its use/);
  });

  it('real-targets does not read the list size at its top: the size is plan-provided\'s', () => {
    const top = question('real-targets').levels.at(-1)!;
    for (const [role, t] of wordings(top.description)) expect(flat(t), role).not.toMatch(/at least (the|my) role's set size/);
  });

  it('relationship-tools counts months only: no level of any role carries the stop-request cap', () => {
    for (const l of question('relationship-tools').levels) {
      expect(l.label).not.toMatch(/stop/);
      for (const [role, t] of wordings(l.description)) expect(flat(t), `${l.score} (${role})`).not.toMatch(/asking (me )?to stop/);
    }
  });
});

describe('the gate: client interviews before the differences reach reps (edit 4, class I)', () => {
  it('the card and the battlecards wait for the interviews, and so does everything that tells reps which differences to use', () => {
    for (const id of ['hand-out-differences-card', 'write-battlecards']) expect(actions.get(id)!.requires, id).toContain('interview-clients-on-choice');
    // No step drills or prints differences from the card before it exists: nothing at 30 or 60 days waits for it.
    for (const [id, a] of actions) if ((a.requires ?? []).includes('hand-out-differences-card')) expect(a.horizon, id).toBe(90);
    // No "say it within the month" test of leadership's list before the evidence.
    expect(flat(actions.get('hand-out-differences-card')!.action)).not.toMatch(/have leadership name|within the month/i);
  });
});

describe('a step can run in order inside the plan (edit 13, same-horizon chains)', () => {
  // A prerequisite fires with a step when it is a build, or of another question, or of the same
  // question at one of the step's levels; a fired prerequisite is planned a horizon earlier (a
  // build may share the horizon). Prerequisites of the other rubrics (the one-to-ones, the team
  // meeting at 60 days) are left out: their timing is their rubric's, and a chain through them is
  // said in the report of this change (the team meeting at 60 puts the practice slot at 90).
  const together = (id: string, req: string) => {
    const r = actions.get(req)!;
    if (!mineIds.has(req)) return false;
    if (r.build || questionOf.get(id) !== questionOf.get(req)) return true;
    const x = span(actions.get(id)!.at), y = span(r.at);
    return x === undefined || y === undefined || x.some((v) => y.includes(v));
  };
  const planned = (id: string, seen = new Set<string>()): number => {
    const a = actions.get(id)!;
    if (seen.has(id)) return a.horizon;
    seen.add(id);
    return Math.max(a.horizon, ...(a.requires ?? []).filter((r) => together(id, r)).map((r) => planned(r, seen) + (actions.get(r)!.build ? 0 : 30)));
  };
  it('no PP or Diff step waits for a chain that ends after day 90', () => {
    for (const a of myActions) expect(planned(a.id), a.id).toBeLessThanOrEqual(90);
  });
});

describe('counts that partition for small cases (edit 5, class H)', () => {
  // The level a count of n (competitors or differences) reaches, read from the rung's own words, so a
  // rung that reads "two or more" again, or a branch off the axis, fails here.
  const rungs = (id: string) => question(id).levels.map((l) => flat(typeof l.description === 'string' ? l.description : l.description['default']!));
  const reaches = (rung: string, hit: number, n: number): boolean => {
    if (/\b(each|every) of\b/.test(rung)) return hit === n;
    if (/more than half of/.test(rung)) return hit > n / 2;
    if (/half or more of/.test(rung)) return hit >= n / 2;
    if (/two or more (of|differences)/.test(rung)) return hit >= 2;
    if (/(one or more|at least one) of/.test(rung)) return hit >= 1;
    return true;
  };
  it('versus-competitors and client-examples: for one to five, each count has one level and no two counts below all share it', () => {
    for (const [id, from] of [['versus-competitors', 1], ['client-examples', 2]] as const) {
      const levels = rungs(id);
      for (const n of [1, 2, 3, 4, 5]) {
        const levelOf = (hit: number) => levels.reduce((top, rung, score) => (score >= from && reaches(rung, hit, n) ? score : top), from - 1);
        // Every rung from `from` names a share or "each", never a fixed count that equals "each" when n is small.
        for (const rung of levels.slice(from)) expect(rung, `${id}`).not.toMatch(/two or more (of|differences)|one of two/);
        // Some but not all sits below all, for any n of two or more.
        if (n >= 2) expect(levelOf(n - 1), `${id}, ${n - 1} of ${n}`).toBeLessThan(levelOf(n));
        expect(levelOf(n), `${id}, all ${n}`).toBeGreaterThan(levelOf(0));
      }
    }
  });
});
