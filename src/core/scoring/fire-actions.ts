import type { Imperative } from '../rubric/load-rubric-set.js';
import type { Question, Recommendation } from '../rubric/schema.js';
import { nextLevel, recommendationFires } from './recommendation-fires.js';
import type { ImperativeScore } from './score-imperative.js';
import { planAttainment } from './score-term.js';

type ScoredQuestion = ImperativeScore['questions'][number];

/**
 * A question's next step: the action that lifts the team from the level above, once the current
 * step is done. It is not an item of the plan on its own: it rides on its question's item, planned
 * a horizon later (plan-actions.ts), so the plan holds one numbered item per question.
 */
export interface NextStep {
  recommendation: Recommendation;
  /** The level it lifts the team from: the level above the team level. */
  fromLevel: number;
  owner: string | null;
  /** Whose time it takes besides its owner's (`spends:`), resolved like the owner; null or absent for none. */
  spends?: string | null;
}

/** One item of the plan: a question's current step, with its next step riding on it. */
export interface FiredAction {
  imperative: Imperative;
  question: Question;
  /** The current step: the action whose `at` holds the team level. */
  recommendation: Recommendation;
  /** The question's mean score (what the report shows beside it). */
  score: number;
  /** The team level the plan starts from (QuestionScore.teamLevel: the checked answers' median, else everyone's). */
  teamLevel: number;
  /** The level this action lifts the team from: the team level. */
  fromLevel: number;
  /** weight_i × weight_q × (1 − term_q): what closing this gap is worth to the overall score (term_q: the question's term in it, score-term.ts). */
  priority: number;
  /** Who owns it at this client: the resolved owner's title (owners.ts), or null when the rubric names none. */
  owner: string | null;
  /** Whose time it frees (`frees:`), resolved like the owner; null for an ordinary step. */
  frees: string | null;
  /** Whose time it takes besides its owner's (`spends:`, a training managers attend), resolved like the owner; null or absent for none. */
  spends?: string | null;
  /** The step after this one, or null (none, or it would lead into the top level). planActions may still leave it out. */
  next: NextStep | null;
  /** Who may take it when its owner has no room (the set's `alternatives`), resolved like the owner; null for none, or where it resolves to the owner. */
  alternative?: string | null;
}

/**
 * The items of the plan, per question: the step from where the team stands (every action whose
 * `at` holds the team level; one in the default set) and, riding on the last of them, the next
 * step (the first action whose `at` holds the next level up and not the team level), unless that
 * next step leads to the top level. Nothing else: an action for a level the team is above or far
 * below does not fire. Highest priority first; ties keep imperative order, then question order,
 * then the rubric's recommendation order, so the plan reads in the same order as the interview
 * when priorities are equal. planActions puts the next step in a later horizon.
 */
export function fireActions(imperatives: readonly ImperativeScore[], resolveOwner: (key: string | undefined) => string | null = (key) => key ?? null, alternativeOf: (id: string) => string | undefined = () => undefined): FiredAction[] {
  const fired: { action: FiredAction; rank: number }[] = [];
  // A step's own owner is never also the one whose time it spends: the cap counts each owner once.
  const spendsOf = (r: Recommendation) => {
    const spends = r.spends === undefined ? null : resolveOwner(r.spends);
    return spends === resolveOwner(r.owner) ? null : spends;
  };
  // An alternative that resolves to the step's own owner (the client lacks it, and it falls back there) is none.
  const alternativeFor = (r: Recommendation) => {
    const key = alternativeOf(r.id);
    const alternative = key === undefined ? null : resolveOwner(key);
    return alternative === resolveOwner(r.owner) ? null : alternative;
  };
  // The level a question's steps start from and what closing its gap is worth; null where it fires
  // nothing (held back, score-term.ts: no level, so no step from claims too few to show); a census
  // too small to print steps from its level all the same (planAttainment).
  const gapOf = (imperative: Imperative, scored: ScoredQuestion) => {
    const attainment = planAttainment(scored);
    if (scored.meanScore === null || attainment === null || scored.teamLevel === null) return null;
    return { score: scored.meanScore, level: scored.teamLevel, priority: imperative.weight * scored.question.weight * (1 - attainment) };
  };
  const fire = (imperative: Imperative, question: Question, recommendation: Recommendation, gap: NonNullable<ReturnType<typeof gapOf>>, next: NextStep | null) =>
    fired.push({ action: { imperative, question, recommendation, score: gap.score, teamLevel: gap.level, fromLevel: gap.level, priority: gap.priority, owner: resolveOwner(recommendation.owner), frees: recommendation.frees === undefined ? null : resolveOwner(recommendation.frees), spends: spendsOf(recommendation), next, alternative: alternativeFor(recommendation) }, rank: fired.length });
  for (const { imperative, questions } of imperatives) {
    for (const scored of questions) {
      const { question } = scored;
      const gap = gapOf(imperative, scored);
      if (gap === null) continue;
      const level = gap.level;
      const now = question.recommendations.filter((r) => recommendationFires(question, r, level));
      // The next step only follows a current one: a team at a level with no action has no step to
      // follow. And it never lifts the team into the top level: the top-level routine waits until
      // the team stands one level below it (a weak team is not prescribed the finished habit).
      // A step that lifts more than one level says where to (`to:`): the next step is the one from there.
      const last = now[now.length - 1];
      const above = last === undefined ? null : (last.to ?? nextLevel(question, level));
      const reaches = above === null ? null : nextLevel(question, above);
      const nextStep =
        above === null || reaches === null || nextLevel(question, reaches) === null
          ? undefined
          : question.recommendations.find((r) => !now.includes(r) && recommendationFires(question, r, above));
      now.forEach((recommendation, i) => {
        const next = i === now.length - 1 && nextStep !== undefined ? { recommendation: nextStep, fromLevel: above!, owner: resolveOwner(nextStep.owner), spends: spendsOf(nextStep) } : null;
        fire(imperative, question, recommendation, gap, next);
      });
    }
  }
  // A build step (`build: true`) fires wherever a fired step, or a next step riding on one,
  // requires it, whatever its own question's level: the report the VP Sales' steps read is built
  // by whoever builds reports (tenth rubric review, C.5: seven recurring reports had no build
  // step). It stands in the plan at its own question's gap; plan-actions.ts orders it before what
  // requires it. A build a fired build requires fires too (the battlecards' quarterly update needs
  // the battlecards), so the list of what is wanted grows as builds fire.
  const firedIds = new Set(fired.map((f) => f.action.recommendation.id));
  const builds = new Map<string, { imperative: Imperative; scored: ScoredQuestion; recommendation: Recommendation }>();
  for (const { imperative, questions } of imperatives) for (const scored of questions) for (const r of scored.question.recommendations) if (r.build === true) builds.set(r.id, { imperative, scored, recommendation: r });
  const wanted = fired.flatMap((f) => [...f.action.recommendation.requires, ...(f.action.next?.recommendation.requires ?? [])]);
  for (let i = 0; i < wanted.length; i++) {
    const id = wanted[i]!;
    const build = builds.get(id);
    if (build === undefined || firedIds.has(id)) continue;
    const { imperative, scored, recommendation } = build;
    const gap = gapOf(imperative, scored);
    if (gap === null) continue;
    firedIds.add(id);
    fire(imperative, scored.question, recommendation, gap, null);
    wanted.push(...recommendation.requires);
  }
  fired.sort((a, b) => b.action.priority - a.action.priority || a.rank - b.rank);
  return fired.map((f) => f.action);
}
