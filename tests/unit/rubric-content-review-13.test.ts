// Prospecting-plan and differentiation after the thirteenth fresh rubric review (set 2026.12.11,
// edits A1, A2, B1, B3, C, H1, J1): each class is checked over every question, role and level of
// the two rubrics, or on the plan it produces, so a new wording or step that breaks it fails here.
// Each test failed on the set of 2026.12.11 (main fb75665).
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { triggeredDecisions } from '../../src/core/report/page-one.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import type { Wording } from '../../src/core/rubric/schema.js';
import { defaultSet, loadSheet, markdownOf, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const rubric = (id: string) => set.imperatives.find((i) => i.id === id)!;
const mine = [rubric('prospecting-plan'), rubric('differentiation')];
const question = (id: string) => mine.flatMap((i) => i.questions).find((q) => q.id === id)!;
const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, { ...r, question: q }] as const))));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wordings = (w: Wording): [string, string][] => (typeof w === 'string' ? [['default', w]] : Object.entries(w));
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));

describe('the deciding condition of each level is in every role\'s wording of it (class C)', () => {
  // question → [levels, the condition that decides them]: what the auditor's help reads, said in
  // the words every respondent picks from, not only in the help.
  const deciding: Record<string, [number[], RegExp][]> = {
    // Re-pinned after rubric review 15 (edit 4, class H): levels 0-2 read the plan's parts in the order it is built, the
    // named list (0-1), then the touch sequence and its ideas (1), then the three parts (2).
    'plan-provided': [[[0, 1], /named target list sized for (their|my) role/], [[1], /touch sequence (and|with its) ideas/], [[2], /\(a named list sized for (the|my) role, touch sequence, ideas\)/], [[3, 4], /three-part territory plan/]],
    // Re-pinned after the fourteenth rubric review (edit 7): levels 1-4 add the role-size rule within the word cap, "(all, if fewer)" the same ten-or-fewer rule.
    // Re-pinned after rubric review 15 (edit 12, class B): a rep reads their level on the accounts on their list (the
    // auditor draws the ten), and a plan change on what the rep can see (the manager's notes may be closed to them).
    'real-targets': [[[0, 1, 2, 3, 4], /of ten accounts drawn at random from their named list \(all, if (ten or )?fewer\)|^I can give a business reason for .*of the accounts on my named list/], [[1, 2, 3], /counted at (the|my) role's size when shorter/]],
    'prospecting-review': [[[0, 1, 2, 3, 4], /\bone-to-ones?\b/], [[3, 4], /plan change in the notes|plan change (down )?where I can see it/]],
    'value-creating-ideas': [[[0], /(lead|led) with (the company|us) or the product/], [[1, 2, 3, 4], /an idea about the prospect's business/]],
    'differentiation-support': [[[0, 1, 2, 3, 4], /with feedback on whether that prospect would care/]],
    'answer-what-makes-you-different': [[[0, 1, 2, 3, 4], /without warning/]],
    // Re-pinned after rubric review 17, edit 3: the guide's quality is differentiation-language's axis; the proposals' count is differences-in-proposals'.
    'differentiation-language': [[[2], /as a feature/], [[3, 4], /each difference as what changes for the client/], [[4], /dated within six months/]],
    'differences-in-proposals': [[[3], /one or more .*(each of (their|my) last three proposals)|^Each of my last three proposals names one or more/], [[4], /two or more .*(each of (their|my) last three proposals)|^Each of my last three proposals names two or more/]],
    // Re-pinned after the fourteenth review (class C): one axis, for how many of the three a difference it lacks; naming competitors is no rung.
    'versus-competitors': [[[0, 1, 2, 3, 4], /main competitors \(the three the CRM records most, or all if fewer\)/], [[4], /the clients for whom it decides/]],
    // Level 1 is its label's "under half" in every wording, not only the salesperson's (h-done15).
    // Re-pinned after rubric review 17, edit 8: level 1 is a quarter of the set time, and every level says the floor.
    'prospecting-time': [[[1], /a quarter/], [[0, 1, 2, 3, 4], /three hours (at least|where none or less is set)/]],
  };
  for (const [id, rules] of Object.entries(deciding)) {
    it(`${id}: every role, every level named`, () => {
      const q = question(id);
      for (const [levels, pattern] of rules) {
        for (const score of levels) {
          const level = q.levels.find((l) => l.score === score)!;
          const texts = wordings(level.description);
          // Every role the question asks has its own wording here: none falls back to the auditor's.
          expect(texts.map(([role]) => role).sort(), `${id} level ${score}`).toEqual(['default', ...(q.roles ?? ['sales manager', 'salesperson']).filter((r) => r !== 'leadership')].sort());
          for (const [role, text] of texts) expect(flat(text), `${id} level ${score} (${role})`).toMatch(pattern);
        }
      }
    });
  }
});

describe('plan-provided: the weeks partition four (H1)', () => {
  it('level 3 is three of the last four weeks in every wording, level 4 each of them, and the salesperson\'s bands leave no week count out', () => {
    const q = question('plan-provided');
    const at = (score: number) => Object.fromEntries(wordings(q.levels.find((l) => l.score === score)!.description));
    for (const text of Object.values(at(3))) expect(text).toMatch(/three of the last four weeks/);
    for (const text of Object.values(at(4))) expect(text).toMatch(/each of the last four weeks/);
    for (const text of [...Object.values(at(3)), ...Object.values(at(4))]) expect(text).not.toMatch(/at least one of the last four weeks/);
    // none, one, two → 2; three → 3; four → 4.
    expect(at(2).salesperson).toMatch(/under three of the last four weeks/);
    expect(at(3).salesperson).toMatch(/in three of the last four weeks, not all four/);
    expect(flat(typeof q.help === 'string' ? q.help : q.help!.default)).toMatch(/none, one or two of the last four is level 2, three is level 3, all four level 4/);
  });
});

describe('the target lists are built where there is no plan (A1)', () => {
  it('build-target-lists is plan-provided\'s step from 0 and carries out target-lists; the plan write-up waits for it', () => {
    const lists = actions.get('build-target-lists')!;
    // Re-pinned after rubric review 15 (edit 4, class H): level 1 is a named list without a sequence, so the list-building
    // day fires at 0 only.
    expect([lists.question.id, lists.at, lists.decision]).toEqual(['plan-provided', 0, 'target-lists']);
    expect(actions.get('write-prospecting-plans')!.requires).toContain('build-target-lists');
    // real-targets' own step from 0-2 works on a list that exists; the list-building day does it inside it.
    expect([actions.get('give-each-target-a-reason')!.question.id, actions.get('give-each-target-a-reason')!.at]).toEqual(['real-targets', [0, 2]]);
    expect(lists.covers).toEqual(['give-each-target-a-reason']);
  });

  it('a phone-book team (no plan, every rep without a named list, so real-targets n/a) gets the lists and the decision', () => {
    const phoneBook: AnswerSheet[] = sheets.map((sheet) => ({
      ...sheet,
      answers: {
        ...sheet.answers,
        'prospecting-plan': {
          ...sheet.answers['prospecting-plan'],
          'plan-provided': { score: 0, note: null, evidence: 'claimed' },
          'real-targets': { score: null, note: null, evidence: 'claimed' },
        },
      },
    }));
    const scores = scoreAudit(set, phoneBook);
    const realTargets = scores.imperatives[0]!.questions.find((q) => q.question.id === 'real-targets')!;
    expect(realTargets.teamLevel).toBeNull();
    expect(scores.actions.map((a) => a.recommendation.id)).toContain('build-target-lists');
    expect(triggeredDecisions(scores).map((t) => t.decision.id)).toContain('target-lists');
    // Page one asks for it, and the step says it waits for it.
    const view = buildReportView(set, phoneBook, scores, { names: false });
    const decision = view.decisions.find((d) => d.id === 'target-lists')!;
    expect(decision).toBeDefined();
    const step = [...view.plan, ...view.backlog].find((a) => a.id === 'build-target-lists')!;
    expect(step.decisions).toContain(decision.label);
    expect(markdownOf(view)).toContain(decision.question);
    // Its why says where the plan stands, not a level real-targets does not have.
    expect(decision.finding).not.toBe('');
  });

  // Re-pinned after rubric review 15 (edit 4, class H): acme's reps hold named lists (real-targets reads them) with no
  // sequence, plan-provided's level 1, so no day rebuilds the lists; real-targets' half-day finds their reasons.
  it('on acme (named lists without reasons, no sequence) the half-day on reasons is a plan row and no list-building day fires, so finding B has its row', () => {
    const scores = scoreAudit(set, sheets);
    const view = buildReportView(set, sheets, scores, { names: false });
    expect([...view.plan, ...view.backlog].map((a) => a.id)).not.toContain('build-target-lists');
    const reasons = view.plan.find((a) => a.id === 'give-each-target-a-reason')!;
    expect(reasons).toBeDefined();
    expect(reasons.decisions).toContain(view.decisions.find((d) => d.id === 'target-lists')!.label);
  });
});

describe('the CRM is loaded after the content it holds (A2)', () => {
  const load = actions.get('load-outreach-into-crm')!;

  it('the CRM build sets up empty structure; the load step requires the structure and every content it loads; the steps that send from it require it', () => {
    expect(flat(actions.get('build-plan-crm')!.action)).not.toMatch(/sequence|opener|idea/i);
    expect([load.build, load.owner]).toEqual([true, 'sales-ops']);
    expect(load.requires).toEqual(expect.arrayContaining(['build-plan-crm', 'write-prospect-ideas', 'build-touch-sequence']));
    // The content steps are written, not loaded: they need no CRM.
    for (const id of ['write-prospect-ideas', 'build-touch-sequence']) {
      expect(actions.get(id)!.requires, id).not.toContain('build-plan-crm');
      expect(actions.get(id)!.requires, id).not.toContain('load-outreach-into-crm');
      expect(flat(actions.get(id)!.action), id).not.toMatch(/CRM/);
    }
    // Every step that sends from the CRM's openers or sequence waits for the load.
    const senders = [...actions.values()].filter((a) => a.build !== true && /openers|touch sequence in the CRM|CRM sequence|by the CRM opener/.test(flat(a.action)));
    // Re-pinned after the fourteenth rubric review (class F, owners): marketing writes the extensions and sends them to the
    // VP Sales; the VP's rules that put them in the CRM and keep targets on them (keep-targets-*) are the senders now.
    // Re-pinned after rubric review 15 (edit 7, class J): put-targets-on-sequence and start-outreach-from-ideas work the
    // written sequence and ideas, so they show inside the 90 days instead of waiting for the load at 90.
    expect(senders.map((a) => a.id).sort()).toEqual(['keep-targets-on-sequence', 'keep-targets-to-sequence-end', 'lead-every-message-with-an-idea']);
    for (const a of senders) expect(a.requires, a.id).toContain('load-outreach-into-crm');
  });

  // Re-pinned after rubric review 15 (edit 7, class J): acme's steps at 0-2 no longer send from the loaded sequence, so
  // the load is read where a step does: a team whose unanswered targets get two months of new touches.
  it('where a step sends from the loaded sequence, the load comes after the ideas, the sequence and the CRM structure, never with or before them', () => {
    const twoMonths: AnswerSheet[] = sheets.map((sheet) => ({
      ...sheet,
      answers: { ...sheet.answers, 'prospecting-plan': { ...sheet.answers['prospecting-plan'], 'persistent-campaign': { score: 2, note: null, evidence: 'claimed' } } },
    }));
    const scores = scoreAudit(set, twoMonths);
    const view = buildReportView(set, twoMonths, scores, { names: false });
    const all = [...view.plan, ...view.backlog];
    const row = (id: string) => all.find((a) => a.id === id)!;
    const loaded = row('load-outreach-into-crm');
    for (const id of ['write-prospect-ideas', 'build-touch-sequence', 'build-plan-crm']) {
      expect(loaded.after, id).toContain(row(id).rank);
      expect(loaded.rank, id).toBeGreaterThan(row(id).rank);
    }
    expect(row('keep-targets-on-sequence').after).toContain(loaded.rank);
  });

  it('a check never replaces a build: no level stops a step done for others', () => {
    const view = buildReportView(set, sheets, scoreAudit(set, sheets), { names: false });
    for (const a of [...view.plan, ...view.backlog]) if (actions.get(a.id)!.build === true) expect([a.changesAt, a.replacedBy], a.id).toEqual([null, null]);
  });
});

// Re-pinned after the fourteenth review (edit 3): the grid (none/some/all by under five/five or
// more) became one axis, how many differences are backed and how strongly, with "fewer than five
// won clients' reasons held" a cap written into levels 3 and 4. The B1 property (every rung
// reachable with two or three differences) is kept, on the new rule, in
// rubric-content-review-14-diff.test.ts.
describe('versus-competitors is cumulative (B3)', () => {
  it('each level holds the one below in every wording: one or more, two or more, each, each and for whom', () => {
    // Re-pinned after the fourteenth review (class C): naming the competitors and "where we lose" are no rungs.
    const q = question('versus-competitors');
    const at = (score: number) => wordings(q.levels.find((l) => l.score === score)!.description).map(([, t]) => flat(t));
    for (const t of at(1)) expect(t).toMatch(/^For one or more of (the|our) main competitors/);
    // Re-pinned after rubric review 17, edit 5 (class H): half or more, so two main competitors give three rungs, not two equal ones.
    for (const t of at(2)) expect(t).toMatch(/^For half or more of (the|our) main competitors/);
    for (const t of at(3)) expect(t).toMatch(/^For each of (the|our) main competitors .* name a difference it lacks\.$/);
    for (const t of at(4)) expect(t).toMatch(/^For each of (the|our) main competitors .* name a difference it lacks and the clients for whom it decides\.$/);
  });
});

describe('fieldwork priced as the help asks it (J1)', () => {
  it('a check that reads a rep\'s histories, lists or proposals over weeks or months is priced at half an hour a rep or more', () => {
    const fieldwork = set.sampling?.fieldwork ?? {};
    const reads = /last (three|four|six) (weeks|months)|six to twelve months|last three proposals|ten accounts/;
    const checked = mine.flatMap((i) => i.questions).filter((q) => fieldwork[q.id]?.per === 'reps' && reads.test(flat(typeof q.help === 'string' ? q.help : q.help?.default ?? '')));
    // Re-pinned after rubric review 17, edit 3: the proposals are read in differences-in-proposals; the guide, shown once, is not.
    expect(checked.map((q) => q.id).sort()).toEqual(['differences-in-proposals', 'differentiation-support', 'persistent-campaign', 'plan-provided', 'prospecting-review', 'prospecting-time', 'real-targets']);
    // differentiation-support reads the team's practice slot, one calendar for every rep of a team: a quarter-hour a rep.
    for (const q of checked) expect(fieldwork[q.id]!.hours, q.id).toBeGreaterThanOrEqual(q.id === 'differentiation-support' ? 0.25 : 0.5);
    // Reconstructing a list at the window's start and judging each touch or send as new to the contact: three quarters.
    for (const id of ['relationship-tools', 'persistent-campaign', 'real-targets']) expect(fieldwork[id]!.hours, id).toBeGreaterThanOrEqual(0.75);
  });
});
