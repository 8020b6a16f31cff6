// Page one of the readout (issue 20), written for a VP who decides on Monday: a verdict with its
// cause and the ask; the decisions, each with the option we recommend, what it costs and the plan
// items that carry it out; the priorities, each with one plain sentence of why. No question
// numbers, level numbers, means, dependency lists or decimals: those are the detail's
// (tests/unit/page-one.test.ts holds page one to that). Pure wording over scores and the views.
import { inRange, rangeOf, teamFinding, type LevelRange } from '../rubric/level-range.js';
import type { DecisionStatus } from '../readout/readout-constants.js';
import type { MoneyRange } from '../readout/facts.js';
import type { Decision } from '../rubric/schema.js';
import { questionTitle } from '../rubric/titles.js';
import { capacitySteps } from '../scoring/capacity.js';
import { GATE_DECISION_DAYS, PERCEPTION_GAP_CALLOUT } from '../scoring/config.js';
import { couldChangeWhatIsDone, higherView, ROLE_SPLIT } from '../scoring/discussion.js';
import { answersPinned, type DiscussionClaim, type PrintedQuestion } from '../scoring/pinned-answers.js';
import { checksSetLevel, claimCounts, levelCounts } from '../scoring/answer-tally.js';
import { questionByRole, questionRoleFigures } from '../scoring/question-by-role.js';
import type { AuditScores } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { printedLevel } from '../scoring/score-term.js';
import { roleDifferences } from '../readout/figures.js';
import { roleKey } from '../rubric/wording.js';
import { roleGroup } from './describe-role.js';
import { bandFinding, statesBand } from './band-finding.js';
import { checkedOnText, countEvidence, kindWords, readByAuditor, surveyOnly } from './evidence-of.js';
import { capitalize, countText, listText, lowerFirst, lowerFirstWord, possessive, ranksText } from './format.js';
import { layoutPlan, NO_EDITS, type PlanItem, type PlanLayout, type PlanShape } from './number-plan.js';
import type { ActionView, DecisionView, ImperativeView, PriorityView } from './report-view.js';

/** A decision point of the rubric whose levels hold its question's team level. */
export interface TriggeredDecision {
  decision: Decision;
  imperativeIndex: number;
  questionIndex: number;
  question: QuestionScore;
  /** The fired actions of the decision's question that lift the team from where it stands: what carries the decision out. */
  actionIds: string[];
}

/**
 * The rubric's decision points put before leadership, in imperative and question order: those
 * whose question's team level is in the decision's levels, and those a fired step carries out
 * (its `decision:`), as that step waits for the decision wherever the decision's own question
 * stands. What carries a decision out: the fired steps that name it; else its question's fired
 * steps from the team level (or any of its fired steps).
 */
export function triggeredDecisions(scores: AuditScores): TriggeredDecision[] {
  const found: TriggeredDecision[] = [];
  scores.imperatives.forEach((result, imperativeIndex) => {
    result.questions.forEach((question, questionIndex) => {
      const decision = question.question.decision;
      const level = question.teamLevel;
      if (decision === undefined) return;
      const carriers = scores.actions.filter((a) => a.recommendation.decision === decision.id);
      // A fired step that waits for the decision asks for it even where its own question has no
      // level (real-targets, n/a for every rep without a named list, while plan-provided's step
      // builds the lists: thirteenth rubric review, A1).
      if (carriers.length === 0 && (level === null || !inRange(rangeOf(decision.at), level))) return;
      // A build (`build: true`) is done for the steps that require it, not from the level: it carries out no decision.
      const fired = scores.actions.filter((a) => a.imperative.id === result.imperative.id && a.question.id === question.question.id && a.recommendation.build !== true);
      const now = fired.filter((a) => a.fromLevel === level);
      found.push({ decision, imperativeIndex, questionIndex, question, actionIds: (carriers.length > 0 ? carriers : now.length > 0 ? now : fired).map((a) => a.recommendation.id) });
    });
  });
  return found;
}

/**
 * The scoring's plan as the layout takes it (number-plan.ts): ranks, horizons and links, and the
 * decision a step carries out where leadership declined it (the readout's status; open without one).
 */
export function planItemsOf(scores: AuditScores, statusOf: (decision: string) => DecisionStatus = () => 'open'): PlanItem[] {
  return scores.actions.map((a) => {
    const decision = a.recommendation.decision;
    return { id: a.recommendation.id, rank: a.rank, horizon: a.horizon, after: a.after, neededBy: a.neededBy, declined: decision !== undefined && statusOf(decision) === 'declined' ? decision : null };
  });
}

