// Scores and sheets in, the view model out. Pure; all wording that depends on numbers is here,
// so templates stay declarative and custom templates (and the other formats' renderers) get the
// same sentences for free. Confidentiality is decided here too: names only with `names`, roles
// shown on their own only when they have the minimum group (scores.shownRoles).
import { compareQuestionRefs, questionRef } from './question-ref.js';
import { lagText } from './lag-text.js';
import type { RespondentRecord } from '../answers/answer-sheet.js';
import { roleAnswers, UNANSWERED_KEPT } from '../scoring/answer-tally.js';
import { checkIsCompulsory } from '../rubric/compulsory-check.js';
import { groupKeyOf } from '../scoring/group-by-role.js';
import { groupSafe } from '../scoring/figure-roles.js';
import type { BenchmarkView } from './benchmark-view.js';
import type { BandNames, RubricSet } from '../rubric/load-rubric-set.js';
import type { Horizon } from '../rubric/schema.js';
import { wordedLevel } from '../rubric/level-range.js';
import { wordingFor } from '../rubric/wording.js';
import { imperativeLabel, questionRowTitle, questionTitle } from '../rubric/titles.js';
import { BAND_CUTOFFS, DEFAULT_FOCUS, GATE_DECISION_DAYS, NEEDS_DISCUSSION_SPREAD, PERCEPTION_GAP_CALLOUT, type BandKey } from '../scoring/config.js';
import type { PlannedAction, PlannedNextStep } from '../scoring/plan-actions.js';
import { CAPACITY_PER_HORIZON, capacitySteps, laterHorizon, loadPlaces, type CapacityStep } from '../scoring/capacity.js';
import { consistentRoleGaps, DISCUSSION_SHOWN, type RoleGap } from '../scoring/discussion.js';
import { disputedReason, disputedWords, disputeSupport } from '../readout/finding-signals.js';
import { CHECKS_FIRST_HEADING, checksFirst, checksFirstPointer, type CheckCandidate } from './checks-first.js';
import { CHECKS_BOX_NAME } from './checks-place.js';
import { checkerOf, checkLine, checkLineElsewhere, checkWho, confirmHint, DISCUSSION_HINT, evidenceCheck, levelThatChangesIt, stepThatReplacesIt, planFlag, planFlagOnPageOne, verifyText, type CheckTarget } from './confirm-hint.js';
import { verifyCounts, verifyFirstOf } from '../scoring/verify-first.js';
import { questionByRole } from '../scoring/question-by-role.js';
import { witnessText, type WitnessText } from './witness-text.js';
import { groupOfRespondent, noteApprovals, noteFates, type NoteApprovals } from './printed-notes.js';
import type { AuditScores, ImperativeResult } from '../scoring/score-audit.js';
import type { QuestionScore } from '../scoring/score-question.js';
import { printedLevel, termAttainment } from '../scoring/score-term.js';
import { roleGroup, roleGroupName } from './describe-role.js';
import { answeredByText } from './answered-by.js';
import { DEFAULT_CHECK_MINIMUM, HORIZONS } from '../rubric/rubric-constants.js';
import { calendarOf, planDate, quotaYearAfter, quotaYearWait, type PlanCalendar } from './plan-calendar.js';
import { bandLine, commonBand } from './band-line.js';
import { checksBelowClaims, checksBelowClaimsText, limitsText, checkedEvidenceText, checkedOnText, countEvidence, coveredText, evidenceText, kindWords, surveyOnly, type EvidenceCount } from './evidence-of.js';
import { shortText } from './format.js';
import { aboutOrganization } from './about-organization.js';
import { capitalize, countText, lowerFirst, lowerFirstWord, possessive, formatFraction, readableDate, readableDateRange, formatMean, formatNumber, formatPercent, formatOverall, formatScore, listText, ownerDoes, ranksText, textBar } from './format.js';
import { CAP_RULE, CAP_SHORT, methodItems, namingRule, STANDS_HEADER, withPoints } from './method-items.js';
import { mermaidChart } from './mermaid-chart.js';
import { askOf, decisionsOf, discussionDisclosure, discussionReason, freeingOf, gateSteps, gateThresholdText, headlineTemplate, holdingGates, defaultLead, pageOneIds, planItemsOf, planShapeOf, planWeight, prioritiesOf, triggeredDecisions } from './page-one.js';
import { isVerbatim, noteText } from './note-voice.js';
import { layoutPlan, NO_EDITS, numberPlan, type PlanEdits, type PlanLayout } from './number-plan.js';
import { backlogCountText, backlogGroups, backlogHeadline, backlogLead } from './wait-reason.js';
import { CAPACITY_DECISION_ID, capacityDecisionView, capacityShortfall, hireSchedule, hireTakes } from './capacity-decision.js';
import { decisionsCostText } from './decision-costs.js';
import { fillFigures, pageColumnPoints, pagePoints } from '../readout/figures.js';
import { baseParts, CAPACITY_COST_FACT, costText } from '../readout/facts.js';
import { DEFAULT_PLAN_SIZE } from '../readout/readout-constants.js';
import type { ReadoutData } from '../readout/schema.js';
import { readoutViews } from './readout-views.js';
import { stepLag } from '../rubric/step-lag.js';
import type {
  ActionView,
  BacklogCheckView,
  CapacityView,
  ConfidentialityView,
  DecisionView,
  EvidenceView,
  ImperativeRef,
  ImperativeView,
  NextStepView,
  NoteView,
  PerceptionGapView,
  QuestionView,
  ReportView,
  RespondentView,
} from './report-view.js';

export interface ReportViewOptions {
  /** Show respondent names (--names). Off by default: reports are confidential. */
  names: boolean;
  /** The --target override, shown in the method appendix. */
  target?: number;
  /** How many priorities page one lists at most (--focus); default 5. */
  focus?: number;
  /** The section "How <org> compares" (report --benchmark). */
  benchmark?: BenchmarkView;
  /** How many actions the plan shows in full (--plan-size); default the readout's, else 12. The rest is the backlog. */
  planSize?: number;
  /** The consultant's readout (readout/schema.ts), already checked against this data (check-readout.ts). */
  readout?: ReadoutData | null;
  /** Print notes that may point to one person (identifying-notes.ts); off by default, for the consultant's own working copy (--show-identifying-notes). */
  showIdentifyingNotes?: boolean;
}

const NOT_SCORED = 'not scored';
const NOT_SHOWN = 'not shown';
/** A question's figures where too few scored it (QuestionScore.figuresShown): the marker in its row; the method says why, once. */
const TOO_FEW = 'too few to show';
const HORIZON_TITLES: Record<number, string> = { 30: 'Next 30 days', 60: 'Within 60 days', 90: 'Within 90 days' };
/** When a backlog item is due: not in the 30/60/90-day plan, so after it. */
export const BACKLOG_HORIZON_TEXT = 'after 90 days';
/** With more respondents than this missing a question, name a count instead of a list. */
const MAX_NAMED_MISSING = 5;
/** How many of an imperative's weakest questions the deck shows on its slide. */
const PRIORITY_QUESTIONS = 3;

