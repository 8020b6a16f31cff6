// Differentiation, the survey's evidence question and the compulsory checks after the fourteenth
// fresh rubric review (`/work/notes/rubric-review-14.md`: Diff's classes C, F, G, I and R, minimum
// edits 1, 3, 4 and 14). Each class is checked over every question, role and level of the rubric,
// or on what the report and the survey make of it, so a new wording or step that breaks the class
// fails here. Each test failed on the set of 2026.12.12 (main 73f25c49).
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { checkIsCompulsory } from '../../src/core/rubric/compulsory-check.js';
import { fieldworkFor } from '../../src/core/rubric/fieldwork.js';
import { buildQuestionnaire, noteTitleFor, questionTitleInNote } from '../../src/core/survey/questionnaire.js';
import { planColumns } from '../../src/core/survey/match-columns.js';
import type { Wording } from '../../src/core/rubric/schema.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const diff = set.imperatives.find((i) => i.id === 'differentiation')!;
const question = (id: string) => diff.questions.find((q) => q.id === id)!;
const actions = new Map(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.recommendations.map((r) => [r.id, { ...r, question: q }] as const))));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wordings = (w: Wording): [string, string][] => (typeof w === 'string' ? [['default', w]] : Object.entries(w));
const levelTexts = (id: string, score: number) => wordings(question(id).levels.find((l) => l.score === score)!.description).map(([role, t]) => ({ role, t: flat(t) }));
const span = (at: number | number[] | undefined) => (at === undefined ? [] : Array.isArray(at) ? Array.from({ length: at[1]! - at[0]! + 1 }, (_, i) => at[0]! + i) : [at]);