/** What shapes the plan: its size, each action's owner and whose freed time it spends, the gates. */
export function planShapeOf(scores: AuditScores, size: number, slots: Readonly<Record<string, { title: string; perHorizon: number }>> | null = null): PlanShape {
  const capacity = capacitySteps(scores.actions);
  const ownerOf = new Map(scores.actions.map((a) => [a.recommendation.id, a.owner]));
  // Only the people who do a step spend their time on it (tenth consultant review, C.1): its owner,
  // and whoever the rubric says it takes time from (`spends:`), never whoever owns a step it requires.
  const spent = (spends: string | null | undefined) => (spends == null ? [] : [spends]);
  const uses = new Map(scores.actions.map((a) => [a.recommendation.id, spent(a.spends)]));
  const next = new Map(scores.actions.map((a) => [a.recommendation.id, a.next === null ? null : { owner: a.next.owner, horizon: a.next.horizon, uses: spent(a.next.spends), after: a.next.after }]));
  const recommendation = new Map(scores.actions.map((a) => [a.recommendation.id, a.recommendation]));
  const alternative = new Map(scores.actions.map((a) => [a.recommendation.id, a.alternative ?? null]));
  const holds = holdingGates(scores);
  return {
    size,
    holdsOf: (id) => holds.get(id) ?? null,
    ownerOf: (id) => ownerOf.get(id) ?? null,
    usesOf: (id) => uses.get(id) ?? [],
    capacity,
    nextOf: (id) => next.get(id) ?? null,
    slotOf: (id) => recommendation.get(id)?.slot ?? null,
    coversOf: (id) => recommendation.get(id)?.covers ?? [],
    buildOf: (id) => recommendation.get(id)?.build === true,
    recurringOf: (id) => recommendation.get(id)?.recurring === true,
    alternativeOf: (id) => alternative.get(id) ?? null,
    slots: new Map(Object.entries(slots ?? {})),
  };
}

/** Who the plan takes first without a readout: the gate (the step that frees someone's time) and its re-count, then the decisions' actions. */
export function defaultLead(scores: AuditScores): string[] {
  return [...gateSteps(scores), ...triggeredDecisions(scores).flatMap((t) => t.actionIds)];
}

/**
 * The gates (the steps that free someone's time), each followed by its later parts: the fired
 * steps of its own question that require it (recount-manager-time, the check at 60 days, tenth
 * rubric review C.2). The plan takes them first, so the check on the gate is never in the backlog.
 */
export function gateSteps(scores: AuditScores): string[] {
  return capacitySteps(scores.actions).flatMap((step) => [step.id, ...recountsOf(scores, step.id)]);
}

/** A freeing step's recounts: the fired steps of its own question that require it (recount-manager-time). */
function recountsOf(scores: AuditScores, stepId: string): string[] {
  const gate = scores.actions.find((a) => a.recommendation.id === stepId)!;
  return scores.actions.filter((a) => a !== gate && a.question === gate.question && a.recommendation.requires.includes(stepId)).map((a) => a.recommendation.id);
}

/**
 * The steps that hold an owner's further steps until they are done, and that owner: a freeing
 * step's recount ("until then that manager starts no further step of the plan"). The plan's due
 * days keep the steps it holds a lag after it (plan-due-days.ts).
 */
export function holdingGates(scores: AuditScores): Map<string, string> {
  const held = new Map<string, string>();
  for (const step of capacitySteps(scores.actions)) for (const id of recountsOf(scores, step.id)) if (!held.has(id)) held.set(id, step.owner);
  return held;
}

/**
 * Page one's priorities, read off the one plan layout: a readout's (with the gate), those the plan
 * shows, in plan order; without them, the shown plan's first `focus` items (#1 onwards, so page one
 * skips no number; at least the gates).
 */
export function pageOneIds(layout: PlanLayout, focus: number, gates: readonly string[], chosen: readonly string[] | null = null): string[] {
  const shown = layout.order.slice(0, layout.shown);
  if (chosen !== null) return shown.filter((id) => gates.includes(id) || chosen.includes(id));
  return shown.slice(0, Math.max(focus, gates.filter((id) => shown.includes(id)).length));
}

/** The JSON results' priorities: page one's without a readout, from the same layout the report uses. */
export function planPriorityIds(scores: AuditScores, focus: number, planSize: number, slots: Readonly<Record<string, { title: string; perHorizon: number }>> | null = null): string[] {
  const layout = layoutPlan(planItemsOf(scores), { ...NO_EDITS, lead: defaultLead(scores) }, planShapeOf(scores, planSize, slots));
  return pageOneIds(layout, focus, capacitySteps(scores.actions).map((step) => step.id));
}

/** For each action id, how many actions of the plan and backlog wait for it, directly or through others. */
export function dependantCounts(numbered: readonly ActionView[]): Map<string, number> {
  const byRank = new Map(numbered.map((a) => [a.rank, a]));
  const counts = new Map<string, number>();
  for (const action of numbered) {
    const seen = new Set<number>();
    const stack = [...action.neededBy];
    while (stack.length > 0) {
      const rank = stack.pop()!;
      if (seen.has(rank)) continue;
      seen.add(rank);
      stack.push(...(byRank.get(rank)?.neededBy ?? []));
    }
    counts.set(action.id, seen.size);
  }
  return counts;
}

