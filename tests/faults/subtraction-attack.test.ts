// The minimum group cannot be undone by subtraction (issue 21, item 4). An attacker reads every
// figure a report shows (question and imperative means, each role's, the counts) and solves for
// the people not shown: the total × its scorers minus each shown role's mean × its scorers. On
// random teams whose roles skip imperatives and questions, whatever they can solve for is never
// fewer than --min-group people, and no note's attribution narrows its author to fewer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { roleGroupName } from '../../src/core/report/describe-role.js';
import type { QuestionView, ReportView } from '../../src/core/report/report-view.js';
import type { RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { groupSafe } from '../../src/core/scoring/figure-roles.js';
import { questionByRole } from '../../src/core/scoring/question-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';
import { approvingEveryNote } from '../helpers/approve-notes.js';

const set = fixtureSet();
const ROLE_POOL = ['leadership', 'sales manager', 'salesperson', 'other', 'director'];
/** Every question of the fixture set, with its level scores and whether it takes n/a. */
const QUESTIONS = set.imperatives.flatMap((imperative) =>
  imperative.questions.map((q) => ({ imperative: imperative.id, id: q.id, weight: q.weight, scores: q.levels.map((l) => l.score), na: q.na })),
);

/** A shown group's people: a role, or each role of a pool ("sales manager or salesperson", split-roles.ts). */
const inGroup = (p: { role: string }, label: string) => label.split(' or ').includes(p.role);

interface Person {
  role: string;
  /**
   * Per question (QUESTIONS order): undefined = skipped, 'n/a', or a level index; with or without a
   * note; checked (evidence `observed`) or a claim. A checked answer's level is taken as known to
   * the attacker (the team level it sets is printed): the attack is on the claims.
   */
  answers: ({ level: number | 'n/a'; note: boolean; checked?: boolean } | undefined)[];
}

/** A team: each role skips some questions (a whole imperative, or one question), each person may skip more. */
const team = fc
  .array(
    fc.record({
      size: fc.integer({ min: 1, max: 6 }),
      skipsImperative: fc.option(fc.constantFrom(...set.imperatives.map((i) => i.id)), { freq: 2 }),
      skipsQuestion: fc.option(fc.nat({ max: QUESTIONS.length - 1 }), { freq: 2 }),
    }),
    { minLength: 1, maxLength: ROLE_POOL.length },
  )
  .chain((roles) =>
    fc.tuple(
      fc.constant(roles),
      fc.array(
        fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 8, arbitrary: fc.record({ level: fc.oneof({ weight: 1, arbitrary: fc.constant('n/a' as const) }, { weight: 6, arbitrary: fc.nat({ max: 4 }) }), note: fc.boolean(), checked: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) }) }), {
          minLength: QUESTIONS.length,
          maxLength: QUESTIONS.length,
        }),
        { minLength: 6 * ROLE_POOL.length, maxLength: 6 * ROLE_POOL.length },
      ),
    ),
  )
  .map(([roles, draws]) => {
    const people: Person[] = [];
    roles.forEach((r, ri) => {
      for (let i = 0; i < r.size; i++) {
        const draw = draws[people.length]!;
        people.push({
          role: ROLE_POOL[ri]!,
          answers: QUESTIONS.map((q, qi) => {
            const d = draw[qi];
            if (d === undefined || r.skipsImperative === q.imperative || r.skipsQuestion === qi) return undefined;
            if (d.level === 'n/a') return q.na ? { level: 'n/a' as const, note: d.note } : { level: 0, note: d.note, checked: d.checked };
            return { level: d.level % q.scores.length, note: d.note, checked: d.checked };
          }),
        });
      }
    });
    return people;
  });

function sheetsOf(people: readonly Person[]): AnswerSheet[] {
  return people.map((p, i) => {
    const answers: Record<string, Record<string, number | 'n/a' | { score: number | 'n/a'; note: string }>> = {};
    QUESTIONS.forEach((q, qi) => {
      const a = p.answers[qi];
      if (a === undefined) return;
      const score = a.level === 'n/a' ? 'n/a' : q.scores[a.level]!;
      (answers[q.imperative] ??= {})[q.id] = a.note ? { score, note: `note by person ${i}` } : score;
    });
    const made = sheet(answers, { name: `Person ${i}`, role: p.role });
    QUESTIONS.forEach((q, qi) => {
      if (p.answers[qi]?.checked) made.answers[q.imperative]![q.id]!.evidence = 'observed';
    });
    return made;
  });
}

