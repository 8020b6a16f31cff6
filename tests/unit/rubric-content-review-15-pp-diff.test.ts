// Prospecting-plan and differentiation after rubric review 15 (`/work/notes/rubric-review-15.md`,
// minimum edits 4, 6, 12 and 13 for these two rubrics). Each class is checked over every question,
// role and level it can occur in, so a new wording or step that brings the class back fails here.
// Each test failed on int16 at 1e8fe7be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import type { Wording } from '../../src/core/rubric/schema.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
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
  // Re-pinned after rubric review 17, edit 4: no provisional card; the card is printed from the interviews, so the
  // evidence comes first by `requires`, and no step sends its differences into each deal or first meeting.
  it('the card is printed from the client interviews: no instruction to name its differences in each deal, and it waits for them', () => {
    const card = flat(action('hand-out-differences-card').action);
    expect(card).not.toMatch(/first meeting|with (each|every) (client|prospect)|in (each|every) (deal|proposal)/);
    expect(card).toMatch(/^Once the client interviews are written up/);
    expect(action('hand-out-differences-card').requires).toContain('interview-clients-on-choice');
  });

  it('the battlecards say no "for whom" before the client interviews, and reps use them in deals only after the reissue', () => {
    expect(flat(action('write-battlecards').action)).not.toMatch(/for whom/);
    // Re-pinned after rubric review 17, edit 4: the battlecards themselves wait for the interviews.
    expect(action('write-battlecards').requires).toContain('interview-clients-on-choice');
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
    // Re-pinned after rubric review 17, edit 13: the battlecards wait for the interviews themselves, so reading them in deals
    // no longer waits for the reissue (90 days, which left the step no room inside the plan).
    expect(action('read-battlecard-before-meetings').requires).toContain('write-battlecards');
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

  // Re-pinned after rubric review 17, edit 3: two questions, one each: the guide, then its use in proposals.
  it('differentiation-language asks the guide only, differences-in-proposals the count, in every role\'s prompt', () => {
    const prompts = wordings(question('differentiation-language').prompt);
    expect(prompts.length).toBe(3);
    for (const [role, t] of prompts) expect(flat(t), role).not.toMatch(/proposal/);
    for (const [role, t] of wordings(question('differences-in-proposals').prompt)) expect(flat(t), role).toMatch(/^In how many of (their|your) last three proposals/);
  });
});