/** A step that this share of the plan's actions waits for holds up "most of the plan". */
const GATES_MOST = 0.5;

/**
 * How much of the plan waits for each action: the count of actions that wait for it, and the
 * gates, the actions that hold up the plan, each with the plain sentence that says so. While a
 * step that frees someone's time fires (`frees:` in the rubric), it is the one gate (page one
 * marks it; no other action's why may claim it). Otherwise an action most of the plan waits for
 * is one.
 */
export interface PlanWeight {
  counts: ReadonlyMap<string, number>;
  gates: ReadonlyMap<string, string>;
  /** The steps that free someone's time: page one's gate. */
  keystones: ReadonlySet<string>;
}

export function planWeight(numbered: readonly ActionView[], freeing: readonly { id: string; whose: string; waiting?: readonly number[]; others?: readonly number[] }[] = []): PlanWeight {
  const counts = dependantCounts(numbered);
  const gates = new Map<string, string>();
  const keystones = new Set<string>();
  for (const step of freeing) {
    if (!numbered.some((a) => a.id === step.id)) continue;
    keystones.add(step.id);
    gates.set(step.id, gateText(step.whose, step.waiting ?? null, step.others ?? []));
  }
  if (keystones.size === 0) {
    for (const a of numbered) {
      const count = counts.get(a.id) ?? 0;
      if (count >= 3 && count >= numbered.length * GATES_MOST) gates.set(a.id, 'Most of the plan waits for it.');
    }
  }
  return { counts, gates, keystones };
}

/**
 * The gate's why, true by the plan's data (ninth VP reading, class 3b: "every new action for
 * first-line sales managers waits for it" beside a 30-day action whose text has each manager hear
 * each rep): the plan rows the capacity rule holds back for it, by number: those the freed owner
 * carries, named as theirs, and those of other owners that spend their time (they require the
 * gate), named apart (tenth VP reading, class 5: "the plan's actions for first-line sales managers
 * (#6, #7, #8 and #9)" listed the VP Sales' #8 as the managers'). The rubric has no relation for an
 * action that uses managers' time without waiting for the gate, so the sentence claims no more
 * than these rows.
 */
function gateText(whose: string, waiting: readonly number[] | null, others: readonly number[] = []): string {
  // Said as the reason the step comes first, what it frees and for what, not as the plan's
  // mechanism (eleventh VP reading, class 5: "Why: The gate: … start after it").
  if (waiting === null) return `Every new action for ${whose} needs the time it frees.`;
  const one = others.length === 1;
  if (waiting.length === 0) return others.length === 0 ? `It frees ${possessive(whose)} time before the plan gives them more.` : `${ranksText(others)}, which ${one ? 'uses' : 'use'} ${possessive(whose)} time, ${one ? 'needs' : 'need'} what it frees.`;
  const also = others.length === 0 ? '' : `, and so ${one ? 'does' : 'do'} ${ranksText(others)}, which ${one ? 'uses' : 'use'} their time`;
  const single = waiting.length === 1;
  return `${capitalize(possessive(whose))} ${single ? 'action' : 'actions'} in the plan (${ranksText(waiting)}) ${single ? 'needs' : 'need'} the time it frees${also}.`;
}

/**
 * What the re-count after the gate must find (ninth VP reading, class 4c: "Done … when every
 * manager's hours are counted", with nothing on what the re-count must show): the level of its own
 * question at which the step stops firing, in the rubric's words (confirm-hint.ts
 * levelThatChangesIt), and when it is counted (the next horizon). The re-count checks and has an
 * end date; it holds nothing back (tenth VP reading, class 4: "where it does not, hold them until
 * it does" stalled the managers' 60-day steps on a 60-day re-count, with no end date): the
 * owner's steps start once the gate is done, and go on.
 */
export function gateThresholdText(whose: string, level: string, recount: number | null, recountRank: number | null = null, held: readonly HeldStep[] = []): string {
  // Who recounts: the plan row that does (fourteenth VP reading, class 1.5: "the re-count at 60 days" had no owner).
  const when = `${recountRank === null ? 'The recount' : `#${recountRank}'s recount`}${recount === null ? '' : ` at ${recount} days`}`;
  // The level as a threshold in the sentence, not a quoted rubric string (eleventh VP reading, class 5: "must find ‘6 to 10 hours a week on admin’").
  // Where it does not, the one still over starts nothing further (class 1.4: "steps already under way go on" left the gate decorative).
  const group = /s$/.test(whose) && !/^[A-Z]{2}/.test(whose);
  const who = group ? `each ${lowerFirstWord(whose).replace(/s$/, '')} still over it` : `the ${lowerFirstWord(whose)}`;
  return `${when} must find ${lowerFirstWord(level.replace(/\.$/, ''))} or better; where it does not, the hours left go to leadership, to decide within ${GATE_DECISION_DAYS} days, and until then ${who} starts no further step of the plan${heldText(group, held)}.`;
}

