// Page one of the readout: the headline finding, the priorities that can start now with one line
// of why each, and the decisions for leadership. Pure wording over scores and the other views.
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { wordingFor } from '../rubric/wording.js';
import { PERCEPTION_GAP_CALLOUT } from '../scoring/config.js';
import { questionByRole } from '../scoring/question-by-role.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { roleGroup } from './describe-role.js';
import { capitalize, formatMean, formatNumber, formatScore, listText, ranksText } from './format.js';
import type { ActionView, DecisionView, ImperativeView, PriorityView, QuestionView } from './report-view.js';


/**
 * One or two sentences: the largest perception gap when two roles or more are shown and it reaches
 * the call-out threshold (where they disagree most is the finding); otherwise the weakest
 * imperative and its lowest answers.
 */
export function headlineOf(scores: AuditScores, imperatives: readonly ImperativeView[]): string {
  const gap = scores.perceptionGaps[0];
  if (scores.byRoleShown && gap !== undefined && gap.difference >= PERCEPTION_GAP_CALLOUT) {
    const higher = roleGroup(gap.higher.role);
    const lower = roleGroup(gap.lower.role);
    const first = `${capitalize(higher.name)} and ${lower.name} do not describe the same sales force: ${higher.name} ${higher.plural ? 'score' : 'scores'} ${gap.imperative.title} ${formatScore(gap.difference)} points higher than ${lower.name} ${lower.plural ? 'do' : 'does'} (${formatScore(gap.higher.score)} against ${formatScore(gap.lower.score)}).`;
    // The question of that imperative on which the two roles' mean answers are furthest apart.
    const result = scores.imperatives.find((i) => i.imperative.id === gap.imperative.id)!;
    let widest: { index: number; high: number; low: number } | null = null;
    result.questions.forEach((q, index) => {
      const byRole = questionByRole(q, scores);
      const means = [gap.higher.role, gap.lower.role].map((role) => byRole.find((r) => r.role === role)?.mean ?? null);
      if (means[0] === null || means[1] === null) return;
      if (widest === null || means[0]! - means[1]! > widest.high - widest.low) widest = { index, high: means[0]!, low: means[1]! };
    });
    const split = widest as { index: number; high: number; low: number } | null;
    if (split === null || split.high <= split.low) return first;
    const view = imperatives.find((v) => v.id === gap.imperative.id)!.questions[split.index]!;
    const top = result.questions[split.index]!.question.levels.at(-1)!.score;
    return `${first} They split most on ${view.ref} ${view.label}: ${higher.name} ${higher.plural ? 'answer' : 'answers'} ${formatMean(split.high)} of ${top} on average, ${lower.name} ${formatMean(split.low)}.`;
  }
  const scored = imperatives.filter((v) => v.score !== null);
  if (scored.length === 0) return 'Nothing is scored yet: no question has a scored answer.';
  const weakest = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
  const standing = weakest.gap! > 0 ? `${weakest.gapText} points below its target of ${weakest.targetText}` : `meeting its target of ${weakest.targetText}`;
  const first =
    scored.length === 1
      ? `${weakest.title} is scored ${weakest.scoreText} of 100 (${weakest.band}), ${standing}.`
      : `${weakest.title} is the weakest imperative: ${weakest.scoreText} of 100 (${weakest.band}), ${standing}.`;
  const lowest = weakest.questions
    .filter((q) => q.scored)
    .sort((a, b) => Number(a.attainmentText) - Number(b.attainmentText))
    .slice(0, 2);
  if (lowest.length === 0) return first;
  // "4.6 Time for people (Absent, 0 of 4)" for one respondent, "(mean 0.7)" for several.
  const answer = (q: QuestionView) => (scores.respondents === 1 ? q.answerText.replace(/ \((\S+) of (\S+)\)$/, ', $1 of $2') : `mean ${q.answerText}`);
  return `${first} Its lowest ${lowest.length === 1 ? 'answer' : 'answers'}: ${listText(lowest.map((q) => `${q.ref} ${q.label} (${answer(q)})`))}.`;
}