/**
 * Every "<role group> <number>" in a question's printed text (its discussion line, range, level,
 * evidence: each string field of its view), back into role → mean: whatever field a role's figure
 * on one question were printed in, the attacker reads it.
 */
function printedRoleMeans(question: QuestionView): Map<string, number> {
  const means = new Map<string, number>();
  const texts = Object.values(question).filter((v): v is string => typeof v === 'string');
  for (const text of texts)
    for (const role of ROLE_POOL)
      for (const m of text.matchAll(new RegExp(`\\b${roleGroupName(role)}:? (\\d+(?:\\.\\d+)?)`, 'gi'))) means.set(role, Number(m[1]));
  return means;
}

/** Where the attacker reads a role's mean on a question: the report's printed text, or (to show the attack is real) the engine's figures as an earlier report printed them. */
type RoleMeansSource = (imperative: number, question: number, view: ReportView) => Map<string, number>;
const PRINTED: RoleMeansSource = (i, j, view) => printedRoleMeans(view.imperatives[i]!.questions[j]!);

interface Finding {
  figure: string;
  /** How many people the solved value is about. */
  people: number;
  solved: number;
  truth: number;
}

/**
 * Everything an attacker who knows who answered what (the worst case: counts exact) can solve from
 * the report's figures. Per question: the total and the shown roles' means, plus any role mean
 * derived from that role's imperative score and its other questions' means. Per imperative (the
 * issue's attack): its score × its scorers minus each shown role's score × its scorers, exact when
 * everyone in it answered every question alike.
 */
function attack(set: RubricSet, people: readonly Person[], view: ReportView, roleMeans: RoleMeansSource = PRINTED): Finding[] {
  const findings: Finding[] = [];
  // The people behind a figure: those who claimed an answer (a checked one is known, and in no role's figure).
  const scorersOf = (qi: number) => people.map((p, i) => ({ p, i })).filter(({ p }) => p.answers[qi] !== undefined && p.answers[qi]!.level !== 'n/a' && !p.answers[qi]!.checked);
  const scoreOf = (qi: number, p: Person) => QUESTIONS[qi]!.scores[p.answers[qi]!.level as number]!;
  let qi = 0;
  for (const [ii, imperative] of set.imperatives.entries()) {
    const iv = view.imperatives[ii]!;
    const first = qi;
    const known = imperative.questions.map((_, j) => roleMeans(ii, j, view));
    // A role's imperative score is a weighted mean of its questions' attainments: with all but one known, the last follows.
    for (const entry of iv.byRole) {
      if (entry.score === null) continue;
      const scored = imperative.questions.map((_, j) => j).filter((j) => scorersOf(first + j).some(({ p }) => inGroup(p, entry.role)));
      const unknown = scored.filter((j) => !known[j]!.has(entry.role));
      if (unknown.length !== 1) continue;
      const j = unknown[0]!;
      const q = QUESTIONS[first + j]!;
      const totalWeight = scored.reduce((s, k) => s + QUESTIONS[first + k]!.weight, 0);
      const others = scored.filter((k) => k !== j).reduce((s, k) => {
        const qk = QUESTIONS[first + k]!;
        return s + qk.weight * ((known[k]!.get(entry.role)! - qk.scores[0]!) / (qk.scores.at(-1)! - qk.scores[0]!));
      }, 0);
      const derivedAtt = ((entry.score / 100) * totalWeight - others) / q.weight;
      known[j]!.set(entry.role, q.scores[0]! + derivedAtt * (q.scores.at(-1)! - q.scores[0]!));
    }
    imperative.questions.forEach((question, j) => {
      const scorers = scorersOf(qi);
      const means = known[j]!;
      if (means.size > 0) {
        const total = scorers.reduce((s, { p }) => s + scoreOf(qi, p), 0);
        let restSum = total;
        let rest = scorers.length;
        for (const [role, mean] of means) {
          const n = scorers.filter(({ p }) => inGroup(p, role)).length;
          // A role's own mean is a figure too.
          const truth = scorers.filter(({ p }) => inGroup(p, role)).reduce((s, { p }) => s + scoreOf(qi, p), 0) / n;
          findings.push({ figure: `${imperative.id}/${question.id} ${role}`, people: n, solved: mean, truth });
          // Arithmetic beyond subtraction (fifth VP reading): a role's mean at an end of the question's
          // printed range means every one of its people gave that answer, so each answer is known.
          const scoresHere = scorers.map(({ p }) => scoreOf(qi, p));
          const [low, high] = [Math.min(...scoresHere), Math.max(...scoresHere)];
          for (const end of [low, high]) if (Math.abs(mean - end) < 0.05 && n > 1) findings.push({ figure: `${imperative.id}/${question.id} ${role} unanimous`, people: 1, solved: end, truth: Math.max(...scorers.filter(({ p }) => inGroup(p, role)).map(({ p }) => Math.abs(scoreOf(qi, p) - end))) === 0 ? end : Number.NaN });
          restSum -= mean * n;
          rest -= n;
        }
        if (rest > 0) {
          const restTruth = scorers.filter(({ p }) => ![...means.keys()].some((label) => inGroup(p, label))).reduce((s, { p }) => s + scoreOf(qi, p), 0) / rest;
          findings.push({ figure: `${imperative.id}/${question.id} rest`, people: rest, solved: restSum / rest, truth: restTruth });
        }
      }
      qi++;
    });
    // The attack on the imperative's own figures.
    const shownRoles = iv.byRole.filter((r) => r.score !== null);
    if (shownRoles.length > 0 && iv.score !== null) {
      const inImperative = people.filter((p) => imperative.questions.some((_, j) => p.answers[first + j] !== undefined && p.answers[first + j]!.level !== 'n/a' && !p.answers[first + j]!.checked));
      const rest = inImperative.filter((p) => !shownRoles.some((r) => inGroup(p, r.role))).length;
      for (const r of shownRoles) findings.push({ figure: `${imperative.id} ${r.role}`, people: inImperative.filter((p) => inGroup(p, r.role)).length, solved: r.score!, truth: Number.NaN });
      if (rest > 0) findings.push({ figure: `${imperative.id} rest`, people: rest, solved: Number.NaN, truth: Number.NaN });
    }
  }
  return findings;
}