/** A shown step the gate can hold: its number, its due day, and that day moved by the gate's fallback (with its date, where the plan has a calendar). */
export interface HeldStep {
  rank: number;
  due: number;
  movedTo: number;
  movedDate: string | null;
}

/**
 * The gate's fallback, dated (VP reading 17, item 20): the steps of the held owner due after the
 * recount move by GATE_DECISION_DAYS at the latest, said by number with their new day and date, so a
 * manager held at day 45 knows when #7 falls due, not only that it waits.
 */
function heldText(group: boolean, held: readonly HeldStep[]): string {
  if (held.length === 0) return '';
  const byDay = new Map<number, HeldStep[]>();
  for (const step of held) byDay.set(step.movedTo, [...(byDay.get(step.movedTo) ?? []), step]);
  const moves = [...byDay].sort(([a], [b]) => a - b).map(([day, steps]) => `${ranksText(steps.map((s) => s.rank).sort((a, b) => a - b))} to day ${day}${steps[0]!.movedDate === null ? '' : ` (${steps[0]!.movedDate})`}`);
  return `, so ${group ? "that manager's" : 'their'} later steps fall due up to ${GATE_DECISION_DAYS} days later: ${listText(moves)}`;
}

/**
 * The step that frees someone's time (the report's capacity view), as planWeight takes it, with the
 * rows of the shown plan (the first `shown`) that wait for it: the freed owner's own and those
 * that require it.
 */
export function freeingOf(capacity: { stepRank: number | null; ownerText: string | null } | null, numbered: readonly ActionView[], shown?: number): { id: string; whose: string; waiting?: number[]; others?: number[] }[] {
  const step = capacity === null || capacity.stepRank === null ? undefined : numbered.find((a) => a.rank === capacity.stepRank);
  if (step === undefined) return [];
  const owner = capacity!.ownerText!;
  if (shown === undefined) return [{ id: step.id, whose: lowerFirst(owner) }];
  // The gate's own later parts (its recount, the same question's step that requires it) are not
  // the freed owner's actions: they check the gate, they do not spend what it frees.
  const rows = numbered.filter((a) => a.rank <= shown && a.rank !== step.rank && a.questionRef !== step.questionRef);
  // The freed owner's own rows, and apart from them the other owners' rows that require the step.
  const waiting = rows.filter((a) => a.ownerText === owner).map((a) => a.rank);
  const others = rows.filter((a) => a.ownerText !== owner && a.after.includes(step.rank)).map((a) => a.rank);
  return [{ id: step.id, whose: lowerFirst(owner), waiting, others }];
}

/** One plain sentence on what waits for an action: "Three later steps wait for it." */
export function waitingText(id: string, weight: PlanWeight): string {
  const gate = weight.gates.get(id);
  if (gate !== undefined) return gate;
  const count = weight.counts.get(id) ?? 0;
  return count === 0 ? '' : `${capitalize(countText(count))} later ${count === 1 ? 'step waits' : 'steps wait'} for it.`;
}

/** The recommendation up to its first colon: "Free a third of each manager's week this quarter". */
function firstClause(text: string): string {
  return text.split(/:\s/)[0]!.replace(/[.;]\s*$/, '').trim();
}

/**
 * Page one's opening, with figure references (readout/figures.ts) so the draft can write it and
 * the report fill it: the verdict (the overall score and band), the cause (the perception gap when
 * roles are shown and far apart, else the weakest imperative) and the ask: what to take first (the
 * first decision's topic, else the first priority's), not its option again, which the decision
 * just below states whole (the headline quoted D1's recommendation word for word and cost page
 * one two lines). No decision label either: a readout may reorder the decisions under the
 * headline the draft wrote.
 */
