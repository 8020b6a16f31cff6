// Scores to the documented JSON results: scores and gaps with one decimal (as in the report),
// attainment, coverage and priority unrounded so a program can recompute anything.
import { discussionDisclosure } from './page-one.js';
import type { RespondentRecord } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { DEFAULT_FOCUS } from '../scoring/config.js';
import { DEFAULT_PLAN_SIZE } from '../readout/readout-constants.js';
import { planPriorityIds } from './page-one.js';
import { noteFates, type RuleHeldBack } from './printed-notes.js';
import { roundScore } from '../scoring/round-score.js';
import type { AuditScores } from '../scoring/score-audit.js';
import type { Results } from './results-schema.js';
import type { Benchmark } from '../portfolio/build-benchmark.js';
import { benchmarkResults } from './to-benchmark-results.js';
import { stepLag } from '../rubric/step-lag.js';

export function buildResults(set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, options: { names: boolean; focus?: number; planSize?: number; benchmark?: Benchmark }): Results {
  const nameOf = (index: number) => (options.names ? sheets[index]!.respondent.name : null);
  // Each respondent's group as scoring names it, where it is shown: their role as written, or a pool's name (split-roles.ts).
  const groupOf: ({ role: string; pooled: boolean } | undefined)[] = [];
  for (const r of scores.shownRoles) for (const index of r.respondents) groupOf[index] = { role: r.role, pooled: r.keys.length > 1 };
  const roleOf = (index: number) => {
    const group = groupOf[index];
    return group === undefined ? null : group.pooled ? group.role : sheets[index]!.respondent.role.trim();
  };
  const single = sheets.length === 1;
  return {
    organization: sheets[0]?.organization ?? '',
    respondents: sheets.map((sheet, i) => ({ name: nameOf(i), role: roleOf(i), date: sheet.date })),
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
        // The same attribution rule as the report's, and whether the report holds the note back (printed-notes.ts): the data keeps every note.
        // No approvals (approved: null): the flag says what the rules hold back, whatever a readout approves.
        const fates = noteFates(q, scores, (index) => groupOf[index]?.role ?? sheets[index]!.respondent.role.trim(), { showIdentifying: false, names: options.names, approved: null });
        const notes = fates.map((f) => ({ role: f.role === null ? null : roleOf(f.answer.respondent), name: nameOf(f.answer.respondent), note: f.answer.note, id: f.id, heldBack: f.heldBack as RuleHeldBack | null }));
        const { document, observed, data, survey, claimed } = q.answers.evidence;
        return {
          id: q.question.id,
          score: q.meanScore === null ? null : roundScore(q.meanScore),
          attainment: q.attainment,
          note: single ? (notes[0]?.note ?? null) : null,
          notes,
          // Only when some were left out (answer-tally.ts), so a report with every note reads as before.
          ...(q.answers.notesLeftOut === 0 ? {} : { notesLeftOut: q.answers.notesLeftOut }),
          // The data keeps every figure; the marker says where the other formats print none (score-audit.ts figuresShown).
          figuresHeldBack: q.figuresShown ? null : ('too-few-scored' as const),
          respondents: q.respondents,
          notApplicable: q.notApplicable,
          // The range is withheld where the report withholds it (page-one.ts discussionDisclosure).
          ...(discussionDisclosure(q, scores).rangeShown ? { min: q.min, max: q.max, spread: q.spread } : { min: null, max: null, spread: null }),
          needsDiscussion: q.needsDiscussion,
          // A survey only where an answer rests on one, so results written before the kind read the same.
          evidence: { document, observed, data, ...(survey > 0 ? { survey } : {}), claimed },
        };
      }),
    })),
    confidentiality: { names: options.names, minGroup: scores.minGroup, pooledRoles: scores.pooledRoles.map((r) => r.role), foldedRoles: scores.foldedRoles.map((r) => r.role) },
    priorities: planPriorityIds(scores, options.focus ?? DEFAULT_FOCUS, options.planSize ?? DEFAULT_PLAN_SIZE, set.slots ?? null),
    actions: scores.actions.map((a) => ({
      id: a.recommendation.id,
      imperative: a.imperative.id,
      question: a.question.id,
      title: a.recommendation.title ?? a.recommendation.action,
      action: a.recommendation.action,
      horizon: a.horizon,
      owner: a.owner,
      effort: a.recommendation.effort,
      teamLevel: a.teamLevel,
      next:
        a.next === null
          ? null
          : { id: a.next.recommendation.id, title: a.next.recommendation.title ?? a.next.recommendation.action, action: a.next.recommendation.action, horizon: a.next.horizon, owner: a.next.owner, fromLevel: a.next.fromLevel },
      requires: [...a.recommendation.requires],
      decision: a.recommendation.decision ?? null,
      lag: stepLag(a.question, a.recommendation, a.fromLevel),
      priority: a.priority,
      rank: a.rank,
    })),
    perceptionGaps: scores.perceptionGaps.map((gap) => ({ imperative: gap.imperative.id, roles: [gap.higher.role, gap.lower.role], difference: gap.difference })),
    ...(options.benchmark === undefined ? {} : { benchmark: benchmarkResults(options.benchmark) }),
  };
}