/** Notes whose attribution leaves a member of the group fewer than minGroup other candidates among the people who answered that question (figure-roles.ts groupSafe). */
function notesSingledOut(people: readonly Person[], view: ReportView, minGroup: number): string[] {
  const problems: string[] = [];
  let qi = 0;
  for (const iv of view.imperatives) {
    for (const question of iv.questions) {
      const answerers = people.filter((p) => p.answers[qi] !== undefined);
      const notes = iv.notes.filter((n) => n.ref === question.ref);
      const attributed = new Set(notes.flatMap((n) => (n.role === null ? [] : [n.role])));
      for (const note of notes) {
        const candidates = answerers.filter((p) => (note.role === null ? ![...attributed].some((label) => inGroup(p, label)) : inGroup(p, note.role))).length;
        if (!groupSafe(candidates, minGroup) && candidates !== answerers.length) problems.push(`${question.ref} "${note.attribution}": ${candidates} candidates`);
      }
      qi++;
    }
  }
  return problems;
}

/** The role means the engine allows per question (questionByRole), with one decimal as reports printed them before the fifth VP reading. */
const ENGINE_MEANS =
  (people: readonly Person[], minGroup: number): RoleMeansSource => {
    const scores = scoreAudit(set, sheetsOf(people), { minGroup });
    return (i, j) => new Map(questionByRole(scores.imperatives[i]!.questions[j]!, scores).map(({ role, mean }) => [role, Math.round(mean * 10) / 10]));
  };

const reportOf = (people: readonly Person[], minGroup: number) => {
  const sheets = sheetsOf(people);
  const scores = scoreAudit(set, sheets, { minGroup });
  // Every note the rules let print approved (printed-notes.ts): the attacker reads them too.
  return buildReportView(set, sheets, scores, { names: false, readout: approvingEveryNote(set, scores) });
};