export function buildReportView(set: RubricSet, sheets: readonly RespondentRecord[], scores: AuditScores, options: ReportViewOptions): ReportView {
  const bandName = (band: BandKey | null) => (band === null ? null : set.bandNames[band]);
  const single = sheets.length === 1;
  const shown = new Set(scores.shownRoles.map((r) => r.role));
  // Each respondent's group, indexed once (a search per respondent grew with the square of them):
  // the shown group they are in (a pool's name for a pooled role, split-roles.ts), else their role.
  const roleOf = groupOfRespondent(scores);
  const respondents: RespondentView[] = sheets.map((sheet, i) => {
    const name = options.names ? sheet.respondent.name : null;
    const pooled = shown.has(roleOf(i)) && !scores.roles.some((r) => r.role === roleOf(i));
    const role = shown.has(roleOf(i)) ? (pooled ? roleOf(i) : sheet.respondent.role.trim()) : null;
    return { number: i + 1, name, role, date: sheet.date, label: labelOf(name, role) };
  });
  const dates = sheets.map((s) => s.date).sort();
  const firstDate = dates[0] ?? '';
  const lastDate = dates[dates.length - 1] ?? '';
  const roles = scores.shownRoles.map((r) => ({ role: r.role, count: r.respondents.length, group: roleGroupName(r.role), pooled: r.keys.length > 1 }));
  const organizations = [...new Set(sheets.map((s) => s.organization))];
  // The audited organization by its name wherever the report speaks of it ("at the client" read as
  // Acme's own clients: VP reading 13); several organizations, or none named, read as "the company".
  const orgName = organizations.length === 1 && organizations[0]!.trim() !== '' ? organizations[0]!.trim() : 'the company';

  const showIdentifying = options.showIdentifyingNotes === true;
  // Which notes the consultant approved in the readout (printed-notes.ts): without a readout, none.
  const noteOptions = { showIdentifying, names: options.names, approved: noteApprovals(options.readout?.notes ?? null, sheets.length) };
  const imperativeViews = scores.imperatives.map((result, i) => imperativeView(result, i + 1, respondents, roleOf, scores, set.bandNames, single, noteOptions));
  // A team's appendix says each question about the organization, not to "you" (VP reading 17, item 43).
  if (!single) for (const q of imperativeViews.flatMap((v) => v.questions)) q.promptAbout = aboutOrganization(q.prompt, orgName);
  // A section's band only where it tells the section apart (VP reading 17, item 37); page one's line says the shared one.
  const sharedBand = commonBand(imperativeViews.filter((v) => v.scored));
  for (const v of imperativeViews) v.bandShown = v.band !== null && v.band !== sharedBand;
  const questionViews = new Map<string, QuestionView>(imperativeViews.flatMap((v) => v.questions.map((q) => [`${v.id}/${q.id}`, q] as const)));
  const questionScores = new Map<string, QuestionScore>(scores.imperatives.flatMap((r) => r.questions.map((q) => [`${r.imperative.id}/${q.question.id}`, q] as const)));
  const readout = options.readout ?? null;
  // Where leadership stands on each decision (the readout's status; open without one): a step
  // that carries out an open one waits for it, a declined one's step leaves the plan (number-plan.ts).
  const statusOf = (decision: string) => readout?.decisions.find((d) => d.id === decision)?.status ?? 'open';
  const actionViews = scores.actions.map((action) => {
    const key: string = `${action.imperative.id}/${action.question.id}`;
    const answers = questionScores.get(key)!.answers;
    const counts = verifyCounts(answers, action.fromLevel);
    const verify = verifyFirstOf(counts, answers.levelScores, action.fromLevel) ? verifyText() : null;
    const decision = action.recommendation.decision;
    return actionView(action, scores, questionViews.get(key)!, verify, decision !== undefined && statusOf(decision) === 'open' ? decision : null);
  });
  const fill = (text: string) => fillFigures(text, { set, scores, facts: readout?.facts });
  const focus = options.focus ?? DEFAULT_FOCUS;
  const fired = new Set(actionViews.map((a) => a.id));
  const fromReadoutPriorities = readout !== null && readout.priorities.length > 0;
  const capacity = capacitySteps(scores.actions);
  const holds = holdingGates(scores);
  // The step that frees someone's time is the gate: page one's first priority whenever it fires.
  const gateIds = capacity.map((step) => step.id);
  const readoutPriorityIds = fromReadoutPriorities ? readout.priorities.map((p) => p.action).filter((id) => fired.has(id)) : [];
  // Page one's decisions are carried out by plan items: those are chosen into the plan with the priorities.
  const triggered = triggeredDecisions(scores);
  // Who goes first when owners are full (the capacity rule binds them too): the gate, the decisions' actions
  // (leadership decides on page one; its action must be in the plan), then the readout's priorities.
  const lead =
    readout === null
      ? defaultLead(scores)
      : [...gateSteps(scores), ...readout.decisions.flatMap((d) => d.actions ?? triggered.find((t) => t.decision.id === d.id)?.actionIds ?? []), ...readoutPriorityIds, ...readout.plan.promote];
  const edits: PlanEdits =
    readout === null
      ? { ...NO_EDITS, lead }
      : {
          lead,
          drop: readout.plan.drop,
          merge: readout.plan.merge.map((m) => ({ actions: m.actions, action: m.action === undefined ? undefined : fill(m.action) })),
          rewrite: Object.fromEntries(Object.entries(readout.plan.rewrite).map(([id, text]) => [id, fill(text)])),
        };
  const planSize = options.planSize ?? readout?.plan.size ?? DEFAULT_PLAN_SIZE;
  // Who checks is never the group whose own work is checked (confirm-hint.ts checkerOf): the owner a step frees is checked by that step's owner.
  const freed = capacity.flatMap((step) => {
    const by = scores.actions.find((x) => x.recommendation.id === step.id)?.owner;
    return by === undefined || by === null ? [] : [{ owner: step.owner, by }];
  });
  // The plan, laid out once its checks settle: page one, the plan section, the deck and the
  // decisions all read it. A check is work for whoever runs it (capacity.ts, twelfth VP reading,
  // class 1a), and which rows are checked depends on which are shown (checkedRows), so the layout
  // is redone with the checks it adds until it adds none. A row once checked stays checked: where
  // its own check takes it out of the 90-day plan, the check is said at the day-90 review
  // (roleGapCheck below). Dropping it instead brought the row back, which checked it again: on
  // acme the layout swung between the two until a cap on passes stopped it, four layouts for
  // the two that settle it. Growing only, the set settles after at most one pass per action.
  const items = planItemsOf(scores, statusOf);
  // The plan's calendar (plan-calendar.ts): its days skip a stated close, and the account moves wait for the quota year's end.
  const calendar = calendarOf(readout);
  const quotaWait = calendar === null ? null : quotaYearWait(calendar, HORIZONS[HORIZONS.length - 1]!);
  const baseShape = { ...planShapeOf(scores, planSize, set.slots ?? null), notBefore: (id: string) => (quotaWait !== null && calendar!.moves.includes(id) ? quotaWait : null) };
  const checkerById = new Map(scores.actions.map((a) => [a.recommendation.id, checkerOf(a.owner, freed)]));
  const layoutWith = (checked: ReadonlySet<string>) => layoutPlan(items, edits, { ...baseShape, checkerOf: (id) => (checked.has(id) ? (checkerById.get(id) ?? null) : null) });
  const flaggedIds = new Set(actionViews.filter((a) => a.verifyFirst).map((a) => a.id));
  let checked: ReadonlySet<string> = flaggedIds;
  let layout = layoutWith(checked);
  for (;;) {
    const next = new Set([...checked, ...checkedRows(scores, layout, flaggedIds)]);
    if (next.size === checked.size) break;
    checked = next;
    layout = layoutWith(checked);
  }
  // Page one's priorities, in plan order: the gate, then the readout's (those the plan shows), or,
  // without them, the shown plan's first `focus` items (#1 onwards), so page one skips no number.
  const priorityIds = pageOneIds(layout, focus, gateIds, fromReadoutPriorities ? readoutPriorityIds : null);
  const plan = { shown: layout.shown };
  const numbered = numberPlan(actionViews, layout, edits).map((a, i) => {
    // The check is worded once its action has its number and place (checkLine: who, by when, what result changes it).
    const target = { rank: a.rank, owner: checkerOf(a.owner, freed), horizon: a.horizon, planned: i < plan.shown, changesAt: a.changesAt, replacedBy: a.replacedBy };
    const line = a.verifyFirst ? checkLine(a.checkText, target) : '';
    // The flag says what would make the action unnecessary; its check line then leaves that out.
    const flag = verifyText({ rank: a.rank, changesAt: a.changesAt, replacedBy: a.replacedBy });
    const briefLine = a.verifyFirst ? checkLine(a.checkText, { ...target, changesAt: null }) : '';
    return {
      ...a,
      pageOne: priorityIds.includes(a.id) ? priorityIds.indexOf(a.id) + 1 : null,
      checkLine: line,
      confirmText: a.verifyFirst ? confirmHint(flag, briefLine) : '',
      verifyText: !a.verifyFirst ? '' : priorityIds.includes(a.id) ? planFlagOnPageOne(verifyText()) : planFlag(flag, briefLine),
      // A backlog item is not planned in 30, 60 or 90 days: it waits for room in its owner's plan.
      horizonText: i < plan.shown ? a.horizonText : BACKLOG_HORIZON_TEXT,
    };
  });
  // Each item's short title (the rubric's, else its first words): the backlog line and the plan row of a page-one item.
  for (const action of numbered) action.shortText = action.title || shortText(action.action);
  const planned = numbered.slice(0, plan.shown);
  const backlog = numbered.slice(plan.shown);
  // Who checks each shown row, as the layout counted it (checkedRows): the load line counts the same.
  for (const a of planned) a.checker = checked.has(a.id) ? (checkerById.get(a.id) ?? null) : null;
  // The dagger is explained once, under the first table that carries it (VP review 16, class 9: the
  // same footnote under four tables read as noise).
  const firstMarked = imperativeViews.find((v) => v.rangeWithheldNote !== '');
  for (const view of imperativeViews) if (view !== firstMarked) view.rangeWithheldNote = '';
  if (firstMarked !== undefined && imperativeViews.filter((v) => v.questions.some((q) => q.rangeMark !== '')).length > 1) firstMarked.rangeWithheldNote = RANGE_WITHHELD_NOTE_ALL;
  for (const view of imperativeViews) {
    view.actions = numbered.filter((a) => a.imperativeNumber === view.number);
    // Where each is, for the section's pointer (VP review 16, class 5: "(see the plan)" after a list
    // whose actions were mostly in the backlog).
    view.plannedActions = planned.filter((a) => a.imperativeNumber === view.number);
    view.backlogActions = backlog.filter((a) => a.imperativeNumber === view.number);
  }
  for (const [i, view] of imperativeViews.entries()) view.questionsByPriority = questionsByPriorityOf(scores.imperatives[i]!, view);

  const scored = imperativeViews.filter((v) => v.score !== null);
  let strongest: ImperativeRef | null = null;
  let weakest: ImperativeRef | null = null;
  if (scored.length >= 2) {
    const high = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
    const low = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
    if (high.score !== low.score) {
      strongest = imperativeRef(high);
      weakest = imperativeRef(low);
    }
  }

  const gaps: PerceptionGapView[] = scores.perceptionGaps.map((gap) => {
    const higher = roleGroup(gap.higher.role);
    const lower = roleGroup(gap.lower.role);
    // Whole points, as the scores by role print, and the difference of the two figures shown, so the row adds up.
    const [high, low] = [wholePoints(gap.higher.score, gap.imperative.target), wholePoints(gap.lower.score, gap.imperative.target)];
    return {
      imperativeId: gap.imperative.id,
      imperativeTitle: gap.imperative.title,
      imperativeLabel: imperativeLabel(gap.imperative),
      higherRole: gap.higher.role,
      lowerRole: gap.lower.role,
      higherGroup: higher.name,
      lowerGroup: lower.name,
      higherScoreText: String(high),
      lowerScoreText: String(low),
      differenceText: String(high - low),
      // With two groups, the lower is the other one (twelfth VP reading, class 6: "Widest gap" with two groups).
      groupsText: scores.shownRoles.length === 2 ? `${higher.name} higher` : `${higher.name} over ${lower.name}`,
      sentence:
        high === low
          ? `${gap.imperative.title}: ${higher.name} and ${lower.name} score it the same (${high}).`
          : `${gap.imperative.title}: ${higher.name} ${higher.plural ? 'score' : 'scores'} it ${high - low} points higher than ${lower.name} ${lower.plural ? 'do' : 'does'} (${high} against ${low}).`,
    };
  });
  for (const view of imperativeViews) view.widestGap = gaps.find((g) => g.imperativeId === view.id && g.differenceText !== '0') ?? null;
  // The "answers given" line on every section or on none: shown on two of four, it read as if the
  // other two had been left out.
  if (imperativeViews.some((v) => v.missingText !== '')) for (const view of imperativeViews) if (view.scored) view.missingText = view.coverageText;
  const calledOutGaps = gaps.filter((_, i) => scores.perceptionGaps[i]!.difference >= PERCEPTION_GAP_CALLOUT).slice(0, 3);

  // A readout finding that calls its questions disputed flags them, where the answers bear it out
  // (finding-signals.ts; eleventh VP reading, class 2: finding C was "disputed" and flagged nowhere).
  const disputedBy = new Map<string, { reason: string; short: string }>();
  readout?.findings.forEach((finding, i) => {
    if (disputedWords(finding) === null) return;
    for (const id of finding.questions) {
      const at = scores.imperatives.flatMap((r, k) => r.questions.flatMap((q, j) => (q.question.id === id ? [{ q, view: imperativeViews[k]!.questions[j]! }] : [])))[0];
      if (at === undefined || at.view.needsDiscussion || disputeSupport(at.q) !== 'yes') continue;
      const flag = disputedReason(String.fromCharCode(65 + i), at.view.rangeShown);
      Object.assign(at.view, { needsDiscussion: true, discussionReason: flag.reason, discussionCheck: evidenceCheck(at.q.question.help) });
      disputedBy.set(at.view.ref, flag);
    }
  });
  const discussed = needsDiscussionOf(imperativeViews, scores);
  // The flags whose check waits for the day-90 review, said together with the role gap's (dayNinetyText).
  const dayNinetyFlags: { view: QuestionView; target: Pick<CheckTarget, 'rank' | 'owner' | 'horizon' | 'planned'> }[] = [];
  const shownGaps = shownRoleGaps(scores);
  const roleGap = roleGapText(shownGaps, scores.imperatives.map((r) => imperativeLabel(r.imperative)));
  const targets = new Set(scores.imperatives.map((i) => i.target));
  const overallScore = scores.overall.score;
  const whyOverride = new Map((readout?.priorities ?? []).flatMap((p) => (p.why === undefined ? [] : [[p.action, fill(p.why)] as const])));
  const capacityInfo = capacityView(capacity, numbered, plan.shown);
  const weight = planWeight(numbered, freeingOf(capacityInfo, numbered, plan.shown));
  const priorities = prioritiesOf(numbered, priorityIds, scores, weight, whyOverride);
  // The quotes held back from small groups, so that a readout quote copying one is held back too
  // (by the rules alone: approved or not, a small group's quote is not the readout's to print).
  const heldBackQuotes = new Set(
    readout === null
      ? []
      : scores.imperatives.flatMap((r) => r.questions.flatMap((q) => noteFates(q, scores, roleOf, { ...noteOptions, approved: null }).flatMap((f) => (f.heldBack === 'small-group-quote' ? [noteText(f.answer.note)] : [])))),
  );
  const fromReadout = readoutViews(readout, set, imperativeViews, fill, { scores, triggered, numbered, planCount: planned.length }, showIdentifying, heldBackQuotes);
  // Once the readout's quotes have joined the answers' notes: a heading says what quotation marks mean only above a quote.
  for (const v of imperativeViews) v.notesHeading = notesHeadingOf(single ? null : noteLabelOf(sheets), v.notes);
  const decisions = [...(fromReadout?.decisions ?? decisionsOf(triggered, scores, imperativeViews, numbered, planned.length, weight))];
  // The owner whose room holds back much of the plan is a decision too (capacity-decision.ts), unless the readout words it.
  const shortfall = capacityShortfall(backlog);
  // The recruiting the capacity decision gives its owner by the first horizon (VP reading 17, item 18): said in that owner's load.
  let recruiting: { owner: string; horizon: number; text: string } | null = null;
  if (shortfall !== null && !decisions.some((d) => d.id === CAPACITY_DECISION_ID)) {
    // The roles the client lacks whose steps this owner inherited, the one with most of the waiting steps first (it is the one recommended).
    const catalog = set.owners ?? {};
    const roleOf = new Map(scores.actions.map((a) => [a.recommendation.id, a.recommendation.owner === undefined || !Object.hasOwn(catalog, a.recommendation.owner) ? null : catalog[a.recommendation.owner]!.title]));
    // The role is the one most of what the hire can take is (hireTakes): an HR lead was proposed
    // for CRM work once the managers' development, which no hire takes, stayed with the owner.
    // The plan re-cut for the hire: each step it takes dated by the plan's own rule (hireSchedule).
    const schedule = hireSchedule(hireTakes(shortfall, numbered, planned.length), numbered, planned.length, (id) => scores.actions.find((x) => x.recommendation.id === id)?.recommendation.build === true);
    const hire = schedule.hire;
    const waitingRoles = (hire.takes.length > 0 ? hire.takes : shortfall.waiting).map((rank) => roleOf.get(numbered.find((a) => a.rank === rank)?.id ?? '') ?? null);
    const lacking = [...inheritedRoles(numbered, scores, catalog)]
      .filter(([, moved]) => moved.owner === shortfall.ownerText)
      .map(([role]) => role)
      .sort((a, b) => waitingRoles.filter((r) => r === b).length - waitingRoles.filter((r) => r === a).length);
    // The hire's price is the consultant's (the readout's facts), never the tool's.
    const cost = readout?.facts?.costs?.[CAPACITY_COST_FACT];
    const price = cost === undefined || readout?.facts?.currency === undefined ? null : costText(cost, readout.facts.currency);
    const capacityDecision = capacityDecisionView(shortfall, decisions.length + 1, lacking, orgName, hire, price, schedule.dates);
    capacityDecision.costAmount = cost === undefined || price === null ? null : typeof cost === 'number' ? { low: cost, high: cost } : cost;
    decisions.push(capacityDecision);
    recruiting = { owner: shortfall.ownerText, horizon: HORIZONS[0]!, text: `${decisions.at(-1)!.label}'s recruiting` };
  }
  const capacityAsk = decisions.find((d) => d.id === CAPACITY_DECISION_ID);
  // When no answer at all was checked, page one's evidence line says so once; each decision
  // repeating "nothing checked" is padding (and costs page one its last line on Letter).
  if (countEvidence(scores.imperatives.flatMap((i) => i.questions)).checkedQuestions === 0) for (const d of decisions) d.evidence = '';
  // The gate's plan row (not page one, whose decision quotes the action) says what its re-count
  // must find (gateThresholdText), in the row's own "done when" column, not run on after the action
  // (tenth VP reading, class 11: a 14-line row); unless the re-count is a step of its own: another
  // fired step of the gate's question that requires it (recount-manager-time), whose row says it once.
  const recountedBy = (id: string) => {
    const gate = scores.actions.find((x) => x.recommendation.id === id);
    return gate !== undefined && scores.actions.some((x) => x.question === gate.question && x.recommendation.requires.includes(id));
  };
  // The shown row that recounts another gate freeing the same owner (recount-manager-time, which
  // counts the head-office hours too): the one that reads this gate's threshold as well.
  const recountOf = (owner: string) =>
    numbered.slice(0, plan.shown).find((row) => {
      const action = scores.actions.find((x) => x.recommendation.id === row.id);
      return action !== undefined && capacity.some((s) => s.owner === owner && s.id !== row.id && action.recommendation.requires.includes(s.id) && recountedBy(s.id) && scores.actions.some((g) => g.recommendation.id === s.id && g.question === action.question));
    });
  for (const a of numbered.slice(0, plan.shown)) {
    const step = capacity.find((s) => s.id === a.id);
    if (step === undefined || a.changesAt === null || recountedBy(a.id)) continue;
    // The recount's own due day where a row does it (plan-due-days.ts moves it ahead of what it holds), else a horizon on.
    const recount = recountOf(step.owner);
    const recountDay = recount?.due ?? laterHorizon(a.horizon as Horizon);
    // The fallback, dated: the held owner's shown steps due after the recount, each moved by the
    // days leadership takes to decide (VP reading 17, item 20), with their dates where the plan has a calendar.
    const held = recountDay === null ? [] : numbered.slice(0, plan.shown).filter((row) => row.rank !== a.rank && row.rank !== recount?.rank && row.due > recountDay && (row.ownerText === step.owner || row.spendsText === step.owner)).map((row) => ({ rank: row.rank, due: row.due, movedTo: row.due + GATE_DECISION_DAYS, movedDate: calendar === null ? null : readableDate(planDate(calendar, row.due + GATE_DECISION_DAYS)) }));
    a.doneText = gateThresholdText(lowerFirst(step.owner), a.changesAt, recountDay, recount?.rank ?? null, held);
  }
  // The plan cites page one: its priorities and the decisions each action carries out.
  const onPageOne = new Set(priorities.map((p) => p.id));
  for (const action of numbered) {
    action.onPageOne = onPageOne.has(action.id);
    // Its place on page one, in page one's order (the step that holds up the plan first).
    action.pageOne = action.onPageOne ? priorities.findIndex((p) => p.id === action.id) + 1 : null;
    action.decisions = decisions.filter((d) => d.actions.includes(action.rank)).map((d) => d.label);
    action.decisionText = decisionText(action, decisions);
  }
  // A priority that carries out a decision points to it ("once leadership decides D1"), and keeps
  // its own why: where its question stands, in the ladder's words (VP reading 16, class 8 item 49:
  // "It carries out D1" and no why at all for #2 and #3 was circular); a readout's own why stays, as
  // the consultant wrote it. Its prerequisites in the plan that page one does not list are shown
  // with it, so the step it waits for is never missing from page one (item 26: #1, which #2 needs).
  const pageOneRanks = new Set(priorities.map((p) => p.rank));
  for (const priority of priorities) {
    priority.decisions = decisions.filter((d) => d.actions.includes(priority.rank)).map((d) => d.label);
    priority.decisionText = decisionText(priority, decisions);
    // Where its why would say a decision's own why again (no readout: both are the question's
    // ladder words), the decision says it, once: the written page one says each finding once (the
    // deck's priorities slide, a slide away from the decisions, keeps it).
    // The same for a priority that prepares one (#1, the shadow credit #2 needs, rests on D1's question).
    const repeats = decisions.some((d) => d.finding !== '' && priority.why.toLowerCase().includes(d.finding.replace(/\.$/, '').toLowerCase()));
    // A priority that carries out a decision has that decision's why just above it: the written
    // page one points to it and says no second why (its question's ladder words were the section
    // row's again: repeated-text.test.ts); the deck, a slide away, gives its own.
    priority.pageWhy = (repeats || priority.decisions.length > 0) && !whyOverride.has(priority.id) ? '' : priority.why;
    const first = priority.after.filter((rank) => rank <= planned.length && !pageOneRanks.has(rank)).flatMap((rank) => planned.filter((a) => a.rank === rank));
    priority.prerequisiteText = first.map((a) => `#${a.rank} ${a.title.replace(/\.$/, '')} (${a.ownerText})`).join('; ');
  }
  // What each disagreement could move (seventh VP reading, class 9), from data: the decision whose
  // question it is, the decisions its actions carry out, and its actions' rows. Gathered over the
  // flagged questions too, for the sentence above the list (discussionText).
  const bearing: DiscussionBearing = { decisions: new Set(), rows: new Set(), backlog: new Set(), informed: new Set(), decisionCount: decisions.length };
  const checkCandidates: CheckCandidate[] = [];
  const rowChecks: CheckCandidate[] = [];
  // The checks that gate only backlog actions, said in full under the backlog, in rank order.
  const backlogChecks: BacklogCheckView[] = [];
  // Each flag's check target, for the list's pointer where page one's box says the check (below).
  const flagTargets = new Map<string, CheckTarget>();
  scores.imperatives.forEach((result, i) =>
    result.questions.forEach((q, j) => {
      const view = imperativeViews[i]!.questions[j]!;
      if (!view.needsDiscussion) return;
      const actions = numbered.filter((a) => a.imperativeNumber === i + 1 && a.questionRef === view.ref);
      // Its own decision and those its actions carry out: what it finds can change them. A decision
      // whose subject it informs (a rubric's `informs`; tenth VP reading, class 3: who picks which
      // accounts each rep works is D2's subject) is named too, but does not wait for it: no level it
      // finds changes that decision's rows (eleventh VP reading, class 2: the Q4.2 check held up #6
      // and D2, yet all its result could change was a backlog step).
      const changes = (d: DecisionView) => (q.question.decision !== undefined && d.id === q.question.decision.id) || actions.some((a) => a.decisions.includes(d.label));
      const labels = decisions.filter(changes).map((d) => d.label);
      const informed = decisions.filter((d) => !changes(d) && (q.question.informs ?? []).includes(d.id)).map((d) => d.label);
      // The check goes to the owner of the question's first action a level decides, before it starts (checkLine).
      const first = actions.find((a) => levelDecided(scores, a.id)) ?? actions[0];
      const target = first === undefined ? undefined : { rank: first.rank, owner: checkerOf(first.owner, freed), horizon: first.horizon, planned: first.rank <= planned.length, changesAt: first.changesAt, replacedBy: first.replacedBy };
      if (target !== undefined) {
        flagTargets.set(view.ref, target);
        view.discussionCheck = checkLine(view.discussionCheck, target);
      }
      view.discussionCheckListed = view.discussionCheck;
      // A check that gates only a backlog action is said in full with the backlog, one line here
      // (VP review 14, item 57: pages 2-3 went on step-by-step procedures for three backlog actions).
      if (target !== undefined && !target.planned) {
        backlogChecks.push({ rank: target.rank, text: view.discussionCheck, owner: target.owner });
        view.discussionCheckListed = `${checkWho(target, 'it')}.`;
        dayNinetyFlags.push({ view, target });
      }
      // A flag (a disagreement, or a check too small to set the level) whose result can change a
      // decision or a plan row is checked before committing to it (page one's box): those on a decision first.
      if (target !== undefined && (labels.length > 0 || target.planned)) {
        const what = `${lowerFirstWord(view.label)}, where ${lowerFirst(disputedBy.get(view.ref)?.short ?? discussionReason(q, scores, true)).replace(/\.$/, '')}`;
        (labels.length > 0 ? checkCandidates : rowChecks).push({ subject: labels.length > 0 ? `${listText(labels)}: ${what}` : what, target, check: { help: q.question.help }, ref: view.ref });
      }
      view.discussionAffects = discussionAffectsText(labels, actions.map((a) => ({ rank: a.rank, planned: a.rank <= planned.length })), decisions.length, informed);
      view.discussionMarked = labels.length > 0 || actions.some((a) => a.rank <= planned.length);
      for (const label of labels) bearing.decisions.add(label);
      for (const label of informed) bearing.informed.add(label);
      for (const a of actions) (a.rank <= planned.length ? bearing.rows : bearing.backlog).add(a.rank);
    }),
  );
  // The role gap's test (the headline's "gap to test"): the question of the gap's imperatives whose
  // roles sit furthest apart, checked before its first plan row; then the flags on plan rows, then
  // the plan rows "to confirm".
  // Each imperative the gap is stated on gets a test of its own (VP reading 13: the gap stood on two
  // imperatives and its one check was the other's row's): its widest question that claims alone
  // set, checked before its row in the 90-day plan, else said beside the gap for the day-90 review.
  const gapImperatives = [...new Set(shownGaps.map((g) => g.imperative))];
  const gapQuestionsIn = (rows: readonly ActionView[], i: number) =>
    scores.imperatives[i]!.questions
      // Its row is one a level decides (levelDecided): a build is done for others' steps, and no check replaces it.
      .map((q, j) => ({ q, view: imperativeViews[i]!.questions[j]!, row: rows.find((a) => a.imperativeNumber === i + 1 && a.questionRef === imperativeViews[i]!.questions[j]!.ref && levelDecided(scores, a.id)) }))
      // A checked level already settles which view holds; the gap is tested where claims alone set it.
      .filter((x) => x.row !== undefined && x.q.scoredAt !== 'checked-level')
      .sort((a, b) => b.q.roleSplit - a.q.roleSplit);
  const gapTests = gapImperatives.map((i) => ({ i, widest: gapQuestionsIn(planned, i)[0], waiting: gapQuestionsIn(numbered.slice(planned.length).filter((a) => a.wait?.kind !== 'covered'), i)[0] }));
  const gapHigher = shownGaps.length === 0 ? null : roleGroup(shownGaps[0]!.higher);
  const gapLower = shownGaps.length === 0 ? '' : roleGroupName(shownGaps[0]!.lower);
  // With the gap on one imperative, the imperative goes without saying; on several, each test names its own.
  const imperativeName = (i: number) => {
    const label = lowerFirstWord(imperativeLabel(scores.imperatives[i]!.imperative));
    // "the prospecting plan", but "sales interactions", "differentiation".
    return /s$|tion$/.test(label) ? label : `the ${label}`;
  };
  const onImperative = (i: number) => (gapImperatives.length > 1 ? ` on ${imperativeName(i)}` : '');
  // A test whose row waits in the backlog is said beside the gap, at the day-90 review, as any check
  // that changes only a backlog row is (checks-first.ts).
  const roleGapWaiting = gapTests
    .filter((t) => t.widest === undefined && t.waiting !== undefined)
    .map((t) => {
      const row = t.waiting!.row!;
      const target = { rank: row.rank, owner: checkerOf(row.owner, freed), horizon: row.horizon, planned: false, changesAt: row.changesAt, replacedBy: row.replacedBy };
      backlogChecks.push({ rank: row.rank, text: checkLine(evidenceCheck(t.waiting!.q.question.help), target), owner: target.owner });
      return { topic: lowerFirstWord(t.waiting!.view.label).replace(/^A /, 'a '), on: gapImperatives.length > 1 ? imperativeName(t.i) : '', target };
    });
  const gapSubjects: string[] = [];
  for (const t of gapTests) {
    if (t.widest === undefined || gapHigher === null) continue;
    const row = t.widest.row!;
    const subject = `${gapHigher.name} ${gapHigher.plural ? 'answer' : 'answers'} above ${gapLower}${onImperative(t.i)}, widest on ${lowerFirstWord(t.widest.view.label)}`;
    gapSubjects.push(subject);
    checkCandidates.push({ subject, target: { rank: row.rank, owner: checkerOf(row.owner, freed), horizon: row.horizon, planned: true, changesAt: row.changesAt, replacedBy: row.replacedBy }, check: { help: t.widest.q.question.help } });
  }
  checkCandidates.push(...rowChecks);
  for (const a of planned) if (a.verifyFirst) checkCandidates.push({ subject: `${lowerFirstWord(a.title)} (#${a.rank})`, target: { rank: a.rank, owner: checkerOf(a.owner, freed), horizon: a.horizon, planned: true, changesAt: a.changesAt, replacedBy: a.replacedBy }, check: a.checkText });
  // Where no flag bears on a decision or a plan row, the sentence above the list says so for all of
  // them, with their backlog actions (discussionText); each line saying it again stated it once per
  // flag more (ninth VP reading, class 7: "bear on none of D1–D3" at each bullet).
  if (bearing.decisions.size === 0 && bearing.rows.size === 0) for (const q of imperativeViews.flatMap((v) => v.questions)) q.discussionAffects = '';
  // The list's heading counts every row page one asks to start: the decisions' own rows too, when
  // they are not in the list (sixth VP reading, class 6: "these 5 actions" while D2 and D3 asked for #6 and #4).
  const listed = new Set(priorities.map((p) => p.rank));
  const decisionRows = [...new Set(decisions.flatMap((d) => d.actions))].filter((rank) => !listed.has(rank) && rank <= planned.length).sort((x, y) => x - y);
  // "Five priorities, by when they are due (plus #4 for D3; #6 for D2)" (seventh VP reading, class 4: "and the decisions' #4 and #6"),
  // grouped by decision: a decision with two rows is named once (VP reading 17, item 19: "which carry out D4, D3 and D4"
  // once Finance's test of the limit became D4's second row, and the heading took page one's last line on Letter).
  const byDecision = new Map<string, number[]>();
  for (const rank of decisionRows) {
    const labels = listText(decisions.filter((d) => d.actions.includes(rank)).map((d) => d.label));
    byDecision.set(labels, [...(byDecision.get(labels) ?? []), rank]);
  }
  const plus = decisionRows.length === 0 ? '' : ` (plus ${[...byDecision].map(([labels, ranks]) => `${ranksText(ranks)} for ${labels}`).join('; ')})`;
  // Titled for what the list is, page one's priorities in the order they start, not "Start with
  // these five", which read as the first five to start while 30-day rows sat outside it (twelfth VP
  // reading, class 3).
  const prioritiesHeading = `${priorities.length === 1 ? 'One priority' : `${capitalize(countText(priorities.length))} priorities, by when they are due`}${plus}`;
  const allEvidence = evidenceView(countEvidence(scores.imperatives.flatMap((i) => i.questions)));
  const targetText = targets.size === 1 ? formatNumber([...targets][0]!) : null;
  const gapText = targets.size === 1 && overallScore !== null && overallScore < [...targets][0]! ? String([...targets][0]! - pageColumnPoints(overallScore, [...targets])) : null;
  const confidentiality = confidentialityView(options.names, scores);
  const bands = BAND_CUTOFFS.map((band, i) => ({
    name: set.bandNames[band.key],
    range: i === 0 ? `${band.from} and above` : `${band.from} to below ${BAND_CUTOFFS[i - 1]!.from}`,
  })).reverse();
  const method = methodItems({
    single,
    names: options.names,
    organization: orgName,
    minGroup: scores.minGroup,
    foldedText: confidentiality.foldedText,
    needsDiscussionSpread: NEEDS_DISCUSSION_SPREAD,
    targetOverride: options.target ?? null,
    bands,
    focus,
    planSize,
    identifyingLeftOut: imperativeViews.some((v) => v.identifyingLeftOut > 0),
    notesApproved: readout !== null,
    fewScored: imperativeViews.flatMap((v) => v.questions.filter((q) => q.scored && !q.figuresShown).map((q) => q.ref)),
    heldBack: imperativeViews.reduce((n, v) => n + v.questions.filter((q) => q.scored && !q.figuresShown && q.level === null).length, 0),
    checkedLevels: imperativeViews.reduce((n, v) => n + v.questions.filter((q) => q.levelChecked).length, 0),
    rowsRecomputed: single
      ? []
      : scores.imperatives.flatMap((r) => {
          const fromRows = scoreFromRows(r.questions);
          return r.score === null || fromRows === null || formatScore(fromRows) === formatScore(r.score) ? [] : [{ name: lowerFirstWord(imperativeLabel(r.imperative)), fromRows: formatScore(fromRows), kept: formatScore(r.score) }];
        }),
    measures: set.imperatives.some((i) => i.measure !== undefined),
    clientFigures: readout?.facts !== undefined,
    surveyed: scores.imperatives.flatMap((r, i) => r.questions.flatMap((q, j) => (imperativeViews[i]!.questions[j]!.levelSurveyed ? [{ ref: imperativeViews[i]!.questions[j]!.ref, covering: coveredText(q.answers), levels: q.question.levels.map((l) => l.label) }] : []))),
    checkMinimum: set.sampling?.minimum ?? DEFAULT_CHECK_MINIMUM,
    witnesses: listText([...new Set(set.imperatives.flatMap((i) => i.questions.flatMap((q) => q.scoredBy ?? [])).map((r) => roleGroupName(r)))]),
    censusWithheld: imperativeViews.flatMap((v) => v.questions.filter((q) => q.censusWithheld).map((q) => q.ref)),
    samplingRule: set.sampling?.rule ?? null,
    discussed: discussed.length,
    topLevel: topLevelOf(set),
    priorityCount: priorities.length,
    gate: gateIds.length > 0,
    recount: planned.some((a) => holds.has(a.id) && a.due < a.horizon),
    toConfirm: planned.some((a) => a.verifyFirst || a.checker !== null),
    sharedQuestions: sharedQuestions(numbered),
    target: targets.size === 1 ? [...targets][0]! : null,
  });

  // Where every check came out below what people said, page one says so once (evidence-of.ts).
  const checkedBelow = checksBelowClaims(scores.imperatives.flatMap((r) => r.questions));
  const rosier = checksBelowClaimsText(checkedBelow.below.length, checkedBelow.compared);
  const checksLine = [evidenceLine(countEvidence(scores.imperatives.flatMap((i) => i.questions)), single ? null : { roles }, witnessText(scores.imperatives.flatMap((i) => i.questions))), single ? '' : rosier].filter((t) => t !== '').join(' ');
  const boxed = checksFirst(checkCandidates);
  const dayNinety = dayNinetyText(roleGapWaiting, dayNinetyFlags.filter((f) => discussed.slice(0, DISCUSSION_SHOWN).includes(f.view)));
  // A flag whose check page one's box says in full points there from the list of questions that
  // need discussion, keeping who, when and what it changes (tenth VP reading, class 9: the same
  // check twice, word for word).
  for (const line of boxed) {
    const q = line.ref === null ? undefined : discussed.find((d) => d.ref === line.ref);
    const target = line.ref === null ? undefined : flagTargets.get(line.ref);
    if (q !== undefined && target !== undefined) q.discussionCheckListed = checkLineElsewhere(target, CHECKS_BOX_NAME);
  }
  // A plan row "to confirm" whose check the box says in full points there too, keeping who and when
  // (eleventh VP reading, class 6: #13's check printed in its plan row and again on page two). A
  // page-one priority keeps its own pointer to page one, which prints its check.
  // Every row a line of the box gates is marked the same way, whatever raised the check (twelfth VP
  // reading, class 4: #13, flagged, carried "to confirm" while #7, gated by the role gap's check,
  // carried nothing): the reason, who checks by when, and the pointer to the box.
  for (const a of planned) {
    const line = boxed.find((l) => l.rank === a.rank);
    if (line === undefined || (a.verifyFirst && a.pageOne !== null)) continue;
    a.checkFirst = true;
    a.verifyText = planFlag(a.verifyFirst ? verifyText() : `to confirm: ${lowerFirstWord(line.subject)}`, checkLineElsewhere({ rank: a.rank, owner: checkerOf(a.owner, freed), horizon: a.horizon, planned: true, changesAt: a.changesAt, replacedBy: a.replacedBy }, CHECKS_BOX_NAME));
  }
  const groupsOfBacklog = backlogGroups(backlog, {
    count: planned.length,
    decisions: decisions.length > 0,
    perHorizon: CAPACITY_PER_HORIZON,
    gate: capacityInfo === null || capacityInfo.ownerText === null || capacityInfo.stepRank === null || capacityInfo.stepRank > planned.length ? null : { ownerText: capacityInfo.ownerText, rank: capacityInfo.stepRank },
  });
  return {
    organization: sheets[0]?.organization ?? '',
    organizations,
    mixedOrganizations: organizations.length > 1,
    rubrics: {
      title: set.title,
      description: set.description,
      // Read on use: no shipped template prints the digest, a custom one may (docs/report.md), and
      // computing it loads node:crypto (about 5 ms of a report's start).
      get digest() {
        return set.digest;
      },
      get shortDigest() {
        return set.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1');
      },
    },
    date: lastDate,
    dateText: readableDateRange(firstDate, lastDate),
    datesLabel: datesLabel(sheets),
    names: options.names,
    namingText: namingRule({ single, names: options.names, organization: orgName }),
    anonymized: !options.names,
    confidentiality,
    single,
    respondentCount: sheets.length,
    respondents,
    respondentSummary: single ? respondents[0]!.label : respondentSummary(sheets.length, roles, scores, baseParts(readout?.facts)),
    roles,
    // A table with a header and no rows says nothing: where every imperative's scores by role are
    // withheld (a small team), one sentence says so in its place, in every format.
    multipleRoles: scores.byRoleShown && imperativeViews.some((i) => i.byRoleRow),
    byRoleWithheldText: scores.byRoleShown && !imperativeViews.some((i) => i.byRoleRow) ? BY_ROLE_WITHHELD : '',
    byRoleIntro: byRoleIntro(roles, imperativeViews),
    // "Difference" between groups, never "gap", which is the target minus the score (VP review 16, class 7).
    byRoleGapHeader: roles.length === 2 ? 'Difference' : 'Widest difference',
    overall: {
      score: overallScore,
      scoreText: overallScore === null ? NOT_SCORED : String(pageColumnPoints(overallScore, [...targets])),
      band: bandName(scores.overall.band),
      scored: overallScore !== null,
      targetText,
      gapText,
      pointsText: overallScore === null ? NOT_SCORED : String(pageColumnPoints(overallScore, [...targets])),
      gapPointsText: targetText === null || overallScore === null || overallScore >= Number(targetText) ? null : String(Number(targetText) - pageColumnPoints(overallScore, [...targets])),
      sentence: overallSentence(overallScore, bandName(scores.overall.band), targetText, overallScore === null ? null : pagePoints(overallScore, [...targets])),
    },
    noActionsText: overallScore === null ? 'No action can be recommended yet: no question has a scored answer.' : 'No recommended action fires: every answer is at or above the level its actions aim for.',
    noImperativeActionsText: 'No recommended action fires for this imperative.',
    strongest,
    weakest,
    headline: fromReadout?.headline ?? fill(headlineTemplate(scores, askOf(decisions, priorities, weight))),
    findings: fromReadout?.findings ?? [],
    fromReadout: readout !== null,
    priorities,
    // Page one gives the plan's day 0 (VP reading 15, need 1): the plan's line said it on p.7 only.
    decisionsHeading: readout?.decided == null ? 'Decisions for leadership' : `Decisions for leadership on ${readableDate(readout.decided)}, the plan's day 0`,
    decisionsCostText: decisionsCostText(decisions, readout?.facts?.currency),
    decidedOn: readout?.decided == null ? null : readableDate(readout.decided),
    prioritiesHeading,
    prioritiesText: '',
    notInPlanText: backlogHeadline(backlog, groupsOfBacklog, planned.length, capacityAsk === undefined || shortfall === null ? null : { ownerText: shortfall.ownerText, label: capacityAsk.label }),
    noteLabel: noteLabelOf(sheets),
    targetLine: targetText === null ? null : targetLine(Number(targetText)),
    bandLine: bandLine(imperativeViews.filter((v) => v.scored).map((v) => ({ title: v.title, band: v.band })), bandName(scores.overall.band)),
    evidenceLine: checksLine,
    pageOneEvidence: withLimits(single ? '' : limitsText(roles, readout?.facts?.headcount, lastDate, readout?.quotaYear?.ends ?? null), checksLine),
    focus,
    actionCount: numbered.length,
    planSize,
    planCount: planned.length,
    plan: planned,
    backlog,
    planText: planText(planned, backlog, calendar),
    capacity: capacityInfo,
    decisions,
    perceptionGaps: gaps,
    calledOutGaps,
    needsDiscussion: discussed.slice(0, DISCUSSION_SHOWN),
    needsDiscussionCount: discussed.length,
    // The gap's test is one of page one's checks: the sentence points there instead of leaving the gap untested here (eleventh VP reading, class 2: one list of checks).
    // Where the backlog's checks are, said once after who checks what (repeated-text.test.ts).
    needsDiscussionText: [
      discussionText(discussed.length, questionViews.size, bearing, [roleGap, gapSubjects.some((s) => boxed.some((l) => l.subject.startsWith(s))) ? `${CHECKS_BOX_NAME} says how to test it${gapTests.length > 1 && roleGapWaiting.length > 0 ? gapTests.filter((t) => t.widest !== undefined).map((t) => onImperative(t.i)).join(' and') : ''}.` : '', dayNinety.widest].filter((p) => p !== '').join(' '), discussed.slice(0, DISCUSSION_SHOWN).map((q) => `${lowerFirstWord(q.label).replace(/^A /, 'a ')} (${q.ref})`)),
      dayNinety.together,
      backlogChecks.length === 0 ? '' : BACKLOG_CHECKS_POINTER,
    ].filter((p) => p !== '').join(' '),
    roleGapText: roleGap,
    backlogChecks: [...new Map(backlogChecks.map((c) => [c.rank, c])).values()].sort((a, b) => a.rank - b.rank),
    backlogChecksHeading: BACKLOG_CHECKS_HEADING,
    checksFirst: boxed,
    checksFirstHeading: CHECKS_FIRST_HEADING,
    checksFirstPointer: checksFirstPointer(boxed, [
      ...decisions.filter((d) => boxed.some((l) => d.actions.includes(l.rank))).map((d) => d.label),
      ...priorities.filter((p) => boxed.some((l) => l.rank === p.rank)).map((p) => `#${p.rank}`),
    ]),
    discussionHintText: DISCUSSION_HINT,
    chartImage: null,
    meanHeader: meanHeaderOf(set),
    measureHeaders: measureHeadersOf(set),
    chart: {
      mermaid: mermaidChart(scores.imperatives.map((i) => ({ label: imperativeLabel(i.imperative), score: i.score, target: i.target }))),
      rows: imperativeViews.map((v) => ({
        number: v.number,
        title: v.title,
        label: v.label,
        scoreText: v.scoreText,
        pointsText: v.pointsText,
        gapPointsText: v.gap === null ? '–' : v.gapText,
        bar: textBar(v.score),
        targetText: v.targetText,
        gapText: v.gap === null ? '–' : v.gapText,
        band: v.band ?? NOT_SCORED,
        // Questions, not answers: a count of checks would count the auditor's files, not people.
        evidenceText: v.evidence.seen + v.evidence.claimed === 0 ? '–' : v.evidence.checkedQuestions === 0 ? 'claims only' : `${v.evidence.checkedQuestions} of ${v.evidence.questions} checked`,
      })),
    },
    imperatives: imperativeViews,
    evidence: allEvidence,
    owners: ownersOf(numbered),
    ownerLoadText: [ownerLoadText(planned, [...new Map(backlogChecks.map((c) => [c.rank, c])).values()], recruiting === null ? [] : [recruiting]), fallbackOwnersText(planned, scores, set.owners ?? null, orgName)].filter((t) => t !== '').join(' '),
    backlogText: backlogLead(backlog.filter((a) => a.wait?.kind !== 'covered').length, backlog.filter((a) => a.wait?.kind === 'covered').length),
    backlogGroups: groupsOfBacklog,
    actionPlan: [30, 60, 90]
      .map((horizon) => {
        const outcome = readout?.plan.outcomes[String(horizon) as '30' | '60' | '90'];
        return { horizon, title: HORIZON_TITLES[horizon]!, outcome: outcome === undefined ? null : fill(outcome), actions: planned.filter((a) => a.horizon === horizon) };
      })
      .filter((group) => group.actions.length > 0),
    reflections: set.imperatives.map((imperative, i) => ({
      number: i + 1,
      imperativeTitle: imperative.title,
      question: imperative.reflection ?? wordingFor(imperative.questions[0]!.prompt),
    })),
    unanswered: unansweredView(scores, respondents, options.names),
    method: {
      bands,
      targetOverride: options.target ?? null,
      needsDiscussionSpread: NEEDS_DISCUSSION_SPREAD,
      perceptionGapCallout: PERCEPTION_GAP_CALLOUT,
      minGroup: scores.minGroup,
      overallComputation:
        overallScore === null
          ? null
          : `(${scored.map((v) => `${v.weightText} × ${formatScore(v.score!)}`).join(' + ')}) / (${scored.map((v) => v.weightText).join(' + ')}) = ${formatOverall(overallScore)}`,
      items: method.items.concat(options.benchmark?.methodItems ?? []).map(withPoints),
      annex: method.annex.map(withPoints),
    },
    benchmark: options.benchmark ?? null,
  };
}