export function headlineTemplate(scores: AuditScores, ask: PageOneAsk | null): string {
  if (scores.overall.score === null) return 'Nothing is scored yet: no question has a scored answer.';
  const sentences = ['The sales force scores {{points overall}} of 100 ({{band overall}}).'];
  const gap = scores.perceptionGaps[0];
  if (scores.byRoleShown && gap !== undefined && gap.difference >= PERCEPTION_GAP_CALLOUT) {
    const high = roleGroup(gap.higher.role);
    const low = roleGroup(gap.lower.role);
    const [h, l] = [roleRef(gap.higher.role), roleRef(gap.lower.role)];
    const differences = roleDifferences(scores.imperatives, gap.higher.role, gap.lower.role);
    // "Every imperative" only where each scored one shows both groups: a pool's figure can be held back on one (split-roles.ts).
    const scored = scores.imperatives.filter((i) => i.score !== null).length;
    const everywhere = differences.length >= 2 && differences.length === scored && differences.every((d) => d >= PERCEPTION_GAP_CALLOUT);
    const verb = high.plural ? 'rate' : 'rates';
    const does = low.plural ? 'do' : 'does';
    sentences.push(
      everywhere
        ? `${capitalize(high.name)} ${verb} every imperative {{difference ${h} ${l}}} points higher than ${low.name} ${does}.`
        : `${capitalize(high.name)} ${verb} ${lowerFirst(gap.imperative.title)} {{difference ${h} ${l} ${gap.imperative.id}}} points higher than ${low.name} ${does}.`,
    );
  } else {
    const weakest = scores.imperatives.filter((i) => i.score !== null).sort((a, b) => a.score! - b.score!)[0];
    if (weakest !== undefined && scores.imperatives.filter((i) => i.score !== null).length > 1) {
      sentences.push(`${weakest.imperative.title} is furthest behind, at {{points ${weakest.imperative.id}}} against a target of {{target ${weakest.imperative.id}}}.`);
    }
  }
  if (ask !== null) sentences.push(askText(ask));
  return sentences.join(' ');
}

/**
 * Where the team stands on a question, for a why without a readout: its topic and the level's plain
 * finding ("Coaching each rep: one or two checked actions a quarter."), so the label reads with what
 * it counts.
 */
function standsText(question: Parameters<typeof questionTitle>[0], level: Parameters<typeof teamFinding>[0], scored: QuestionScore | undefined): string {
  const finding = scored === undefined ? teamFinding(level) : bandFinding(level, scored.answers);
  const topic = questionTitle(question);
  // A finding that already says every word of its topic reads alone: "Managers' own selling: own
  // selling takes a third to half of managers' week" said the topic twice (VP reading of int15).
  return saysTopic(topic, finding) ? finding : `${topic}: ${lowerFirst(finding)}`;
}

/** Small words a topic shares with any sentence, which do not make a finding say its topic. */
const TOPIC_FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'from', 'with', 'by', 'at']);

/** Each content word of a topic, possessives and plurals aside, as a finding's words. */
function topicWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9'\u2019]+/).map((w) => w.replace(/['\u2019]s?$/, '').replace(/s$/, '')).filter((w) => w !== '' && !TOPIC_FILLER.has(w));
}

/** Whether a finding already names its question's topic: every content word of the topic is in it. */
export function saysTopic(topic: string, finding: string): boolean {
  const said = new Set(topicWords(finding));
  const words = topicWords(topic);
  return words.length > 0 && words.every((w) => said.has(w));
}

/** A role as a figure reference names it: hyphens for spaces. */
export function roleRef(role: string): string {
  return roleKey(role).replace(/ /g, '-');
}

/** What page one's headline asks to take first: a decision's topic, or a priority's with its plan row; and whether most of the plan waits for it. */
export interface PageOneAsk {
  title: string;
  /** The plan row of a priority (the decisions below the headline are labelled; a priority is pointed to by its row); null for a decision. */
  row: number | null;
  gatesMost: boolean;
}

/** What page one's headline asks for: the first decision with an option, else the first priority. */
export function askOf(decisions: readonly DecisionView[], priorities: readonly PriorityView[], weight: PlanWeight): PageOneAsk | null {
  const gates = (ids: readonly string[]) => ids.some((id) => weight.gates.has(id));
  const decision = decisions.find((d) => d.recommendation !== '');
  if (decision !== undefined) return { title: decision.topic, row: null, gatesMost: gates(decision.actionIds) };
  const first = priorities[0];
  return first === undefined ? null : { title: first.questionLabel, row: first.rank, gatesMost: gates([first.id]) };
}

/** The ask as the headline's last sentence: "Managers' own selling holds up most of the plan, so it is leadership's first decision." */
function askText(ask: PageOneAsk): string {
  if (ask.row === null) return ask.gatesMost ? `${capitalize(ask.title)} holds up most of the plan, so it is leadership's first decision.` : `Leadership's first decision: ${lowerFirst(ask.title)}.`;
  return ask.gatesMost ? `${capitalize(ask.title)} holds up most of the plan, so the plan starts there (#${ask.row}).` : `The plan starts with ${lowerFirst(ask.title)} (#${ask.row}).`;
}

/**
 * Page one's priorities: the actions with these ids, in plan order (page one's numbers read as the
 * plan's), each with a plain why: where the team stands, in the ladder's words, and how much of the
 * plan waits for it; the gate (the step that frees someone's time) is marked and says so. No
 * "verify first" here: the plan says "to confirm" once, next to the action.
 */