describe('the subtraction attack on random teams', () => {
  it('solves for no group smaller than --min-group, on any figure or combination the report shows, even for a member of the group who takes their own answers out', () => {
    fc.assert(
      fc.property(team, fc.integer({ min: 2, max: 4 }), (people, minGroup) => {
        if (people.length < 2) return;
        const view = reportOf(people, minGroup);
        // The insider (seventh VP reading): a member knows their own answers, so a figure over n people gives them n − 1 others'.
        const small = attack(set, people, view).filter((f) => !groupSafe(f.people, minGroup));
        expect(small, JSON.stringify(small)).toEqual([]);
        expect(notesSingledOut(people, view, minGroup)).toEqual([]);
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('the attacker is real: given the role means an earlier report printed per question, it pins whole roles at --min-group 3', () => {
    let pinned = 0;
    fc.assert(
      fc.property(team, (people) => {
        if (people.length < 2) return;
        for (const f of attack(set, people, reportOf(people, 3), ENGINE_MEANS(people, 3))) if (f.figure.endsWith('unanimous')) {
          pinned++;
          expect(f.solved, f.figure).toBe(f.truth);
        }
      }),
      { numRuns: 100, seed: 21 },
    );
    expect(pinned).toBeGreaterThan(0);
  });

  it('the attacker is real: with --min-group 1 it recovers single people, and the value it solves is theirs', () => {
    let singles = 0;
    fc.assert(
      fc.property(team, (people) => {
        if (people.length < 2) return;
        for (const f of attack(set, people, reportOf(people, 1), ENGINE_MEANS(people, 1))) {
          if (f.people !== 1 || Number.isNaN(f.truth)) continue;
          singles++;
          // Role means come from the view with one decimal: each shown one is off by 0.05 at most.
          expect(Math.abs(f.solved - f.truth), f.figure).toBeLessThanOrEqual(0.05 * people.length + 1e-9);
        }
      }),
      { numRuns: 100, seed: 21 },
    );
    expect(singles).toBeGreaterThan(0);
  });
});

describe('the team from the issue', () => {
  // 3 leaders, 3 managers, 3 salespeople who skip the managers imperative (beta here), 1 "other".
  const answer = (q: (typeof QUESTIONS)[number], level: number) => ({ level: Math.min(level, q.scores.length - 1), note: true });
  const person = (role: string, level: number, skip?: string): Person => ({ role, answers: QUESTIONS.map((q) => (q.imperative === skip ? undefined : answer(q, level))) });
  const people = [
    ...[1, 2, 3].map((l) => person('leadership', l)),
    ...[0, 1, 2].map((l) => person('sales manager', l)),
    ...[0, 1, 1].map((l) => person('salesperson', l, 'beta')),
    person('other', 4),
  ];

  it('beta: no by-role score, no per-role mean, and the other person\'s notes are not the only ones without a role', () => {
    // Minimum group 2: a role of 3 is safe alone (at 3, the insider rule folds every role of this team).
    const view = reportOf(people, 2);
    const beta = view.imperatives[1]!;
    expect(beta.byRole.every((r) => r.score === null && r.scoreText === 'not shown')).toBe(true);
    expect(beta.questions.map((q) => printedRoleMeans(q).size)).toEqual([0, 0]);
    const anonymous = beta.notes.filter((n) => n.role === null);
    expect(anonymous.length).toBeGreaterThan(2);
    expect(view.perceptionGaps.map((g) => g.imperativeTitle)).not.toContain(beta.title);
    // Alpha, which everyone scored, keeps its breakdown: the rule is per figure, not a blanket one.
    expect(view.imperatives[0]!.byRole.every((r) => r.score !== null)).toBe(true);
  });
});

/**
 * An insider reading a question only 3 people scored (issue 20 after the seventh VP reading: acme's
 * 4.8 and 4.9, asked of its 3 managers only, printed "0.7 (0 to 1)", and the annex its attainment).
 * The attacker lists every set of 3 answers that fits what the report prints about the question
 * (its mean, its range, the level where the median puts the team, its attainment in the annex's
 * worked score, its evidence counts) and, knowing their own answer, sees whether the other two's
 * answers come out the same in every one. The imperative's score gives nothing more: such a
 * question counts in it at its team level (score-term.ts; tests/faults/score-from-printed-figures.test.ts).
 */
describe('an insider reading a question 3 people scored', () => {
  const ALPHA_Q1 = 0;
  // 3 managers answer every question; 4 salespeople every one but alpha's first.
  const person = (role: string, levels: number[], skip?: number): Person => ({
    role,
    answers: QUESTIONS.map((q, qi) => (qi === skip ? undefined : { level: levels[qi % levels.length]! % q.scores.length, note: false })),
  });
  const managersOnQ1 = [0, 1, 1];
  const people = [
    ...managersOnQ1.map((l, i) => person('sales manager', [l, 2 + (i % 2), 1, 2, 3])),
    ...[0, 1, 2, 3].map((l) => person('salesperson', [l, (l + 1) % 4, l % 3, 1, 2], ALPHA_Q1)),
  ];

  /** Every multiset of 3 answers (level indexes, lowest first) that fits what the view prints about alpha's first question. */
  function fitting(view: ReportView): number[][] {
    const q = QUESTIONS[ALPHA_Q1]!;
    const row = view.imperatives[0]!.questions[ALPHA_Q1]!;
    const mean = /^\d+(\.\d+)?$/.test(row.answerText) ? Number(row.answerText) : null;
    const range = row.rangeShown ? row.rangeText.split(' to ').map(Number) : null;
    // The annex's worked score: a term labelled with the question's ref, or, with no labels, the question's place among the scored ones.
    const computation = view.imperatives[0]!.computation ?? '';
    const terms = [...computation.matchAll(/([\d.]+) × ([\d.]+)(?: \(([^)]*)\))?/g)];
    const labelled = terms.find((t) => t[3] === row.ref);
    const attainment = labelled !== undefined ? Number(labelled[2]) : terms.length === 3 && terms.every((t) => t[3] === undefined) ? Number(terms[ALPHA_Q1]![2]) : null;
    const evidence = row.evidenceText === '' ? null : row.evidenceText;
    const out: number[][] = [];
    for (let a = 0; a < q.scores.length; a++)
      for (let b = a; b < q.scores.length; b++)
        for (let c = b; c < q.scores.length; c++) {
          const scores = [a, b, c].map((l) => q.scores[l]!);
          const sum = scores.reduce((s, x) => s + x, 0);
          if (mean !== null && (Math.round((sum / 3) * 10) / 10).toFixed(1) !== mean.toFixed(1)) continue;
          if (range !== null && (scores[0] !== range[0] || scores[2] !== (range[1] ?? range[0]))) continue;
          if (row.level !== null && scores[1] !== row.level.score) continue;
          if (attainment !== null && ((sum / 3 - q.scores[0]!) / (q.scores.at(-1)! - q.scores[0]!)).toFixed(3) !== attainment.toFixed(3)) continue;
          // Every answer is a claim here: the counts say 3 claimed, which every split fits.
          if (evidence !== null && evidence !== 'claims only') continue;
          out.push([a, b, c]);
        }
    return out;
  }

  it('leaves each manager more than one set of answers the other two could have given: the row prints no level either', () => {
    const view = reportOf(people, 3);
    const row = view.imperatives[0]!.questions[ALPHA_Q1]!;
    // Held back (score-term.ts): the median of 3 is one of them's answer (VP reading 9, class 1a).
    expect(row.level).toBeNull();
    const sets = fitting(view);
    expect(sets.length).toBeGreaterThan(0);
    for (const own of new Set(managersOnQ1)) {
      const others = new Set(sets.filter((s) => s.includes(own)).map((s) => { const rest = [...s]; rest.splice(rest.indexOf(own), 1); return rest.join(','); }));
      expect([...others], `a manager who answered ${own}`).not.toHaveLength(1);
    }
    // The printed team level used to tell the manager who answered 0 that one of the other two
    // answered 1; with no level printed, the others' answers run over every level.
    const othersOfZero = sets.filter((s) => s.includes(0)).map((s) => s.slice(1));
    expect(new Set(othersOfZero.map((o) => o[0])).size).toBeGreaterThan(1);
    // No step either, and no term in the score: alpha is scored on its other two questions.
    // What leaving it out does to the score is said from the other terms and the weights alone (VP review 14, item 26).
    expect(view.imperatives[0]!.scoredOnText).toMatch(/^Q1\.1 is left out of this score: too few people answered it to report\. Counted, it would put this score between \d+ \(at its lowest level\) and \d+ \(at its highest\)\.$/);
  });

  it('the attacker is real: on the figures an earlier report printed (mean 0.7, range 0 to 1), the manager who answered 0 reads the other two', () => {
    const view = reportOf(people, 3);
    const row = view.imperatives[0]!.questions[ALPHA_Q1]!;
    const earlier = { ...view, imperatives: [{ ...view.imperatives[0]!, questions: [{ ...row, answerText: '0.7', rangeShown: true, rangeText: '0 to 1', evidenceText: 'claims only' }, ...view.imperatives[0]!.questions.slice(1)] }, ...view.imperatives.slice(1)] } as ReportView;
    expect(fitting(earlier)).toEqual([[0, 1, 1]]);
  });
});