/** A score in whole points, as every part of the report but the annex prints it (figures.ts pageColumnPoints: 39 for 39.7, not a band it has not reached). */
function wholePoints(score: number, target: number): number {
  return pageColumnPoints(score, [target]);
}

function overallSentence(score: number | null, band: string | null, targetText: string | null, points: string | null): ReportView['overall']['sentence'] {
  if (score === null || points === null) {
    const text = 'No overall score: no question was answered with a score, so there is nothing to score yet.';
    return { lead: text, emphasis: '', rest: '', text };
  }
  // Whole points on page one; the gap is the target less the points shown, so the two add up.
  const whole = Number(points);
  const target = targetText === null ? '' : Number.isNaN(whole) || Number(targetText) <= score ? (Number(targetText) <= score ? `, meeting the target of ${targetText}` : `, just under the target of ${targetText}`) : `, ${Number(targetText) - whole} points below the target of ${targetText}`;
  const parts = { lead: 'Overall:', emphasis: `${points} out of 100, ${band}`, rest: `${target}.` };
  return { ...parts, text: `${parts.lead} ${parts.emphasis}${parts.rest}` };
}

/**
 * Page one's line on what the scores rest on, in words a VP repeats: how many questions rest on
 * checks of the audit sample and on what base, and whose view the rest gives (VP reading 10, class
 * 1: coverage was never stated). Where one group is most of the respondents, the median answer
 * leans to it: said once, here, so a level set by claims is not read as fact (twelfth VP reading,
 * class 9: "6 of them come from the group that answers about a level higher"); the sections mark
 * those levels "said". What "most reps" in a level means is the method's (class 6: method prose on
 * page one).
 */