export function prioritiesOf(numbered: readonly ActionView[], ids: readonly string[], scores: AuditScores, weight: PlanWeight, whyOverride: ReadonlyMap<string, string> = new Map()): PriorityView[] {
  // By when they start, then plan order (the heading says so; the plan numbers by horizon already).
  const chosen = numbered.filter((a) => ids.includes(a.id)).sort((a, b) => a.horizon - b.horizon || a.rank - b.rank);
  return chosen.map((action, i) => {
    const planned = scores.actions.find((a) => a.recommendation.id === action.id)!;
    // A census too small to print (score-term.ts printedLevel): the step, not where each manager stands.
    const scored = scores.imperatives.flatMap((r) => r.questions).find((q) => q.question === planned.question);
    const level = scored !== undefined && printedLevel(scored) === null ? undefined : planned.question.levels.find((l) => l.score === action.teamLevel);
    const stands = level === undefined ? '' : standsText(planned.question, level, scored);
    const gate = weight.keystones.has(action.id);
    // The why is the plain reason, the finding: where the team stands, or the readout's words; never
    // what waits for the action (twelfth VP reading, class 3: "#1: First-line sales managers'
    // actions in the plan (#6, #7, …) need the time it frees" is a dependency, not a reason; the gate
    // keeps its mark, and the plan's "after" column says what waits). What waits is said only where
    // no level can be printed (a census too small to show), so the line is never empty.
    const own = whyOverride.get(action.id);
    const why = own ?? (stands === '' ? waitingText(action.id, weight) : stands);
    return { ...action, number: i + 1, gate, why, pageWhy: why, prerequisiteText: '' };
  });
}

/**
 * What a decision rests on: "Checked on 4 managers (system data)." where its question's level rests
 * on checks of the audit sample (score-term.ts), with their base whether or not the claims are too
 * few to show (tenth VP reading: page one printed nothing for D1, and the deck read it as claims
 * alone); "Rests on what people said: nothing checked." otherwise, also where a check too small
 * to set the level was made (VP reading 11, class 4: that it was made, and how it sat against the
 * claims, points at the one or two people it looked at).
 */
export function decisionEvidence(question: QuestionScore, medianOf = false): string {
  const count = countEvidence([question]);
  // A why whose label is a band says whose it is here, in the words the check's base takes already
  // (VP reading 13: "a third to half", bare beside "checked on 4 managers", read as the four's spread).
  if (count.checkedQuestions > 0 && readByAuditor(question.answers)) return `${capitalize(checkedOnText(question.answers))}.`;
  if (count.checkedQuestions > 0 && medianOf && !surveyOnly(question.answers)) return `The median of ${checkedOnText(question.answers).replace(/^checked on /, '')} checked (${kindWords(count.kinds.map((k) => k.kind))}).`;
  if (count.checkedQuestions > 0) return surveyOnly(question.answers) ? `${capitalize(checkedOnText(question.answers))}.` : `${capitalize(checkedOnText(question.answers))} (${kindWords(count.kinds.map((k) => k.kind))}).`;
  if (!question.figuresShown || count.claimed === 0) return '';
  return 'Rests on what people said: nothing checked.';
}

/** What a question's discussion line may say, and whether its range of answers may be printed. */
export interface DiscussionDisclosure {
  /** The rule that fired, in words; '' when the question does not need discussion. */
  reason: string;
  /** Page one's short form of it. */
  short: string;
  /** Whether the lowest and highest answers are printed (in every format): false where they, with the rest, would pin a group's answers. */
  rangeShown: boolean;
}

/**
 * Why a question needs discussion, naming the rule that fired (discussion.ts), and only as much as
 * leaves every group's answers open (pinned-answers.ts: the reader has the count, the total, the
 * range and each shown role's count; the sixth VP reading solved 3.3 from them). Never a role's
 * figure or a distance between roles: "<high> answers higher than <low>" where that cannot pin
 * any group's answers; else "Respondents split." (one of the two rules fired); and where even that
 * pins them, the range of answers is not printed either.
 */
export function discussionDisclosure(question: QuestionScore, scores: AuditScores): DiscussionDisclosure {
  // The search is the costly part, and the report, page one and the JSON each ask: once per question and scores.
  const cached = disclosures.get(scores)?.get(question);
  if (cached !== undefined) return cached;
  const disclosure = discloseDiscussion(question, scores);
  if (!disclosures.has(scores)) disclosures.set(scores, new WeakMap());
  disclosures.get(scores)!.set(question, disclosure);
  return disclosure;
}
const disclosures = new WeakMap<AuditScores, WeakMap<QuestionScore, DiscussionDisclosure>>();