describe('level 0 of a "most" ladder is its complement, so a mixed team fits a level text (edit 13, class D)', () => {
  // Re-pinned after rubric review 17, edit 8: prospecting-time reads use only, so its level 0 is a share of reps too.
  const provision = new Set<string>([]);
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
    // Seven PP and seven Diff ladders (prospecting-time and differences-in-proposals since review 17), two wordings each.
    expect(checked).toBe(28);
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

// The rest of edits 3, 4, 7, 8 and 14 for these two rubrics, VP review 15 item 14, and the quick
// items of rubric review 16 (set 2026.12.14, h-rub18a). Each test failed on main at e824157.
const helpOf = (id: string, role = 'default') => {
  const h = question(id).help;
  return flat(typeof h === 'string' ? h : (h?.[role] ?? ''));
};
const helps = (id: string) => {
  const h = question(id).help;
  return (typeof h === 'string' ? [['default', h]] : Object.entries(h ?? {})).map(([r, t]) => [r, flat(t ?? '')] as const);
};
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const withLevel = (qid: string, score: number | null): AnswerSheet[] =>
  sheets.map((sheet) => ({ ...sheet, answers: { ...sheet.answers, 'prospecting-plan': { ...sheet.answers['prospecting-plan'], [qid]: { score, note: null, evidence: 'claimed' } } } }));
const firedAt = (qid: string, score: number) => scoreAudit(set, withLevel(qid, score)).actions.filter((a) => a.question.id === qid).map((a) => a.recommendation.id);

describe('a step fires only where the work it does is missing (edit 4, class H)', () => {
  it('plan-provided: the list-building day fires where reps hold no named list, the plan write-up alone where they do', () => {
    // Level 1 is a named list without the sequence: the step there adds the sequence and its ideas, never rebuilds the list.
    for (const [role, t] of Object.entries(level('plan-provided', 1))) expect(t, role).toMatch(/named target list sized for (their|my) role/);
    for (const [role, t] of Object.entries(level('plan-provided', 0))) expect(t, role).toMatch(/(have|have a) named target list sized for (their|my) role|I have no named target list/);
    expect(firedAt('plan-provided', 0).sort()).toEqual(['build-target-lists', 'write-prospecting-plans']);
    expect(firedAt('plan-provided', 1)).toEqual(['write-prospecting-plans']);
    expect(flat(action('write-prospecting-plans').action)).toMatch(/adds to their named target list \(the one they hold, or the one built with them\)/);
  });

  it('the step from value-creating-ideas 3 is what reps send; the content review is a build that rides on it', () => {
    const steps = question('value-creating-ideas').recommendations.filter((r) => span(r.at).includes(3));
    expect(steps.map((r) => r.id)).toEqual(['lead-every-message-with-an-idea']);
    expect(flat(steps[0]!.action)).toMatch(/each rep starts every first message to a new target from one of the CRM's idea openers/);
    expect(action('review-outreach-content').build).toBe(true);
    expect(steps[0]!.requires).toContain('review-outreach-content');
  });

  it('a step that lifts a team more than one level says where to (`to:`), so the next step rides from there', () => {
    const to = (id: string) => action(id).to;
    expect([to('write-prospecting-plans'), to('send-nurture-tools'), to('lead-messages-with-ideas'), to('state-value-before-discount'), to('practise-differentiation-monthly')]).toEqual([2, 2, 2, 2, 3]);
  });
});

describe('a capped team is not reported under a label that names a lower count (edit 3, class C)', () => {
  it('where levels 3 and 4 carry a stop-request gate, level 2\'s label names the cap', () => {
    let checked = 0;
    for (const q of mine) {
      const gated = [3, 4].every((score) => Object.entries(level(q.id, score)).every(([, t]) => /asking (me )?to stop/.test(t)));
      if (!gated) continue;
      checked++;
      expect(q.levels.find((l) => l.score === 2)!.label, q.id).toMatch(/, or capped (by stop requests|as a nuisance)$/);
    }
    // Re-pinned after rubric review 17 (class C): relationship-tools' gate left the ladder; persistent-campaign's stays.
    expect(checked).toBe(1);
  });
});

describe('a weakness is scored in one question (edit 8, class E)', () => {
  it('CRM logging is read in prospecting-time only: the other PP checks accept sent items or calendars, and a missing log costs no level', () => {
    for (const id of ['plan-provided', 'value-creating-ideas', 'persistent-campaign']) {
      expect(helpOf(id), id).toMatch(/sent items/);
      expect(helpOf(id), id).toMatch(/is read in the question on prospecting time only/);
    }
    expect(helpOf('plan-provided')).toMatch(/the CRM, the rep's sent items or calendar shows a call, email or meeting/);
    expect(helpOf('plan-provided', 'salesperson')).toMatch(/your CRM activity, sent items or calendar/);
    expect(helpOf('persistent-campaign', 'salesperson')).toMatch(/in the CRM or your sent items/);
    // Nothing logged lowers only prospecting-time.
    for (const q of mine) {
      if (q.id === 'prospecting-time') continue;
      for (const [role, t] of helps(q.id)) expect(t, `${q.id} (${role})`).not.toMatch(/nothing (noted|logged)[^.;]*(does not|counts for nothing)/);
    }
    expect(helpOf('prospecting-time')).toMatch(/a calendar block with nothing logged in it counts for nothing/);
  });

  it('one written page moves one question: the strategy page is not a message guide, and a card or guide is not the strategy', () => {
    expect(helpOf('differentiation-strategy')).toMatch(/A differences card or a message guide .* is not the strategy/);
    expect(helpOf('differentiation-strategy', 'leadership')).toMatch(/a differences card or message guide is not a strategy/);
    expect(Object.values(level('differentiation-strategy', 0))[0]).toMatch(/a differences card or message guide is not one/);
    expect(helpOf('differentiation-language')).toMatch(/The page given to the teams as the strategy is not a message guide/);
    // Re-pinned after rubric review 17, edit 3: the guide ladder sets the strategy page aside at level 0, and every card is for clients (edit 4).
    for (const [role, t] of Object.entries(level('differentiation-language', 0))) expect(t, role).toMatch(/the written strategy aside/);
    for (const role of ['default', 'sales manager']) expect(level('differentiation-language', 2)[role], role).toMatch(/a card for use with clients counts/);
  });

  // Re-pinned after rubric review 17, edit 4: there is no internal card any more; a card handed to reps for use with clients is a guide, the strategy page is not.
  it('a card for use with clients is a message guide; the strategy page is not (review 16, E; review 17, edit 4)', () => {
    expect(flat(action('hand-out-differences-card').action)).not.toMatch(/internal/);
    expect(helpOf('differentiation-language')).toMatch(/A differences card handed to reps for use with clients, .* is a message guide here/);
    expect(helpOf('differentiation-language', 'salesperson')).toMatch(/a differences card for use with clients; the strategy page is not one/);
  });
});

describe('anchors with a window and a source (edit 14, class G)', () => {
  it('value-creating-ideas reads the last ten new targets of the last twelve months, in every prompt, the measure and the help', () => {
    const q = question('value-creating-ideas');
    expect(q.measures).toMatch(/last ten new targets of the last twelve months/);
    for (const [role, t] of wordings(q.prompt)) expect(flat(t), role).toMatch(/last ten new targets of the last twelve months/);
    expect(helpOf(q.id)).toMatch(/last ten new targets of the last twelve months/);
    expect(helpOf(q.id, 'salesperson')).toMatch(/last ten new targets of the last twelve months/);
  });

  it('versus-competitors level 4\'s "for whom" is checked against the deals won against that competitor', () => {
    expect(helpOf('versus-competitors')).toMatch(/The clients for whom it decides are checked against the deals won against that competitor in the last twelve months/);
  });
});

describe('horizons a plan can keep (edit 7, class J)', () => {
  it('no PP or Diff step is due in the horizon of a high-effort step it waits on, directly or through a build', () => {
    const before = (id: string, seen = new Set<string>()): string[] => action(id).requires.filter((p) => !seen.has(p) && seen.add(p)).flatMap((p) => [p, ...before(p, seen)]);
    for (const q of mine) for (const r of q.recommendations) {
      if (r.build === true) continue;
      for (const p of before(r.id)) if (action(p).effort === 'high') expect(action(p).horizon, `${r.id} (${r.horizon}) waits on ${p}`).toBeLessThan(r.horizon);
    }
  });

  it('the steps that put reps on the written ideas and sequence show inside the plan: no check "a month later" in a 90-day step', () => {
    for (const id of ['put-targets-on-sequence', 'start-outreach-from-ideas']) expect(action(id).requires, id).not.toContain('load-outreach-into-crm');
    expect(action('start-outreach-from-ideas').horizon).toBe(60);
    for (const q of mine) for (const r of q.recommendations) if (r.horizon === 90) expect(flat(r.action), r.id).not.toMatch(/a month later|weeks later/);
  });
});

describe('the interviews the card rests on hold five won clients (VP review 15, item 14)', () => {
  it('the first round interviews at least as many won clients as client-relevant-differences needs for level 3', () => {
    const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
    const text = flat(action('interview-clients-on-choice').action);
    const won = /(\w+) of them won/.exec(text);
    expect(won, text).not.toBeNull();
    const needed = /(\w+) or more won clients' reasons held/.exec(Object.values(level('client-relevant-differences', 3))[0]!);
    expect(words[won![1]!]).toBeGreaterThanOrEqual(words[needed![1]!]!);
  });

  it('the message guide is written from the interviews, the differences they back, not the provisional card\'s', () => {
    expect(flat(action('write-message-guide').action)).toMatch(/from the written-up client interviews: for each difference two or more won clients named/);
    // Re-pinned after rubric review 17, edit 4: practice waits for no card (leadership's list is drilled nowhere before the interviews).
    expect(action('practise-differentiation-monthly').requires ?? []).not.toContain('hand-out-differences-card');
  });
});

describe('persistent-campaign partitions in the salesperson\'s wording too (review 16, B)', () => {
  it('a rep whose first new touch came in month two sits at level 0: level 0 is the complement of level 1\'s "the month after"', () => {
    expect(level('persistent-campaign', 0)['salesperson']).toMatch(/no new touch in the month after the first contact, whatever came later/);
    expect(level('persistent-campaign', 1)['salesperson']).toMatch(/a new touch in the month after the first contact/);
  });
});