/** The priorities of page one and the sentence that says which ranks of the plan they are. */
export function prioritiesOf(
  actions: readonly ActionView[],
  ranks: readonly number[],
  scores: AuditScores,
  questions: ReadonlyMap<string, QuestionView>,
): { priorities: PriorityView[]; prioritiesText: string } {
  const priorities = ranks.map((rank, i) => {
    const action = actions[rank - 1]!;
    const planned = scores.actions[rank - 1]!;
    const question = questions.get(`${planned.imperative.id}/${planned.question.id}`)!;
    const top = planned.question.levels.at(-1)!.score;
    const single = scores.respondents === 1;
    const weight = `weight ${formatNumber(planned.question.weight)}${planned.imperative.weight === 1 ? '' : ` in an imperative of weight ${formatNumber(planned.imperative.weight)}`}`;
    // Say where the team stands (recommendation-fires.ts): the median respondent's level, and
    // which step this is from there.
    const score = `${action.questionRef} ${action.questionLabel} ${single ? 'is answered' : 'averages'} ${action.scoreText} of ${top}`;
    const stands = single ? `at level ${action.teamLevel} (${action.teamLevelLabel})` : `at level ${action.teamLevel} (${action.teamLevelLabel}) by its median respondent`;
    const parts = [
      action.step === 'now'
        ? `${score}; the team stands ${stands}, the level this action lifts it from (${weight})`
        : `${score}; the team stands ${stands}, and this is the next step once the first is done (${weight})`,
    ];
    if (action.neededBy.length > 0) {
      parts.push(`${planned.orderPriority > planned.priority ? 'ranked this high because it unblocks' : 'it unblocks'} ${ranksText(action.neededBy)}`);
    }
    parts.push(question.claimsOnly ? 'it rests on claims only' : `evidence: ${question.evidenceText}`);
    return { ...action, number: i + 1, why: `${parts.join('; ')}.` };
  });
  if (priorities.length === 0) return { priorities, prioritiesText: '' };
  const last = ranks[ranks.length - 1]!;
  const skipped = actions.filter((a) => a.rank < last && !ranks.includes(a.rank)).map((a) => a.rank);
  const which =
    skipped.length === 0
      ? `The first ${priorities.length === 1 ? 'action' : `${priorities.length} actions`} of the plan's ${actions.length}`
      : `Ranks ${listText(ranks.map(String))} of the plan's ${actions.length} actions`;
  // A few passed-over ranks are named; many are counted, so the line stays one line.
  const passed = skipped.length <= 4 ? `${skipped.length === 1 ? 'Rank' : 'Ranks'} ${listText(skipped.map(String))}` : `The other ${skipped.length} of the first ${last}`;
  const waiting = skipped.length === 0 ? '' : ` ${passed} ${skipped.length === 1 ? 'waits' : 'wait'} for an action ranked above ${skipped.length === 1 ? 'it' : 'them'}.`;
  return { priorities, prioritiesText: `${which}: the most important ones that wait for nothing.${waiting}` };
}

/**
 * The rubrics' reflection questions (the seed's questions for leadership), each with this client's
 * finding: largest gap to target first, imperatives meeting their target after, unscored last.
 */
export function decisionsOf(set: RubricSet, scores: AuditScores, imperatives: readonly ImperativeView[]): DecisionView[] {
  const rows = imperatives.map((view, i) => {
    const imperative = set.imperatives.find((x) => x.id === view.id)!;
    const parts: string[] = [];
    if (view.score === null) parts.push('not scored yet: no answered questions');
    else parts.push(view.gap! > 0 ? `${view.scoreText} against a target of ${view.targetText} (${view.band})` : `${view.scoreText}, meeting its target of ${view.targetText}`);
    const gap = scores.perceptionGaps.find((g) => g.imperative.id === view.id && g.difference >= PERCEPTION_GAP_CALLOUT);
    if (gap) {
      const higher = roleGroup(gap.higher.role);
      parts.push(`${higher.name} ${higher.plural ? 'score' : 'scores'} it ${formatScore(gap.difference)} points higher than ${roleGroup(gap.lower.role).name}`);
    }
    const disputed = view.questions.filter((q) => q.needsDiscussion).length;
    if (disputed > 0) parts.push(`respondents are two levels or more apart on ${disputed === 1 ? 'one question' : `${disputed} questions`}`);
    const lowest = view.questions.filter((q) => q.scored).sort((a, b) => Number(a.attainmentText) - Number(b.attainmentText))[0];
    if (lowest && view.gap !== null && view.gap > 0) parts.push(`lowest: ${lowest.ref} ${lowest.label} (${lowest.answerText})`);
    return {
      order: i,
      gap: view.gap,
      decision: { number: 0, question: imperative.reflection ?? wordingFor(imperative.questions[0]!.prompt), imperativeTitle: view.title, finding: `${capitalize(parts.join('; '))}.` },
    };
  });
  rows.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.order - b.order);
  return rows.map((row, i) => ({ ...row.decision, number: i + 1 }));
}
