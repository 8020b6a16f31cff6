// Sales-interactions and sales-managers after the fourteenth fresh rubric review (set 2026.12.13;
// edits 1, 2, 6, 13, 15 and classes D, F, G, H, R): each class is checked over every step, question
// or claim of the two rubrics (the venue rule over all four), or on the plan acme produces, so a
// new step, question or doc sentence that breaks it fails here. Each test failed on the set of
// 2026.12.12 (main 73f25c49).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { CADENCE_STEPS, HEAVY_ON_MANAGERS, LIGHT_ON_MANAGERS } from '../helpers/plan-structure.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const set = defaultSet();
const mine = set.imperatives.filter((i) => i.id === 'sales-interactions' || i.id === 'sales-managers');
const questions = mine.flatMap((i) => i.questions);
const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, { ...r, question: q }] as const))));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const span = (at: number | readonly number[] | undefined) => (at === undefined ? [] : typeof at === 'number' ? [at] : Array.from({ length: at[1]! - at[0]! + 1 }, (_, i) => at[0]! + i));
const doc = readFileSync(join(REPO_ROOT, 'docs/rubric-design.md'), 'utf8');
/** The rules as they stand: the history of changes below them records what was true then. */
const rules = doc.slice(0, doc.indexOf('## Changes from the first version'));
const acme = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const acmeScores = scoreAudit(set, acme);
const fired = new Set(acmeScores.actions.map((a) => a.recommendation.id));

describe('a step runs only in a venue a step sets up (edit 2, class F)', () => {
  const VENUE = /\b(pipeline|deal) reviews?\b/i;

  it('every step of the four rubrics that runs at the pipeline or deal review requires the step that holds it, which no level gates', () => {
    const users = [...actions.values()].filter((a) => a.id !== 'hold-pipeline-review' && VENUE.test(flat(a.action)));
    // Re-pinned after rubric review 17 (edit 11): agree-the-next-decision-step became the review's check of the step.
    expect(users.map((a) => a.id).sort()).toEqual(['ask-each-buyer-what-they-want', 'check-next-decision-step-at-review', 'finance-section-in-proposals', 'reps-qualify-before-review', 'run-reviews-from-a-deal-checklist']);
    for (const a of users) expect(a.requires ?? [], a.id).toContain('hold-pipeline-review');
    // No question reads whether a pipeline review is held, so the step that holds it has no level:
    // it fires wherever a step run in it fires (a `requires` on a step with a level would constrain
    // nothing above that level, as open-tools-from-the-crm linked a kit nothing built).
    const cadence = actions.get('hold-pipeline-review')!;
    expect([cadence.build, cadence.at, cadence.owner]).toEqual([true, undefined, 'first-line-managers']);
    expect(CADENCE_STEPS).toContain('hold-pipeline-review');
  });

  it('on acme, the pipeline review fires with the step run in it, at a level where no deal-qualification step does', () => {
    expect(fired.has('ask-each-buyer-what-they-want')).toBe(true);
    expect(fired.has('run-reviews-from-a-deal-checklist')).toBe(false);
    expect(fired.has('hold-pipeline-review')).toBe(true);
  });
});