describe('client-relevant-differences on one axis, the five-client cap in the levels it bars (edit 3)', () => {
  const q = question('client-relevant-differences');
  const text = (score: number) => levelTexts(q.id, score)[0]!.t;

  it('a difference is backed when two or more won clients named it, in every level; the base of five appears only in levels 3 and 4', () => {
    for (const score of [0, 1, 2, 3]) expect(text(score), `level ${score}`).toMatch(/two or more won clients/);
    expect(text(4)).toMatch(/three or more, and a quarter or more, of the won clients/);
    for (const score of [0, 1, 2]) expect(text(score), `level ${score}`).not.toMatch(/five/);
    for (const score of [3, 4]) expect(text(score), `level ${score}`).toMatch(/five or more (won clients' reasons )?held/);
    // No "a quarter" of one to four: a single friendly interview cannot back a difference.
    for (const score of [0, 1, 2, 3]) expect(text(score), `level ${score}`).not.toMatch(/a quarter/);
  });

  it('each level from 1 up holds the one below (cumulative), so the highest level reached is the team\'s', () => {
    expect(text(1)).toMatch(/^One or more of the differences/);
    for (const score of [2, 3]) expect(text(score)).toMatch(/^Each difference reps are given is named by two or more won clients/);
    expect(text(4)).toMatch(/^Each difference reps are given is named by three or more/);
  });

  // The help's rule as the auditor applies it: how many of the differences are backed (two or more
  // won clients) and strongly backed (three or more and a quarter or more), on how many won clients' reasons.
  const levelOf = (given: number, backed: number, strong: number, won: number) => {
    if (backed === 0) return 0;
    if (backed < given) return 1;
    if (won < 5) return 2;
    return strong === given ? 4 : 3;
  };

  it('the help states that rule, and every level is reachable with two or with three differences', () => {
    const help = flat(typeof q.help === 'string' ? q.help : q.help!.default);
    expect(help).toMatch(/backed when two or more of those won clients named it, strongly backed when three or more and a quarter or more of them did/);
    expect(help).toMatch(/With fewer than five won clients' reasons held the level stops at 2, however many differences are backed/);
    for (const given of [2, 3]) {
      const reached = new Set<number>();
      for (let backed = 0; backed <= given; backed++) for (let strong = 0; strong <= backed; strong++) for (const won of [4, 5, 12]) reached.add(levelOf(given, backed, strong, won));
      expect([...reached].sort(), `${given} differences`).toEqual(q.levels.map((l) => l.score));
    }
  });

  it('more interviews never outrank a truer card: a card with every difference backed, on any base, is above one with some backed, on any base', () => {
    for (const given of [2, 3]) for (const won of [2, 3, 4]) for (const more of [5, 10, 20]) {
      expect(levelOf(given, given, 0, won), `${given} differences, all backed on ${won}`).toBeGreaterThan(levelOf(given, given - 1, given - 1, more));
    }
  });

  it('level 0 fires a step that changes the card, not only more interviews, and the card it replaces was handed out as provisional (edit 3, class G)', () => {
    const atZero = q.recommendations.filter((r) => span(r.at).includes(0));
    const changesCard = atZero.filter((r) => /Reissue the (provisional )?card/.test(flat(r.action)));
    expect(changesCard.map((r) => r.id)).toEqual(['reissue-card-from-interviews']);
    // Re-pinned after rubric review 17, edit 4: the card itself now waits for the interviews (no provisional card), and
    // the reissue rewrites any card or page reps hold; where both fire the card does it inside it (covers).
    expect(changesCard[0]!.requires).toEqual(['interview-clients-on-choice']);
    expect(actions.get('hand-out-differences-card')!.covers).toEqual(['reissue-card-from-interviews']);
    // The guide is written from clients' words, never from the provisional card alone.
    expect(actions.get('write-message-guide')!.requires).toContain('interview-clients-on-choice');
  });

  it('the standing win/loss interviews promise only what can still move where they fire (class F)', () => {
    // They fire with the step from 3, where five won clients' reasons are held by definition: they
    // no longer promise the five, and level 4 asks for more clients behind each difference.
    const users = [...actions.values()].filter((a) => a.requires.includes('ask-decided-clients-why'));
    // Re-pinned after rubric review 17, edit 3: the guide's revision from clients' reasons (the step into its level 4) reads them too.
    expect(users.map((a) => [a.id, span(a.at)])).toEqual([['match-strategy-to-client-reasons', [3]], ['revise-guide-from-client-reasons', [3]]]);
    expect(flat(actions.get('ask-decided-clients-why')!.action)).not.toMatch(/five won clients' reasons are held/);
    expect(text(4)).toMatch(/three or more/);
  });
});

describe('one axis on the other ladders the review named (class C)', () => {
  it('differentiation-strategy reads the written page at every level, never leaders\' spoken agreement, each rung holding the one below', () => {
    const q = question('differentiation-strategy');
    for (const l of q.levels) for (const [role, t] of wordings(l.description)) {
      expect(t, `${l.score} (${role})`).not.toMatch(/asked separately|name the same/);
      expect(t, `${l.score} (${role})`).toMatch(/written|strategy the sales teams were given/);
    }
    expect(JSON.stringify(q.help)).not.toMatch(/asked separately|separately, to name/);
    const at = (score: number) => levelTexts(q.id, score)[0]!.t;
    expect(at(1)).toMatch(/naming the company's differences/);
    expect(at(2)).toMatch(/each difference the target clients it counts for/);
    for (const score of [3, 4]) expect(at(score)).toMatch(/each difference its target clients and the alternative it beats/);
  });

  it('versus-competitors spends no rung on naming competitors and does not score where we lose', () => {
    const q = question('versus-competitors');
    for (const l of q.levels) for (const [role, t] of wordings(l.description)) {
      expect(t, `${l.score} (${role})`).toMatch(/a difference (it|each) lacks/);
      expect(t, `${l.score} (${role})`).not.toMatch(/where we lose|cannot name (the|our) main competitors/);
    }
    expect(q.measures).not.toMatch(/where we lose/);
  });

  // Re-pinned after rubric review 17, edit 3: the proposals' count moved to differences-in-proposals, the same bar at 3 and 4.
  it('differences-in-proposals: levels 3 and 4 read each of the last three proposals, one or more of the differences, then two or more', () => {
    for (const { role, t } of levelTexts('differences-in-proposals', 3)) expect(t, role).toMatch(/one or more.*each of (their|my) last three proposals|^Each of my last three proposals names one or more/);
    for (const { role, t } of levelTexts('differences-in-proposals', 4)) expect(t, role).toMatch(/two or more.*each of (their|my) last three proposals|^Each of my last three proposals names two or more/);
    for (const score of [3, 4]) for (const { role, t } of levelTexts('differences-in-proposals', score)) expect(t, `${score} (${role})`).not.toMatch(/at least one of (their|my) last three|one or two of/);
  });
});

describe('"differences as client outcomes" is scored in one question (class I)', () => {
  // What a rep says or writes, stated as what it changes for the client: the guide's own quality
  // (what the company provides) is a different fact and is left out of the count.
  const outcome = /what (it|each|they) changes? for the client|client('s)? outcome|what our differences do for this client/;
  const provided = /(The|Our|My) guide states each difference as what changes for the client;?/;
  it('only answer-what-makes-you-different\'s levels read it', () => {
    const homes = diff.questions.filter((q) => q.levels.some((l) => wordings(l.description).some(([, t]) => outcome.test(flat(t).replace(provided, '')))));
    expect(homes.map((q) => q.id)).toEqual(['answer-what-makes-you-different']);
  });
});

describe('an action names no day its horizon can move (class F)', () => {
  it('every "by day N" in a differentiation step is its own horizon, so the plan moving the step cannot leave a stale day', () => {
    for (const q of diff.questions) for (const r of q.recommendations) {
      for (const m of flat(r.action).matchAll(/by day (\d+)/g)) expect(Number(m[1]), r.id).toBe(r.horizon);
    }
  });
});

describe('who answers (R1, R3)', () => {
  it('no differentiation question goes to "other" respondents without a help of their own', () => {
    for (const q of diff.questions) {
      const asked = q.roles ?? set.roles;
      if (!asked.includes('other')) continue;
      expect(typeof q.help === 'object' && q.help !== null && 'other' in q.help, `${q.id} is asked of other respondents without a help`).toBe(true);
    }
  });

  it('a question only leadership answers has a compulsory check, listed by the fieldwork estimate', () => {
    const compulsory = set.imperatives.flatMap((i) => i.questions).filter(checkIsCompulsory).map((q) => q.id);
    expect(compulsory).toEqual(expect.arrayContaining(['client-relevant-differences', 'differentiation-strategy']));
    for (const id of compulsory) expect(set.imperatives.flatMap((i) => i.questions).find((q) => q.id === id)!.roles).toEqual(['leadership']);
    const rows = fieldworkFor(set, { reps: 8, managers: 4, deals: 20 })!.rows;
    expect(rows.filter((r) => r.compulsory).map((r) => r.question)).toEqual(compulsory);
    expect(flat(set.sampling!.rule!)).toMatch(/The check of every question only leadership answers is compulsory/);
  });

  it('the report says plainly where a compulsory check was not done (acme: the strategy page, Q2.7)', () => {
    // acme's auditor now reads the strategy page (c03a971): take that reading out of the auditor's sheet, so the check is not done.
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set)).map((sheet) => {
      if (sheet.respondent.role !== 'auditor') return sheet;
      const { 'differentiation-strategy': done, ...differentiation } = sheet.answers.differentiation!;
      expect(done, 'the auditor\'s reading of the strategy page').toBeDefined();
      return { ...sheet, answers: { ...sheet.answers, differentiation } };
    });
    const view = buildReportView(set, sheets, scoreAudit(set, sheets), { names: false });
    const imperative = view.imperatives.find((i) => i.id === 'differentiation')!;
    const ref = imperative.questions.find((q) => q.id === 'differentiation-strategy')!.ref;
    expect(imperative.scoredOnText).toContain(`${ref} is left out of this score: only leadership answers it, too few to report, and the auditor's check, compulsory for such a question, was not done.`);
    // Checked, the other leadership-only question is not named.
    const checked = imperative.questions.find((q) => q.id === 'client-relevant-differences')!.ref;
    expect(imperative.scoredOnText).not.toContain(checked);
  });
});

describe('the survey\'s evidence question asks what the answer rests on (R4)', () => {
  const q = buildQuestionnaire(set, { role: null, askName: false, askOrganization: false, help: true });
  const all = [...q.sections, ...q.branches.flatMap((b) => b.sections)].flatMap((s) => s.questions);

  it('asks for a document, a record or a meeting seen, and names the question by its short title, not the prompt again', () => {
    for (const x of all) {
      expect(x.noteTitle, x.name).toMatch(/^What does your answer on “.+” rest on\? A document, a record, a meeting you saw \(optional\)$/);
      expect(x.noteTitle, x.name).not.toContain(x.title);
    }
  });

  it('the import reads a note column by the new title and by the old "Evidence (optional): <prompt>", for the same question', () => {
    const first = q.sections[0]!.questions[0]!;
    expect(questionTitleInNote(noteTitleFor('Differences clients say matter'))).toBe('Differences clients say matter');
    expect(questionTitleInNote(`Evidence (optional): ${first.title}`)).toBe(first.title);
    for (const header of [first.noteTitle, `Evidence (optional): ${first.title}`]) {
      const plan = planColumns(set, [first.title, header], 'csv', 'responses.csv', 'leadership');
      expect(plan.columns[1], header).toEqual({ kind: 'note', question: plan.columns[0]!.kind === 'answer' ? plan.columns[0]!.question : -1 });
    }
  });
});