function discloseDiscussion(question: QuestionScore, scores: AuditScores): DiscussionDisclosure {
  const printed = printedQuestion(question, scores);
  // Every question's range, flagged or not: printed only where, with the count and the mean, it
  // leaves every group's answers open (ninth VP reading, class 1c: mean 2.33, range 2 to 3 and six
  // answers fixed four 2s and two 3s). The method says so once.
  const rangeShown = scores.respondents <= 1 || !answersPinned({ ...printed.question, rangeShown: true }, { kind: 'none' });
  if (!question.needsDiscussion) return { reason: '', short: '', rangeShown };
  const split = 'Respondents split.';
  const pinned = (claim: DiscussionClaim, rangeShown = true) => answersPinned({ ...printed.question, rangeShown }, claim);
  const means = questionByRole(question, scores);
  if (question.roleSplit >= ROLE_SPLIT && means.length >= 2) {
    const high = means.reduce((a, b) => (b.mean > a.mean ? b : a));
    const low = means.reduce((a, b) => (b.mean < a.mean ? b : a));
    const claim: DiscussionClaim = { kind: 'direction', high: printed.groupOf(high.role), low: printed.groupOf(low.role) };
    if (!pinned(claim)) {
      const reason = `${capitalize(roleGroup(high.role).name)} ${roleGroup(high.role).plural ? 'answer' : 'answers'} higher than ${roleGroup(low.role).name}.`;
      return { reason, short: reason, rangeShown: true };
    }
  } else if (!pinned({ kind: 'camps' }))
    return { reason: `Respondents form two camps, a third answering ${countText(question.campDistance)} levels or more below another third.`, short: 'Respondents split into two camps.', rangeShown: true };
  // With fewer than two shown groups on the question, the roles rule cannot have fired, and a reader
  // who knows it reads "split" as the camps line: held to what that line would give away.
  // Said so where only one shown group answered (VP reading 16, item 23: Q4.2's six answers "split"
  // read as "the two leaders see it differently from us"): the split is among people, and no role
  // inside the group is set against another.
  const reason = means.length >= 2 ? split : 'Respondents split; the report sets no role against another on one question.';
  return { reason, short: split, rangeShown: !pinned(means.length >= 2 ? { kind: 'split' } : { kind: 'camps' }) };
}

/**
 * The smallest group a reader can know the size of: every role's, pooled or folded in as it may be
 * (VP reading 15, items 23-24: "4 managers" checked beside "6 in leadership and sales managers" read
 * as 2 leaders, and the pool's figures as theirs). Pooling keeps figures over enough people; it hides
 * no headcount, which the client knows anyway, so the rule takes each role's size as known. Never
 * below two: "one person gave this answer" says no more than the range does.
 */
export function smallestKnownGroup(scores: Pick<AuditScores, 'roles'>): number {
  return Math.max(2, Math.min(...scores.roles.map((r) => r.respondents.length)));
}

/** A question as pinned-answers.ts sees it: the shown roles' groups, then everyone else. */
function printedQuestion(question: QuestionScore, scores: AuditScores): { question: Omit<PrintedQuestion, 'rangeShown'>; groupOf: (role: string) => number } {
  const { means } = questionRoleFigures(question, scores);
  // A pool's answers are one group's (split-roles.ts).
  // A shown role's group is its claims (answer-tally.ts claimCounts); everything else, checked answers included, is the rest.
  const groups = scores.shownRoles.flatMap(({ role, keys }, r) => (means[r] === null ? [] : [{ role, keys, counts: claimCounts(question.answers, keys) }]));
  const restCounts = levelCounts(question.answers).map((n, i) => n - groups.reduce((sum, g) => sum + g.counts[i]!, 0));
  const groupCounts = [...groups.map((g) => g.counts), restCounts];
  return {
    question: {
      levelScores: question.answers.levelScores,
      groupCounts,
      groupSizes: groupCounts.map((c) => c.reduce((a, b) => a + b, 0)),
      shown: [...groups.map(() => true), false],
      knownGroup: smallestKnownGroup(scores),
    },
    groupOf: (role) => groups.findIndex((g) => g.role === role),
  };
}

/** The discussion line of a question (discussionDisclosure), in full or page one's short form. */
export function discussionReason(question: QuestionScore, scores: AuditScores, short = false): string {
  const disclosure = discussionDisclosure(question, scores);
  return short ? disclosure.short : disclosure.reason;
}

/**
 * Page one's "needs discussion", next to the decision it qualifies: only where the disagreement
 * could change the decision (discussion.ts, couldChangeWhatIsDone: the higher view puts the team
 * above the levels the decision applies to); '' otherwise, or when the question does not need it.
 */
export function discussionNote(question: QuestionScore, scores: AuditScores, applies: LevelRange): string {
  if (!couldChangeWhatIsDone(higherView(question, questionByRole(question, scores)), applies)) return '';
  // Page one is short: the camps rule by name; the list of questions that need discussion says it in full.
  const reason = discussionReason(question, scores, true);
  return reason === '' ? '' : `Needs discussion: ${lowerFirst(reason)}`;
}