describe("managers' time: one rule in both rubrics, the YAML and the doc (class F and class D)", () => {
  // A step a manager owns or spends time on either adds two hours or more a month (it waits for
  // both freeing steps), runs inside a meeting a cadence step books (it requires that step), is a
  // cadence step, or is light (under two hours a month, listed with its reason).
  const LIGHT_HERE: Record<string, string> = {
    'make-the-next-team-decision': 'a decision the manager makes when it arises, no new meeting',
    // Re-pinned after rubric review 17 (edit 12): the team meeting and the pipeline review, routines booked for managers,
    // wait for the freeing steps (HEAVY_ON_MANAGERS); the skills briefing, an hour once, is counted by `spends`.
    'brief-managers-on-skills-model': 'an hour once, counted against the managers\' cap (`spends`)',
  };

  it('every step of sales-interactions and sales-managers that takes managers\' time is heavy and gated, run in a booked meeting, or light by rule', () => {
    for (const q of questions) {
      for (const a of q.recommendations) {
        if (a.owner !== 'first-line-managers' && a.spends !== 'first-line-managers') continue;
        if (a.frees !== undefined || LIGHT_ON_MANAGERS.includes(a.id) || a.id in LIGHT_HERE) continue;
        const requires = a.requires ?? [];
        const gated = requires.includes('free-manager-time') && requires.includes('cut-demands-on-managers');
        const inMeeting = CADENCE_STEPS.some((c) => requires.includes(c));
        expect(gated || inMeeting, `${a.id} takes managers' time with no gate and no meeting it runs in`).toBe(true);
        if (HEAVY_ON_MANAGERS.includes(a.id)) expect(gated, `${a.id} adds two hours or more a month`).toBe(true);
      }
    }
    // The team plan is presented where the team meets (rubric review 14, class G: it had no prerequisite).
    expect(actions.get('write-team-plans')!.requires).toContain('hold-monthly-team-meeting');
  });

  it('each rubric header states that rule, not "every action that spends managers\' time requires free-manager-time"', () => {
    for (const id of ['sales-interactions', 'sales-managers']) {
      const raw = readFileSync(join(REPO_ROOT, `rubrics/${id}.yaml`), 'utf8');
      const header = raw.slice(0, raw.indexOf('\nquestions:')).replace(/^#\s?/gm, '');
      expect(flat(header), id).not.toMatch(/Every action that spends (first-line )?managers' time (\([^)]*\) )?requires/);
      expect(flat(header), id).toMatch(/two hours or more a month per manager/);
    }
  });

  it('the doc says what the YAML does: every "X requires Y" and "X waits for Y" holds, every "does not wait" too', () => {
    const claims = [...flat(rules).matchAll(/`([a-z0-9-]+)`[^`.;]{0,60}?(does not wait for|no longer waits for|requires|waits for) `([a-z0-9-]+)`/g)];
    expect(claims.length).toBeGreaterThan(3);
    for (const [text, step, verb, before] of claims) {
      if (!actions.has(step!) || !actions.has(before!)) continue;
      const requires = actions.get(step!)!.requires ?? [];
      if (/not|no longer/.test(verb!)) expect(requires, text).not.toContain(before);
      else expect(requires, text).toContain(before);
    }
    // The hand-over waits for Finance's shadow credit, as the doc now says (it said it did not).
    expect(actions.get('free-manager-time')!.requires).toContain('agree-shadow-credit');
    expect(flat(rules)).toMatch(/hand-over waits for it too \(`free-manager-time` requires it\)/);
    expect(flat(rules)).not.toMatch(/hand-over does not wait for it/);
  });

  it('the doc lists as waiting for free-manager-time exactly the steps that do, and the team meeting as waiting for neither', () => {
    const start = flat(rules).indexOf("**managers' time before it is spent**");
    const para = flat(rules).slice(start, flat(rules).indexOf('HEAVY_ON_MANAGERS', start));
    const listed = [...para.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!).filter((id) => actions.has(id) && id !== 'free-manager-time');
    expect(listed.sort()).toEqual([...HEAVY_ON_MANAGERS].sort());
    for (const id of listed) expect(actions.get(id)!.requires, id).toContain('free-manager-time');
    // Re-pinned after rubric review 17 (edit 12): the team meeting, a routine booked for managers, waits for the freeing steps.
    expect(actions.get('hold-monthly-team-meeting')!.requires ?? []).toContain('free-manager-time');
    expect(flat(rules)).not.toMatch(/every action that claims a part of it requires `free-manager-time`/);
    for (const id of ['coach-the-team-monthly', 'review-team-goals-monthly', 'write-team-plans']) expect(actions.get(id)!.requires, id).toContain('hold-monthly-team-meeting');
  });

  it('the unwarned tests\' window is the same in the set and the doc', () => {
    const days = (text: string | null) => flat(text ?? '').match(/within (one|two|three) working days?/)?.[1];
    expect(days(set.sampling!.rule)).toBeDefined();
    const testOrder = rules.slice(rules.indexOf('**Test order**'));
    expect(days(testOrder)).toBe(days(set.sampling!.rule));
  });
});

describe('the weakest managers get a development step (edit 6, class F)', () => {
  it('the development plan fires from level 0, keyed on each manager under 4 of 5, against a profile that waits for no costing', () => {
    const gap = actions.get('close-each-managers-gap')!;
    expect(span(gap.at)).toEqual([0, 1, 2]);
    // Re-pinned after VP review 17 (item 32): at levels 0-2 the median manager is under 4 of 5 and no one may be told which
    // managers are, so every manager agrees one, from the profile's assessment and the item the sales force rated lowest.
    expect(flat(gap.action)).toMatch(/^Agree with each manager a development plan/);
    expect(gap.requires).toEqual(expect.arrayContaining(['free-manager-time', 'cut-demands-on-managers', 'write-manager-profile']));
    const profile = actions.get('write-manager-profile')!;
    expect(profile.build).toBe(true);
    expect(profile.requires).not.toContain('cost-manager-quota-and-span');
    expect(profile.horizon).toBeLessThanOrEqual(gap.horizon);
    // Acme's managers stand at level 1 (rated 3 to 3.5 of 5): the development plan is theirs, with its profile.
    expect(acmeScores.actions.find((a) => a.recommendation.id === 'close-each-managers-gap')?.fromLevel).toBe(1);
    expect(fired.has('write-manager-profile')).toBe(true);
  });
});

describe('who answers (R1) and what a question weighs (edit 13, class H)', () => {
  it('no question of the two rubrics asks the "other" role, which sees none of the records they read', () => {
    for (const q of questions) {
      expect(q.roles, `${q.id} has no roles: every role, "other" included, is asked`).toBeDefined();
      expect(q.roles, q.id).not.toContain('other');
    }
  });

  it('decision rights and qualification, which the seed does not ask as such, weigh under a seed point; leadership is measured where reps experience it', () => {
    const weight = (id: string) => questions.find((q) => q.id === id)!.weight ?? 1;
    expect(weight('leaders-in-own-right')).toBeLessThan(1);
    expect(weight('deal-qualification')).toBeLessThan(1);
    const row = flat(rules).match(/\| True leaders in their own right \| ([^|]*)\|/)![1]!;
    expect(row.indexOf('`right-managers`')).toBeGreaterThanOrEqual(0);
    expect(row.indexOf('`right-managers`')).toBeLessThan(row.indexOf('`leaders-in-own-right`'));
  });
});

describe('one outcome rule across the set (edit 12, class C)', () => {
  // What a quarter's work achieved is written in the note beside the level, never a rung: the set
  // refused plan attainment in right-managers and meetings opened in prospecting-review, while
  // strategy-into-results and individual-results scored a measure at target at level 4.
  const OUTCOME = /\b(ended (it|the quarter) at or above|rose by a tenth|met a target|attain|reached 95 %)/i;

  it('no level of the two rubrics, in any role\'s wording or label, reads an outcome', () => {
    for (const q of questions) {
      for (const l of q.levels) {
        const texts = typeof l.description === 'string' ? [l.description] : Object.values(l.description);
        for (const t of [l.label, ...texts]) expect(flat(t), `${q.id} ${l.score}`).not.toMatch(OUTCOME);
      }
    }
  });

  it('the outcome each of them used to score is written in the note, in the auditor\'s help', () => {
    const help = (id: string) => flat(typeof questions.find((q) => q.id === id)!.help === 'string' ? (questions.find((q) => q.id === id)!.help as string) : (questions.find((q) => q.id === id)!.help as Record<string, string>).default!);
    expect(help('strategy-into-results')).toMatch(/write in the note how many goals ended at or above their pro-rata target/);
    expect(help('individual-results')).toMatch(/How the figure moved is not scored, as no outcome is in this set: write it in the note/);
    expect(help('right-managers')).toMatch(/Results are not scored: write in the note/);
    expect(flat(rules)).toMatch(/No level is an outcome/);
  });
});

describe('a training practises on material that exists when it is held (edit 11, class F)', () => {
  it('the coaching-model training, due no later than the one-to-ones it would take notes from, practises on role-plays, not notes', () => {
    const training = actions.get('train-managers-in-model')!;
    const oneToOnes = actions.get('hold-one-to-ones')!;
    const usesNotes = /\b(one-to-one|team-meeting) notes\b/.test(flat(training.action));
    const notesExist = (training.requires ?? []).includes('hold-one-to-ones') && oneToOnes.horizon < training.horizon;
    expect(usesNotes && !notesExist, flat(training.action)).toBe(false);
    expect(flat(training.action)).toMatch(/role-plays built from their own reps' figures and live deals/);
  });
});