function evidenceLine(count: EvidenceCount, several: { roles: readonly { count: number; group: string; pooled?: boolean }[] } | null, witnesses: WitnessText): string {
  const total = count.seen + count.claimed;
  if (total === 0) return '';
  // Whose answers set the levels (witness-text.ts), said once, after the rest.
  const after = [witnesses.viewsText, witnesses.withoutText].filter((t) => t !== '').map((t) => ` ${t}`).join('');
  const respondents = several === null ? 0 : several.roles.reduce((n, r) => n + r.count, 0);
  const most = several === null ? undefined : several.roles.find((r) => r.count * 2 > respondents);
  const others = several === null || most === undefined ? [] : several.roles.filter((r) => r !== most);
  // Plain words (fourteenth VP reading, class 8: "with 6 of 10 respondents, leadership and sales
  // managers' view, tempered by the salespeople's" read as the tool's).
  // The groups' weight in the average answer, where every role's answers count in it: not where a question's witnesses alone set it.
  const lean = most === undefined || others.length === 0 || witnesses.views > 0 ? '' : `, leaning to ${most.group} (${most.count} of the ${respondents})`;
  if (count.checkedQuestions === 0) return `Everything here is what people told us: no level rests on a check of the audit sample (a document, a meeting observed or system data). Each level is the median answer${lean}.${after}`;
  const lead = count.checkedQuestions * 2 < count.questions ? 'Most of what we heard is self-report' : 'Most levels were checked';
  const range = count.baseRange === null ? '' : count.baseRange.min === count.baseRange.max ? ` of ${count.baseRange.min} reps, managers or deals` : ` of ${count.baseRange.min} to ${count.baseRange.max} reps, managers or deals`;
  const sampleText = count.baseRange === null ? 'the audit sample' : 'samples';
  const rest = count.questions - count.checkedQuestions - count.leftOut;
  const leftOut = count.leftOut === 0 ? '' : ` ${count.leftOut === 1 ? 'One more is' : `${count.leftOut} more are`} left out of the score: too few answered to show.`;
  // Scored on the mean answer (the median sets only where a row says the team stands, which the
  // method says): "rest on the median answer" misdescribed the score (thirteenth VP reading, 1c).
  // No pointer "(marked as said below)": the deck's sections do not mark it (VP reading 14); a row
  // with no checked level is what people said, and says so by that blank alone.
  const said = several === null ? `; the rest on what people said.${after}${leftOut}` : `, and the other ${rest} on average answers${lean}.${after}${leftOut}`;
  // A survey the audit ran is fieldwork, not a check of the sample (VP reading 13): said apart. A
  // document the auditor read is checked, as the deck's table counts it: one count of "what we
  // checked" in every format (VP reading 17, item 10: "9 checks + 1 reading" here, "10 checked" there).
  const sample = count.checkedQuestions - count.surveyedQuestions - count.documentQuestions;
  const checked = sample + count.documentQuestions;
  const documents = count.documentQuestions === 1 ? 'a document' : 'documents';
  const detail = sample > 0 && count.documentQuestions > 0 ? ` (${sample} on ${sampleText}${range}, ${count.documentQuestions} in ${documents})` : sample > 0 ? ` on ${sampleText}${range}` : ` in ${documents}`;
  const surveyed = count.surveyedQuestions === 0 ? '' : `, ${count.surveyedQuestions} on the audit's survey`;
  if (checked === 0) return `${lead}: ${count.surveyedQuestions} of ${count.questions} ${count.surveyedQuestions === 1 ? 'question rests' : 'questions rest'} on the audit's survey${said}`;
  return `${lead}: we checked ${checked} of ${count.questions} questions${detail}${surveyed}${said}`;
}


/** Page one's limits, run on into what the scores rest on: one sentence, one paragraph (VP reading 17, class D: the limits in one line). */
function withLimits(limits: string, evidence: string): string {
  if (limits === '') return evidence;
  return evidence === '' ? `${limits}.` : `${limits}, and ${lowerFirst(evidence)}`;
}

/** "Interview notes", with "(in quotation marks, the person's own words)" where one of them is a quote; one respondent's: "Evidence from the interview". */
function notesHeadingOf(noteLabel: string | null, notes: readonly NoteView[]): string {
  if (noteLabel === null) return 'Evidence from the interview';
  return notes.some((n) => n.verbatim) ? `${noteLabel}s (in quotation marks, the person's own words)` : `${noteLabel}s`;
}

/** "Interview note" for interviews; "Comment" for survey responses; "Note" for one respondent. */
function noteLabelOf(sheets: readonly RespondentRecord[]): string {
  if (sheets.length === 1) return 'Note';
  return sheets.every(surveyed) ? 'Comment' : 'Interview note';
}

/** A survey response: read from an export, or imported from one (`collected: survey`). */
const surveyed = (sheet: RespondentRecord) => sheet.collected === 'survey';

/**
 * "Interview dates" for interviews, "Response dates" for survey responses (read from an export, or
 * imported: `import` writes `collected: survey`), "Dates" for a mix.
 */
function datesLabel(sheets: readonly RespondentRecord[]): string {
  const count = sheets.filter(surveyed).length;
  const kind = count === 0 ? 'Interview date' : count === sheets.length ? 'Response date' : 'Date';
  const dates = new Set(sheets.map((s) => s.date));
  return dates.size === 1 ? kind : `${kind}s`;
}

/**
 * "10 of 42 invited (6 in …, 4 salespeople); sales force: 30 reps, 5 managers": the respondents,
 * and beside them the base they are drawn from where the readout's facts give it (facts.ts
 * baseParts; VP reading 16, need 6: "the headcount is never given").
 */
function respondentSummary(count: number, roles: ReportView['roles'], scores: AuditScores, base: { invited: string; force: string } = { invited: '', force: '' }): string {
  const parts = roles.map((r) => (r.pooled ? `${r.count} in ${r.group} together` : `${r.count} ${r.count === 1 ? r.role : r.group}`));
  const folded = scores.foldedRoles;
  const foldedCount = folded.reduce((n, r) => n + r.respondents.length, 0);
  const why = folded.every((r) => r.reason === 'small') ? 'too small to show' : 'not shown on their own';
  if (folded.length > 0) parts.push(`${foldedCount} in ${folded.length === 1 ? 'a role' : 'roles'} ${why}`);
  const force = base.force === '' ? '' : `; sales force: ${base.force}`;
  return `${count}${base.invited === '' ? '' : ` ${base.invited}`} (${parts.join(', ')})${force}`;
}

/** "Leadership is", "salespeople are", "leadership and sales managers are": pronoun and verb from one test. */
function groupsText(roles: readonly string[]): { text: string; plural: boolean } {
  return { text: listText(roles.map((r) => roleGroupName(r))), plural: roles.length > 1 || roleGroup(roles[0]!).plural };
}

