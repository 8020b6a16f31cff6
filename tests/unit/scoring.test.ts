// Scoring of one respondent against a fixture whose every number is worked out by hand below.
import { describe, expect, it } from 'vitest';
import { attainment } from '../../src/core/scoring/attainment.js';
import { bandOf } from '../../src/core/scoring/band-of.js';
import { roundScore } from '../../src/core/scoring/round-score.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const set = fixtureSet();
// alpha: q1 3/4 = 0.75 (w2), q2 (2−1)/(5−1) = 0.25 (w1), q3 0/2 = 0 (w1)
//   → 100 × (2×0.75 + 0.25 + 0) / 4 = 43.75 → 43.8; target 70, gap 26.2; Developing
// beta:  q1 4/4 = 1 (w1), q2 2/4 = 0.5 (w3) → 100 × (1 + 1.5) / 4 = 62.5; target 75, gap 12.5; Capable
// overall (weights 2 and 1): (2×43.8 + 62.5) / 3 = 50.03 → 50.0; Developing
const dana = sheet({ alpha: { q1: 3, q2: 2, q3: 0 }, beta: { q1: 4, q2: 2 } });

describe('attainment', () => {
  it('places a score on its own scale, from 0 to 1', () => {
    const q = set.imperatives[0]!.questions[1]!; // levels 1..5
    expect(attainment(q, 1)).toBe(0);
    expect(attainment(q, 3)).toBe(0.5);
    expect(attainment(q, 5)).toBe(1);
  });
});

describe('bands', () => {
  it('cuts at 40, 60 and 80', () => {
    expect([0, 39.9, 40, 59.9, 60, 79.9, 80, 100].map(bandOf)).toEqual([
      'atRisk',
      'atRisk',
      'developing',
      'developing',
      'capable',
      'capable',
      'highPerforming',
      'highPerforming',
    ]);
    expect(bandOf(null)).toBeNull();
  });
});

describe('roundScore', () => {
  it('rounds half up to one decimal without binary noise', () => {
    expect(roundScore(43.75)).toBe(43.8);
    expect(roundScore(62.45)).toBe(62.5);
    expect(roundScore(53.125)).toBe(53.1);
    expect(roundScore(100 * (1 / 3))).toBe(33.3);
  });
});

describe('scoreAudit, one respondent', () => {
  const scores = scoreAudit(set, [dana]);
  const [alpha, beta] = scores.imperatives;

  it('scores each imperative as the weighted mean attainment', () => {
    expect(alpha).toMatchObject({ score: 43.8, target: 70, gap: 26.2, band: 'developing', coverage: 1 });
    expect(beta).toMatchObject({ score: 62.5, target: 75, gap: 12.5, band: 'capable', coverage: 1 });
    expect(alpha!.questions.map((q) => q.attainment)).toEqual([0.75, 0.25, 0]);
  });

  it('weights imperatives into the overall score', () => {
    // Kept to two decimals (round-score.ts roundOverall), so page one rounds it once.
    expect(scores.overall).toEqual({ score: 50.03, band: 'developing' });
  });

  it('fires recommendations below their threshold, by priority', () => {
    // alpha/q3: 2×1×(1−0) = 2; alpha/q2: 2×1×(1−0.25) = 1.5; alpha/q1 (3 < 4): 2×2×(1−0.75) = 1
    expect(scores.actions.map((a) => [a.question.id, a.recommendation.action, a.priority])).toEqual([
      ['q3', 'Start alpha three', 2],
      ['q2', 'Improve alpha two', 1.5],
      ['q1', 'Embed alpha one', 1],
    ]);
  });

  it('breaks priority ties by imperative order, then question order', () => {
    // alpha/q1 = 1 → 2×2×0.75 = 3 for both recommendations; beta/q1 = 0 → 1×1×1 = 1; alpha/q3 = 1 → 2×1×0.5 = 1
    const tied = scoreAudit(set, [sheet({ alpha: { q1: 1, q2: 5, q3: 1 }, beta: { q1: 0, q2: 4 } })]);
    expect(tied.actions.map((a) => `${a.imperative.id}/${a.question.id}:${a.recommendation.horizon}:${a.priority}`)).toEqual([
      'alpha/q1:30:3',
      'alpha/q1:90:3',
      'alpha/q3:30:1',
      'beta/q1:60:1',
    ]);
  });

  it('fires nothing at the top of every scale', () => {
    expect(scoreAudit(set, [sheet({ alpha: { q1: 4, q2: 5, q3: 2 }, beta: { q1: 4, q2: 4 } })]).actions).toEqual([]);
  });

  it('leaves n/a out of the score instead of counting it as zero', () => {
    // alpha without q2: 100 × (2×0.75 + 0) / 3 = 50.0
    const na = scoreAudit(set, [sheet({ alpha: { q1: 3, q2: 'n/a', q3: 0 }, beta: { q1: 4, q2: 2 } })]);
    expect(na.imperatives[0]).toMatchObject({ score: 50, coverage: 1 });
    expect(na.imperatives[0]!.questions[1]).toMatchObject({ attainment: null, respondents: 0, notApplicable: 1 });
    expect(na.actions.some((a) => a.question.id === 'q2')).toBe(false);
  });

  it('reports coverage and leaves unanswered questions out', () => {
    const partial = scoreAudit(set, [sheet({ alpha: { q1: 3, q2: 2 }, beta: { q1: 4, q2: 2 } })]);
    // alpha: 100 × (2×0.75 + 0.25) / 3 = 58.3
    expect(partial.imperatives[0]).toMatchObject({ score: 58.3, coverage: 2 / 3 });
  });

  it('gives no score (not zero) to an imperative with nothing scored, and leaves it out of the overall', () => {
    const none = scoreAudit(set, [sheet({ alpha: { q2: 'n/a' }, beta: { q1: 4, q2: 2 } })]);
    expect(none.imperatives[0]).toMatchObject({ score: null, gap: null, band: null, coverage: 1 / 3 });
    expect(none.overall).toEqual({ score: 62.5, band: 'capable' });
    const nothing = scoreAudit(set, [sheet({})]);
    expect(nothing.overall).toEqual({ score: null, band: null });
    expect(nothing.actions).toEqual([]);
  });

  it('takes a target override for every imperative, and a gap is never negative', () => {
    const lowTarget = scoreAudit(set, [dana], { target: 50 });
    expect(lowTarget.imperatives.map((i) => [i.target, i.gap])).toEqual([
      [50, 6.2],
      [50, 0],
    ]);
  });

  it('computes band and gap from the score as shown', () => {
    // beta: q1 = 3 (0.75), q2 = 2 (0.5): 100 × (0.75 + 1.5) / 4 = 56.25 → 56.3; gap 75 − 56.3 = 18.7
    const shown = scoreAudit(set, [sheet({ beta: { q1: 3, q2: 2 } })]);
    expect(shown.imperatives[1]).toMatchObject({ score: 56.3, gap: 18.7, band: 'developing' });
  });
});
