// The questions a report shows no figure for (too few scored them: QuestionScore.figuresShown)
// still count in their imperative's score. The annex then works the score out with them as one
// term, their summed weight × their combined attainment, so the arithmetic still adds up. This
// file says whether that term, with each question's team level (the median, printed as its level
// text and in the plan's step), gives away more of the answers than the levels alone: the attacker
// is one of the people who answered, who knows their own answers and sets them aside.
import { attainment } from './attainment.js';
import { levelCounts, medianLevelIndex } from './answer-tally.js';
import type { QuestionScore } from './score-question.js';

/** Σ weight × attainment / Σ weight over the questions: the hidden questions' one term. */
export function combinedAttainment(questions: readonly QuestionScore[]): number {
  const weight = questions.reduce((sum, q) => sum + q.question.weight, 0);
  return questions.reduce((sum, q) => sum + q.question.weight * q.attainment!, 0) / weight;
}

/** Splits searched at most; a larger search is taken as pinned (the score is then shown without its breakdown). */
export const HIDDEN_SEARCH_LIMIT = 200_000;

/** Every multiset of `size` answers over `levels` levels, as counts per level. */
function multisets(size: number, levels: number): number[][] {
  if (levels === 1) return [[size]];
  const out: number[][] = [];
  for (let n = size; n >= 0; n--) for (const rest of multisets(size - n, levels - 1)) out.push([n, ...rest]);
  return out;
}

/**
 * Whether the combined term, printed with `format` (three decimals in the annex), fixes the other
 * people's answers to some hidden question where its team level alone leaves them open, for a reader
 * who answered none of them or for one of a role that answered some (any level its people gave to
 * each: every respondent is tried, and some combinations nobody gave, which errs on the safe side).
 */
export function combinedTermPins(questions: readonly QuestionScore[], format: (value: number) => string): boolean {
  const printed = format(combinedAttainment(questions));
  const weight = questions.reduce((sum, q) => sum + q.question.weight, 0);
  const facts = questions.map((q) => {
    const counts = levelCounts(q.answers);
    return { q, counts, size: counts.reduce((a, b) => a + b, 0), median: medianLevelIndex(counts), levels: counts.length };
  });
  // The readers: an outsider (no own answer, null), then, per role, each combination of own answers
  // its people gave to the questions it answered (some combinations nobody gave: the safe side).
  const readers: (number | null)[][] = [facts.map(() => null)];
  const roles = new Set(questions.flatMap((q) => [...q.answers.byRole.keys()]));
  for (const role of roles) {
    const given = questions.map((q) => (q.answers.byRole.get(role)?.levels ?? []).flatMap((n, level) => (n > 0 ? [level] : [])));
    const own = (i: number): (number | null)[][] => {
      if (i === facts.length) return [[]];
      const levels: (number | null)[] = given[i]!.length === 0 ? [null] : given[i]!;
      return own(i + 1).flatMap((rest) => levels.map((level) => [level, ...rest]));
    };
    readers.push(...own(0));
  }
  for (const reader of readers) {
    // Per question, the others' answers the team level allows, with the term each adds.
    const candidates = facts.map((f, i) => {
      const mine = reader[i] ?? null;
      return multisets(f.size - (mine === null ? 0 : 1), f.levels).filter((others) => {
        const all = others.map((n, level) => n + (level === mine ? 1 : 0));
        return medianLevelIndex(all) === f.median;
      }).map((others) => {
        const all = others.map((n, level) => n + (level === mine ? 1 : 0));
        const sum = all.reduce((s, n, level) => s + n * f.q.answers.levelScores[level]!, 0);
        return { key: others.join(','), term: f.q.question.weight * attainment(f.q.question, sum / f.size) };
      });
    });
    if (candidates.reduce((n, c) => n * c.length, 1) > HIDDEN_SEARCH_LIMIT) return true;
    // The others' answers to each question in some split that prints the same term.
    const fitting = facts.map(() => new Set<string>());
    const walk = (i: number, term: number, keys: string[]): void => {
      if (i === facts.length) {
        if (format(term / weight) === printed) keys.forEach((key, q) => fitting[q]!.add(key));
        return;
      }
      for (const c of candidates[i]!) walk(i + 1, term + c.term, [...keys, c.key]);
    };
    walk(0, 0, []);
    if (fitting.some((keys, i) => keys.size === 1 && candidates[i]!.length > 1)) return true;
  }
  return false;
}