function confidentialityView(names: boolean, scores: AuditScores): ConfidentialityView {
  const { minGroup } = scores;
  const small = scores.foldedRoles.filter((r) => r.reason === 'small');
  const complement = scores.foldedRoles.filter((r) => r.reason === 'complement');
  const sentences: string[] = [];
  const notShown = (groups: { text: string; plural: boolean }) => `${capitalize(groups.text)} ${groups.plural ? 'are' : 'is'} not shown on ${groups.plural ? 'their' : 'its'} own`;
  // The rule in one clause (figure-roles.ts groupSafe): a member can take their own answers out.
  const safe = `a role is shown on its own only where, any one of its people set aside, at least ${minGroup} others remain, since each knows their own answers and could take them out of the role's figures`;
  if (scores.pooledRoles.length > 0) {
    const pool = groupsText(scores.pooledRoles.map((r) => r.role));
    sentences.push(`${capitalize(pool.text)} are shown together, not on their own: ${safe}. A note from them is attributed to “${scores.pooledRoles.map((r) => r.role).join(' or ')}”.`);
  }
  // A role is folded in as a complement only beside small ones (split-roles.ts).
  if (small.length > 0) {
    const smallGroups = groupsText(small.map((r) => r.role));
    sentences.push(`${notShown(smallGroups)}: ${safe}.`);
    if (complement.length > 0) {
      sentences.push(
        `${notShown(groupsText(complement.map((r) => r.role)))} either: the folded-in respondents must be enough together, or the totals minus the roles shown would give away what ${smallGroups.text} answered.`,
      );
    }
  }
  if (scores.foldedRoles.length > 0) {
    sentences.push('Their answers count in every score; their notes carry no role.');
    // One shown role beside the overall score gives the rest's score by subtraction.
    if (scores.shownRoles.length === 1) sentences.push('With one role left to show on its own, no score is broken down by role.');
  }
  const summary =
    scores.pooledRoles.length > 0
      ? // Not why (VP review 14, item 30: "as no role of theirs is big enough", beside "6 … together" and
        // the checks' "4 managers", told any reader 3 leaders and 3 of the 4 managers were interviewed).
        `${groupsText(scores.pooledRoles.map((r) => r.role)).text} are shown together`
      : scores.foldedRoles.length === 0
        ? null
        : complement.length === 0
          ? `roles too small to show on their own are folded in`
          : `${small.length === 1 ? 'a role' : 'roles'} too small to show on ${small.length === 1 ? 'its' : 'their'} own ${small.length === 1 ? 'is' : 'are'} folded in, with ${complement.length === 1 ? 'one more role' : 'more roles'} so that ${small.length === 1 ? 'it' : 'they'} cannot be worked out by subtraction`;
  return {
    names,
    minGroup,
    folded: scores.foldedRoles.map((r) => r.role),
    pooled: scores.pooledRoles.map((r) => r.role),
    foldedText: sentences.length === 0 ? null : sentences.join(' '),
    foldedSummary: summary,
    smallestGroupText: smallestGroupText(scores),
  };
}

/** The mark beside a mean whose range is withheld, and its footnote (one text, every format). */
export const RANGE_WITHHELD_MARK = '†';
// Under each table that has a mark, short (the method's Confidentiality item says the rule in full).
export const RANGE_WITHHELD_NOTE = `${RANGE_WITHHELD_MARK} Range withheld to protect a small group.`;
/** The same footnote where later tables carry the mark too: said once, for them all. */
export const RANGE_WITHHELD_NOTE_ALL = `${RANGE_WITHHELD_MARK} Range withheld to protect a small group, here and in the tables below.`;

/**
 * The groups shown on their own at the rule's minimum (minGroup + 1 people), in plain words, or
 * null where none is. The rule allows it; a reader of the group should hear it from the report.
 */
function smallestGroupText(scores: AuditScores): string | null {
  if (!scores.byRoleShown || scores.respondents <= 1) return null;
  const smallest = scores.shownRoles.filter((r) => r.respondents.length === scores.minGroup + 1);
  if (smallest.length === 0) return null;
  const count = scores.minGroup + 1;
  const groups = groupsText(smallest.map((r) => r.role));
  // Said plainly, without walking a reader through the subtraction (thirteenth VP reading, 2e).
  // At the floor (VP reading 15, item 26): with one person fewer the group, and the comparison by group, could not be shown.
  // What one of them can work out, said (VP review 17, item 34: "any one of the 4 can take their own
  // answers out and read the mean of the other 3", which the report did not say).
  return `${capitalize(groups.text)} (${count}${smallest.length > 1 ? ' each' : ''}) ${groups.plural ? 'are' : 'is'} the smallest group this report shows: its figures are the average of ${count} people, never one person's answers. Any one of them can take their own answers out and read the average of the other ${countText(count - 1)}; with one person fewer that would be ${countText(count - 2)} people's, so the group could not be shown.`;
}

function evidenceView(count: EvidenceCount): EvidenceView {
  const total = count.seen + count.claimed;
  const kindsText = kindWords(count.kinds.filter((k) => k.kind !== 'survey').map((k) => k.kind));
  const checked = count.checkedQuestions - count.surveyedQuestions;
  // A survey the audit ran is fieldwork, not a check (VP reading 13): said apart.
  let text: string;
  if (total === 0) text = 'No score yet';
  else if (count.checkedQuestions === 0) text = 'Every score rests on what respondents said; no level rests on a check of the audit sample';
  else {
    const parts: string[] = [];
    if (checked > 0) parts.push(`${checked} of ${count.questions} ${count.questions === 1 ? 'question rests' : 'questions rest'} on checks of the audit sample (${kindsText})`);
    if (count.surveyedQuestions > 0) parts.push(`${count.surveyedQuestions}${checked === 0 ? ` of ${count.questions}` : ''} on the audit's survey`);
    text = `${parts.join(', ')}, the rest on what respondents said`;
  }
  return { seen: count.seen, claimed: count.claimed, checkedQuestions: count.checkedQuestions, questions: count.questions, text };
}

function imperativeRef(view: ImperativeView): ImperativeRef {
  return { number: view.number, title: view.title, label: view.label, scoreText: view.scoreText, band: view.band ?? NOT_SCORED };
}

function imperativeView(
  result: ImperativeResult,
  number: number,
  respondents: readonly RespondentView[],
  /** Each respondent's role group, as scoring names it. */
  roleOf: (respondent: number) => string,
  scores: AuditScores,
  bandNames: BandNames,
  single: boolean,
  /** Which notes print (printed-notes.ts): --show-identifying-notes, --names, the readout's approvals. */
  noteOptions: { showIdentifying: boolean; names: boolean; approved: NoteApprovals },
): ImperativeView {
  const { imperative } = result;
  const wordedFor = single ? (respondents[0]?.role ?? null) : null;
  const questions = result.questions.map((q, i) => questionView(q, questionRef(number - 1, i), imperative.title, scores, single, wordedFor));
  let identifyingLeftOut = 0;
  const notes: NoteView[] = result.questions.flatMap((q, i) => {
    // One reference and label per question, shared by its notes (160,000 notes at 50,000 respondents).
    const ref = questionRef(number - 1, i);
    const questionLabel = questionTitle(q.question);
    // Attributed to a group only where it, and the people not attributed, are big enough among those
    // who answered this question; a note that may point to one person, or a quote from a group too
    // small to quote, is held back and counted (printed-notes.ts).
    const fates = noteFates(q, scores, roleOf, noteOptions);
    identifyingLeftOut += fates.filter((f) => f.heldBack === 'identifying').length;
    return fates
      .filter((f) => f.heldBack === null)
      .map(({ answer: a, role: group, text, reworded }, k) => {
        const respondent = respondents[a.respondent]!;
        const role = group === null ? null : respondent.role;
        // A note of a group not shown carries no label: "(a respondent)" marked it as from a tiny group (ninth VP reading, class 1d).
        const attribution = respondent.name !== null && role !== null ? `${respondent.name}, ${role}` : (respondent.name ?? role ?? '');
        return { ref, questionLabel, firstOfTopic: k === 0, text: reworded ? text : noteText(text), verbatim: !reworded && isVerbatim(text), role, name: respondent.name, attribution };
      });
  });
  // One entry per role shown in the audit (a table's columns); scoring leaves out the roles it may
  // not show here (score-audit.ts), and they read "not shown".
  const roleScores = new Map(result.byRole.map((r) => [r.role, r]));
  const byRole = (scores.byRoleShown ? scores.shownRoles : []).map(({ role }) => {
    const entry = roleScores.get(role);
    const scoreText = entry === undefined ? (result.score === null ? NOT_SCORED : NOT_SHOWN) : entry.score === null ? NOT_SCORED : String(wholePoints(entry.score, result.target));
    return { role, group: roleGroupName(role), score: entry?.score ?? null, shown: entry !== undefined && entry.score !== null, scoreText };
  });
  // One respondent: the questions their role is asked; several: the answers their roles are asked.
  const { answersExpected: expected, answersGiven: given } = result;
  const notApplicable = result.questions.reduce((sum, q) => sum + q.notApplicable, 0);
  const naText = notApplicable === 0 ? '' : `, ${notApplicable} of them n/a`;
  return {
    number,
    id: imperative.id,
    title: imperative.title,
    label: imperativeLabel(imperative),
    summary: imperative.summary,
    comment: null,
    widestGap: null,
    weightText: formatNumber(imperative.weight),
    scored: result.score !== null,
    score: result.score,
    // Whole points everywhere but the annex (twelfth VP reading, class 9: "42.8 / 17.9" and one
    // decimal on the sections read as more precise than ten people's answers are).
    scoreText: result.score === null ? NOT_SCORED : String(wholePoints(result.score, result.target)),
    pointsText: result.score === null ? NOT_SCORED : String(wholePoints(result.score, result.target)),
    band: result.band === null ? null : bandNames[result.band],
    bandShown: true,
    bandText: result.band === null ? 'not scored: no answered questions' : bandNames[result.band],
    target: result.target,
    targetText: formatNumber(result.target),
    gap: result.gap,
    gapText: result.score === null ? NOT_SCORED : String(Math.max(0, result.target - wholePoints(result.score, result.target))),
    coverage: result.coverage,
    coverageText: single
      ? `${given} of ${expected} question${expected === 1 ? '' : 's'} answered${naText}`
      : `${given} of ${expected} answers given (${formatPercent(result.coverage)})${naText}`,
    missingText: given + notApplicable >= expected && notApplicable === 0 ? '' : single ? `${given} of ${expected} question${expected === 1 ? '' : 's'} answered${naText}` : `${given} of ${expected} answers given (${formatPercent(result.coverage)})${naText}`,
    scoredOnText: scoredOnText(number, result.questions, result.target),
    // The rubric's business measure, as one to track: the audit collected no such figure (VP review 14, item 17).
    // That the audit did not collect it is said once, in the method (repeated-text.test.ts).
    measureText: imperative.measure ?? '',
    byRole,
    byRoleRow: byRole.length > 0 && !byRole.every((r) => r.scoreText === NOT_SHOWN),
    byRoleText: byRole.every((r) => !r.shown && r.scoreText === NOT_SHOWN)
      ? `not shown for this imperative: too few people of a group, or of the others, scored one of its questions (the method says why)`
      : byRole.map((r) => `${r.group} ${r.scoreText}`).join('; '),
    evidence: evidenceView(countEvidence(result.questions)),
    questions,
    // Set once the plan is numbered (questionsByPriorityOf): ties go to what the plan works on first.
    questionsByPriority: [],
    notes,
    rangeWithheldNote: questions.some((q) => q.rangeMark !== '') ? RANGE_WITHHELD_NOTE : '',
    notesHeading: '',
    identifyingLeftOut,
    actions: [],
    plannedActions: [],
    backlogActions: [],
    computation: result.score === null ? null : computationText(number, result.questions, result.score),
  };
}

/**
 * Up to three scored questions whose gap weighs most, by the method's priority (the plan ranks its
 * actions by it): question weight × (1 − its term in the score, score-term.ts), heaviest first
 * (twelfth VP reading, class 8: by attainment alone, the deck left out Q1.1 at level 1 with weight
 * 1.5 and showed Q1.2 at weight 1). A question too few scored ranks by its team level, not by the
 * mean the report holds back. Among equal priorities, the question whose action the plan numbers
 * first leads, then interview order (tenth VP reading, class 5).
 */
function questionsByPriorityOf(result: ImperativeResult, view: ImperativeView): QuestionView[] {
  const firstRank = (q: QuestionView) => Math.min(Number.MAX_SAFE_INTEGER, ...view.actions.filter((a) => a.questionRef === q.ref).map((a) => a.rank));
  return result.questions
    .map((q, i) => {
      const attainment = termAttainment(q);
      return { priority: attainment === null ? null : q.question.weight * (1 - attainment), view: view.questions[i]! };
    })
    .filter((q): q is { priority: number; view: QuestionView } => q.priority !== null)
    .sort((a, b) => b.priority - a.priority || firstRank(a.view) - firstRank(b.view))
    .slice(0, PRIORITY_QUESTIONS)
    .map((q) => q.view);
}

/**
 * An imperative's score worked again from what its section prints: each mean to the one decimal
 * its row shows, each checked level as it is (VP review 14, item 22: sales interactions came to
 * 42.1 from the rows, 42.3 in the annex). null where a scored question prints no mean.
 */
function scoreFromRows(questions: readonly QuestionScore[]): number | null {
  let weight = 0;
  let attained = 0;
  for (const q of questions) {
    let term = termAttainment(q);
    if (term === null) continue;
    if (q.scoredAt === 'mean') {
      if (q.meanScore === null || !q.figuresShown) return null;
      const lowest = q.question.levels[0]!.score;
      const highest = q.question.levels[q.question.levels.length - 1]!.score;
      term = (Number(formatMean(q.meanScore)) - lowest) / (highest - lowest);
    }
    weight += q.question.weight;
    attained += q.question.weight * term;
  }
  return weight === 0 ? null : (100 * attained) / weight;
}

/**
 * The imperative's score worked out for the annex, one term per question in its order. A question
 * too few scored to show its figures, or with checked answers, enters at its team level's
 * attainment (score-term.ts), the level its row prints, so every term is a figure the report shows
 * and the sum can be checked.
 */
function computationText(number: number, questions: readonly QuestionScore[], score: number): string {
  const terms = questions.flatMap((q, j) => {
    const term = termAttainment(q);
    if (term === null) return [];
    const at = q.scoredAt === 'checked-level' ? ` (${questionRef(number - 1, j)} at its level ${checkedOnText(q.answers)})` : '';
    return [{ weight: q.question.weight, text: `${formatNumber(q.question.weight)} × ${formatFraction(term)}${at}` }];
  });
  return `100 × (${terms.map((t) => t.text).join(' + ')}) / (${terms.map((t) => formatNumber(t.weight)).join(' + ')}) = ${formatScore(score)}`;
}

/**
 * What an imperative's score rests on where some of its questions are held back (score-term.ts):
 * "Q4.1, Q4.4, Q4.8 and Q4.9 are left out of this score: too few people answered them to report."; '' where none is.
 */
function scoredOnText(number: number, questions: readonly QuestionScore[], target: number): string {
  const scored = questions.filter((q) => q.attainment !== null);
  // A compulsory check the auditor did not do (compulsory-check.ts) is said as such, not as a count
  // of answers: the score lacks it because the fieldwork was not done (rubric review 14, R3). A
  // leader who showed the document is a respondent's check of one case, not the auditor's.
  const unchecked = scored.filter((q) => checkIsCompulsory(q.question) && q.answers.checks.byAuditor === 0);
  const heldBack = scored.filter((q) => q.scoredAt === 'held-back' && !unchecked.includes(q));
  const census = scored.filter((q) => q.scoredAt === 'census-withheld');
  if (heldBack.length + census.length + unchecked.length === 0) return '';
  const refs = (qs: readonly QuestionScore[]) => listText(qs.map((q) => questionRef(number - 1, questions.indexOf(q))));
  const them = (qs: readonly QuestionScore[]) => (qs.length === 1 ? 'it' : 'them');
  const isAre = (qs: readonly QuestionScore[]) => (qs.length === 1 ? 'is' : 'are');
  const uncheckedOut = unchecked.filter((q) => q.scoredAt === 'held-back');
  const uncheckedIn = unchecked.filter((q) => q.scoredAt !== 'held-back');
  // Said as what happened to the question, not as the tool's count (eleventh VP reading, class 5: "Scored on 8 of 9 questions: …").
  const said = [
    heldBack.length === 0 ? '' : `${refs(heldBack)} ${isAre(heldBack)} left out of this score: too few people answered ${them(heldBack)} to report.`,
    census.length === 0 ? '' : `${refs(census)} ${isAre(census)} left out of this score: checked on every manager, too few to show.`,
    uncheckedOut.length === 0
      ? ''
      : `${refs(uncheckedOut)} ${isAre(uncheckedOut)} left out of this score: only leadership answers ${them(uncheckedOut)}, too few to report, and the auditor's check, compulsory for such a question, was not done.`,
    uncheckedIn.length === 0
      ? ''
      : `${refs(uncheckedIn)} ${isAre(uncheckedIn)} scored on leadership's answers alone: the auditor's check, compulsory as only leadership answers ${them(uncheckedIn)}, was not done.`,
    leftOutEffect(questions, [...heldBack, ...census, ...uncheckedOut], target),
  ];
  return said.filter((t) => t !== '').join(' ');
}

