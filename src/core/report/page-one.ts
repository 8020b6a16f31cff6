// Page one of the readout: the headline finding, the priorities that can start now with one line
// of why each, and the decisions for leadership. Pure wording over scores and the other views.
import { PERCEPTION_GAP_CALLOUT } from '../scoring/config.js';
import { questionByRole } from '../scoring/question-by-role.js';
import type { AuditScores } from '../scoring/score-audit.js';
import { roleGroup } from './describe-role.js';
import { capitalize, formatMean, formatScore, levelPlace, listText, ranksText } from './format.js';
import { inRange, rangeOf } from '../rubric/level-range.js';
import { teamLevel } from '../scoring/recommendation-fires.js';
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

/**
 * Page one's priorities: the actions with these ids (in the plan's numbering, numberPlan), each
 * with a plain why: where the team stands on the question, in the ladder's words, and which
 * actions of the plan wait for it. No rank arithmetic, no priority decimals: those are the
 * method's, in the appendix.
 */
export function prioritiesOf(
  numbered: readonly ActionView[],
  ids: readonly string[],
  scores: AuditScores,
  whyOverride: ReadonlyMap<string, string> = new Map(),
): { priorities: PriorityView[]; prioritiesText: string } {
  const priorities = ids.flatMap((id, i) => {
    const action = numbered.find((a) => a.id === id);
    if (action === undefined) return [];
    const planned = scores.actions.find((a) => a.recommendation.id === id)!;
    const stands = `${action.questionRef} ${action.questionLabel}: the team stands at “${action.teamLevelLabel}”, ${levelPlace(planned.question.levels, action.teamLevel)}`;
    const parts = [stands];
    if (action.neededBy.length > 0) parts.push(`${ranksText(action.neededBy)} ${action.neededBy.length === 1 ? 'waits' : 'wait'} for it`);
    if (action.verifyFirst) parts.push(action.verifyText);
    return [{ ...action, number: i + 1, why: whyOverride.get(id) ?? `${parts.join('; ')}.` }];
  });
  const ranks = priorities.map((p) => p.rank);
  const contiguous = ranks.every((r, i) => r === ranks[0]! + i);
  const which = ranks.length === 1 ? `#${ranks[0]}` : contiguous ? `#${ranks[0]} to #${ranks.at(-1)}` : ranksText(ranks);
  const count = priorities.length === 1 ? 'One action' : `${capitalize(countWord(priorities.length))} actions`;
  return {
    priorities,
    prioritiesText: priorities.length === 0 ? '' : `${count} that can start now, before anything else: ${which} of the plan.`,
  };
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/**
 * The decisions for leadership: the rubric's decision points (a question's `decision:`) whose
 * levels hold the team level of their question, in imperative and question order. The reflection
 * questions of the seed are not decisions: they stay in the appendix.
 */
export function decisionsOf(scores: AuditScores, imperatives: readonly ImperativeView[]): DecisionView[] {
  const decisions: DecisionView[] = [];
  scores.imperatives.forEach((result, i) => {
    result.questions.forEach((q, j) => {
      const decision = q.question.decision;
      if (decision === undefined) return;
      const level = teamLevel(q.answers);
      if (level === null || !inRange(rangeOf(decision.at), level)) return;
      const view = imperatives[i]!.questions[j]!;
      const label = q.question.levels.find((l) => l.score === level)?.label ?? String(level);
      // The note that says most, as the report attributes it: one with a figure in it first.
      const notes = imperatives[i]!.notes.filter((n) => n.ref === view.ref);
      const figures = (text: string) => text.match(/\d+/g)?.length ?? 0;
      const note = [...notes].sort((a, b) => figures(b.text) - figures(a.text))[0];
      const quote = note === undefined ? '' : ` “${note.text}” (${note.attribution})`;
      decisions.push({
        number: decisions.length + 1,
        id: decision.id,
        question: decision.text,
        imperativeTitle: result.imperative.title,
        finding: `${view.ref} ${view.label}: the team stands at “${label}”, ${levelPlace(q.question.levels, level)}.${quote}`,
      });
    });
  });
  return decisions;
}
