// Scores to the documented JSON results: scores and gaps with one decimal (as in the report),
// attainment, coverage and priority unrounded so a program can recompute anything.
import type { AnswerSheet } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { roundScore } from '../scoring/round-score.js';
import type { AuditScores } from '../scoring/score-audit.js';
import type { Results } from './results-schema.js';

export function buildResults(set: RubricSet, sheets: readonly AnswerSheet[], scores: AuditScores, options: { anonymize: boolean }): Results {
  const nameOf = (index: number) => (options.anonymize ? null : sheets[index]!.respondent.name);
  const single = sheets.length === 1;
  return {
    organization: sheets[0]?.organization ?? '',
    respondents: sheets.map((sheet, i) => ({ name: nameOf(i), role: sheet.respondent.role.trim(), date: sheet.date })),
    date: sheets.map((s) => s.date).sort().at(-1) ?? '',
    rubrics: { title: set.title, digest: set.digest },
    overall: { score: scores.overall.score, band: scores.overall.band === null ? null : set.bandNames[scores.overall.band] },
    imperatives: scores.imperatives.map((result) => ({
      id: result.imperative.id,
      title: result.imperative.title,
      weight: result.imperative.weight,
      score: result.score,
      target: result.target,
      gap: result.gap,
      band: result.band === null ? null : set.bandNames[result.band],
      coverage: result.coverage,
      byRole: Object.fromEntries(result.byRole.map((r) => [r.role, r.score])),
      questions: result.questions.map((q) => {
        const notes = q.answers
          .filter((a) => a.note !== null)
          .map((a) => ({ role: sheets[a.respondent]!.respondent.role.trim(), name: nameOf(a.respondent), note: a.note! }));
        return {
          id: q.question.id,
          score: q.meanScore === null ? null : roundScore(q.meanScore),
          attainment: q.attainment,
          note: single ? (notes[0]?.note ?? null) : null,
          notes,
          respondents: q.respondents,
          notApplicable: q.notApplicable,
          min: q.min,
          max: q.max,
          spread: q.spread,
          needsDiscussion: q.needsDiscussion,
        };
      }),
    })),
    actions: scores.actions.map((a) => ({
      imperative: a.imperative.id,
      question: a.question.id,
      action: a.recommendation.action,
      horizon: a.recommendation.horizon,
      owner: a.recommendation.owner ?? null,
      priority: a.priority,
    })),
    perceptionGaps: scores.perceptionGaps.map((gap) => ({ imperative: gap.imperative.id, roles: [gap.higher.role, gap.lower.role], difference: gap.difference })),
  };
}