/**
 * What leaving questions out does to the imperative's score (VP review 14, item 26: "the
 * differentiation score omits its own centrepiece without saying what that does to the 34"): the
 * score they would give at their lowest and at their highest level, from the printed terms and
 * their weights alone, so it says nothing of how anyone answered them. "Counted, it would put this
 * score between 31 (at its lowest level) and 40 (at its highest)."
 */
function leftOutEffect(questions: readonly QuestionScore[], leftOut: readonly QuestionScore[], target: number): string {
  if (leftOut.length === 0) return '';
  const terms = questions.flatMap((q) => {
    const term = termAttainment(q);
    return term === null ? [] : [{ weight: q.question.weight, term }];
  });
  const weight = terms.reduce((n, t) => n + t.weight, 0);
  const attained = terms.reduce((n, t) => n + t.weight * t.term, 0);
  const out = leftOut.reduce((n, q) => n + q.question.weight, 0);
  const lowest = (100 * attained) / (weight + out);
  const highest = (100 * (attained + out)) / (weight + out);
  const [it, its] = leftOut.length === 1 ? ['it', 'its'] : ['they', 'their'];
  return `Counted, ${it} would put this score between ${wholePoints(lowest, target)} (at ${its} lowest level) and ${wholePoints(highest, target)} (at ${its} highest).`;
}


/** How a note's author is named: "Dana Lee, leadership", "Dana Lee", "leadership" or "a respondent". */
function labelOf(name: string | null, role: string | null): string {
  return name !== null && role !== null ? `${name}, ${role}` : (name ?? role ?? 'a respondent');
}

function questionView(q: QuestionScore, ref: string, imperativeTitle: string, scores: AuditScores, single: boolean, wordedFor: string | null): QuestionView {
  // The team level: the median respondent's, or the median checked answer's where there is one, the
  // one definition the plan and page one use too (recommendation-fires.ts). One respondent's is their own answer.
  const median = printedLevel(q);
  const teamLevelOf = median === null ? undefined : q.question.levels.find((l) => l.score === median);
  // One respondent reads their answer in their role's words ("I have…"); a team in the default's.
  const level = teamLevelOf === undefined ? null : wordedLevel(teamLevelOf, wordedFor);
  let answerText: string;
  if (q.meanScore === null) answerText = q.notApplicable > 0 ? 'n/a' : 'not answered';
  else if (single) answerText = `${level!.label} (${q.meanScore} of ${q.question.levels[q.question.levels.length - 1]!.score})`;
  else answerText = q.figuresShown ? formatMean(q.meanScore) : TOO_FEW;
  // Too few scored it: its level text stays, none of the figures of its answers (the method says why).
  const evidence = q.figuresShown ? countEvidence([q]) : countEvidence([]);
  const disclosure = q.figuresShown ? discussionDisclosure(q, scores) : { rangeShown: false, reason: '' };
  return {
    ref,
    id: q.question.id,
    label: questionRowTitle(q.question),
    title: questionTitle(q.question),
    prompt: wordingFor(q.question.prompt, wordedFor),
    promptAbout: wordingFor(q.question.prompt, wordedFor),
    imperativeTitle,
    weightText: formatNumber(q.question.weight),
    scored: q.meanScore !== null,
    answerText,
    rangeText: q.min === null ? 'none' : !disclosure.rangeShown ? 'not shown' : q.min === q.max ? String(q.min) : `${q.min} to ${q.max}`,
    rangeShown: disclosure.rangeShown,
    rangeMark: !single && q.figuresShown && q.min !== null && !disclosure.rangeShown ? RANGE_WITHHELD_MARK : '',
    // How many the mean is over (VP review 14, item 23: "no question shows how many people answered
    // it", so the team's score above its roles' could not be followed). The confidentiality rules
    // already take the count as known (pinned-answers.ts).
    answersCount: single || !q.figuresShown || q.meanScore === null ? null : q.respondents,
    answersCountText: single || !q.figuresShown || q.meanScore === null ? '' : `${q.respondents} ${q.respondents === 1 ? 'answer' : 'answers'}${answeredByText(q.question, scores.roles)}`,
    figuresShown: q.figuresShown,
    levelChecked: !single && q.scoredAt === 'checked-level',
    levelSurveyed: !single && q.scoredAt === 'checked-level' && surveyOnly(q.answers),
    censusWithheld: !single && q.scoredAt === 'census-withheld',
    checkedOnText: single ? '' : capitalize(checkedOnText(q.answers)),
    // A level the audit's survey sets is not a check (VP review 15, item 33: Q4.1's "1" under "Checked level"):
    // the cell says where it comes from, as the evidence column and the method do.
    checkedLevelText: !single && q.scoredAt === 'checked-level' && level !== null ? `${formatNumber(level.score)}${surveyOnly(q.answers) ? ' (survey)' : ''}` : '',
    respondents: q.respondents,
    needsDiscussion: q.needsDiscussion,
    discussionMarked: false,
    discussionReason: disclosure.reason,
    discussionCheck: q.needsDiscussion ? evidenceCheck(q.question.help) : '',
    discussionCheckListed: '',
    discussionAffects: '',
    level: level === null ? null : { score: level.score, label: level.label, description: level.description },
    attainmentText: q.attainment === null || !q.figuresShown ? '' : formatFraction(q.attainment),
    seen: evidence.seen,
    claimed: evidence.claimed,
    claimsOnly: evidence.seen === 0 && evidence.claimed > 0,
    // A checked level prints what the checks looked at even where too few people answered to show
    // their claims (eleventh VP reading, class 5: "–" beside "Checked on 4 managers"); a census of
    // managers too few to print still says it was checked on every manager.
    // The checked rows are marked, the others left blank (fourteenth VP reading, class 10: "said:",
    // "–" and "claims only" marked one fact three times on 23 rows); one respondent's own report keeps
    // what their answer rests on.
    evidenceText: single ? (q.figuresShown || q.scoredAt === 'census-withheld' ? evidenceText(q, true) : '') : checkedEvidenceText(q),
  };
}

/**
 * How the plan ties an action to page one's decisions, one phrase for every format: a step that
 * waits for a decision (the rubric's `decision:`, still open) starts "once leadership decides D3";
 * one that carries out a decision without waiting for it "carries out D1". A decision page one
 * does not list (a readout left it out) is named by its id.
 */
function decisionText(action: Pick<ActionView, 'awaitsDecision' | 'decisions'>, decisions: readonly DecisionView[]): string {
  if (action.awaitsDecision !== null) {
    const label = decisions.find((d) => d.id === action.awaitsDecision)?.label;
    return `once leadership decides ${label ?? `on ${action.awaitsDecision.replaceAll('-', ' ')}`}`;
  }
  return action.decisions.length === 0 ? '' : `carries out ${listText(action.decisions)}`;
}

function actionView(planned: PlannedAction, scores: AuditScores, question: QuestionView, verify: string | null, awaitsDecision: string | null): ActionView {
  const imperativeIndex = scores.imperatives.findIndex((i) => i.imperative.id === planned.imperative.id);
  const questionIndex = planned.imperative.questions.findIndex((q) => q.id === planned.question.id);
  const owner = planned.owner;
  const afterText = planned.after.length === 0 ? '' : `after ${ranksText(planned.after)}`;
  return {
    id: planned.recommendation.id,
    rank: planned.rank,
    mergedFrom: [],
    title: planned.recommendation.title ?? planned.recommendation.action,
    named: planned.recommendation.title !== undefined,
    action: planned.recommendation.action,
    doneText: '',
    lag: stepLag(planned.question, planned.recommendation, planned.fromLevel),
    next: planned.next === null ? null : nextStepView(planned.next, planned.owner),
    pageOne: null,
    horizon: planned.horizon,
    due: planned.horizon,
    horizonText: `${planned.horizon} days`,
    horizonMoved: planned.horizonMoved,
    rubricHorizon: planned.recommendation.horizon,
    effort: planned.recommendation.effort,
    requires: [...planned.recommendation.requires],
    after: planned.after,
    afterText,
    neededBy: planned.neededBy,
    neededByText: planned.neededBy.length === 0 ? '' : `needed for ${ranksText(planned.neededBy)}`,
    verifyFirst: verify !== null,
    checkFirst: verify !== null,
    spendsText: planned.spends ?? null,
    recurring: planned.recommendation.recurring === true,
    checker: null,
    // The plan row names the evidence that settles the flag too (fifth VP reading: a flag that only said "to confirm").
    // Worded with the action's number and place once the plan is numbered (buildReportView).
    verifyText: '',
    confirmText: '',
    // Read from the help only for a flagged action: the rest print no check.
    checkText: verify === null ? '' : evidenceCheck(planned.question.help),
    checkLine: '',
    changesAt: levelThatChangesIt(planned.question, planned.recommendation, planned.fromLevel),
    replacedBy: stepThatReplacesIt(planned.question, planned.recommendation, planned.fromLevel),
    decisions: [],
    awaitsDecision,
    decisionText: '',
    onPageOne: false,
    shortText: shortText(planned.recommendation.action),
    wait: null,
    waitText: '',
    evidenceText: question.evidenceText,
    owner,
    ownerText: owner ?? 'Not assigned',
    imperativeNumber: imperativeIndex + 1,
    imperativeTitle: planned.imperative.title,
    imperativeLabel: imperativeLabel(planned.imperative),
    questionRef: questionRef(imperativeIndex, questionIndex),
    questionLabel: questionTitle(planned.question),
    scoreText: formatMean(planned.score),
    teamLevel: planned.teamLevel,
    teamLevelLabel: planned.question.levels.find((l) => l.score === planned.teamLevel)?.label ?? String(planned.teamLevel),
    fromLevel: planned.fromLevel,
    priority: planned.priority,
    priorityText: formatFraction(planned.priority),
    orderPriority: planned.orderPriority,
    orderPriorityText: formatFraction(planned.orderPriority),
    priorityRaised: planned.orderPriority > planned.priority,
  };
}

/** The backlog's list of the checks that come before its actions are planned, and how the report points there. */
export const BACKLOG_CHECKS_HEADING = 'Checks before these are planned, at the day-90 review';
const BACKLOG_CHECKS_POINTER = "What to check before each of these backlog actions, and the result that changes it, is in the backlog's list of checks.";

/** In the by-role table's place when no imperative's scores by role can be shown. */
export const BY_ROLE_WITHHELD =
  "No scores by role: for every imperative, too few of a group answered one of its questions to show the group's score without pointing at someone (the method says why).";

/**
 * The line above the scores by role: how many people each column rests on (fifth VP reading: the
 * readout never said), and the "not shown" rule only when a score in the table reads so.
 */
export function byRoleIntro(roles: readonly { count: number; group: string; pooled?: boolean }[], imperatives: readonly ImperativeView[]): string {
  // The groups' numbers are in the columns' headings, the rule itself in the method: said here
  // again, both repeated a page they sit on already (tenth VP reading, class 9). Here, what the
  // rule means for the reader (class 8: the rule's text read as tool output).
  // An imperative no group's score can be shown for is named here, not given a row of "not shown"
  // in every column (twelfth VP reading, class 6: "not shown for any group"); one with some group
  // hidden keeps its row, and the rule says what the words mean.
  const hidden = imperatives.filter((i) => i.byRole.length > 0 && i.byRole.every((r) => r.scoreText === NOT_SHOWN));
  const partly = imperatives.some((i) => !hidden.includes(i) && i.byRole.some((r) => r.scoreText === NOT_SHOWN));
  const why = "too few of a group answered one of the imperative's questions to show its score without pointing at someone (the method says why)";
  const none = hidden.length === 0 ? '' : ` No scores by role for ${listText(hidden.map((i) => lowerFirstWord(i.label)))}: too few of a group answered one of ${hidden.length === 1 ? 'its' : 'their'} questions to show them without pointing at someone (the method says why).`;
  const rule = partly ? ` “${capitalize(NOT_SHOWN)}”: ${why}.` : '';
  const last = roles.length === 2 ? 'the difference between the two' : 'the widest difference between two groups';
  return `Each imperative scored over each group's respondents alone, their number beside the group's name; the table's last column is ${last}.${none}${rule}${teamScoreText(roles, imperatives.filter((i) => i.byRoleRow))}`;
}

/**
 * Why the team's score is not the average of its groups' (VP review 14, item 23: interactions' 51
 * over 6 and 24 over 4 average 40, the team's score is 42), said only where a reason holds for an
 * imperative in the table: a level checks set for the team whatever each group said, or a question
 * fewer people answered than the groups hold.
 */
function teamScoreText(roles: readonly { count: number }[], shown: readonly ImperativeView[]): string {
  const everyone = roles.reduce((n, r) => n + r.count, 0);
  const questions = shown.flatMap((i) => i.questions);
  const checked = questions.some((q) => q.levelChecked);
  const fewer = questions.some((q) => q.answersCount !== null && q.answersCount < everyone);
  if (!checked && !fewer) return '';
  const reasons = [
    checked ? 'where checks set a question\'s level, the team counts at that level, whatever each group said' : '',
    fewer ? "each question's mean is over those who answered it (its row gives how many), so a group that answered fewer questions weighs less" : '',
  ].filter((r) => r !== '');
  return ` The whole team's score is not the average of the groups': ${reasons.join('; and ')}.`;
}

/**
 * The line above the plan: what it shows, by horizon, and where its rules are. The rules themselves
 * (order, owner caps, the gate, next steps) are the method's, stated there once (fifth VP reading:
 * rule boilerplate in the plan's intro read as tool output).
 */
function planText(planned: readonly ActionView[], backlog: readonly ActionView[], calendar: PlanCalendar | null = null): string {
  const counts = [30, 60, 90].map((h) => ({ h, n: planned.filter((a) => a.horizon === h).length })).filter((c) => c.n > 0);
  const byHorizon = listText(counts.map((c, i) => (i === 0 ? `${c.n} within ${c.h} days` : `${c.n} within ${c.h}`)));
  const marks = planned.some((a) => a.pageOne !== null) ? '★ marks page one’s priorities; the' : 'The';
  const rest = backlog.length === 0 ? '' : `, and ${backlogCountText(backlog)}`;
  // Said once here, by number, not on each row (ninth VP reading, class 7).
  const lag = lagText(planned);
  // The clock's start, said once (fourteenth VP reading, class 1.8: "within 30 days" of what?).
  const dated = calendar === null ? null : calendarText(calendar, planned);
  const start = `Days count from ${calendar === null ? 'the readout meeting, where leadership takes its decisions' : `leadership's decisions on ${readableDate(calendar.decided)}`}${dated?.days ?? ''}; if leadership decides later, the actions that wait for that decision move by as many days.${dated?.quota ?? ''}`;
  return `${planned.length === 1 ? 'One action' : `${planned.length} actions`} in full, by when to act (${byHorizon})${rest}. ${start}${reassignedText(planned)} ${marks} method says how they are ordered and how many each owner takes on.${lag === '' ? '' : ` ${lag}`}`;
}