/** The decision views: recommendation, cost and plan link filled; the rubric's wording unless a readout overrides it. */
export function decisionView(
  number: number,
  parts: {
    id: string;
    text: string;
    topic: string;
    imperativeTitle: string;
    why: string;
    recommendation: string;
    cost: string;
    /** The money the cost cites (facts.ts costCited); null for a cost in time only, or none. */
    costAmount?: MoneyRange | null;
    risk?: string;
    benefit?: string;
    actionIds: readonly string[];
    evidence: string;
    discussion: string;
  },
  numbered: readonly ActionView[],
  planCount: number,
): DecisionView {
  const actions = parts.actionIds.flatMap((id) => numbered.filter((a) => a.id === id || a.mergedFrom.includes(id)).slice(0, 1));
  const ranks = [...new Set(actions.map((a) => a.rank))].sort((a, b) => a - b);
  const inPlan = ranks.length > 0 && ranks.every((r) => r <= planCount);
  const first = actions[0];
  const recommendation = parts.recommendation !== '' ? parts.recommendation : first === undefined ? '' : `The plan already answers it: ${lowerFirst(firstClause(first.action))}.`;
  return {
    number,
    label: `D${number}`,
    id: parts.id,
    question: parts.text,
    topic: parts.topic,
    imperativeTitle: parts.imperativeTitle,
    finding: parts.why,
    recommendation,
    cost: parts.cost,
    costAmount: parts.costAmount ?? null,
    risk: parts.risk ?? '',
    benefit: parts.benefit ?? '',
    actionIds: [...parts.actionIds],
    actions: ranks,
    // A backlog item has no date (it waits for room in its owner's plan), so only a plan item says when.
    planText: ranks.length === 0 ? '' : inPlan ? `Plan ${ranksText(ranks)}${first === undefined ? '' : `, within ${first.horizonText}`}` : `Backlog ${ranksText(ranks)}`,
    evidence: parts.evidence,
    discussion: parts.discussion,
  };
}

/** The rubric's triggered decision points as page one's decisions, the one most of the plan waits for first. */
export function decisionsOf(
  triggered: readonly TriggeredDecision[],
  scores: AuditScores,
  imperatives: readonly ImperativeView[],
  numbered: readonly ActionView[],
  planCount: number,
  weight: PlanWeight,
): DecisionView[] {
  // A decision whose actions hold up the plan first, then the ones more of the plan waits for.
  const gated = (t: TriggeredDecision) => (t.actionIds.some((id) => weight.gates.has(id)) ? 1 : 0);
  const waiting = (t: TriggeredDecision) => Math.max(0, ...t.actionIds.map((id) => (weight.counts.get(id) ?? 0) + 1));
  const ordered = triggered.map((t, order) => ({ t, order })).sort((a, b) => gated(b.t) - gated(a.t) || waiting(b.t) - waiting(a.t) || a.order - b.order);
  return ordered.map(({ t }, i) => {
    const view = imperatives[t.imperativeIndex]!;
    const level = t.question.question.levels.find((l) => l.score === printedLevel(t.question));
    // Where its own question has no level (n/a for every respondent), the why is where the team
    // stands on the question of the step that asks for it (plan-provided's, for target-lists).
    const carrier = level === undefined ? scores.actions.find((a) => t.actionIds.includes(a.recommendation.id)) : undefined;
    const carrierLevel = carrier?.question.levels.find((l) => l.score === carrier.teamLevel);
    // A band set by checks names its median in the evidence line ("The median of 4 managers checked"), else in the why.
    const medianOf = level !== undefined && statesBand(level.label) && checksSetLevel(t.question.answers) && !surveyOnly(t.question.answers);
    return decisionView(
      i + 1,
      {
        id: t.decision.id,
        text: t.decision.text,
        topic: questionTitle(t.question.question),
        imperativeTitle: view.title,
        // The finding alone, not the question's title before it: the decision's own question names
        // the topic, and "Managers' own selling: own selling takes …" said it twice and took D1's
        // why a second line. A census too small to print (score-term.ts printedLevel): what was
        // checked, not where each manager stands.
        why: level !== undefined ? (medianOf ? teamFinding(level) : bandFinding(level, t.question.answers)) : t.question.scoredAt === 'census-withheld' ? 'Too few managers to show where they stand.' : carrierLevel !== undefined ? teamFinding(carrierLevel) : '',
        recommendation: t.decision.recommend ?? '',
        cost: t.decision.cost ?? '',
        actionIds: t.actionIds,
        evidence: decisionEvidence(t.question, medianOf),
        discussion: discussionNote(t.question, scores, rangeOf(t.decision.at)),
      },
      numbered,
      planCount,
    );
  });
}