/**
 * The rows given to their alternative owner (shape-plan.ts rule 6), said once above the plan (VP
 * reading 17, item 23): "#14 goes to the marketing lead, as the VP Sales has no room for it."
 */
function reassignedText(planned: readonly ActionView[]): string {
  const byMove = new Map<string, { to: string; from: string; ranks: number[] }>();
  for (const a of planned) {
    if (a.ownerMovedFrom === undefined) continue;
    const key = `${a.ownerText}\u0000${a.ownerMovedFrom}`;
    const entry = byMove.get(key) ?? { to: a.ownerText, from: a.ownerMovedFrom, ranks: [] };
    entry.ranks.push(a.rank);
    byMove.set(key, entry);
  }
  return [...byMove.values()]
    .map(({ to, from, ranks }) => ` ${ranksText(ranks)} ${ranks.length === 1 ? 'goes' : 'go'} to the ${lowerFirstWord(to)}, as the ${lowerFirstWord(from)} has no room for ${ranks.length === 1 ? 'it' : 'them'}.`)
    .join('');
}

/**
 * The plan's days as dates, once (fifteenth VP reading, item 7.3: the first 30 days ran over the
 * holidays and no one said so): the close they skip, the date of each day a shown action is due,
 * and where the quota year ends within the plan, which actions move accounts only after it.
 */
function calendarText(calendar: PlanCalendar, planned: readonly ActionView[]): { days: string; quota: string } {
  const days = [...new Set(planned.map((a) => a.due))].sort((x, y) => x - y);
  if (days.length === 0) return { days: '', quota: '' };
  const last = days[days.length - 1]!;
  const closes = calendar.blackout.filter((b) => b.to > calendar.decided && b.from <= planDate(calendar, last));
  const skip = closes.length === 0 ? '' : `, skipping the holiday shutdown${closes.length === 1 ? '' : 's'} ${listText(closes.map((b) => (b.from === b.to ? `on ${readableDate(b.from)}` : `from ${readableDate(b.from)} to ${readableDate(b.to)}`)))}`;
  // Each date in full once, then without the year while the year stays the same.
  let year = '';
  const dates = days.map((d, i) => {
    const date = readableDate(planDate(calendar, d)).split(' ');
    const text = date[2] === year ? `${date[0]} ${date[1]}` : date.join(' ');
    year = date[2]!;
    return `day ${d} ${i === 0 ? 'falls ' : ''}on ${text}`;
  });
  const wait = quotaYearWait(calendar, HORIZONS[HORIZONS.length - 1]!);
  const movers = planned.filter((a) => calendar.moves.includes(a.id));
  // Which year "the next cycle" is (VP reading 17, class A1: a quota "by day 90" for the year that began on day 10 changes mid-year).
  const next = quotaYearAfter(calendar, HORIZONS[HORIZONS.length - 1]!);
  const nextYear = next === null ? '' : ` A quota or span decided within these ${HORIZONS[HORIZONS.length - 1]!} days takes effect on ${readableDate(next.start)}, so nothing changes mid-year.`;
  const quota =
    wait === null || movers.length === 0
      ? ''
      : ` The quota year ends on ${readableDate(calendar.quotaYearEnd!)}, day ${wait - 1} of the plan: ${listText(movers.map((a) => `#${a.rank}`))} ${movers.length === 1 ? 'moves' : 'move'} accounts only after it, not in the year's last weeks.${nextYear}`;
  return { days: `${skip}: ${listText(dates)}`, quota };
}

/**
 * A next step, named with its own owner where that differs from its action's (sixth VP reading,
 * class 3: the load line counted a Marketing item's next step under the VP Sales, and the plan row
 * did not say so).
 */
function nextStepView(next: PlannedNextStep, actionOwner: string | null): NextStepView {
  const { recommendation } = next;
  const whose = next.owner !== null && next.owner !== actionOwner ? ` (${next.owner})` : '';
  return {
    id: recommendation.id,
    title: recommendation.title ?? recommendation.action,
    action: recommendation.action,
    horizon: next.horizon,
    horizonText: `${next.horizon} days`,
    ownerText: next.owner ?? 'Not assigned',
    fromLevel: next.fromLevel,
    text: `Then, by ${next.horizon} days${whose}: ${recommendation.action}`,
    after: next.after,
    spendsText: next.spends ?? null,
  };
}

/**
 * The capacity rule as the plan applies it (capacity.ts): the cap every owner has, the step that
 * frees someone's time (the first that fires; the default set has one), and whose actions the
 * backlog holds, counted by the owner each backlog line names. Null when nothing fires.
 */
function capacityView(steps: readonly CapacityStep[], numbered: readonly ActionView[], shown: number): CapacityView | null {
  if (numbered.length === 0) return null;
  const backlog = numbered.slice(shown);
  const counts = new Map<string, number>();
  for (const a of backlog) counts.set(a.ownerText, (counts.get(a.ownerText) ?? 0) + 1);
  const waiting = [...counts].map(([ownerText, count]) => ({ ownerText, count })).sort((a, b) => b.count - a.count);
  const step = steps[0];
  const stepView = step === undefined ? undefined : numbered.find((a) => a.id === step.id);
  const cap = capitalize(CAP_RULE);
  const freed =
    step === undefined || stepView === undefined
      ? ''
      : `, and ${lowerFirst(step.owner)} take on none until ${stepView.rank <= shown ? `#${stepView.rank}` : `#${stepView.rank} (in the backlog)`} has freed their time (a step that takes their time as well, such as a training they attend, counts as theirs too)`;
  const whose = waiting.map((w) => `${w.count} of ${possessive(w.ownerText)}`);
  const rest = waiting.length === 0 ? '' : `; the backlog holds ${listText(whose)}`;
  return {
    ownerText: step?.owner ?? null,
    stepRank: stepView?.rank ?? null,
    perHorizon: CAPACITY_PER_HORIZON,
    heldBack: step === undefined ? 0 : (counts.get(step.owner) ?? 0),
    waiting,
    text: `${cap}${freed}${rest}.`,
  };
}

/**
 * The questions on which people genuinely disagree (discussion.ts), widest first: the larger of the
 * roles' split and the camps' distance, then the report's order. The report lists the first
 * DISCUSSION_SHOWN; the count says how many meet the rule.
 */
function needsDiscussionOf(imperatives: readonly ImperativeView[], scores: AuditScores): QuestionView[] {
  const questions = imperatives.flatMap((v, i) => v.questions.map((view, j) => ({ view, score: scores.imperatives[i]!.questions[j]! }))).filter((q) => q.view.needsDiscussion);
  return questions
    .map((q, order) => ({ ...q, order, width: Math.max(q.score.roleSplit, q.score.campDistance) }))
    .sort((a, b) => b.width - a.width || a.order - b.order)
    .map((q) => q.view);
}

/** Page one's one line on the target (ReportView.targetLine). */
function targetLine(target: number): string {
  // What the target means in levels is the method's ("Gap"): page one prints no level numbers.
  return `Target: ${formatNumber(target)} of 100 for every imperative.`;
}

/** The top level score when every question's levels run from 0 to the same top, else null (method-items.ts). */
function topLevelOf(set: RubricSet): number | null {
  const spans = new Set(set.imperatives.flatMap((i) => i.questions.map((q) => `${q.levels[0]!.score}-${q.levels[q.levels.length - 1]!.score}`)));
  const [only] = [...spans];
  return spans.size === 1 && only!.startsWith('0-') ? Number(only!.slice(2)) : null;
}

/** Questions the plan and backlog give more than one action, in question order: "4.5: #13 and #19" (method-items.ts). */
function sharedQuestions(numbered: readonly ActionView[]): string[] {
  const ranks = new Map<string, number[]>();
  for (const a of numbered) ranks.set(a.questionRef, [...(ranks.get(a.questionRef) ?? []), a.rank]);
  return [...ranks]
    .filter(([, r]) => r.length > 1)
    .sort(([x], [y]) => compareQuestionRefs(x, y))
    .map(([ref, r]) => `${ref}: ${ranksText([...r].sort((x, y) => x - y))}`);
}

/**
 * What settling a disagreement could change, one sentence: "It bears on D2 and on #6.";
 * "It bears on #10, not on D1–D3."; "It bears on none of D1–D3; its action #19 is in the
 * backlog."; "It bears on none of D1–D3 and on no action." Page one's decisions are D1 to Dn.
 */
export function discussionAffectsText(decisionLabels: readonly string[], actions: readonly { rank: number; planned: boolean }[], decisionCount: number, informed: readonly string[] = []): string {
  const rows = actions.filter((a) => a.planned).map((a) => `#${a.rank}`);
  const backlog = actions.filter((a) => !a.planned).map((a) => `#${a.rank}`);
  const all = decisionCount === 0 ? 'no decision' : decisionCount === 1 ? 'D1' : `D1–D${decisionCount}`;
  // "#6", not "plan row #6": the numbering is the plan's, said once in the method (eleventh VP reading, class 5).
  const rowsText = listText(rows);
  const head =
    decisionLabels.length > 0
      ? `It bears on ${listText([...decisionLabels])}${rowsText === '' ? '' : ` and on ${rowsText}`}`
      : informed.length > 0
        ? `It informs ${listText([...informed])}, which ${informed.length === 1 ? 'does' : 'do'} not wait for it${rowsText === '' ? '' : `, and bears on ${rowsText}`}`
      : rowsText !== ''
        ? `It bears on ${rowsText}, not on ${all}`
        : backlog.length === 0
          ? `It bears on ${decisionCount === 0 ? 'no decision' : `none of ${all}`} and on no action`
          : `It bears on ${decisionCount === 0 ? 'no decision' : `none of ${all}`}`;
  const tail = backlog.length === 0 ? '' : `; ${backlog.length === 1 ? 'its action' : 'its actions'} ${listText(backlog)} ${backlog.length === 1 ? 'is' : 'are'} in the backlog`;
  // A decision it informs without waiting for it (`informs:`), beside the decisions it bears on.
  const informs = informed.length === 0 || decisionLabels.length === 0 ? '' : `; it informs ${listText([...informed])}, which ${informed.length === 1 ? 'does' : 'do'} not wait for it`;
  return `${head}${informs}${tail}.`;
}

/** What the flagged questions bear on, together: page one's decisions, plan rows and backlog actions. */
export interface DiscussionBearing {
  decisions: Set<string>;
  rows: Set<number>;
  backlog: Set<number>;
  /** Decisions a flagged question informs without waiting for it (`informs:`). */
  informed: Set<string>;
  decisionCount: number;
}

/**
 * The sentence above the list of questions that need discussion. The rule itself is stated once,
 * in the method (method-items.ts); each question's line says which part of it fired. What to agree
 * on before acting is said from what the flags bear on (eighth VP reading, class 2: "agree on what
 * is true before acting on these scores" overstated it when both flags bore on none of D1–D3 and
 * their actions were in the backlog).
 */
/**
 * Where the role gap is widest, and who checks it and the flags listed below at the day-90 review,
 * said once for all of them where one owner checks them all (VP reading 17, item 45: "the VP Sales
 * checks it before #N is planned, at the day-90 review" three times in twelve lines). Each flag's own
 * line then says no check (its discussionCheckListed is emptied); with several checkers, each says its own.
 */
export function dayNinetyText(
  widest: readonly { topic: string; on: string; target: Pick<CheckTarget, 'rank' | 'owner' | 'horizon' | 'planned'> }[],
  flags: readonly { view: QuestionView; target: Pick<CheckTarget, 'rank' | 'owner' | 'horizon' | 'planned'> }[],
): { widest: string; together: string } {
  const targets = [...widest.map((w) => w.target), ...flags.map((f) => f.target)];
  const owners = new Set(targets.map((t) => t.owner));
  const one = targets.length > 1 && owners.size === 1;
  const where = widest.map((w) => `on ${w.topic}${w.on === '' ? '' : ` (${w.on})`}${one ? '' : `, ${lowerFirst(checkWho(w.target, 'it'))}`}`);
  const alone = widest.length === 1 && widest[0]!.on !== '' ? widest[0]! : null;
  const widestText =
    where.length === 0 ? '' : alone !== null ? `On ${alone.on}, the difference is widest on ${alone.topic}${one ? '' : `; ${lowerFirst(checkWho(alone.target, 'it'))}`}.` : `The difference is widest ${one ? listText(where) : where.join('; ')}.`;
  if (!one) return { widest: widestText, together: '' };
  for (const f of flags) f.view.discussionCheckListed = '';
  const owner = targets[0]!.owner;
  const ranks = [...new Set(targets.map((t) => t.rank))];
  const who = owner === null ? 'Check' : capitalize(ownerDoes(owner, 'checks', 'check'));
  return { widest: widestText, together: `${who} ${targets.length === 2 ? 'both' : `all ${countText(targets.length)}`} at the day-90 review, before ${ranksText(ranks)} ${ranks.length === 1 ? 'is' : 'are'} planned.` };
}

export function discussionText(count: number, total: number, bearing: DiscussionBearing, roleGap = '', named: readonly string[] = []): string {
  const shown = count > DISCUSSION_SHOWN ? `; the widest ${DISCUSSION_SHOWN} are listed` : '';
  const sorted = (ranks: Set<number>) => [...ranks].sort((x, y) => x - y);
  const rows = bearing.rows.size === 0 ? [] : [ranksText(sorted(bearing.rows))];
  // A decision a flag informs without waiting for it is said here, for all of them, not as "none of
  // D1–D3" beside a line saying "it informs D2" (twelfth VP reading: the sentence and the line
  // contradicted each other).
  const informed = [...bearing.informed];
  const itThem = count === 1 ? 'it' : 'them';
  // Plain words (fourteenth VP reading, class 8: "It informs D3, which does not wait for it, bears on
  // no other decision and on no action of the 90-day plan" read as the tool's bookkeeping).
  const dependsOn = (where: string) => (informed.length > 0 ? `${listText(informed)} can be taken without ${itThem}, and nothing else ${where} depends on ${itThem}` : `Nothing ${where} depends on ${itThem}`);
  const act =
    bearing.decisions.size > 0 || rows.length > 0
      ? `The mean hides a disagreement: agree on what is true before acting on ${listText([...bearing.decisions, ...rows])}.`
      : bearing.backlog.size > 0
        ? // The day-90 review, as every check on a backlog row says it (checkWho), not the tool's "leaves the backlog" (VP reading 13); each line below says which row its check comes before.
          `${dependsOn('on page one or in the 90-day plan')}: settle ${count === 1 ? 'it' : 'each'} at the day-90 review.`
        : `${dependsOn('in this report')}.`;
  // With a consistent role gap stated first, the per-question count is what stands out beyond it.
  if (count === 0) return roleGap;
  // The question is named before anything is said of it (VP reading 17, item 45: "D3 can be taken without it" came before "it" was named).
  const which = named.length === 0 ? '' : `: ${listText(named)}`;
  if (roleGap !== '') return `${roleGap} Apart from that, ${count === 1 ? `one question of ${total} splits` : `${countText(count)} questions of ${total} split`} people by two levels or more${shown}${which}. ${act}`;
  return `People disagree on ${count} of ${total} questions${shown} (the rule is in the method). ${act}`;
}

/**
 * The consistent role gap, once for the report (discussion.ts consistentRoleGaps; ninth VP reading,
 * classes 3a and 8): which group answers higher than which, on which imperatives, without
 * a figure per question (the groups' imperative scores are printed already). '' when none.
 */
export function roleGapText(gaps: readonly RoleGap[], labels: readonly string[]): string {
  if (gaps.length === 0) return '';
  const pairs = new Map<string, RoleGap[]>();
  for (const gap of gaps) pairs.set(`${gap.higher}\u0000${gap.lower}`, [...(pairs.get(`${gap.higher}\u0000${gap.lower}`) ?? []), gap]);
  const parts = [...pairs.values()].map((list) => {
    const higher = roleGroup(list[0]!.higher);
    const which = listText(list.map((g) => lowerFirstWord(labels[g.imperative]!)));
    // Which group is higher, never by how much per question (thirteenth VP reading, 2b: "about a
    // level", beside the printed means and the groups' sizes, gave each group's mean per question).
    return `${higher.name} ${higher.plural ? 'answer' : 'answers'} higher than ${roleGroupName(list[0]!.lower)} on most questions of ${list.length === 1 ? which : `${countText(list.length)} imperatives (${which})`}`;
  });
  // Said as what it means for the reader; the rule is the method's (twelfth VP reading, class 6:
  // "two views of the same work, which the scores by role show (the rule is in the method)").
  return `${capitalize(parts.join('; '))}, not on one question alone: they see the same work differently.`;
}

/**
 * The rows a check comes before, as the report prints them: each flagged row (its own "to
 * confirm"), the first row of each question that needs discussion, and the role gap's tests, on
 * each imperative it is stated on the first shown row of its widest question that checks did not set
 * (as buildReportView chooses them). The layout reads them, so each check counts against its checker's cap (capacity.ts).
 */
function checkedRows(scores: AuditScores, layout: PlanLayout, flagged: ReadonlySet<string>): Set<string> {
  const rows = new Set(flagged);
  const shown = new Set(layout.order.slice(0, layout.shown));
  const questionOf = new Map(scores.actions.map((a) => [a.recommendation.id, a.question]));
  const idsOf = (q: QuestionScore) => layout.order.filter((id) => questionOf.get(id) === q.question);
  for (const q of scores.imperatives.flatMap((r) => r.questions)) {
    const first = q.needsDiscussion ? (idsOf(q).find((id) => levelDecided(scores, id)) ?? idsOf(q)[0]) : undefined;
    if (first !== undefined) rows.add(first);
  }
  // One test per imperative the gap is stated on, as buildReportView says them.
  for (const i of new Set(shownRoleGaps(scores).map((g) => g.imperative))) {
    const gap = scores.imperatives[i]!.questions
      .filter((q) => q.scoredAt !== 'checked-level')
      .map((q) => ({ q, row: idsOf(q).find((id) => shown.has(id) && levelDecided(scores, id)) }))
      .filter((x) => x.row !== undefined)
      .sort((a, b) => b.q.roleSplit - a.q.roleSplit)[0];
    if (gap !== undefined) rows.add(gap.row!);
  }
  return rows;
}

/**
 * Whether a row is a step its question's level decides, so a check of that level can replace it: not
 * a build (`build: true`), which is done for the steps that require it (thirteenth rubric review,
 * A2: the role gap's test was put before the touch sequence's writing, "replaced by" the step from
 * the next level). The role gap's test picks such a row, in the layout and in the box alike.
 */
function levelDecided(scores: AuditScores, id: string): boolean {
  return scores.actions.find((a) => a.recommendation.id === id)?.recommendation.build !== true;
}

/**
 * The consistent role gaps the report may state: only on an imperative whose scores by role are
 * printed for both groups, so the direction it names is already on the page and gives nothing away
 * (an imperative "not shown" by role keeps its direction unsaid).
 */
function shownRoleGaps(scores: AuditScores): RoleGap[] {
  const gaps = consistentRoleGaps(scores.imperatives.map((r) => r.questions.map((q) => questionByRole(q, scores))));
  return gaps.filter((gap) => {
    const byRole = scores.imperatives[gap.imperative]!.byRole;
    return [gap.higher, gap.lower].every((role) => byRole.some((r) => r.role === role && r.score !== null));
  });
}

/**
 * What each owner carries in each horizon of the shown plan, as the cap counts it (capacity.ts
 * loadPlaces, the one rule): a plan row for its owner and whoever's time it spends (an approval it
 * asks of them, a step done with them) in its horizon, the check before it for whoever runs it, and
 * a next step ("Then, by …") for its own people in its own horizon. Ninth VP reading, class 4a:
 * printing new and continuing apart hid that the VP Sales ran five streams at 60 days; twelfth,
 * class 1a: the checks, approvals and co-written steps the report gives the VP Sales were left out
 * of "3 at once". One figure per owner and horizon, never above the cap, says what each carries.
 */
export function ownerLoadText(planned: readonly ActionView[], reviewChecks: readonly { owner: string | null }[] = [], decisionWork: readonly { owner: string; horizon: number; text: string }[] = []): string {
  const load = new Map<string, Map<number, number>>();
  const checks = new Set<string>();
  for (const a of planned) {
    const work = { owner: a.ownerText, uses: a.spendsText === null ? [] : [a.spendsText], checker: a.checker, next: a.next === null ? null : { owner: a.next.ownerText, uses: a.next.spendsText === null ? [] : [a.next.spendsText] }, recurring: a.recurring === true };
    if (a.checker !== null) checks.add(a.checker);
    for (const [owner, horizon] of loadPlaces(work, a.horizon as Horizon, a.next === null ? null : (a.next.horizon as Horizon))) {
      const row = load.get(owner ?? 'Not assigned') ?? new Map<number, number>();
      row.set(horizon, (row.get(horizon) ?? 0) + 1);
      load.set(owner ?? 'Not assigned', row);
    }
  }
  const horizons = [...new Set([...load.values()].flatMap((row) => [...row.keys()]))].sort((a, b) => a - b);
  if (horizons.length < 2) return '';
  // "the VP Sales 3 at 30 days, 3 at 60 and 1 at 90": each figure says what it counts (a role's
  // name followed by a bare figure read as that role's score). A group owner ("First-line sales
  // managers") is counted per person, since each of them does every one of its steps: "each
  // first-line sales manager 3 at 60" (tenth VP reading, class 4: the group read as one owner
  // while each manager carried all of it).
  // The day-90 review's checks in their owner's own figures (VP reading 17, item 18: said in a
  // sentence apart, "the day-90 checks" read as left out of the VP Sales' load); an owner with
  // checks and no row gets a row of its own.
  const reviewChecksOf = new Map<string, number>();
  for (const c of reviewChecks) reviewChecksOf.set(c.owner ?? 'Not assigned', (reviewChecksOf.get(c.owner ?? 'Not assigned') ?? 0) + 1);
  for (const owner of reviewChecksOf.keys()) if (!load.has(owner)) load.set(owner, new Map());
  const rows = [...load].map(([owner, row]) => {
    const checks = reviewChecksOf.get(owner) ?? 0;
    // Work a decision gives the owner outside the plan's rows (D5's recruiting, VP reading 17 item 18), named in its horizon's cell:
    // it takes no place of the cap, which the plan's rows already fill, and the reader sees it is on top.
    const besides = (h: number) => decisionWork.filter((w) => w.owner === owner && w.horizon === h).map((w) => ` and ${w.text}`).join('');
    const cells = [...horizons.map((h, i) => `${row.get(h) ?? 'none'} at ${h}${i === 0 ? ' days' : ''}${besides(h)}`), ...(checks === 0 ? [] : [`${checks === 1 ? 'one check' : `${countText(checks)} checks`} at the day-${Math.max(...horizons)} review`])];
    const group = !/^[A-Z]{2}/.test(owner) && /s$/.test(owner);
    return `${group ? `each ${lowerFirstWord(owner).replace(/s$/, '')}` : `the ${lowerFirstWord(owner)}`} ${listText(cells)}`;
  });
  const spent = planned.some((a) => a.spendsText !== null || (a.next?.spendsText ?? null) !== null);
  // A routine booked for the months ahead is still work after its own horizon (fourteenth VP reading, class 1.3).
  const running = planned.some((a) => a.recurring === true && a.horizon < Math.max(...horizons));
  // The day-90 review's checks (fifteenth VP reading, item 7.4; sixteenth, 2.6) fall after the
  // plan's 90 days: they take no place in its periods, and are counted in their owner's row.
  const counting = [checks.size > 0 ? 'the check before an action' : '', spent ? "approvals and shared work, for each owner whose time they take" : '', running ? 'routines started earlier and still running' : '', reviewChecks.length > 0 ? 'the checks before backlog actions are planned' : ''].filter((p) => p !== '');
  return `Work under way, new and continuing${counting.length === 0 ? '' : `, counting ${listText(counting)}`} (${CAP_SHORT}): ${rows.join('; ')}.`;
}

/**
 * Whose work an owner does here because the client lacks the role the rubric names (owners.ts
 * resolveOwner: the catalog's fallback), for the plan's rows and their next steps: "Sales
 * operations' actions go to the VP Sales here, who does that work where there is no sales
 * operations." Ninth VP reading, class 4a: the VP Sales carried the CRM work without the report
 * saying why it was theirs. '' when every printed owner is the one the rubric names.
 */
export function fallbackOwnersText(planned: readonly ActionView[], scores: AuditScores, catalog: Readonly<Record<string, { title: string }>> | null, organization: string): string {
  if (catalog === null) return '';
  return [...inheritedRoles(planned, scores, catalog)]
    // Said as a fact of the client, not as the tool's routing (eleventh VP reading, class 5: "… go to the VP Sales here, who does that work where …").
    .map(([role, { owner, items }]) => {
      const single = /^[A-Z]{2}/.test(owner) || !/s$/.test(owner);
      // twelfth VP reading, class 6: "takes on the HR lead's actions, as there is no HR lead here" read as routing too.
      // Fourteenth VP reading, class 8: "the VP Sales owns the HR lead's steps" still read as routing.
      // VP reading 17, item 43: "takes on that role's actions" pointed to nothing the reader could find: the rows are named.
      return `${organization} has no ${lowerFirstWord(role)}, so ${single ? 'the ' : ''}${lowerFirstWord(owner)} ${single ? 'takes' : 'take'} on ${listText(items)}, that role's ${items.length === 1 && !items[0]!.endsWith('step') ? 'action' : items.length === 1 ? 'step' : 'work'}.`;
    })
    .join(' ');
}

/**
 * The roles the client lacks whose steps another owner does, among these rows and their next
 * steps: role title → the owner who has them (owners.ts resolveOwner, the catalog's fallback).
 */
export function inheritedRoles(rows: readonly ActionView[], scores: AuditScores, catalog: Readonly<Record<string, { title: string }>>): Map<string, { owner: string; items: string[] }> {
  const byId = new Map(scores.actions.map((a) => [a.recommendation.id, a]));
  const moved = new Map<string, { owner: string; items: string[] }>();
  // Each row or next step the owner takes over, as the reader finds it: "#8", "#4's next step".
  const note = (key: string | undefined, resolved: string | null, item: string) => {
    const entry = key === undefined ? undefined : Object.hasOwn(catalog, key) ? catalog[key] : undefined;
    if (entry === undefined || resolved === null || entry.title === resolved) return;
    const known = moved.get(entry.title);
    if (known === undefined) moved.set(entry.title, { owner: resolved, items: [item] });
    else known.items.push(item);
  };
  for (const row of rows) {
    const action = byId.get(row.id);
    if (action === undefined) continue;
    // A row given to its alternative owner (shape-plan.ts rule 6) is its own owner's by the catalog: no role is lacking there.
    note(action.recommendation.owner, row.ownerMovedFrom ?? row.ownerText, `#${row.rank}`);
    if (row.next !== null && action.next !== null) note(action.next.recommendation.owner, row.next.ownerText, `#${row.rank}'s next step`);
  }
  return moved;
}

/**
 * Who owns how many actions: every item's owner with the items they own, then an owner who has
 * only next steps ("Then, by 90 days (Finance lead)") with those, so the list holds every owner the
 * plan names (tenth VP reading, class 3: the Finance lead had #1's next step but was missing from
 * "Owners:") and the items' counts still add up to the items.
 */
function ownersOf(actions: readonly ActionView[]): ReportView['owners'] {
  const counts = new Map<string, number>();
  const add = (owner: string) => counts.set(owner, (counts.get(owner) ?? 0) + 1);
  for (const a of actions) add(a.ownerText);
  const items = new Set(counts.keys());
  for (const a of actions) if (a.next !== null && !items.has(a.next.ownerText)) add(a.next.ownerText);
  // Most actions first; equal counts in order of each owner's most urgent action.
  return [...counts].map(([owner, count]) => ({ owner, count })).sort((a, b) => b.count - a.count);
}

/**
 * The questions someone asked did not answer, from each question's counts by role and the first
 * few who did not answer it (answer-tally.ts). A role the question does not ask (`roles:`) has
 * nothing missing.
 */
function unansweredView(scores: AuditScores, respondents: readonly RespondentView[], names: boolean): ReportView['unanswered'] {
  const rows: ReportView['unanswered'] = [];
  scores.imperatives.forEach((result, i) => {
    result.questions.forEach((q, j) => {
      // Per role group: how many were asked and did not answer, how many answered.
      let missingCount = 0;
      let anyFolded = false;
      let few = false;
      const byRole: [string, number][] = [];
      // In the order of each role's first respondent missing (as the sentence lists them).
      // Per shown group (a pool counts as one: its roles are not told apart), else per folded role.
      const groups = new Map(scores.roles.map((group) => [groupKeyOf(group.role), group]));
      const shownOf = new Map(scores.shownRoles.flatMap((group) => group.keys.map((key) => [key, group] as const)));
      const missingBy = new Map<string, { missing: number; answering: number }>();
      for (const key of q.answers.unansweredRoles) {
        const group = groups.get(key)!;
        const { levels, notApplicable } = roleAnswers(q.answers, key);
        const answering = notApplicable + levels.reduce((a, b) => a + b, 0);
        const missing = group.respondents.length - answering;
        if (missing === 0) continue;
        missingCount += missing;
        const shownGroup = shownOf.get(key);
        if (shownGroup === undefined) anyFolded = true;
        else {
          const entry = missingBy.get(shownGroup.role) ?? { missing: 0, answering: 0 };
          missingBy.set(shownGroup.role, { missing: entry.missing + missing, answering: entry.answering + answering });
        }
      }
      for (const [role, { missing, answering }] of missingBy) {
        byRole.push([role, missing]);
        if (answering > 0 && !groupSafe(answering, scores.minGroup)) few = true;
      }
      if (missingCount === 0) return;
      let missingText: string;
      if (respondents.length === 1) missingText = 'not answered';
      else if (missingCount === respondents.length) missingText = 'not answered by anyone';
      else if (names && missingCount <= Math.min(MAX_NAMED_MISSING, UNANSWERED_KEPT)) missingText = `not answered by ${q.answers.unanswered.map((index) => respondents[index]!.label).join('; ')}`;
      else {
        // Without names: a count, with the shown roles it falls in (a folded role stays unnamed).
        // A role broken down only when no missing respondent is in a folded role (else subtraction
        // names them), and when no role is left with fewer than the minimum group answering (the
        // question's mean would then rest on a few people of a named role).
        const parts = byRole.map(([role, n]) => `${n} ${n === 1 ? role : roleGroupName(role)}`);
        missingText = `not answered by ${missingCount} of ${respondents.length} respondents${anyFolded || few ? '' : ` (${parts.join(', ')})`}`;
      }
      rows.push({ ref: questionRef(i, j), prompt: wordingFor(q.question.prompt), imperativeTitle: result.imperative.title, missingText });
    });
  });
  return rows;
}

/** "0–4": the scale of every question's ladder, lowest to highest score, when they share one; else null. */
function sharedScale(set: RubricSet): string | null {
  const scales = new Set(set.imperatives.flatMap((i) => i.questions.map((q) => `${formatNumber(Math.min(...q.levels.map((l) => l.score)))}–${formatNumber(Math.max(...q.levels.map((l) => l.score)))}`)));
  return scales.size === 1 ? [...scales][0]! : null;
}

/** "Mean (0–4)", or "Mean" where the ladders differ. */
function meanHeaderOf(set: RubricSet): string {
  const scale = sharedScale(set);
  return scale === null ? 'Mean' : `Mean (${scale})`;
}

/**
 * The section tables' three measures, each with the shared scale where there is one, in the
 * client's words (VP reading 17, item 40: "Where the team stands", "Checked level (0–4)" and "What
 * people said (mean, 0–4), range and answers" read as the tool's output).
 */
function measureHeadersOf(set: RubricSet): ReportView['measureHeaders'] {
  const scale = sharedScale(set);
  return { stands: STANDS_HEADER, checked: scale === null ? 'What we found' : `What we found (${scale})`, said: scale === null ? 'Average answer' : `Average answer (${scale})` };
}
